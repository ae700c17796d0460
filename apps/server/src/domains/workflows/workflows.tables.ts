import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/*
 * One row per idempotency key of a cardmember's workflow: the primary key makes a double submit (even
 * two at once, on any node) act once; the first result is stored and returned to every repeat.
 */
export const workflowRequests = pgTable(
  'workflow_requests',
  {
    cardmemberId: text('cardmember_id').notNull(),
    workflow: text('workflow').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    cardAccountId: text('card_account_id').notNull(),
    /** started | completed */
    status: text('status').notNull(),
    /** The result returned to the first caller (plain JSON). */
    result: jsonb('result'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.cardmemberId, t.workflow, t.idempotencyKey] })],
);
