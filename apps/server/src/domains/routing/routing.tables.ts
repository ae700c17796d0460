import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
  /** When the agent was last offered a chat (with last_assigned_at: who has been idle longest). */
  lastOfferedAt: timestamp('last_offered_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Each queue's configuration: business hours (a weekly schedule in a time zone; null = 24/7),
 * holidays, and the overflow rule (after N minutes waiting, agents of another queue may take it).
 * Seeded with the standard queues at start (never overwriting a supervisor's changes).
 */
export const queues = pgTable('queues', {
  name: text('name').primaryKey(),
  displayName: text('display_name').notNull(),
  timeZone: text('time_zone').notNull().default('America/New_York'),
  /** `{ mon: [{ open: '09:00', close: '17:00' }], ... }`, or null for 24/7. */
  hours: jsonb('hours').$type<Record<string, Array<{ open: string; close: string }>>>(),
  holidays: text('holidays').array().notNull().default([]),
  overflowQueue: text('overflow_queue'),
  overflowAfterMinutes: integer('overflow_after_minutes'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
