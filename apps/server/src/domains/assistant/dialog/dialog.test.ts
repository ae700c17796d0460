import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db.ts';
import { openTestDatabase } from '../../../test/harness.ts';
import { createDemoCore, type IssuerCore, seedDemoCore } from '../../accounts/index.ts';
import { createCaseService } from '../../cases/index.ts';
import { createAuditLog } from '../../security/index.ts';
import { casesForAssistant } from '../cases-port.ts';
import type { IntentName } from '../data/intents.ts';
import { complaintHasWords, rankCategories, reasonFromWords, referenceIn } from './cases-flows.ts';
import { initialState, LOW_CONFIDENCE, step } from './dialog.ts';
import { routeFor } from './routing.ts';
import type { DialogDeps, DialogState, TurnContext, Understanding } from './types.ts';
import { addressIn, dueDayIn, emailIn, nameIn, phoneIn } from './workflow-flows.ts';

/* The dialog's rules, without sockets or the NLU model: understandings are written by hand. */

let database: Database;
let core: IssuerCore;
let refs = 0;
const deps = (): DialogDeps => ({
  core,
  knowledge: {
    answer: (q) =>
      /hours/.test(q) ? { articleId: 'hours', title: 'Hours', text: 'We are here 24/7.' } : null,
    byIntent: () => null,
  },
  now: () => new Date('2026-11-24T12:00:00Z'),
  newReference: () => `CL-TEST-000${++refs}`,
});
const ctx: TurnContext = {
  conversationId: '00000000-0000-4000-8000-000000000001',
  cardmemberId: 'cm_robert_johnson',
  cardAccountId: 'ca_robert_rewards',
  firstName: 'Robert',
};

let seq = 0;
function said(
  text: string,
  intent: IntentName,
  o: Partial<Omit<Understanding, 'text' | 'intent'>> = {},
): Understanding {
  return {
    text,
    quickReply: null,
    intent,
    confidence: 0.9,
    ranking: [{ intent, confidence: 0.9 }],
    lang: 'en',
    langConfidence: 0.9,
    entities: [],
    asksForPerson: false,
    receivedAt: new Date('2026-11-24T12:00:00Z'),
    seq: ++seq,
    ...o,
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoCore(database.db, new Date('2026-11-24T12:00:00Z'));
  core = createDemoCore(database.db);
});
afterAll(async () => database.close());

async function primary() {
  return (await core.listCards(ctx.cardAccountId)).find((c) => c.role === 'primary')!;
}

