import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../platform/clock.ts';
import { type Database, migrateDatabase, openDatabase } from '../../platform/db.ts';
import { type DomainEvent, EventBus } from '../../platform/events.ts';
import type { AgentPrincipal, CustomerPrincipal } from '../../platform/principal.ts';
import { createConversationService } from './conversations.service.ts';

/*
 * The repository suite: the same tests on the embedded PGlite and on a real PostgreSQL.
 * In CI (CI=true) the PostgreSQL run is mandatory: DATABASE_URL must be set.
 */
const targets: Array<{ name: string; open: () => Promise<Database> }> = [
  { name: 'PGlite', open: () => openDatabase({ memory: true }) },
];
if (process.env.DATABASE_URL) {
  targets.push({ name: 'PostgreSQL', open: () => openDatabase({ url: process.env.DATABASE_URL! }) });
} else if (process.env.CI) {
  throw new Error(
    'CI must run the repository suite on PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)',
  );
} else {
  console.warn(
    '\n*** DATABASE_URL is not set: the PostgreSQL run of the repository suite is SKIPPED (it is mandatory in CI) ***\n',
  );
}

function customer(accounts = 1): CustomerPrincipal {
  const id = `cm_repo_${randomUUID().slice(0, 8)}`;
  return {
    kind: 'customer',
    cardmemberId: id,
    cardAccountIds: Array.from({ length: accounts }, (_, i) => `${id}_ca${i}`),
    displayName: 'Repo Customer',
    tokenId: randomUUID(),
    issuedAt: new Date(),
    expiresAt: new Date(Date.now() + 3_600_000),
  };
}

function agent(role: AgentPrincipal['role'] = 'agent'): AgentPrincipal {
  return {
    kind: 'agent',
    agentId: `ag_repo_${randomUUID().slice(0, 8)}`,
    role,
    queues: ['general'],
    languages: ['en'],
    displayName: 'Repo Agent',
    sessionId: randomUUID(),
    expiresAt: new Date(Date.now() + 3_600_000),
  };
}

