/*
 * Routing's own state: each agent's capacity, presence and when they last got a chat. The claim
 * itself lives with the conversations (conversations.accept / acceptNext) and calls in here, in the
 * claim's transaction, for the capacity and to note the assignment.
 */
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import { agentStates } from './routing.tables.ts';

export const DEFAULT_MAX_CHATS = 3;
export type Presence = 'online' | 'away' | 'offline';

export type RoutingService = ReturnType<typeof createRoutingService>;

export function createRoutingService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
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

    /** Presence as the agent set it, with a heartbeat. */
    async heartbeat(agentIds: readonly string[], presence?: Presence): Promise<void> {
      if (agentIds.length === 0) return;
      const now = clock.now();
      for (const agentId of agentIds) {
        await db
          .insert(agentStates)
          .values({ agentId, presence: presence ?? 'online', lastSeenAt: now, updatedAt: now })
          .onConflictDoUpdate({
            target: agentStates.agentId,
            set: presence
              ? { presence, lastSeenAt: now, updatedAt: now }
              : { lastSeenAt: now, updatedAt: sql`${agentStates.updatedAt}` },
          });
      }
    },
  };
}