describe('never a trap', () => {
  it('"agent" hands off from any state, even in the middle of a confirmation', async () => {
    const state = initialState('en');
    const card = await primary();
    await step(
      state,
      said(`lock card ending ${card.last4}`, 'lock_card', {
        entities: [{ type: 'last4', value: card.last4, start: 17, end: 21, text: card.last4 }],
      }),
      ctx,
      deps(),
    );
    expect(state.awaiting?.kind).toBe('confirm');
    const out = await step(state, said('agent', 'talk_to_agent', { asksForPerson: true }), ctx, deps());
    // The topic the customer came for travels with the handoff.
    expect(out.handoff).toMatchObject({ intent: 'lock_card' });
    expect(state.awaiting).toBeNull();
    expect((await primary()).status).toBe('active');
  });

  it('a low-confidence guess offers the two likeliest readings and an agent', async () => {
    const state = initialState('en');
    const out = await step(
      state,
      said('the thing with my card', 'lock_card', {
        confidence: LOW_CONFIDENCE - 0.1,
        ranking: [
          { intent: 'lock_card', confidence: 0.35 },
          { intent: 'card_declined', confidence: 0.3 },
          { intent: 'damaged_card', confidence: 0.2 },
        ],
      }),
      ctx,
      deps(),
    );
    const options = out.replies.at(-1)?.payload;
    expect(options?.type === 'quick_replies' && options.options.map((o) => o.value)).toEqual([
      'intent:lock_card',
      'intent:card_declined',
      'agent',
    ]);
    // Pressing one of them is understood with certainty.
    const picked = await step(
      state,
      said('My card was declined', 'out_of_scope', { quickReply: 'intent:card_declined' }),
      ctx,
      deps(),
    );
    expect(picked.replies.length + (picked.handoff ? 1 : 0)).toBeGreaterThan(0);
    expect(state.misunderstood).toBe(0);
  });

  it('two misunderstandings in a row offer an agent; a yes hands off', async () => {
    const state = initialState('es');
    await step(state, said('receta de tamales', 'out_of_scope', { lang: 'es' }), ctx, deps());
    const second = await step(
      state,
      said('quien gano el partido', 'out_of_scope', { lang: 'es' }),
      ctx,
      deps(),
    );
    expect(second.replies.at(-1)?.body).toMatch(/comunique con un agente/);
    const yes = await step(state, said('sí', 'affirm', { lang: 'es' }), ctx, deps());
    expect(yes.handoff).toMatchObject({ intent: 'talk_to_agent' });
  });

  it('a knowledge answer is not a misunderstanding', async () => {
    const state = initialState('en');
    const out = await step(state, said('what are your hours', 'out_of_scope'), ctx, deps());
    expect(out.replies[0]?.payload).toMatchObject({ type: 'citation', articleId: 'hours' });
    expect(state.misunderstood).toBe(0);
  });

  it('once in line, asking again does not queue twice', async () => {
    const state: DialogState = { ...initialState('en'), handedOff: true };
    const out = await step(
      state,
      said('representative please', 'talk_to_agent', { asksForPerson: true }),
      ctx,
      deps(),
    );
    expect(out.handoff).toBeNull();
    expect(out.replies[0]?.body).toMatch(/already in line/);
  });
});

describe('changes need an explicit yes', () => {
  it('locks once on yes, with a reference, and a later yes changes nothing more', async () => {
    const state = initialState('en');
    const card = await primary();
    await step(
      state,
      said(`please lock my card ${card.last4}`, 'lock_card', {
        entities: [{ type: 'last4', value: card.last4, start: 20, end: 24, text: card.last4 }],
      }),
      ctx,
      deps(),
    );
    const done = await step(state, said('yes', 'affirm'), ctx, deps());
    expect(done.changes).toHaveLength(1);
    expect(done.changes[0]).toMatchObject({
      action: 'card.locked',
      before: { status: 'active' },
      after: { status: 'locked' },
    });
    expect((await primary()).status).toBe('locked');
    const again = await step(state, said('yes', 'affirm'), ctx, deps());
    expect(again.changes).toHaveLength(0);
    expect(state.steps.join(' ')).toMatch(/Locked the card ending in/);
    await core.setCardLocked(ctx.cardAccountId, card.id, false);
  });

  it('lost card: lock first on yes, then hand off for a new number', async () => {
    const state = initialState('en');
    const card = await primary();
    await step(
      state,
      said(`my card ${card.last4} was stolen`, 'lost_stolen_card', {
        entities: [{ type: 'last4', value: card.last4, start: 8, end: 12, text: card.last4 }],
      }),
      ctx,
      deps(),
    );
    expect(state.awaiting).toMatchObject({ kind: 'confirm', action: 'lost_lock' });
    const out = await step(state, said('yes', 'affirm', { quickReply: 'yes' }), ctx, deps());
    expect(out.changes[0]?.action).toBe('card.locked');
    expect(out.handoff).toMatchObject({ intent: 'lost_stolen_card' });
    await core.setCardLocked(ctx.cardAccountId, card.id, false);
  });
});

