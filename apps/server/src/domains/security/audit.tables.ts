import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The audit log: append-only and hash-chained. Each entry's `hash` is SHA-256 over a canonical
 * serialisation of all its fields and the previous entry's hash, so that an altered, deleted or
 * reordered entry breaks the chain (`npm run audit:verify`). Never holds secrets or message bodies.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** Gap-free, assigned under the lock on `audit_head`. */
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** customer | assistant | agent | supervisor | admin | system */
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id').notNull(),
    /** `noun.verb_past`, e.g. `card.locked`, `agent.logged_in`. */
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    cardAccountId: text('card_account_id'),
    conversationId: text('conversation_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_log_card_account_idx').on(t.cardAccountId),
    index('audit_log_conversation_idx').on(t.conversationId),
  ],
);

/**
 * One row (id = 1): the last entry's seq and hash. Appends lock it FOR UPDATE, which serialises them
 * across every node, and `verify` compares the chain's tail with it (a deleted tail is detected).
 */
export const auditHead = pgTable(
  'audit_head',
  {
    id: integer('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [check('audit_head_single_row', sql`${t.id} = 1`)],
);
