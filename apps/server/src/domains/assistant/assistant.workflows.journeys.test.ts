import { CustomerClient } from '@clearline/client';
import type { Message, StepUpChallenge } from '@clearline/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { fromAssistant, press, say } from '../../test/assistant-journey.ts';
import {
  createTestServer,
  openTestDatabase,
  TEST_TOKEN_SECRET,
  type TestServer,
} from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';
import { seedDemoCore } from '../accounts/index.ts';
import { mintCustomerToken } from '../security/index.ts';

/*
 * Account workflows from the assistant's front door, over real sockets on the demo issuer core: each
 * runs through the same workflows service as the agent console, only after an explicit yes, once per
 * confirmation (a second yes changes nothing), and sensitive changes only after the customer approves
 * a step-up in their signed-in app (never in the chat text).
 */

let database: Database;
let t: TestServer;
const closers: Array<() => void> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoCore(database.db, new Date());
  t = await createTestServer({ database });
});
afterAll(async () => {
  for (const c of closers) c();
  await t.close();
  await database.close();
});

const core = () => t.server.services.issuerCore;

async function chat(cardmemberId: string, cardAccountId: string, language: 'en' | 'es' = 'en') {
  const { token } = await mintCustomerToken(TEST_TOKEN_SECRET, {
    cardmemberId,
    cardAccountIds: [cardAccountId],
    name: cardmemberId,
  });
  const client = new CustomerClient({ url: t.url, token, transports: ['websocket'] });
  closers.push(() => client.close());
  await client.connect();
  const conv = await client.startConversation({ cardAccountId, language });
  await client.follow(conv.id);
  return { c: client, id: conv.id };
}

const buttons = (m: Message | undefined) =>
  m?.payload?.type === 'quick_replies' ? m.payload.options.map((o) => o.value) : [];
const labels = (m: Message | undefined) =>
  m?.payload?.type === 'quick_replies' ? m.payload.options.map((o) => o.label) : [];
