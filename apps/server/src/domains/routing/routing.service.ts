/*
 * Routing's own state: each agent's capacity, presence and when they last got a chat. The claim
 * itself lives with the conversations (conversations.accept / acceptNext) and calls in here, in the
 * claim's transaction, for the capacity and to note the assignment.
 */
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import { agentStates } from './routing.tables.ts';
import {
  type Abandonment,
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
  waiting: Array<{ conversationId: string; language: 'en' | 'es' }>;
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

export function createRoutingService(deps: { db: Db; clock: Clock; activity?: QueueActivity }) {
  const { db, clock } = deps;
  return {
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
      const staffed = await this.staffing(queue);
      const load = new Map(Object.entries(await activity.loads(staffed.map((a) => a.id))));
      const snapshot = {
        completions: activity.completions,
        abandonments: activity.abandonments,
        agents: staffed.map((a) => ({
          id: a.id,
          capacity: a.capacity,
          load: load.get(a.id) ?? 0,
          accepting: a.accepting,
        })),
      };
      return activity.waiting.map((w, i) => {
        const estimate: WaitEstimate = estimateWait(i + 1, now.getTime(), snapshot);
        return {
          conversationId: w.conversationId,
          queue,
          position: i + 1,
          estimate:
            estimate.kind === 'range'
              ? {
                  kind: 'range',
                  lowSeconds: Math.round(estimate.lowSeconds),
                  highSeconds: Math.round(estimate.highSeconds),
                }
              : { kind: 'unknown' },
          text: formatWaitAnnouncement(i + 1, estimate, w.language),
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
