import { AgentClient } from '@clearline/client';
import type { Message } from '@clearline/protocol';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { fromAssistant, journeyCustomer, say } from '../../test/assistant-journey.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';
import { seedDemoCore } from '../accounts/index.ts';
import { recordedRequests } from './assistant.tables.ts';

/*
 * The assistant over real sockets, on the demo issuer core: it answers first, finishes a card lock
 * and a due-date question in English and Spanish, and hands off to the right team with a summary
 * the agent sees first and the customer never sees.
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

const buttons = (m: Message | undefined) =>
  m?.payload?.type === 'quick_replies' ? m.payload.options.map((o) => o.value) : [];

async function agentFor(queues: string[], languages: Array<'en' | 'es'> = ['en']) {
  const a = await t.agent({ queues, languages });
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

describe('the assistant answers first', () => {
  it('greets in the customer language with task buttons and a way to a person', async () => {
    const c = await customerFor('cm_emily_nguyen', 'ca_emily_everyday');
    const conv = await c.startConversation({ cardAccountId: 'ca_emily_everyday', language: 'en' });
    expect(conv.status).toBe('assistant');
    await c.follow(conv.id);
    const [greeting] = fromAssistant(c, conv.id);
    expect(greeting?.body).toMatch(/virtual assistant/);
    expect(buttons(greeting)).toEqual(expect.arrayContaining(['intent:lock_card', 'agent']));

    const es = await customerFor('cm_maria_gonzalez', 'ca_maria_cash');
    const convEs = await es.startConversation({ cardAccountId: 'ca_maria_cash', language: 'es' });
    await es.follow(convEs.id);
    expect(fromAssistant(es, convEs.id)[0]?.body).toMatch(/asistente virtual/);
  });
});

describe('lock-card journey', () => {
  it('in English: names the card from its last four, asks for a yes, locks it and gives a reference', async () => {
    const cards = await t.server.services.issuerCore.listCards('ca_james_platinum');
    const card = cards.find((k) => k.status === 'active' && k.role === 'authorized_user') ?? cards[0]!;
    const c = await customerFor('cm_james_carter', 'ca_james_platinum');
    const conv = await c.startConversation({ cardAccountId: 'ca_james_platinum', language: 'en' });
    await c.follow(conv.id);

    const [ask] = await say(c, conv.id, `please lock my card ending in ${card.last4}, I can't find it`);
    expect(ask!.body).toContain(`Lock the card ending in ${card.last4}?`);
    expect(buttons(ask)).toEqual(['yes', 'no']);
    // Not changed before the yes.
    expect(
      (await t.server.services.issuerCore.listCards('ca_james_platinum')).find((k) => k.id === card.id)
        ?.status,
    ).toBe('active');

    const done = await say(c, conv.id, 'Yes', 'yes');
    const confirmation = done.find((m) => m.payload?.type === 'reference');
    expect(confirmation?.body).toMatch(new RegExp(`card ending in ${card.last4} is locked`));
    expect(confirmation?.payload).toMatchObject({ type: 'reference', action: 'card.locked' });
    const reference = confirmation?.payload?.type === 'reference' ? confirmation.payload.reference : '';
    expect(reference).toMatch(/^CL-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(
      (await t.server.services.issuerCore.listCards('ca_james_platinum')).find((k) => k.id === card.id)
        ?.status,
    ).toBe('locked');

    // And back: unlocking asks again, then unlocks.
    const [askUnlock] = await say(c, conv.id, `unlock the card ending in ${card.last4}`);
    expect(askUnlock!.body).toContain(`Unlock the card ending in ${card.last4}?`);
    await say(c, conv.id, 'yes please');
    expect(
      (await t.server.services.issuerCore.listCards('ca_james_platinum')).find((k) => k.id === card.id)
        ?.status,
    ).toBe('active');
    const conversation = await t.server.services.conversations.peek(conv.id);
    expect(conversation?.status).toBe('assistant');
    // Both changes are in the audit chain, by the assistant, with the reference given to the customer.
    const audit = await t.server.services.audit.list({ conversationId: conv.id });
    expect(audit.map((e) => [e.actor.kind, e.action])).toEqual([
      ['assistant', 'card.locked'],
      ['assistant', 'card.unlocked'],
    ]);
    expect(audit[0]!.after).toMatchObject({ status: 'locked', reference });
    expect((await t.server.services.audit.verify()).ok).toBe(true);
  });

  it('in Spanish: asks which card when there are several, and a typed "sí" confirms', async () => {
    const cards = (await t.server.services.issuerCore.listCards('ca_sofia_travel')).filter(
      (k) => k.status === 'active',
    );
    expect(cards.length).toBeGreaterThan(1);
    const c = await customerFor('cm_sofia_ramirez', 'ca_sofia_travel');
    const conv = await c.startConversation({ cardAccountId: 'ca_sofia_travel', language: 'es' });
    await c.follow(conv.id);

    const [which] = await say(c, conv.id, 'quiero bloquear mi tarjeta por favor');
    expect(which!.body).toBe('¿De qué tarjeta se trata?');
    const target = cards[1]!;
    expect(buttons(which)).toContain(`card:${target.id}`);
    const [ask] = await say(c, conv.id, `Tarjeta que termina en ${target.last4}`, `card:${target.id}`);
    expect(ask!.body).toContain(`¿Bloqueo la tarjeta que termina en ${target.last4}?`);
    const done = await say(c, conv.id, 'sí');
    expect(done.find((m) => m.payload?.type === 'reference')?.body).toMatch(
      /está bloqueada\. Número de referencia: CL-/,
    );
    expect(
      (await t.server.services.issuerCore.listCards('ca_sofia_travel')).find((k) => k.id === target.id)
        ?.status,
    ).toBe('locked');
    await t.server.services.issuerCore.setCardLocked('ca_sofia_travel', target.id, false);
  });

  it('a "no" changes nothing', async () => {
    const c = await customerFor('cm_robert_johnson', 'ca_robert_rewards');
    const conv = await c.startConversation({ cardAccountId: 'ca_robert_rewards', language: 'en' });
    await c.follow(conv.id);
    const before = await t.server.services.issuerCore.listCards('ca_robert_rewards');
    const primary = before.find((k) => k.role === 'primary')!;
    const [ask] = await say(c, conv.id, `freeze my card ending in ${primary.last4} for now`);
    expect(buttons(ask)).toEqual(['yes', 'no']);
    const [cancelled] = await say(c, conv.id, 'no', 'no');
    expect(cancelled!.body).toMatch(/haven't changed anything/);
    expect(await t.server.services.issuerCore.listCards('ca_robert_rewards')).toEqual(before);
  });

  it('a locked card: locking again changes nothing, and a decline offers to unlock it', async () => {
    const c = await customerFor('cm_emily_nguyen', 'ca_emily_everyday');
    const conv = await c.startConversation({ cardAccountId: 'ca_emily_everyday', language: 'en' });
    await c.follow(conv.id);
    const [already] = await say(c, conv.id, 'lock my card');
    expect(already!.body).toMatch(/already locked; I didn't change anything/);
    const [offer] = await say(c, conv.id, 'my card keeps getting declined at the store');
    expect(offer!.body).toMatch(/is locked, which is why purchases are declined/);
    expect(buttons(offer)).toEqual(['yes', 'no']);
  });
});

describe('due-date journey', () => {
  it('answers from the latest statement in English and in Spanish', async () => {
    const [statement] = await t.server.services.issuerCore.listStatements('ca_emily_everyday');
    const c = await customerFor('cm_emily_nguyen', 'ca_emily_everyday');
    const conv = await c.startConversation({ cardAccountId: 'ca_emily_everyday', language: 'en' });
    await c.follow(conv.id);
    const [answer] = await say(c, conv.id, 'when is my payment due?');
    const due = new Intl.DateTimeFormat('en-US', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${statement!.dueDate}T00:00:00Z`));
    expect(answer!.body).toContain(`due on ${due}`);
    expect(answer!.body).toContain(`$${(statement!.minimumDueCents / 100).toFixed(2)}`);

    const [stmtEs] = await t.server.services.issuerCore.listStatements('ca_maria_cash');
    const es = await customerFor('cm_maria_gonzalez', 'ca_maria_cash');
    const convEs = await es.startConversation({ cardAccountId: 'ca_maria_cash', language: 'es' });
    await es.follow(convEs.id);
    const [respuesta] = await say(es, convEs.id, '¿cuándo vence mi pago de este mes?');
    const vence = new Intl.DateTimeFormat('es-US', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${stmtEs!.dueDate}T00:00:00Z`));
    expect(respuesta!.body).toContain(`Su próximo pago vence el ${vence}`);
  });
});

describe('knowledge answers', () => {
  it('answers a general question from the knowledge base and cites the article, in English and Spanish', async () => {
    const c = await customerFor('cm_emily_nguyen', 'ca_emily_everyday');
    const conv = await c.startConversation({ cardAccountId: 'ca_emily_everyday', language: 'en' });
    await c.follow(conv.id);
    const [answer] = await say(c, conv.id, 'how long do I have to dispute a billing error on my statement?');
    expect(answer!.payload?.type).toBe('citation');
    expect(answer!.body).toMatch(/60 days/);
    expect(answer!.body).toMatch(/Help Center/);

    const es = await customerFor('cm_maria_gonzalez', 'ca_maria_cash');
    const convEs = await es.startConversation({ cardAccountId: 'ca_maria_cash', language: 'es' });
    await es.follow(convEs.id);
    const [respuesta] = await say(es, convEs.id, '¿qué cubre la protección de viaje si cancelan mi vuelo?');
    expect(respuesta!.payload?.type).toBe('citation');
    expect(respuesta!.body).toMatch(/Centro de ayuda/);
  });
});

describe('handoff', () => {
  it('sends a dispute to the disputes team with a summary the agent sees first and the customer never sees', async () => {
    const agent = await agentFor(['disputes']);
    const c = await customerFor('cm_james_carter', 'ca_james_travel');
    const conv = await c.startConversation({ cardAccountId: 'ca_james_travel', language: 'en' });
    await c.follow(conv.id);
    const words = 'I was charged twice by Delta for $412.60 on 08/15 and want to dispute the duplicate';
    const answers = await say(c, conv.id, words);
    expect(answers.map((m) => m.body).join(' ')).toMatch(/recorded your dispute/);
    // No such charge on the account: the recent ones are offered, and "none of these" goes to the team.
    expect(answers.at(-1)!.body).toMatch(/couldn't find a charge matching exactly/);
    expect(buttons(answers.at(-1))).toEqual(expect.arrayContaining(['charge:none', 'agent']));
    const handed = await say(c, conv.id, 'None of these', 'charge:none');
    expect(handed.at(-1)!.body).toMatch(/disputes team.*won't need to repeat/);

    await eventually(() =>
      expect(agent.queues.get('disputes')?.some((i) => i.conversation.id === conv.id)).toBe(true),
    );
    const item = agent.queues.get('disputes')!.find((i) => i.conversation.id === conv.id)!;
    expect(item.conversation.priority).toBeGreaterThan(0);
    expect(item.conversation.routingReason).toMatch(/Dispute/);
    await agent.accept(conv.id);
    const summary = agent.messages(conv.id).find((m) => m.kind === 'handoff_summary');
    expect(summary?.visibility).toBe('agents');
    expect(summary?.payload?.type).toBe('handoff_summary');
    if (summary?.payload?.type !== 'handoff_summary') throw new Error('no summary');
    const s = summary.payload.summary;
    expect(s.intent).toBe('dispute_charge');
    expect(s.queue).toBe('disputes');
    expect(s.customerWords).toContain(words);
    expect(s.reason).toMatch(/not among those the assistant offered/);
    expect(s.facts).toEqual(
      expect.arrayContaining([
        { label: 'Amount', value: '$412.60' },
        expect.objectContaining({ label: 'Merchant' }),
        expect.objectContaining({ label: 'Date' }),
        { label: 'Dispute reason', value: 'duplicate' },
      ]),
    );
    expect(s.recorded[0]?.kind).toBe('dispute');

    // The customer has only a stub in its place: no content, no author.
    expect(c.messages(conv.id).some((m) => m.kind === 'handoff_summary' || m.visibility === 'agents')).toBe(
      false,
    );
    const history = await c.request<{ messages: Message[] }>('message.history', {
      conversationId: conv.id,
      afterSeq: 0,
    });
    const stub = history.messages.find((m) => m.seq === summary.seq)!;
    expect(stub).toMatchObject({ kind: 'withheld', body: '', payload: null });
    expect(JSON.stringify(history)).not.toContain('Handoff from the assistant');

    const rows = await database.db
      .select()
      .from(recordedRequests)
      .where(eq(recordedRequests.conversationId, conv.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'dispute', intent: 'dispute_charge' });
  });

  it('"agent" hands off at once, and a Spanish speaker goes to the Spanish queue', async () => {
    const es = await customerFor('cm_maria_gonzalez', 'ca_maria_gold');
    const conv = await es.startConversation({ cardAccountId: 'ca_maria_gold', language: 'es' });
    await es.follow(conv.id);
    const answers = await say(es, conv.id, 'representante');
    expect(answers.at(-1)!.body).toMatch(/Le comunico con un agente/);
    const after = await t.server.services.conversations.peek(conv.id);
    expect(after).toMatchObject({ status: 'queued', queue: 'spanish' });
    // Still in line, the assistant keeps helping and does not queue twice.
    const more = await say(es, conv.id, 'quiero hablar con un agente ya');
    expect(more.at(-1)!.body).toMatch(/Ya está en la fila/);
  });

  it('fraud happening now: advice to call, the fraud queue at top priority, recorded', async () => {
    const c = await customerFor('cm_robert_johnson', 'ca_robert_cash');
    const conv = await c.startConversation({ cardAccountId: 'ca_robert_cash', language: 'en' });
    await c.follow(conv.id);
    const answers = await say(
      c,
      conv.id,
      'someone is using my card right now, there are 5 charges I never made in the last hour!!',
    );
    expect(answers.map((m) => m.body).join(' ')).toMatch(/call the number on the back of your card/);
    const after = await t.server.services.conversations.peek(conv.id);
    expect(after).toMatchObject({ status: 'queued', queue: 'fraud', priority: 100 });
    const rows = await database.db
      .select()
      .from(recordedRequests)
      .where(eq(recordedRequests.conversationId, conv.id));
    expect(rows.map((r) => r.kind)).toEqual(['fraud']);
  });

  it('two misunderstandings in a row offer an agent', async () => {
    const c = await customerFor('cm_emily_nguyen', 'ca_emily_everyday');
    const conv = await c.startConversation({ cardAccountId: 'ca_emily_everyday', language: 'en' });
    await c.follow(conv.id);
    const first = await say(c, conv.id, 'what is the best recipe for lasagna');
    expect(buttons(first.at(-1))).toContain('agent');
    const second = await say(c, conv.id, 'who won the football game last night');
    expect(second.at(-1)!.body).toMatch(/connect you with an agent/);
    expect(buttons(second.at(-1))).toEqual(['agent', 'retry']);
    await say(c, conv.id, 'Talk to an agent', 'agent');
    expect((await t.server.services.conversations.peek(conv.id))?.status).toBe('queued');
  });
});