describe.each(targets)('conversation repository on $name', ({ open }) => {
  let database: Database;
  const events: DomainEvent[] = [];
  let svc: ReturnType<typeof createConversationService>;

  beforeAll(async () => {
    database = await open();
    await migrateDatabase(database);
    const bus = new EventBus((err) => {
      throw err;
    });
    bus.subscribe((e) => {
      events.push(e);
    });
    svc = createConversationService({ db: database.db, bus, clock: systemClock });
  });
  afterAll(() => database.close());

  it('starts a conversation bound to one card account, queued with its system events', async () => {
    const c = customer(2);
    const conv = await svc.start(c, { cardAccountId: c.cardAccountIds[1]!, language: 'es' });
    expect(conv).toMatchObject({
      status: 'queued',
      cardAccountId: c.cardAccountIds[1],
      language: 'es',
      lastSeq: 2,
    });
    const { messages } = await svc.transcript(c, conv.id);
    expect(messages.map((m) => m.event)).toEqual(['conversation_started', 'queued']);
    expect(events.some((e) => e.type === 'conversation.updated' && e.conversation.id === conv.id)).toBe(true);
  });

  it('gives gap-free sequence numbers under concurrent sends from both sides', async () => {
    const c = customer();
    const a = agent();
    const conv = await svc.start(c, { cardAccountId: c.cardAccountIds[0]!, language: 'en' });
    await svc.accept(a, conv.id);
    const sends = Array.from({ length: 30 }, (_, i) =>
      svc.send(i % 2 ? a : c, {
        conversationId: conv.id,
        clientMessageId: `cm-${i}-${randomUUID()}`,
        body: `m${i}`,
      }),
    );
    const results = await Promise.all(sends);
    const { messages } = await svc.transcript(c, conv.id);
    expect(messages.map((m) => m.seq)).toEqual(messages.map((_, i) => i + 1));
    expect(new Set(results.map((r) => r.message.seq)).size).toBe(30);
  });

  it('answers a repeated client message id with the original message, even concurrently', async () => {
    const c = customer();
    const conv = await svc.start(c, { cardAccountId: c.cardAccountIds[0]!, language: 'en' });
    const id = `retry-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        svc.send(c, { conversationId: conv.id, clientMessageId: id, body: 'hello once' }),
      ),
    );
    expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    const { messages } = await svc.transcript(c, conv.id);
    expect(messages.filter((m) => m.body === 'hello once')).toHaveLength(1);
    // The same id from another author is another message.
    const a = agent();
    await svc.accept(a, conv.id);
    const fromAgent = await svc.send(a, { conversationId: conv.id, clientMessageId: id, body: 'agent text' });
    expect(fromAgent.duplicate).toBe(false);
  });

  it('writes concurrent sends to several conversations together, each with its own outcome', async () => {
    const [c1, c2, intruder] = [customer(), customer(), customer()];
    const conv1 = await svc.start(c1, { cardAccountId: c1.cardAccountIds[0]!, language: 'en' });
    const conv2 = await svc.start(c2, { cardAccountId: c2.cardAccountIds[0]!, language: 'en' });
    const closed = await svc.start(c1, { cardAccountId: c1.cardAccountIds[0]!, language: 'en' });
    await svc.endByCustomer(c1, closed.id);
    const twice = `twice-${randomUUID()}`;
    const outcomes = await Promise.allSettled([
      svc.send(c1, { conversationId: conv1.id, clientMessageId: `a-${randomUUID()}`, body: 'one' }),
      svc.send(intruder, {
        conversationId: conv1.id,
        clientMessageId: `x-${randomUUID()}`,
        body: 'intrusion',
      }),
      svc.send(c2, { conversationId: conv2.id, clientMessageId: twice, body: 'hello from two' }),
      svc.send(c1, { conversationId: closed.id, clientMessageId: `c-${randomUUID()}`, body: 'too late' }),
      svc.send(c2, { conversationId: conv2.id, clientMessageId: twice, body: 'hello from two' }),
      svc.send(c1, { conversationId: conv1.id, clientMessageId: `b-${randomUUID()}`, body: 'two' }),
    ]);
    const codes = outcomes.map((o) => (o.status === 'rejected' ? o.reason.code : 'ok'));
    expect(codes).toEqual(['ok', 'CONVERSATION_NOT_FOUND', 'ok', 'CONVERSATION_CLOSED', 'ok', 'ok']);
    const [first, , dupA, , dupB] = outcomes.map((o) => (o.status === 'fulfilled' ? o.value : null));
    expect(dupA!.message.id).toBe(dupB!.message.id);
    expect([dupA!.duplicate, dupB!.duplicate].sort()).toEqual([false, true]);
    const t1 = await svc.transcript(c1, conv1.id);
    expect(t1.messages.filter((m) => m.author.kind === 'customer').map((m) => m.body)).toEqual([
      'one',
      'two',
    ]);
    expect(t1.messages.map((m) => m.seq)).toEqual(t1.messages.map((_, i) => i + 1));
    expect(first!.message.seq).toBe(3);
    const t2 = await svc.transcript(c2, conv2.id);
    expect(t2.messages.filter((m) => m.body === 'hello from two')).toHaveLength(1);
    expect(t2.conversation.lastSeq).toBe(t2.messages.length);
  });

  it('lets exactly one of many concurrent accepts win', async () => {
    const c = customer();
    const conv = await svc.start(c, { cardAccountId: c.cardAccountIds[0]!, language: 'en' });
    const agents = Array.from({ length: 8 }, () => agent());
    const results = await Promise.allSettled(agents.map((a) => svc.accept(a, conv.id)));
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason.code).toBe('ALREADY_ASSIGNED');
    }
    const { messages } = await svc.transcript(c, conv.id);
    expect(messages.filter((m) => m.event === 'agent_joined')).toHaveLength(1);
  });

  it('keeps conversations private to their cardmember and session accounts', async () => {
    const owner = customer();
    const conv = await svc.start(owner, { cardAccountId: owner.cardAccountIds[0]!, language: 'en' });
    const other = customer();
    await expect(svc.transcript(other, conv.id)).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    // The same cardmember whose token no longer covers that account cannot read it either.
    const narrowed = { ...owner, cardAccountIds: ['ca_other'] };
    await expect(svc.history(narrowed, conv.id, 0, 10)).rejects.toMatchObject({
      code: 'CONVERSATION_NOT_FOUND',
    });
    expect((await svc.listForCustomer(other)).some((x) => x.id === conv.id)).toBe(false);
    expect((await svc.listForCustomer(owner)).map((x) => x.id)).toContain(conv.id);
  });

  it('pages history after a seq', async () => {
    const c = customer();
    const conv = await svc.start(c, { cardAccountId: c.cardAccountIds[0]!, language: 'en' });
    for (let i = 0; i < 5; i++)
      await svc.send(c, {
        conversationId: conv.id,
        clientMessageId: `p-${i}-${randomUUID()}`,
        body: `p${i}`,
      });
    const first = await svc.history(c, conv.id, 0, 3);
    expect(first.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(first.hasMore).toBe(true);
    const rest = await svc.history(c, conv.id, 3, 10);
    expect(rest.messages.map((m) => m.seq)).toEqual([4, 5, 6, 7]);
    expect(rest.hasMore).toBe(false);
  });

  it('moves receipts forward only and never past the last message', async () => {
    const c = customer();
    const conv = await svc.start(c, { cardAccountId: c.cardAccountIds[0]!, language: 'en' });
    expect((await svc.updateReceipt(c, { conversationId: conv.id, readSeq: 99 })).readSeq).toBe(2);
    expect((await svc.updateReceipt(c, { conversationId: conv.id, readSeq: 1 })).readSeq).toBe(2);
    expect((await svc.receipts(conv.id)).find((r) => r.reader === 'customer')?.deliveredSeq).toBe(2);
  });

  it('ends a waiting conversation as abandoned and a handled one as resolved; closed ones refuse messages', async () => {
    const c = customer();
    const waiting = await svc.start(c, { cardAccountId: c.cardAccountIds[0]!, language: 'en' });
    expect((await svc.endByCustomer(c, waiting.id)).status).toBe('abandoned');
    await expect(
      svc.send(c, { conversationId: waiting.id, clientMessageId: `late-${randomUUID()}`, body: 'late' }),
    ).rejects.toMatchObject({ code: 'CONVERSATION_CLOSED' });
    const handled = await svc.start(c, { cardAccountId: c.cardAccountIds[0]!, language: 'en' });
    await svc.accept(agent(), handled.id);
    const ended = await svc.endByCustomer(c, handled.id);
    expect(ended.status).toBe('resolved');
    expect(ended.closedAt).not.toBeNull();
    await expect(svc.endByCustomer(c, handled.id)).rejects.toMatchObject({ code: 'CONVERSATION_CLOSED' });
  });

  it('lists the waiting queue oldest first with the latest customer words as preview', async () => {
    const c = customer();
    const conv = await svc.start(c, { cardAccountId: c.cardAccountIds[0]!, language: 'en' });
    await svc.send(c, {
      conversationId: conv.id,
      clientMessageId: `q-${randomUUID()}`,
      body: 'I need help with a charge',
    });
    const queue = await svc.listQueue(['general']);
    const item = queue.find((q) => q.conversation.id === conv.id);
    expect(item).toMatchObject({ preview: 'I need help with a charge', cardmemberName: 'Repo Customer' });
    const times = queue.map((q) => q.waitingSince);
    expect([...times].sort()).toEqual(times);
    expect(await svc.listQueue(['travel'])).not.toContainEqual(
      expect.objectContaining({ conversation: expect.objectContaining({ id: conv.id }) }),
    );
  });
});