describe('rights and routing', () => {
  it('records a dispute with the time the message was received and hands it to disputes', async () => {
    const state = initialState('en');
    const receivedAt = new Date('2026-11-24T11:59:30Z');
    const out = await step(
      state,
      said('I want to dispute a charge', 'dispute_charge', { receivedAt }),
      ctx,
      deps(),
    );
    expect(out.recorded).toEqual([expect.objectContaining({ kind: 'dispute', receivedAt })]);
    expect(out.handoff?.intent).toBe('dispute_charge');
    expect(state.recorded[0]?.receivedAt).toBe(receivedAt.toISOString());
  });

  it('routes Spanish speakers to Spanish agents, small businesses to theirs, fraud always to fraud first', () => {
    expect(routeFor('payment_status', { lang: 'es', segment: 'consumer' }).queue).toBe('spanish');
    expect(routeFor('payment_status', { lang: 'en', segment: 'small_business' }).queue).toBe(
      'small_business',
    );
    expect(routeFor('report_fraud', { lang: 'es', segment: 'small_business' })).toEqual({
      queue: 'fraud',
      priority: 100,
    });
    expect(routeFor('dispute_charge', { lang: 'en', segment: 'consumer' }).queue).toBe('disputes');
  });
});

describe('reading disputes and complaints from the customer words', () => {
  it('a reason only when the words clearly give one', () => {
    expect(reasonFromWords('I was charged twice for the same dinner')).toBe('duplicate');
    expect(reasonFromWords('me cobraron dos veces')).toBe('duplicate');
    expect(reasonFromWords('I returned it and they never gave me the refund')).toBe('credit_not_processed');
    expect(reasonFromWords('the package never arrived')).toBe('not_received');
    expect(reasonFromWords('nunca me llegó el pedido')).toBe('not_received');
    expect(reasonFromWords("I didn't make this purchase")).toBe('unauthorized');
    expect(reasonFromWords('they overcharged me')).toBe('wrong_amount');
    expect(reasonFromWords('I want to dispute a charge')).toBeNull();
  });

  it('a complaint request alone has no words yet; one that says what happened does', () => {
    expect(complaintHasWords('I want to file a complaint')).toBe(false);
    expect(complaintHasWords('quiero poner una queja formal por favor')).toBe(false);
    expect(complaintHasWords('I want to file a complaint about your customer service')).toBe(true);
    expect(complaintHasWords('queja: me cobraron un cargo que no debían')).toBe(true);
  });

  it('complaint categories ranked by what the customer mentions', () => {
    expect(rankCategories('the rep was rude and hung up on me').best).toBe('customer_service');
    expect(rankCategories('you charged me a late fee and interest').ranked[0]).toBe('fees_and_interest');
    expect(rankCategories('me quitaron mis puntos').best).toBe('rewards');
    expect(rankCategories('it is just wrong').best).toBeNull();
  });

  it('a typed reference in any common form', () => {
    expect(referenceIn('status of cl-7k4m-2q9d please')).toBe('CL-7K4M-2Q9D');
    expect(referenceIn('case CL 7K4M 2Q9D')).toBe('CL-7K4M-2Q9D');
    expect(referenceIn('my ticket 7K4M-2Q9D')).toBe('CL-7K4M-2Q9D');
    expect(referenceIn('what is your case about')).toBeNull();
  });
});

