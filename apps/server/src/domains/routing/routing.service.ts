/*
 * Routing's own state: each agent's capacity, presence and when they last got a chat. The claim
 * itself lives with the conversations (conversations.accept / acceptNext) and calls in here, in the
 * claim's transaction, for the capacity and to note the assignment.
 */
import type { QueueConfig, WeeklyHours } from '@clearline/protocol';
import { and, asc, eq, gt, inArray, notInArray, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { AgentPrincipal } from '../../platform/principal.ts';
import { isOpen, isTimeZone, nextOpening } from './business-hours.ts';
import { agentStates, queues } from './routing.tables.ts';
import {
  type Abandonment,
  blendOverflow,
  type CompletedChat,
  estimateWait,
  formatWaitAnnouncement,
  type WaitEstimate,
} from './wait-estimate/index.ts';

/** What routing needs to know of a queue's conversations (the conversations domain provides it). */
export type QueueActivity = (
  queue: string,
  since: Date,
) => Promise<{
  waiting: Array<{
    conversationId: string;
    language: 'en' | 'es';
    queuedAt?: Date | null;
    /** When agents of the overflow queue may take it (null: no overflow). */
    overflowAt?: Date | null;
  }>;
  completions: CompletedChat[];
  abandonments: Abandonment[];
  /** Chats each of these agents has now. */
  loads: (agentIds: string[]) => Promise<Record<string, number>>;
}>;

export interface WaitTime {
  conversationId: string;
  queue: string;
  position: number;
  estimate: { kind: 'range'; lowSeconds: number; highSeconds: number } | { kind: 'unknown' };
  text: string;
}

/** History the estimate looks at (its window is 30 minutes, topped up with older chats up to 2 hours). */
const HISTORY_MS = 2 * 3_600_000;

export const DEFAULT_MAX_CHATS = 3;
/** An agent is online while heartbeats keep coming: every node beats for its sockets every 10 s. */
export const PRESENCE_TTL_MS = 30_000;
export type Presence = 'online' | 'away' | 'offline';

export type RoutingService = ReturnType<typeof createRoutingService>;

/** The queues every installation starts with (DOMAIN.md §5): 24/7, specialists overflowing to general. */
export const STANDARD_QUEUES: readonly QueueConfig[] = (
  [
    ['general', 'General', null],
    ['disputes', 'Disputes', { queue: 'general', afterMinutes: 10 }],
    ['fraud', 'Fraud', { queue: 'general', afterMinutes: 2 }],
    ['credit', 'Credit', { queue: 'general', afterMinutes: 10 }],
    ['rewards', 'Rewards', { queue: 'general', afterMinutes: 10 }],
    ['travel', 'Travel', { queue: 'general', afterMinutes: 10 }],
    ['spanish', 'Spanish', null],
    ['small_business', 'Small business', { queue: 'general', afterMinutes: 15 }],
    ['supervisor', 'Supervisors', null],
  ] as const
).map(([name, displayName, overflow]) => ({
  name,
  displayName,
  timeZone: 'America/New_York',
  hours: null,
  holidays: [],
  overflow: overflow ? { ...overflow } : null,
}));

/** Where a conversation entering a queue goes, given the queue's hours and overflow rule. */
export interface QueueRoute {
  /** The queue it waits in: the one asked for, or its overflow while that one is closed. */
  queue: string;
  /** Set when it waits in a closed queue: when it opens (null: no opening scheduled). */
  closed: { queue: string; displayName: string; opensAt: Date | null; timeZone: string } | null;
  /** Agents of this queue may also take it from `overflowAt` on. */
  overflowQueue: string | null;
  overflowAt: Date | null;
  /** Why it waits where it does, when that is not the queue asked for. */
  note: string | null;
}

type QueueRow = typeof queues.$inferSelect;
function toQueueConfig(r: QueueRow): QueueConfig {
  return {
    name: r.name,
    displayName: r.displayName,
    timeZone: r.timeZone,
    hours: (r.hours as WeeklyHours | null) ?? null,
    holidays: [...r.holidays].sort(),
    overflow:
      r.overflowQueue && r.overflowAfterMinutes !== null
        ? { queue: r.overflowQueue, afterMinutes: r.overflowAfterMinutes }
        : null,
  };
}

export interface RoutingAuditEntry {
  actor: { kind: 'supervisor' | 'admin' | 'agent'; id: string };
  action: string;
  subject: { type: 'queue'; id: string };
  before?: unknown;
  after?: unknown;
}

export function createRoutingService(deps: {
  db: Db;
  clock: Clock;
  activity?: QueueActivity;
  audit?: (entry: RoutingAuditEntry, tx: Tx) => Promise<unknown>;
}) {
  const { db, clock } = deps;

  async function queueRows(q: Tx | Db, names?: readonly string[]): Promise<QueueRow[]> {
    if (names && names.length === 0) return [];
    return q
      .select()
      .from(queues)
      .where(names ? inArray(queues.name, [...names]) : undefined)
      .orderBy(asc(queues.name));
  }

  return {
    /** Adds the standard queues that are missing (never overwrites a configured one). */
    async ensureQueues(): Promise<void> {
      await db
        .insert(queues)
        .values(
          STANDARD_QUEUES.map((q) => ({
            name: q.name,
            displayName: q.displayName,
            timeZone: q.timeZone,
            hours: q.hours,
            holidays: [...q.holidays],
            overflowQueue: q.overflow?.queue ?? null,
            overflowAfterMinutes: q.overflow?.afterMinutes ?? null,
            updatedAt: clock.now(),
          })),
        )
        .onConflictDoNothing();
    },

    /** Every configured queue, with whether it is open now and when it next opens. */
    async listQueues(): Promise<Array<QueueConfig & { openNow: boolean; opensAt: string | null }>> {
      const now = clock.now();
      return (await queueRows(db)).map((r) => {
        const c = toQueueConfig(r);
        const opensAt = nextOpening(c, now);
        return { ...c, openNow: isOpen(c, now), opensAt: opensAt ? opensAt.toISOString() : null };
      });
    },

    /**
     * Replaces the configuration of the given queues (supervisors; others are unchanged), validated
     * as a whole: known time zones, overflow to another existing queue (one hop: mutual overflow
     * between two queues is fine). Audited.
     */
    async putQueues(actor: AgentPrincipal, configs: readonly QueueConfig[]): Promise<QueueConfig[]> {
      const names = configs.map((c) => c.name);
      if (new Set(names).size !== names.length)
        throw new AppError('VALIDATION_FAILED', 'queues: each queue at most once');
      return db.transaction(async (tx) => {
        const existing = await queueRows(tx);
        const merged = new Map(existing.map((r) => [r.name, toQueueConfig(r)]));
        const before = new Map(merged);
        for (const c of configs) merged.set(c.name, c);
        for (const c of configs) {
          if (!isTimeZone(c.timeZone))
            throw new AppError('VALIDATION_FAILED', `${c.name}.timeZone: unknown time zone ${c.timeZone}`);
          if (c.overflow) {
            if (c.overflow.queue === c.name)
              throw new AppError(
                'VALIDATION_FAILED',
                `${c.name}.overflow: a queue cannot overflow to itself`,
              );
            if (!merged.has(c.overflow.queue))
              throw new AppError(
                'VALIDATION_FAILED',
                `${c.name}.overflow: no queue named ${c.overflow.queue}`,
              );
          }
        }
        const now = clock.now();
        for (const c of configs) {
          const values = {
            displayName: c.displayName,
            timeZone: c.timeZone,
            hours: c.hours,
            holidays: [...new Set(c.holidays)].sort(),
            overflowQueue: c.overflow?.queue ?? null,
            overflowAfterMinutes: c.overflow?.afterMinutes ?? null,
            updatedAt: now,
          };
          await tx
            .insert(queues)
            .values({ name: c.name, ...values })
            .onConflictDoUpdate({ target: queues.name, set: values });
          await deps.audit?.(
            {
              actor: { kind: actor.role === 'agent' ? 'agent' : actor.role, id: actor.agentId },
              action: 'queue.configured',
              subject: { type: 'queue', id: c.name },
              before: before.get(c.name) ?? null,
              after: c,
            },
            tx,
          );
        }
        return (await queueRows(tx, names)).map(toQueueConfig);
      });
    },

    /**
     * Where a conversation entering `queue` at `at` waits: the queue itself while open; while it is
     * closed, its overflow queue if that one is open; otherwise the closed queue, with its opening time.
     * Unknown queues are treated as open around the clock without overflow.
     */
    async routeFor(tx: Tx | Db, queue: string, at: Date): Promise<QueueRoute> {
      const rows = await queueRows(tx);
      const byName = new Map(rows.map((r) => [r.name, toQueueConfig(r)]));
      const c = byName.get(queue);
      if (!c) return { queue, closed: null, overflowQueue: null, overflowAt: null, note: null };
      const overflow = c.overflow ? byName.get(c.overflow.queue) : undefined;
      const overflowAt = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
      if (isOpen(c, at)) {
        return {
          queue,
          closed: null,
          overflowQueue: c.overflow?.queue ?? null,
          overflowAt: c.overflow ? overflowAt(c.overflow.afterMinutes) : null,
          note: null,
        };
      }
      if (c.overflow && overflow && isOpen(overflow, at)) {
        return {
          queue: overflow.name,
          closed: null,
          overflowQueue: null,
          overflowAt: null,
          note: `${c.displayName} is closed; overflow to ${overflow.displayName}`,
        };
      }
      return {
        queue,
        closed: { queue, displayName: c.displayName, opensAt: nextOpening(c, at), timeZone: c.timeZone },
        overflowQueue: c.overflow?.queue ?? null,
        // While closed, the overflow's agents may take it as soon as they are on.
        overflowAt: c.overflow ? at : null,
        note: null,
      };
    },

    /** The overflow rule of a queue (null: none or unknown queue). */
    async overflowOf(queue: string): Promise<{ queue: string; afterMinutes: number } | null> {
      const [row] = await queueRows(db, [queue]);
      return row ? toQueueConfig(row).overflow : null;
    },

    /**
     * Agents who may be offered a chat of these queues now: online (fresh heartbeat, not away),
     * serving one of the queues, not excluded; longest idle first (the later of their last
     * assignment and their last offer), with their capacity. Load is the caller's to check.
     */
    async candidates(
      tx: Tx | Db,
      input: { queues: readonly string[]; exclude: readonly string[]; at: Date },
    ): Promise<Array<{ agentId: string; capacity: number }>> {
      if (input.queues.length === 0) return [];
      const since = new Date(input.at.getTime() - PRESENCE_TTL_MS);
      const wanted = sql`array[${sql.join(
        input.queues.map((q) => sql`${q}`),
        sql`, `,
      )}]::text[]`;
      return tx
        .select({ agentId: agentStates.agentId, capacity: agentStates.maxChats })
        .from(agentStates)
        .where(
          and(
            gt(agentStates.lastSeenAt, since),
            eq(agentStates.presence, 'online'),
            sql`${agentStates.queues} && ${wanted}`,
            input.exclude.length > 0 ? notInArray(agentStates.agentId, [...input.exclude]) : undefined,
          ),
        )
        .orderBy(
          sql`greatest(coalesce(${agentStates.lastAssignedAt}, 'epoch'::timestamptz), coalesce(${agentStates.lastOfferedAt}, 'epoch'::timestamptz))`,
          asc(agentStates.agentId),
        )
        .limit(50);
    },

    /** Queues served by at least one agent online and taking chats now (offers are worth trying there). */
    async staffedQueues(at: Date): Promise<string[]> {
      const since = new Date(at.getTime() - PRESENCE_TTL_MS);
      const rows = await db
        .selectDistinct({ queue: sql<string>`unnest(${agentStates.queues})` })
        .from(agentStates)
        .where(and(gt(agentStates.lastSeenAt, since), eq(agentStates.presence, 'online')));
      return rows.map((r) => r.queue);
    },

    /** Notes an offer (the agent is no longer the longest idle). */
    async noteOffered(tx: Tx, agentId: string, at: Date): Promise<void> {
      await tx.update(agentStates).set({ lastOfferedAt: at }).where(eq(agentStates.agentId, agentId));
    },

    /**
     * Every waiting customer's place in line and estimated wait on a queue, from the live service
     * rate: recent handle times on the queue, agents online on it and their capacity, and the
     * abandonment rate (docs/wait-estimate.md). "Unknown" when the data are too thin.
     */
    async waitTimes(queue: string): Promise<WaitTime[]> {
      if (!deps.activity) return [];
      const now = clock.now();
      const activity = await deps.activity(queue, new Date(now.getTime() - HISTORY_MS));
      if (activity.waiting.length === 0) return [];
      const own = await this.staffing(queue);
      // Agents of the overflow queue may take these chats too, once they have waited the rule's time.
      const overflow = await this.overflowOf(queue);
      const extra = overflow
        ? (await this.staffing(overflow.queue)).filter((x) => !own.some((a) => a.id === x.id))
        : [];
      const load = new Map(Object.entries(await activity.loads([...own, ...extra].map((a) => a.id))));
      const snapshotOf = (agents: typeof own) => ({
        completions: activity.completions,
        abandonments: activity.abandonments,
        agents: agents.map((a) => ({
          id: a.id,
          capacity: a.capacity,
          load: load.get(a.id) ?? 0,
          accepting: a.accepting,
        })),
      });
      const ownSnapshot = snapshotOf(own);
      const combinedSnapshot = snapshotOf([...own, ...extra]);
      return activity.waiting.map((w, i) => {
        const position = i + 1;
        let estimate: WaitEstimate = estimateWait(position, now.getTime(), ownSnapshot);
        if (overflow && extra.length > 0) {
          // Seconds until this customer may go to the overflow agents (0 once they may).
          const waited = w.queuedAt ? (now.getTime() - w.queuedAt.getTime()) / 1000 : 0;
          const overflowAt = w.overflowAt
            ? Math.max(0, (w.overflowAt.getTime() - now.getTime()) / 1000)
            : Math.max(0, overflow.afterMinutes * 60 - waited);
          estimate = blendOverflow(
            position,
            estimate,
            (k) => estimateWait(k, now.getTime(), combinedSnapshot),
            overflowAt,
          );
        }
        return {
          conversationId: w.conversationId,
          queue,
          position,
          estimate:
            estimate.kind === 'range'
              ? {
                  kind: 'range',
                  lowSeconds: Math.round(estimate.lowSeconds),
                  highSeconds: Math.round(estimate.highSeconds),
                }
              : { kind: 'unknown' },
          text: formatWaitAnnouncement(position, estimate, w.language),
        };
      });
    },

    /** The agent's maximum concurrent chats. */
    async capacityOf(tx: Tx | Db, agentId: string): Promise<number> {
      const [row] = await tx
        .select({ maxChats: agentStates.maxChats })
        .from(agentStates)
        .where(eq(agentStates.agentId, agentId));
      return row?.maxChats ?? DEFAULT_MAX_CHATS;
    },

    async setCapacity(agentId: string, maxChats: number): Promise<void> {
      if (!Number.isInteger(maxChats) || maxChats < 1 || maxChats > 20)
        throw new RangeError('maxChats must be 1–20');
      await db
        .insert(agentStates)
        .values({ agentId, maxChats, updatedAt: clock.now() })
        .onConflictDoUpdate({ target: agentStates.agentId, set: { maxChats, updatedAt: clock.now() } });
    },

    /** Notes an assignment (longest-idle agents are offered work first). */
    async noteAssigned(tx: Tx, agentId: string, at: Date): Promise<void> {
      await tx
        .insert(agentStates)
        .values({ agentId, lastAssignedAt: at, updatedAt: at })
        .onConflictDoUpdate({ target: agentStates.agentId, set: { lastAssignedAt: at, updatedAt: at } });
    },

    /**
     * Heartbeat for agents connected to this node: they are online (unless they set themselves away)
     * and serve these queues. Agents whose heartbeats stop (a closed laptop, a dead node) drop out
     * of staffing after PRESENCE_TTL_MS.
     */
    async heartbeat(agents: ReadonlyArray<{ agentId: string; queues: readonly string[] }>): Promise<void> {
      const now = clock.now();
      for (const a of agents) {
        await db
          .insert(agentStates)
          .values({
            agentId: a.agentId,
            presence: 'online',
            lastSeenAt: now,
            queues: [...a.queues],
            updatedAt: now,
          })
          .onConflictDoUpdate({
            target: agentStates.agentId,
            set: {
              lastSeenAt: now,
              queues: [...a.queues],
              presence: sql`case when ${agentStates.presence} = 'away' then 'away' else 'online' end`,
              updatedAt: now,
            },
          });
      }
    },

    /** The agent set their presence (away: no new chats; online again). */
    async setPresence(agentId: string, presence: Presence): Promise<void> {
      const now = clock.now();
      await db
        .insert(agentStates)
        .values({ agentId, presence, lastSeenAt: now, updatedAt: now })
        .onConflictDoUpdate({ target: agentStates.agentId, set: { presence, updatedAt: now } });
    },

    /** The agent's last socket on this node closed: offline now (another node's heartbeat revives it). */
    async disconnected(agentId: string): Promise<void> {
      await db
        .update(agentStates)
        .set({ lastSeenAt: new Date(clock.now().getTime() - PRESENCE_TTL_MS), updatedAt: clock.now() })
        .where(eq(agentStates.agentId, agentId));
    },

    /** Agents online on a queue, with their capacity, and whether they take new chats. */
    async staffing(queue: string): Promise<Array<{ id: string; capacity: number; accepting: boolean }>> {
      const since = new Date(clock.now().getTime() - PRESENCE_TTL_MS);
      const rows = await db
        .select()
        .from(agentStates)
        .where(and(gt(agentStates.lastSeenAt, since), sql`${queue} = any(${agentStates.queues})`));
      return rows
        .filter((r) => r.presence !== 'offline')
        .map((r) => ({ id: r.agentId, capacity: r.maxChats, accepting: r.presence === 'online' }));
    },
  };
}