const referenceOf = (ms: Message[]) => {
  const m = ms.find((x) => x.payload?.type === 'reference');
  return m?.payload?.type === 'reference' ? { body: m.body, ...m.payload } : null;
};
const dollars = (cents: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
const day = (iso: string, lang: 'en' | 'es' = 'en') =>
  new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
const casesIn = async (cardmemberId: string, conversationId: string) =>
  (await t.server.services.cases.listForCardmember(cardmemberId)).filter(
    (k) => k.conversationId === conversationId,
  );
const status = async (id: string) => (await t.server.services.conversations.peek(id))?.status;

describe('cards', () => {
  it('lost card: lock on yes, then a new number on a second yes, with the liability notice, delivery date and reference; then where it is', async () => {
    const [card] = await core().listCards('ca_james_travel');
    const { c, id } = await chat('cm_james_carter', 'ca_james_travel');
    const [offer] = await say(c, id, 'I lost my card');
    expect(offer!.body).toMatch(/lock the card right now .* then send you a new card with a new number/);
    const locked = await press(c, id, 'yes');
    expect(referenceOf(locked)?.body).toMatch(new RegExp(`card ending in ${card!.last4} is locked`));
    const reissueQ = locked.at(-1)!;
    expect(reissueQ.body).toContain(
      `cancel the card ending in ${card!.last4} and send you a new card with a new number`,
    );
    expect(buttons(reissueQ)).toEqual(['reissue:lost', 'reissue:stolen', 'no', 'agent']);
    expect(await core().listReplacementOrders('ca_james_travel')).toHaveLength(0);

    const done = await press(c, id, 'reissue:lost');
    const [order] = await core().listReplacementOrders('ca_james_travel');
    expect(order).toMatchObject({ reason: 'lost', newNumber: true, replacesCardId: card!.id });
    const ref = referenceOf(done)!;
    expect(ref.body).toContain(`A new card ending in ${order!.last4} is on its way`);
    expect(ref.body).toContain(`expected by ${day(order!.estimatedDeliveryOn)}`);
    expect(ref.body).toMatch(/caps your liability for unauthorized use at \$50/);
    expect(ref.body).toContain(`Reference number: ${ref.reference}`);
    expect((await casesIn('cm_james_carter', id)).map((k) => [k.type, k.reference])).toEqual([
      ['card_replacement', ref.reference],
    ]);
    expect((await core().listCards('ca_james_travel')).find((k) => k.id === card!.id)?.status).toBe(
      'blocked',
    );
    // Pressed again: nothing more.
    const again = await say(c, id, 'Yes, it was lost', 'reissue:lost');
    expect(again[0]!.body).toMatch(/already answered/);
    expect(referenceOf(again)).toBeNull();
    expect(await core().listReplacementOrders('ca_james_travel')).toHaveLength(1);
    expect(await status(id)).toBe('assistant');

    const [where] = await say(c, id, 'where is my new card?');
    expect(where!.body).toContain(`Your card ending in ${order!.last4} (replacement for a lost card)`);
    expect(where!.body).toContain(day(order!.estimatedDeliveryOn));
  });

  it('damaged card: new plastic with the same number after a yes', async () => {
    const [card] = await core().listCards('ca_robert_rewards');
    const { c, id } = await chat('cm_robert_johnson', 'ca_robert_rewards');
    const [ask] = await say(c, id, 'the chip on my card is broken, I need a new one');
    expect(ask!.body).toContain(`new card with the same number (ending in ${card!.last4})`);
    expect(buttons(ask)).toEqual(['yes', 'no', 'agent']);
    const done = await press(c, id, 'yes');
    expect(referenceOf(done)?.body).toMatch(/same number .* Your current card keeps working/);
    expect(await core().listReplacementOrders('ca_robert_rewards')).toEqual([
      expect.objectContaining({ reason: 'damaged', newNumber: false, last4: card!.last4 }),
    ]);
  });
});

describe('payments and fees', () => {
  it('pays the minimum from a linked account after a yes; a disputed charge is left out of the amounts; a double yes pays once', async () => {
    const [statement] = await core().listStatements('ca_emily_everyday');
    const charge = (await core().listTransactions('ca_emily_everyday', { statementId: statement!.id })).find(
      (x) => x.kind === 'purchase',
    )!;
    // A dispute taken by the other front door (an agent) leaves its amount out of the payment buttons.
    await t.server.services.cases.disputes.intake({
      cardmemberId: 'cm_emily_nguyen',
      cardAccountId: 'ca_emily_everyday',
      transactionId: charge.id,
      reason: 'duplicate',
      actor: { kind: 'agent', id: 'ag_test' },
      language: 'en',
    });
    const due = (await t.server.services.cases.disputes.amountDueExcludingDisputes('ca_emily_everyday'))!;
    expect(due.withheldCents).toBe(charge.amountCents);
    const [bank] = await core().listBankAccounts('cm_emily_nguyen');
    const { c, id } = await chat('cm_emily_nguyen', 'ca_emily_everyday');
    const [howMuch] = await say(c, id, 'I want to make a payment');
    expect(howMuch!.body).toContain(`leave out the ${dollars(charge.amountCents)} you are disputing`);
    expect(buttons(howMuch)).toEqual(['amount:min', 'amount:statement', 'amount:other', 'agent']);
    expect(labels(howMuch)[1]).toContain(dollars(due.amountDueCents));
    const [whichBank] = await press(c, id, 'amount:min');
    expect(labels(whichBank)[0]).toBe(`${bank!.bankName} ••${bank!.last4}`);
    const [confirm] = await press(c, id, 'bank:0');
    expect(confirm!.body).toContain(
      `Pay ${dollars(due.minimumDueCents)} from ${bank!.bankName} (account ending in ${bank!.last4})`,
    );
    expect(confirm!.body).toMatch(/by 5 p\.m\. Eastern count as received that day/);
    expect(await core().listPayments('ca_emily_everyday')).toHaveLength(0);
    const done = await press(c, id, 'yes');
    const ref = referenceOf(done)!;
    expect(ref.body).toContain(`Your payment of ${dollars(due.minimumDueCents)}`);
    expect(ref.reference).toMatch(/^CL-/);
    await say(c, id, 'yes');
    await say(c, id, 'Yes', 'yes');
    const payments = await core().listPayments('ca_emily_everyday');
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ amountCents: due.minimumDueCents, bankAccountId: bank!.id });
    const audit = await t.server.services.audit.list({ conversationId: id });
    expect(audit.filter((e) => e.action.startsWith('payment.')).map((e) => e.actor.kind)).toEqual([
      'assistant',
    ]);
  });

  it('moves the due date to the day the customer named, with the plan explained before the yes', async () => {
    const before = (await core().getCardAccount('ca_robert_cash'))!;
    const wanted = before.dueDay === 15 ? 20 : 15;
    const { c, id } = await chat('cm_robert_johnson', 'ca_robert_cash');
    const [plan] = await say(c, id, `can I move my due date to the ${wanted}th?`);
    expect(plan!.body).toContain(`due on day ${wanted} of each month`);
    expect(plan!.body).toMatch(/Statements closing before .* keep their current due dates/);
    expect(await core().getDueDateChange('ca_robert_cash')).toBeNull();
    const done = await press(c, id, 'yes');
    const change = (await core().getDueDateChange('ca_robert_cash'))!;
    expect(change).toMatchObject({ previousDueDay: before.dueDay, newDueDay: wanted });
    expect(plan!.body).toContain(day(change.firstNewDueDate));
    expect(referenceOf(done)?.body).toContain(`moves to day ${wanted} of each month`);
  });

  it('en español: el cargo por pago atrasado según la política, con referencia, una sola vez', async () => {
    const fee = (await core().listTransactions('ca_luis_cash')).find(
      (x) => x.kind === 'fee' && /late/i.test(x.merchant),
    )!;
    const { c, id } = await chat('cm_luis_hernandez', 'ca_luis_cash', 'es');
    const [ask] = await say(c, id, 'quiero que me quiten el cargo por pago atrasado');
    expect(ask!.body).toContain(`Veo un cargo por pago atrasado de $${(fee.amountCents / 100).toFixed(2)}`);
    expect(buttons(ask)).toEqual(['yes', 'no', 'agent']);
    const done = await say(c, id, 'sí');
    const ref = referenceOf(done)!;
    expect(ref.body).toMatch(/Número de referencia: CL-/);
    const [feeCase] = await casesIn('cm_luis_hernandez', id);
    expect(feeCase).toMatchObject({ type: 'fee_credit', reference: ref.reference, language: 'es' });
    const credits = await core().listFeeCredits('ca_luis_cash');
    if (feeCase!.status === 'completed') {
      // Credited at once under the goodwill policy.
      expect(ref.body).toMatch(/Acreditamos el cargo por pago atrasado/);
      expect(credits.map((k) => k.feeTransactionId)).toEqual([fee.id]);
      expect(await status(id)).toBe('assistant');
    } else {
      // Not within the policy: the rule is explained and an agent takes it.
      expect(ref.body).toMatch(/Un especialista revisará su solicitud/);
      expect(credits).toHaveLength(0);
      expect(await status(id)).toBe('queued');
    }
    await say(c, id, 'sí');
    expect(await casesIn('cm_luis_hernandez', id)).toHaveLength(1);
  });
});