describe('dispute intake through the cases service', () => {
  it('asks only what is missing, opens once on yes, and a repeated yes opens nothing more', async () => {
    const clock = { now: () => new Date('2026-11-24T12:00:00Z') };
    const audit = createAuditLog({ db: database.db, clock });
    const service = createCaseService({
      db: database.db,
      clock,
      core,
      audit: (entry, tx) => audit.append(entry, tx),
    });
    const withCases = (): DialogDeps => ({
      ...deps(),
      cases: casesForAssistant(service, database.db, clock.now),
    });
    const [statement] = await core.listStatements(ctx.cardAccountId);
    const charge = (await core.listTransactions(ctx.cardAccountId, { statementId: statement!.id })).find(
      (x) => x.kind === 'purchase',
    )!;
    const state = initialState('en');
    const first = await step(
      state,
      said(`${charge.merchant} charged me twice, ${charge.amountCents / 100} dollars`, 'dispute_charge', {
        entities: [
          { type: 'merchant', value: charge.merchant, start: 0, end: 1, text: charge.merchant },
          { type: 'amount', value: charge.amountCents / 100, start: 0, end: 1, text: '' },
        ],
      }),
      ctx,
      withCases(),
    );
    expect(first.recorded).toEqual([expect.objectContaining({ kind: 'dispute' })]);
    expect(first.handoff).toBeNull();
    expect(state.awaiting).toMatchObject({ kind: 'dispute_charge', draft: { reason: 'duplicate' } });
    const chosen = await step(
      state,
      said('that one', 'affirm', { quickReply: 'charge:0' }),
      ctx,
      withCases(),
    );
    // The reason was in the first message: the next question is the merchant.
    expect(state.awaiting?.kind).toBe('dispute_merchant');
    expect(chosen.replies[0]?.body).toMatch(/contacted the merchant/);
    await step(state, said('no', 'deny'), ctx, withCases());
    expect(state.awaiting?.kind).toBe('dispute_confirm');
    const yes = said('yes', 'affirm');
    const done = await step(state, yes, ctx, withCases());
    expect(done.replies[0]?.payload).toMatchObject({ type: 'reference', action: 'dispute.opened' });
    // The same confirmation replayed (another node lost the race) gets the same case, told as opened.
    const confirmAgain = () => ({
      ...state,
      awaiting: {
        kind: 'dispute_confirm' as const,
        draft: {
          intent: 'dispute_charge' as const,
          charge: {
            transactionId: charge.id,
            amountCents: charge.amountCents,
            merchant: charge.merchant,
            date: charge.transactedOn,
            cardLast4: charge.cardLast4,
          },
          reason: 'duplicate' as const,
          merchantContact: 'no',
        },
      },
    });
    const replay = await step(confirmAgain(), { ...yes }, ctx, withCases());
    expect(replay.replies[0]?.payload).toEqual(done.replies[0]?.payload);
    await step(state, said('yes', 'affirm'), ctx, withCases());
    const mine = (await service.listForCardmember(ctx.cardmemberId)).filter((k) => k.type === 'dispute');
    expect(mine).toHaveLength(1);
    // A new request about the same charge is told about the open dispute instead of a second one.
    const other = await step(confirmAgain(), said('yes', 'affirm'), ctx, withCases());
    expect(other.replies[0]?.body).toMatch(/already have an open dispute of this charge/);
    expect(
      (await service.listForCardmember(ctx.cardmemberId)).filter((k) => k.type === 'dispute'),
    ).toHaveLength(1);
  });
});

describe('reading account changes from the customer words', () => {
  it('a due day, a phone number, an e-mail, an address and a name', () => {
    expect(dueDayIn('can I move my due date to the 15th?')).toBe(15);
    expect(dueDayIn('quiero pagar el día 5')).toBe(5);
    expect(dueDayIn('move it please')).toBeNull();
    expect(phoneIn('my new number is (312) 555-0199')).toBe('+1 312-555-0199');
    expect(phoneIn('call me at 12345')).toBeNull();
    expect(emailIn('change it to jane.doe+cards@example.com please')).toBe('jane.doe+cards@example.com');
    expect(addressIn('12 Oak St, Apt 4, Springfield, IL 62704')).toEqual({
      line1: '12 Oak St',
      line2: 'Apt 4',
      city: 'Springfield',
      state: 'IL',
      zip: '62704',
    });
    expect(addressIn('I moved to Chicago')).toBeNull();
    expect(nameIn('Lucia Ramirez')).toEqual({ firstName: 'Lucia', lastName: 'Ramirez' });
    expect(nameIn('please add jane doe')).toEqual({ firstName: 'Jane', lastName: 'Doe' });
    expect(nameIn('yes')).toBeNull();
  });
});
