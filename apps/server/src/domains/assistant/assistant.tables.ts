import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The assistant's dialog state, one row per conversation it has answered. `handledSeq` is the last
 * customer message seq it has answered: a turn commits only if it is still the value it read, so two
 * nodes never answer the same message twice.
 */
export const assistantSessions = pgTable('assistant_sessions', {
  conversationId: uuid('conversation_id').primaryKey(),
  handledSeq: integer('handled_seq').notNull().default(0),
  state: jsonb('state').$type<Record<string, unknown>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Requests that invoke a customer's rights or need urgent handling (a dispute, an unrecognised
 * charge, fraud, a complaint), recorded the moment the assistant understands them, with the time the
 * message was received, whether or not the customer stays to finish.
 */
export const recordedRequests = pgTable(
  'recorded_requests',
  {
    id: uuid('id').primaryKey(),
    conversationId: uuid('conversation_id').notNull(),
    cardmemberId: text('cardmember_id').notNull(),
    cardAccountId: text('card_account_id').notNull(),
    /** dispute | unrecognized_charge | fraud | complaint */
    kind: text('kind').notNull(),
    intent: text('intent').notNull(),
    /** The seq of the customer message that made the request. */
    messageSeq: integer('message_seq').notNull(),
    /** The customer's own (redacted) words. */
    words: text('words').notNull(),
    entities: jsonb('entities').$type<Array<Record<string, unknown>>>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('recorded_requests_conversation_idx').on(t.conversationId),
    index('recorded_requests_cardmember_idx').on(t.cardmemberId, t.receivedAt),
  ],
);