describe('rewards and credit', () => {
  it('pays a recent charge with points after showing the points needed', async () => {
    const before = (await core().getRewards('ca_james_platinum'))!;
    const { c, id } = await chat('cm_james_carter', 'ca_james_platinum');
    const [which] = await say(c, id, 'I want to pay for a purchase with my points');
    expect(which!.body).toMatch(/Which charge would you like to pay with points\?/);
    expect(buttons(which)).toEqual(expect.arrayContaining(['points:0', 'points:all', 'agent']));
    const [confirm] = await press(c, id, 'points:0');
    const points = Number(/with ([\d,]+) points/.exec(confirm!.body)![1]!.replace(/,/g, ''));
    const done = await press(c, id, 'yes');
    expect(referenceOf(done)?.body).toMatch(/We used [\d,]+ points for a statement credit/);
    expect((await core().getRewards('ca_james_platinum'))!.pointsBalance).toBe(before.pointsBalance - points);
  });

  it('credit limit: the eligibility decision and its explanation; product change: the options', async () => {
    const { c, id } = await chat('cm_priya_patel', 'ca_priya_cash');
    const expected = (await t.server.services.workflows.creditLimitEligibility({
      cardmemberId: 'cm_priya_patel',
      cardAccountId: 'ca_priya_cash',
      actor: { kind: 'assistant' },
      language: 'en',
    })) as { explanation: { en: string } };
    const answers = await say(c, id, 'can I get a higher credit limit?');
    expect(answers[0]!.body).toBe(expected.explanation.en);
    expect(buttons(answers.at(-1))).toContain('agent');

    const options = await core().listProductChangeOptions('ca_priya_cash');
    const [list] = await say(c, id, 'I want to upgrade my card');
    for (const o of options.slice(0, 5)) expect(list!.body).toContain(o.productName);
    expect(buttons(list)).toEqual(['agent', 'no']);
  });
});

describe('redemption problems', () => {
  it('opens a case with the customer’s words and hands the chat to the rewards team with it', async () => {
    const { c, id } = await chat('cm_james_carter', 'ca_james_platinum');
    const words = 'I redeemed 20,000 points for a gift card last week and never got it, the points are gone';
    const answers = await say(c, id, words);
    const ref = referenceOf(answers);
    expect(ref?.body).toMatch(
      /opened case CL-[0-9A-Z]{4}-[0-9A-Z]{4} for the problem with your points redemption/,
    );
    const [opened] = await casesIn('cm_james_carter', id);
    expect(opened).toMatchObject({ type: 'general', reference: ref!.reference });
    const detail = await t.server.services.cases.detail(opened!.id, 'agent');
    expect(detail.details).toMatchObject({ topic: 'redemption_problem', description: words });
    await eventually(async () => expect(await status(id)).toBe('queued'));
    expect((await t.server.services.conversations.peek(id))?.queue).toBe('rewards');
  });
});

