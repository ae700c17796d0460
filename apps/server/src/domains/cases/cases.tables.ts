import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * A case: anything done for a cardmember that has a reference number and a status (a dispute, a
 * complaint, a service request). The status follows `case-status.ts`; `lastSeq` numbers the case's
 * timeline without gaps (incremented under the row lock).
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    /** `CL-XXXX-XXXX` with a check symbol (platform/reference.ts). */
    reference: text('reference').notNull(),
    /** dispute | complaint | card_replacement | fee_credit | account_change | general */
    type: text('type').notNull(),
    status: text('status').notNull(),
    cardmemberId: text('cardmember_id').notNull(),
    cardAccountId: text('card_account_id').notNull(),
    conversationId: uuid('conversation_id'),
    /** Short and already redacted. */
    title: text('title').notNull(),
    language: text('language').notNull(),
    /** Type-specific facts (JSON). */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** Same key + cardmember → the same case. */
    idempotencyKey: text('idempotency_key'),
    lastSeq: integer('last_seq').notNull().default(0),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('cases_reference_uq').on(t.reference),
    uniqueIndex('cases_idempotency_uq')
      .on(t.cardmemberId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    index('cases_cardmember_idx').on(t.cardmemberId, t.openedAt),
    index('cases_card_account_idx').on(t.cardAccountId, t.openedAt),
    index('cases_conversation_idx').on(t.conversationId),
  ],
);

/**
 * A case's timeline: status changes, notices, notes, escalations. `visibility` says who may read an
 * entry: `all` (the customer too) or `agents` (internal).
 */
export const caseEvents = pgTable(
  'case_events',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    /** customer | assistant | agent | supervisor | system */
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    text: text('text'),
    data: jsonb('data').$type<Record<string, unknown>>(),
    visibility: text('visibility').notNull().default('agents'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.seq] })],
);

/** Messages to a cardmember's secure inbox (case updates, notices, chat summaries, upload requests). */
export const secureMessages = pgTable(
  'secure_messages',
  {
    id: uuid('id').primaryKey(),
    /** Insertion order (ties of created_at). */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    cardmemberId: text('cardmember_id').notNull(),
    cardAccountId: text('card_account_id'),
    caseId: uuid('case_id').references(() => cases.id),
    conversationId: uuid('conversation_id'),
    /** case_update | notice | chat_summary | upload_request */
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    language: text('language').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('secure_messages_cardmember_idx').on(t.cardmemberId, t.createdAt),
    index('secure_messages_case_idx').on(t.caseId),
  ],
);

/**
 * A billing-error dispute (Regulation Z 1026.13): the charge, the statement that first showed it,
 * the receipt instant, every deadline, and the outcome. At most one pending dispute per transaction.
 */
export const disputes = pgTable(
  'disputes',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    cardAccountId: text('card_account_id').notNull(),
    transactionId: text('transaction_id').notNull(),
    /** The statement that first showed the charge; null while the charge is not billed yet. */
    statementId: text('statement_id'),
    /** Its closing date (for an unbilled charge: the closing of the cycle it will be billed in). */
    statementClosingDate: date('statement_closing_date', { mode: 'string' }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    merchant: text('merchant').notNull(),
    transactedOn: date('transacted_on', { mode: 'string' }).notNull(),
    /** unauthorized | duplicate | not_received | not_as_agreed | wrong_amount | credit_not_processed | payment_not_credited | other */
    reason: text('reason').notNull(),
    /** What the customer has done with the merchant so far (redacted). */
    merchantContact: text('merchant_contact'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    noticeWindowEndsOn: date('notice_window_ends_on', { mode: 'string' }).notNull(),
    withinWindow: boolean('within_window').notNull(),
    acknowledgementDueOn: date('acknowledgement_due_on', { mode: 'string' }).notNull(),
    resolutionDueOn: date('resolution_due_on', { mode: 'string' }).notNull(),
    /** two_billing_cycles | ninety_days */
    resolutionDueBy: text('resolution_due_by').notNull(),
    /** Every computed clock (dispute-clocks.ts `DisputeClocks`, receivedAt as ISO text). */
    clocks: jsonb('clocks').$type<Record<string, unknown>>().notNull(),
    /** True while open, acknowledged or investigating: the Regulation Z protections apply. */
    pending: boolean('pending').notNull().default(true),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** credit | no_error | withdrawn */
    outcome: text('outcome'),
    creditedCents: integer('credited_cents'),
    amountOwedCents: integer('amount_owed_cents'),
    explanation: text('explanation'),
    delinquencyReportEarliestOn: date('delinquency_report_earliest_on', { mode: 'string' }),
  },
  (t) => [
    index('disputes_card_account_idx').on(t.cardAccountId, t.pending),
    uniqueIndex('disputes_pending_transaction_uq')
      .on(t.cardAccountId, t.transactionId)
      .where(sql`${t.pending}`),
  ],
);

/** A complaint with the CFPB response clocks (first response 15 days, final 60 days). */
export const complaints = pgTable('complaints', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  category: text('category').notNull(),
  /** The customer's own words, redacted. */
  words: text('words').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  firstResponseDueOn: date('first_response_due_on', { mode: 'string' }).notNull(),
  finalResponseDueOn: date('final_response_due_on', { mode: 'string' }).notNull(),
  firstRespondedAt: timestamp('first_responded_at', { withTimezone: true }),
  finalRespondedAt: timestamp('final_responded_at', { withTimezone: true }),
  escalated: boolean('escalated').notNull().default(false),
  escalatedAt: timestamp('escalated_at', { withTimezone: true }),
});
