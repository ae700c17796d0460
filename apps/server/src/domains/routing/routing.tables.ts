import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * What routing knows of each agent: how many chats at once (capacity), presence (kept fresh by
 * heartbeats from every node the agent is connected to) and when they last got a chat (longest
 * idle first).
 */
export const agentStates = pgTable('agent_states', {
  agentId: text('agent_id').primaryKey(),
  /** Maximum concurrent chats (assigned or on hold). */
  maxChats: integer('max_chats').notNull().default(3),
  /** online | away | offline, as the agent set it; "online" also needs a recent heartbeat. */
  presence: text('presence').notNull().default('offline'),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
  /** The queues the agent serves (their skills), copied at each heartbeat. */
  queues: text('queues').array().notNull().default([]),
  lastAssignedAt: timestamp('last_assigned_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
