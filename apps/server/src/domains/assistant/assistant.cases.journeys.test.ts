import { AgentClient, type CustomerClient } from '@clearline/client';
import type { Message } from '@clearline/protocol';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { fromAssistant, journeyCustomer, press, say } from '../../test/assistant-journey.ts';
import { samplePng } from '../../test/documents.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';
import { seedDemoCore, type Transaction } from '../accounts/index.ts';
import { recordedRequests } from './assistant.tables.ts';

/*
 * Cardmember workflows from the assistant's front door, over real sockets on the demo issuer core:
 * dispute intake (English and Spanish), pending charges, complaints with their clocks, a supervisor
 * escalation and case status. Each change goes through the same cases service agents use, exactly once.
 */

let database: Database;
let t: TestServer;
const closers: Array<() => void> = [];
const customerFor = (cardmemberId: string, cardAccountId: string) =>
  journeyCustomer(t, cardmemberId, cardAccountId, closers);

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

async function agentFor(queues: string[], languages: Array<'en' | 'es'> = ['en'], role?: 'supervisor') {
  const a = await t.agent({ queues, languages, ...(role ? { role } : {}) });
  const session = await AgentClient.login(t.url, { email: a.email, password: a.password, totp: a.totp() });
  const client = new AgentClient({
    url: t.url,
    sessionToken: session.sessionToken,
    transports: ['websocket'],
  });
  closers.push(() => client.close());
  await client.connect();
  return client;
}

const buttons = (m: Message | undefined) =>
  m?.payload?.type === 'quick_replies' ? m.payload.options.map((o) => o.value) : [];
const labels = (m: Message | undefined) =>
  m?.payload?.type === 'quick_replies' ? m.payload.options.map((o) => o.label) : [];
const text = (ms: Message[]) => ms.map((m) => m.body).join('\n');

const day = (iso: string, lang: 'en' | 'es') =>
  new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** A posted purchase on the account's latest statement whose merchant appears once in it. */
async function statementCharge(cardAccountId: string): Promise<Transaction> {
  const core = t.server.services.issuerCore;
  const [statement] = await core.listStatements(cardAccountId);
  const txs = await core.listTransactions(cardAccountId, { statementId: statement!.id });
  const all = await core.listTransactions(cardAccountId);
  const charge = txs.find(
    (x) =>
      x.kind === 'purchase' &&
      x.status === 'posted' &&
      all.filter((y) => y.merchant === x.merchant).length === 1,
  );
  if (!charge) throw new Error(`no unique posted purchase on ${cardAccountId}`);
  return charge;
}

async function disputesOf(cardmemberId: string, conversationId: string) {
  return (await t.server.services.cases.listForCardmember(cardmemberId)).filter(
    (c) => c.type === 'dispute' && c.conversationId === conversationId,
  );
}

/** Everything the customer can read of the conversation, as the server gives it to them. */
async function customerHistory(c: CustomerClient, id: string): Promise<string> {
  const history = await c.request<{ messages: Message[] }>('message.history', {
    conversationId: id,
    afterSeq: 0,
  });
  return JSON.stringify(history);
}

