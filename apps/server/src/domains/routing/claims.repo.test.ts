import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../platform/clock.ts';
import { type Database, migrateDatabase, openDatabase } from '../../platform/db.ts';
import { EventBus } from '../../platform/events.ts';
import type { AgentPrincipal, CustomerPrincipal } from '../../platform/principal.ts';
import { createConversationService } from '../conversations/index.ts';
import { createRoutingService } from './routing.service.ts';

/*
 * Claims under concurrency, on the embedded PGlite and on a real PostgreSQL (mandatory in CI):
 * many agents claiming at once never get the same conversation and never exceed their capacity.
 */
const targets: Array<{ name: string; open: () => Promise<Database> }> = [
  { name: 'PGlite', open: () => openDatabase({ memory: true }) },
];
if (process.env.DATABASE_URL) {
  targets.push({ name: 'PostgreSQL', open: () => openDatabase({ url: process.env.DATABASE_URL! }) });
} else if (process.env.CI) {
  throw new Error('CI must run the claim suite on PostgreSQL: set DATABASE_URL');
} else {
  console.warn(
    '\n*** DATABASE_URL is not set: the PostgreSQL run of the claim suite is SKIPPED (mandatory in CI) ***\n',
  );
}

function customer(): CustomerPrincipal {
  const id = `cm_claim_${randomUUID().slice(0, 8)}`;
  return {
    kind: 'customer',
    cardmemberId: id,
    cardAccountIds: [`${id}_ca0`],
    displayName: 'Claim Customer',
    tokenId: randomUUID(),
    issuedAt: new Date(),
    expiresAt: new Date(Date.now() + 3_600_000),
  };
}

function agent(queue: string): AgentPrincipal {
  return {
    kind: 'agent',
    agentId: `ag_claim_${randomUUID().slice(0, 8)}`,
    role: 'agent',
    queues: [queue],
    languages: ['en'],
    displayName: 'Claim Agent',
    sessionId: randomUUID(),
    expiresAt: new Date(Date.now() + 3_600_000),
  };
}

describe.each(targets)('claims on $name', ({ open }) => {
  let database: Database;
  let service: ReturnType<typeof createConversationService>;
  let routing: ReturnType<typeof createRoutingService>;

  beforeAll(async () => {
    database = await open();
    await migrateDatabase(database);
    routing = createRoutingService({ db: database.db, clock: systemClock });
    service = createConversationService({
      db: database.db,
      bus: new EventBus(() => {}),
      clock: systemClock,
      capacityOf: (tx, id) => routing.capacityOf(tx, id),
      onAssigned: (tx, id, at) => routing.noteAssigned(tx, id, at),
    });
  });
  afterAll(async () => database.close());

  /** Waiting conversations in a queue of their own (the database may be shared with other suites). */
  async function waiting(queue: string, n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const c = customer();
      ids.push((await service.start(c, { cardAccountId: c.cardAccountIds[0]!, language: 'en' })).id);
    }
    await database.db.execute(
      sql`update conversations set queue = ${queue} where id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
    return ids;
  }

  it('many agents claiming at once: no conversation twice, no agent past capacity', async () => {
    const queue = `q_${randomUUID().slice(0, 8)}`;
    const ids = await waiting(queue, 30);
    const agents = Array.from({ length: 10 }, () => agent(queue));
    // Capacities 1, 2 and 3: 20 seats for 30 conversations.
    for (const [i, a] of agents.entries()) await routing.setCapacity(a.agentId, (i % 3) + 1);
    const seats = agents.reduce((s, _a, i) => s + (i % 3) + 1, 0);

    const claimed = new Map<string, string[]>();
    const outcomes = { full: 0, empty: 0 };
    await Promise.all(
      agents.map(async (a) => {
        const mine: string[] = [];
        claimed.set(a.agentId, mine);
        for (let k = 0; k < 5; k++) {
          try {
            const c = await service.acceptNext(a);
            if (!c) {
              outcomes.empty++;
              return;
            }
            mine.push(c.id);
          } catch (err) {
            expect((err as { code?: string }).code).toBe('AT_CAPACITY');
            outcomes.full++;
            return;
          }
        }
      }),
    );
    const all = [...claimed.values()].flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(Math.min(seats, ids.length));
    for (const [i, a] of agents.entries())
      expect(claimed.get(a.agentId)!.length).toBeLessThanOrEqual((i % 3) + 1);

    // The database agrees: each claimed conversation has exactly one agent and one "joined" event.
    const { conversations, messages } = await import('../conversations/conversations.tables.ts');
    const rows = await database.db.select().from(conversations).where(inArray(conversations.id, ids));
    for (const row of rows) {
      const owner = [...claimed.entries()].find(([, list]) => list.includes(row.id))?.[0] ?? null;
      expect(row.assignedAgentId).toBe(owner);
      expect(row.status).toBe(owner ? 'assigned' : 'queued');
    }
    const joins = await database.db
      .select({ c: messages.conversationId, n: sql<number>`count(*)::int` })
      .from(messages)
      .where(sql`${messages.event} = 'agent_joined' and ${inArray(messages.conversationId, ids)}`)
      .groupBy(messages.conversationId);
    expect(joins.every((j) => Number(j.n) === 1)).toBe(true);
  });

  it('takes the highest priority first, then the longest waiting; refuses a chat past capacity', async () => {
    const queue = `q_${randomUUID().slice(0, 8)}`;
    const [older, urgent, newest] = await waiting(queue, 3);
    const { conversations } = await import('../conversations/conversations.tables.ts');
    await database.db.update(conversations).set({ priority: 100 }).where(eq(conversations.id, urgent!));
    const a = agent(queue);
    await routing.setCapacity(a.agentId, 2);
    expect((await service.acceptNext(a))?.id).toBe(urgent);
    expect((await service.acceptNext(a))?.id).toBe(older);
    await expect(service.accept(a, newest!)).rejects.toMatchObject({ code: 'AT_CAPACITY' });
    await expect(service.acceptNext(a)).rejects.toMatchObject({ code: 'AT_CAPACITY' });
    // Another agent of the queue takes what is left; then nothing is waiting.
    const b = agent(queue);
    expect((await service.acceptNext(b))?.id).toBe(newest);
    expect(await service.acceptNext(b)).toBeNull();
  });
});