describe('changes that need a step-up approved in the app', () => {
  it('e-mail change: a yes, then the approval in the signed-in app, then the change once', async () => {
    const prompts: StepUpChallenge[] = [];
    const { c, id } = await chat('cm_priya_patel', 'ca_priya_business');
    c.on('stepUp', (ch) => prompts.push(ch));
    const [confirm] = await say(c, id, 'I need to change my email address to priya.new@example.com');
    expect(confirm!.body).toContain('Change your e-mail address to priya.new@example.com?');
    const [approve] = await press(c, id, 'yes');
    expect(approve!.body).toMatch(/approval request to your signed-in app/);
    expect(buttons(approve)).toEqual(['stepup:check', 'agent', 'no']);
    const challenge = await eventually(() => {
      const p = prompts.find((x) => x.action === 'email_change' && x.status === 'pending');
      expect(p).toBeDefined();
      return p!;
    });
    // Before the approval nothing changes.
    const [waiting] = await press(c, id, 'stepup:check');
    expect(waiting!.body).toMatch(/don't see the approval yet/);
    expect((await core().getContactDetails('cm_priya_patel'))!.email).not.toBe('priya.new@example.com');

    await c.approveStepUp(challenge.id);
    const done = await press(c, id, 'stepup:check');
    expect(referenceOf(done)?.body).toMatch(/Your e-mail address is updated/);
    expect((await core().getContactDetails('cm_priya_patel'))!.email).toBe('priya.new@example.com');
    expect((await t.server.services.stepUp.get(challenge.id))?.status).toBe('used');
    // Pressed again: nothing more.
    await say(c, id, "I've approved it", 'stepup:check');
    expect((await casesIn('cm_priya_patel', id)).filter((k) => k.type === 'account_change')).toHaveLength(1);
    const audit = await t.server.services.audit.list({ conversationId: id });
    expect(audit.filter((e) => e.action === 'contact.updated').map((e) => e.actor.kind)).toEqual([
      'assistant',
    ]);
    // The chat never asked for codes or card numbers.
    expect(
      fromAssistant(c, id).some((m) => /enter (?:the )?code|full card number|social security/i.test(m.body)),
    ).toBe(false);
  });

  it('adds and removes an authorised user, each behind its own approval', async () => {
    const prompts: StepUpChallenge[] = [];
    const { c, id } = await chat('cm_sofia_ramirez', 'ca_sofia_travel');
    c.on('stepUp', (ch) => prompts.push(ch));
    const approveLatest = async () => {
      const ch = await eventually(() => {
        const p = prompts.filter((x) => x.status === 'pending').at(-1);
        expect(p).toBeDefined();
        return p!;
      });
      await c.approveStepUp(ch.id);
      prompts.length = 0;
    };
    const [name] = await say(c, id, 'I want to add my wife as an authorized user');
    expect(name!.body).toMatch(/first and last name/);
    const [confirm] = await say(c, id, 'Lucia Ramirez');
    expect(confirm!.body).toContain('Add Lucia Ramirez as an authorized user');
    await press(c, id, 'yes');
    await approveLatest();
    const added = await press(c, id, 'stepup:check');
    expect(referenceOf(added)?.body).toMatch(/Lucia Ramirez is now an authorized user/);
    const users = await core().listAuthorizedUsers('ca_sofia_travel');
    const lucia = users.find((u) => u.firstName === 'Lucia' && u.status === 'active');
    expect(lucia).toBeDefined();

    const [which] = await say(c, id, 'please remove an authorized user from my account');
    const index = labels(which).findIndex((l) => l.startsWith('Lucia Ramirez'));
    expect(index).toBeGreaterThanOrEqual(0);
    const [removeQ] = await press(c, id, `au:${index}`);
    expect(removeQ!.body).toContain('Remove Lucia Ramirez as an authorized user?');
    await press(c, id, 'yes');
    await approveLatest();
    const removed = await press(c, id, 'stepup:check');
    expect(referenceOf(removed)?.body).toMatch(/no longer an authorized user/);
    expect(
      (await core().listAuthorizedUsers('ca_sofia_travel')).find((u) => u.id === lucia!.id)?.status,
    ).toBe('removed');
  });

  it('preferences: shows them, changes one on a yes', async () => {
    const before = (await core().getCommunicationPreferences('cm_james_carter'))!;
    const { c, id } = await chat('cm_james_carter', 'ca_james_platinum');
    const [prefs] = await say(c, id, 'I want to go paperless');
    const toggle = before.paperlessStatements ? 'pref:paperless_off' : 'pref:paperless_on';
    expect(buttons(prefs)).toContain(toggle);
    await press(c, id, toggle);
    const done = await press(c, id, 'yes');
    expect(referenceOf(done)?.body).toMatch(/communication preferences are updated/);
    expect((await core().getCommunicationPreferences('cm_james_carter'))!.paperlessStatements).toBe(
      !before.paperlessStatements,
    );
  });
});