describe('dispute intake from chat', () => {
  it('in English: the matching charge, the reason, the merchant, a yes → one dispute case with its dates', async () => {
    const charge = await statementCharge('ca_james_travel');
    const c = await customerFor('cm_james_carter', 'ca_james_travel');
    const conv = await c.startConversation({ cardAccountId: 'ca_james_travel', language: 'en' });
    await c.follow(conv.id);

    const first = await say(
      c,
      conv.id,
      `I want to dispute the ${charge.merchant} charge of ${dollars(charge.amountCents)}`,
    );
    expect(text(first)).toMatch(/recorded your dispute at .* Eastern time/);
    const ask = first.at(-1)!;
    expect(ask.body).toMatch(/Which charge is it\?/);
    // The matching charge first, with amount, merchant and date; then "none of these" and a person.
    expect(labels(ask)[0]).toContain(dollars(charge.amountCents));
    expect(labels(ask)[0]).toContain(charge.merchant);
    expect(buttons(ask).slice(-2)).toEqual(['charge:none', 'agent']);

    const [reasonQ] = await press(c, conv.id, 'charge:0');
    expect(reasonQ!.body).toBe("What's wrong with this charge?");
    expect(buttons(reasonQ)).toEqual([
      'reason:unauthorized',
      'reason:duplicate',
      'reason:not_received',
      'reason:not_as_agreed',
      'reason:wrong_amount',
      'reason:credit_not_processed',
      'reason:other',
      'agent',
    ]);
    const [merchantQ] = await press(c, conv.id, 'reason:not_as_agreed');
    expect(merchantQ!.body).toMatch(/contacted the merchant/);
    expect(buttons(merchantQ)).toContain('agent');
    const [confirm] = await press(c, conv.id, 'merchant:refused');
    expect(confirm!.body).toContain(
      `dispute of the ${dollars(charge.amountCents)} charge at ${charge.merchant}`,
    );
    expect(confirm!.body).toMatch(/Reason: not as described/);
    expect(buttons(confirm)).toEqual(['yes', 'no', 'agent']);
    // Nothing is opened before the yes.
    expect(await disputesOf('cm_james_carter', conv.id)).toHaveLength(0);

    const done = await press(c, conv.id, 'yes');
    const opened = done.find((m) => m.payload?.type === 'reference')!;
    expect(opened.payload).toMatchObject({ type: 'reference', action: 'dispute.opened' });
    const reference = opened.payload?.type === 'reference' ? opened.payload.reference : '';
    expect(reference).toMatch(/^CL-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const [caseRow] = await disputesOf('cm_james_carter', conv.id);
    expect(caseRow?.reference).toBe(reference);
    const detail = await t.server.services.cases.detail(caseRow!.id, 'customer');
    expect(detail.dispute).toMatchObject({
      transactionId: charge.id,
      reason: 'not_as_agreed',
      amountCents: charge.amountCents,
      merchantContact: 'Contacted the merchant; it was not resolved.',
    });
    expect(opened.body).toContain(`Case number: ${reference}`);
    expect(opened.body).toContain(`you don't have to pay the disputed ${dollars(charge.amountCents)}`);
    expect(opened.body).toContain(
      `acknowledge it in writing by ${day(detail.dispute!.acknowledgementDueOn, 'en')}`,
    );
    expect(opened.body).toContain(`resolve it by ${day(detail.dispute!.resolutionDueOn, 'en')}`);
    // Then a secure upload link for receipts on that case, with its expiry.
    const offer = done.find((m) => m.payload?.type === 'upload_link')!;
    expect(offer.seq).toBeGreaterThan(opened.seq);
    const link = offer.payload?.type === 'upload_link' ? offer.payload : null;
    expect(link).toMatchObject({ caseReference: reference, maxFiles: 5 });
    expect(link!.url).toMatch(/^\/upload\?token=[A-Za-z0-9_-]{43}$/);
    expect(offer.body).toContain(`send them through this secure link for case ${reference}: ${link!.url}`);
    const until = new Intl.DateTimeFormat('en-US', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'America/New_York',
    }).format(new Date(link!.expiresAt));
    expect(offer.body).toContain(`valid until ${until} Eastern time`);
    expect(new Date(link!.expiresAt).getTime()).toBeGreaterThan(Date.now());
    // The receipt time is the one recorded when the customer first asked.
    const [recorded] = await database.db
      .select()
      .from(recordedRequests)
      .where(eq(recordedRequests.conversationId, conv.id));
    expect(recorded).toMatchObject({ kind: 'dispute', intent: 'dispute_charge' });
    expect(detail.dispute!.receivedAt).toBe(recorded!.receivedAt.toISOString());
    // While pending, the disputed amount is left out of what the customer is asked to pay.
    const due = await t.server.services.cases.disputes.amountDueExcludingDisputes('ca_james_travel');
    expect(due?.disputesExcluded).toBe(1);
    expect(due?.amountDueCents).toBe(Math.max(0, due!.statementBalanceCents - charge.amountCents));

    // A second yes, typed and pressed again, opens nothing more.
    await say(c, conv.id, 'yes');
    await say(c, conv.id, 'Yes', 'yes');
    expect(await disputesOf('cm_james_carter', conv.id)).toHaveLength(1);

    // The link works: the customer uploads a PNG with their own token; the agent sees it on the case.
    const token = new URL(link!.url, t.url).searchParams.get('token')!;
    const png = samplePng(3);
    const uploaded = await c.uploadFile(token, new Uint8Array(png), {
      fileName: 'receipt.png',
      idempotencyKey: `receipt-${conv.id}`,
    });
    expect(uploaded).toMatchObject({ fileName: 'receipt.png', type: 'png', scanStatus: 'clean' });
    const supervisor = await agentFor(['disputes'], ['en'], 'supervisor');
    const onCase = await supervisor.caseDocuments(reference);
    expect(onCase.documents).toEqual([
      expect.objectContaining({ fileName: 'receipt.png', type: 'png', sizeBytes: png.byteLength }),
    ]);
    // One link for the case, the assistant's, tied to this chat; one offer in the chat.
    expect(onCase.links).toEqual([
      expect.objectContaining({ createdBy: 'assistant', conversationId: conv.id, usedCount: 1 }),
    ]);
    expect(c.messages(conv.id).filter((m) => m.payload?.type === 'upload_link')).toHaveLength(1);
    // The notice is in the secure messages; the change is audited as the assistant's.
    const notices = await t.server.services.cases.listSecureMessages('cm_james_carter');
    expect(notices.filter((m) => m.caseReference === reference)).toHaveLength(1);
    const audit = await t.server.services.audit.list({ conversationId: conv.id });
    expect(audit.filter((e) => e.action === 'dispute.received').map((e) => e.actor.kind)).toEqual([
      'assistant',
    ]);
    // The customer never sees agent-only facts (the transaction id lives in the agents' summary only).
    expect(await customerHistory(c, conv.id)).not.toContain(charge.id);
    expect((await t.server.services.conversations.peek(conv.id))?.status).toBe('assistant');
  });

  it('in Spanish: an unrecognised charge the customer then says is not theirs becomes an unauthorised-charge dispute', async () => {
    const charge = await statementCharge('ca_maria_cash');
    const es = await customerFor('cm_maria_gonzalez', 'ca_maria_cash');
    const conv = await es.startConversation({ cardAccountId: 'ca_maria_cash', language: 'es' });
    await es.follow(conv.id);

    const first = await say(
      es,
      conv.id,
      `no reconozco un cargo de ${charge.merchant} por ${dollars(charge.amountCents)}`,
    );
    expect(text(first)).toMatch(/Registré su reporte de un cargo que no reconoce/);
    expect(first.at(-1)!.body).toMatch(/¿De qué cargo se trata\?/);
    const [details] = await press(es, conv.id, 'charge:0');
    expect(details!.body).toContain(charge.merchant);
    expect(details!.body).toMatch(/¿Reconoce ahora este cargo\?/);
    expect(buttons(details)).toEqual(['mine:yes', 'mine:no', 'agent']);
    const [merchantQ] = await press(es, conv.id, 'mine:no');
    expect(merchantQ!.body).toBe('¿Se ha comunicado con el comercio sobre esto?');
    const [confirm] = await press(es, conv.id, 'merchant:no');
    expect(confirm!.body).toMatch(/Motivo: yo no lo hice/);
    // The yes is answered by several turns at once, as by nodes racing: one of them wins the claim.
    const yes = await es.send(conv.id, 'sí');
    const assistant = t.server.services.assistant!;
    await Promise.all([assistant.runTurn(conv.id), assistant.runTurn(conv.id)]);
    const done = await eventually(() => {
      const answers = fromAssistant(es, conv.id).filter((m) => m.seq > yes.seq);
      expect(answers.some((m) => m.payload?.type === 'upload_link')).toBe(true);
      expect(es.messages(conv.id).at(-1)!.seq).toBe(answers.at(-1)!.seq);
      return answers;
    });
    const opened = done.find((m) => m.payload?.type === 'reference')!;
    expect(opened.body).toMatch(/Número de caso: CL-/);
    expect(opened.body).toMatch(/no tiene que pagar los/);
    const [caseRow] = await disputesOf('cm_maria_gonzalez', conv.id);
    const detail = await t.server.services.cases.detail(caseRow!.id, 'customer');
    expect(detail.language).toBe('es');
    expect(detail.dispute).toMatchObject({ transactionId: charge.id, reason: 'unauthorized' });
    expect(opened.body).toContain(`a más tardar el ${day(detail.dispute!.resolutionDueOn, 'es')}`);
    // The upload link, in Spanish: one link for the case and one offer, whatever the racing turns did.
    const offers = es.messages(conv.id).filter((m) => m.payload?.type === 'upload_link');
    expect(offers).toHaveLength(1);
    expect(offers[0]!.body).toMatch(/envíelos por este enlace seguro para el caso CL-/);
    expect(offers[0]!.body).toMatch(/válido hasta el .*, hora del Este/);
    const supervisor = await agentFor(['disputes'], ['es'], 'supervisor');
    const reference = opened.payload?.type === 'reference' ? opened.payload.reference : '';
    expect((await supervisor.caseDocuments(reference)).links).toHaveLength(1);
    const audit = await t.server.services.audit.list({ conversationId: conv.id });
    expect(audit.filter((e) => e.action === 'upload_link.created').map((e) => e.actor.kind)).toEqual([
      'assistant',
    ]);
    // Pressing an old button again does nothing.
    const again = await say(es, conv.id, 'Sí', 'yes');
    expect(text(again)).not.toMatch(/CL-/);
    expect(await disputesOf('cm_maria_gonzalez', conv.id)).toHaveLength(1);
  });

  it('a pending charge: explains it can be disputed once posted and offers an agent', async () => {
    const core = t.server.services.issuerCore;
    const pending = (await core.listTransactions('ca_james_travel')).find(
      (x) => x.status === 'pending' && x.kind === 'purchase',
    );
    expect(pending).toBeDefined();
    const c = await customerFor('cm_james_carter', 'ca_james_travel');
    const conv = await c.startConversation({ cardAccountId: 'ca_james_travel', language: 'en' });
    await c.follow(conv.id);
    const answers = await say(
      c,
      conv.id,
      `I want to dispute the ${pending!.merchant} charge for ${dollars(pending!.amountCents)}, it is wrong`,
    );
    expect(answers.at(-1)!.body).toMatch(/is still pending\. A charge can be disputed once it has posted/);
    expect(buttons(answers.at(-1))).toEqual(['agent', 'no']);
    await press(c, conv.id, 'agent');
    expect(await t.server.services.conversations.peek(conv.id)).toMatchObject({
      status: 'queued',
      queue: 'disputes',
    });
    expect(await disputesOf('cm_james_carter', conv.id)).toHaveLength(0);
  });

  it('"agent" in the middle hands off at once, and the agent sees the charge and reason gathered', async () => {
    const charge = await statementCharge('ca_emily_everyday');
    const agent = await agentFor(['disputes']);
    const c = await customerFor('cm_emily_nguyen', 'ca_emily_everyday');
    const conv = await c.startConversation({ cardAccountId: 'ca_emily_everyday', language: 'en' });
    await c.follow(conv.id);
    await say(c, conv.id, `I was charged twice by ${charge.merchant}, I want to dispute it`);
    // "Charged twice" already says the reason: the next question is the merchant, not the reason.
    const [merchantQ] = await press(c, conv.id, 'charge:0');
    expect(merchantQ!.body).toMatch(/contacted the merchant/);
    const handed = await say(c, conv.id, 'agent');
    expect(handed.at(-1)!.body).toMatch(/disputes team/);
    await eventually(() =>
      expect(agent.queues.get('disputes')?.some((i) => i.conversation.id === conv.id)).toBe(true),
    );
    await agent.accept(conv.id);
    const summary = agent.messages(conv.id).find((m) => m.kind === 'handoff_summary');
    if (summary?.payload?.type !== 'handoff_summary') throw new Error('no summary');
    expect(summary.payload.summary.intent).toBe('dispute_charge');
    expect(summary.payload.summary.facts).toEqual(
      expect.arrayContaining([
        { label: 'Dispute reason', value: 'duplicate' },
        expect.objectContaining({ label: 'Disputed charge', value: expect.stringContaining(charge.id) }),
      ]),
    );
    expect(await customerHistory(c, conv.id)).not.toContain(charge.id);
    expect(await disputesOf('cm_emily_nguyen', conv.id)).toHaveLength(0);
  });
});

describe('complaints, supervisor and case status', () => {
  it('logs a complaint in the customer words with its 15/60-day dates, then escalates it with the supervisor handoff', async () => {
    const c = await customerFor('cm_robert_johnson', 'ca_robert_cash');
    const conv = await c.startConversation({ cardAccountId: 'ca_robert_cash', language: 'en' });
    await c.follow(conv.id);
    const first = await say(c, conv.id, 'I want to file a complaint');
    expect(first.at(-1)!.body).toMatch(/tell me what happened, in your own words/);
    expect(buttons(first.at(-1))).toEqual(['agent']);
    const words = 'Your agent hung up on me twice and nobody called me back about my late fee';
    const [categoryQ] = await say(c, conv.id, words);
    expect(categoryQ!.body).toMatch(/What is the complaint mainly about\?/);
    expect(buttons(categoryQ)).toHaveLength(8);
    expect(buttons(categoryQ).slice(0, 2)).toEqual(
      expect.arrayContaining(['category:customer_service', 'category:fees_and_interest']),
    );
    expect(buttons(categoryQ).slice(-2)).toEqual(['category:other', 'agent']);
    expect((await t.server.services.conversations.peek(conv.id))?.status).toBe('assistant');

    const [logged] = await press(c, conv.id, 'category:customer_service');
    const reference = /Case number: (CL-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(logged!.body)?.[1];
    expect(reference).toBeDefined();
    const cases = (await t.server.services.cases.listForCardmember('cm_robert_johnson')).filter(
      (k) => k.conversationId === conv.id,
    );
    expect(cases.map((k) => [k.type, k.reference])).toEqual([['complaint', reference]]);
    const detail = await t.server.services.cases.detail(cases[0]!.id, 'agent');
    expect(detail.complaint).toMatchObject({ category: 'customer_service', words, escalated: false });
    expect(logged!.body).toContain(`first response by ${day(detail.complaint!.firstResponseDueOn, 'en')}`);
    expect(logged!.body).toContain(`final response by ${day(detail.complaint!.finalResponseDueOn, 'en')}`);
    expect(buttons(logged)).toEqual(['supervisor', 'agent', 'no']);

    const handed = await press(c, conv.id, 'supervisor');
    expect(text(handed)).toContain(`passed your complaint ${reference} to a supervisor`);
    expect(await t.server.services.conversations.peek(conv.id)).toMatchObject({
      status: 'queued',
      queue: 'supervisor',
    });
    const after = await t.server.services.cases.detail(cases[0]!.id, 'customer');
    expect(after.complaint?.escalated).toBe(true);
    expect(after.timeline.map((e) => e.kind)).toContain('escalated');
    // One complaint, however the chat went on.
    expect(
      (await t.server.services.cases.listForCardmember('cm_robert_johnson')).filter(
        (k) => k.conversationId === conv.id,
      ),
    ).toHaveLength(1);
  });

  it('case and dispute status: the customer own cases with status and next date; a typed reference only if theirs', async () => {
    const c = await customerFor('cm_james_carter', 'ca_james_travel');
    const conv = await c.startConversation({ cardAccountId: 'ca_james_travel', language: 'en' });
    await c.follow(conv.id);
    const mine = (await t.server.services.cases.listForCardmember('cm_james_carter')).find(
      (k) => k.type === 'dispute',
    );
    expect(mine).toBeDefined(); // opened by the English dispute journey above
    const detail = await t.server.services.cases.detail(mine!.id, 'customer');

    const [list] = await say(c, conv.id, 'what is the status of my dispute?');
    expect(list!.body).toMatch(/^Your disputes:/);
    expect(list!.body).toContain(mine!.reference);
    expect(list!.body).toContain(`resolution by ${day(detail.dispute!.resolutionDueOn, 'en')}`);

    const [one] = await say(c, conv.id, `any update on case ${mine!.reference.toLowerCase()}?`);
    expect(one!.body).toContain(`${mine!.reference} (${mine!.title}): open`);

    // Someone else's reference is "not found", exactly like one that does not exist.
    const others = await t.server.services.cases.listForCardmember('cm_robert_johnson');
    const theirs = others[0]!.reference;
    const answers = await say(c, conv.id, `what is the status of case ${theirs}`);
    expect(answers[0]!.body).toContain(`I couldn't find a case ${theirs} on your account`);
    expect(text(answers)).not.toContain('Complaint');
  });

  it('in Spanish: lists the disputes with the next date in Spanish', async () => {
    const es = await customerFor('cm_maria_gonzalez', 'ca_maria_cash');
    const conv = await es.startConversation({ cardAccountId: 'ca_maria_cash', language: 'es' });
    await es.follow(conv.id);
    const [list] = await say(es, conv.id, 'cual es el estado de mi disputa');
    expect(list!.body).toMatch(/^Sus disputas:/);
    expect(list!.body).toMatch(/resolución a más tardar el/);
  });
});
