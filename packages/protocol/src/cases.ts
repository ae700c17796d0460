import { z } from 'zod';
import { ZIsoDate, ZLanguage } from './entities.ts';
import { ZCardAccountId, ZConversationId } from './ids.ts';

/*
 * Cases (issue 6): disputes under Regulation Z 1026.13, complaints with the CFPB response clocks, and
 * service requests, each with a `CL-XXXX-XXXX` reference, a status, a timeline, and notices in the
 * cardmember's secure messages. Calendar dates are `YYYY-MM-DD` days in America/New_York; money is
 * integer cents.
 */

export const CASE_TYPES = [
  'dispute',
  'complaint',
  'card_replacement',
  'fee_credit',
  'account_change',
  'general',
] as const;
export const ZCaseType = z.enum(CASE_TYPES);
export type CaseType = z.infer<typeof ZCaseType>;

export const CASE_STATUSES = [
  'open',
  'acknowledged',
  'investigating',
  'resolved_credit',
  'resolved_no_error',
  'received',
  'first_response',
  'final_response',
  'in_progress',
  'completed',
  'declined',
  'withdrawn',
  'closed',
] as const;
export const ZCaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof ZCaseStatus>;

/** Status actions of the case state machine. */
export const CASE_ACTIONS = [
  'acknowledge',
  'investigate',
  'resolve_credit',
  'resolve_no_error',
  'send_first_response',
  'send_final_response',
  'start',
  'complete',
  'decline',
  'withdraw',
  'close',
] as const;
export const ZCaseAction = z.enum(CASE_ACTIONS);
export type CaseAction = z.infer<typeof ZCaseAction>;

/** What an agent may do on a case: a status action, escalate a complaint, or add an internal note. */
export const AGENT_CASE_ACTIONS = [...CASE_ACTIONS, 'escalate', 'note'] as const;
export const ZAgentCaseAction = z.enum(AGENT_CASE_ACTIONS);
export type AgentCaseAction = z.infer<typeof ZAgentCaseAction>;

export const DISPUTE_REASONS = [
  'unauthorized',
  'duplicate',
  'not_received',
  'not_as_agreed',
  'wrong_amount',
  'credit_not_processed',
  'payment_not_credited',
  'other',
] as const;
export const ZDisputeReason = z.enum(DISPUTE_REASONS);
export type DisputeReason = z.infer<typeof ZDisputeReason>;

export const COMPLAINT_CATEGORIES = [
  'fees_and_interest',
  'billing',
  'dispute_handling',
  'fraud_or_security',
  'customer_service',
  'credit_reporting',
  'rewards',
  'account_management',
  'other',
] as const;
export const ZComplaintCategory = z.enum(COMPLAINT_CATEGORIES);
export type ComplaintCategory = z.infer<typeof ZComplaintCategory>;

export const SECURE_MESSAGE_KINDS = ['case_update', 'notice', 'chat_summary', 'upload_request'] as const;
export const ZSecureMessageKind = z.enum(SECURE_MESSAGE_KINDS);
export type SecureMessageKind = z.infer<typeof ZSecureMessageKind>;

export const ZCalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** A reference as typed by a person (`CL-7K4M-2Q9D`, any case, O for 0 ...); checked on the server. */
export const ZCaseReference = z.string().min(8).max(24);

export const ZCaseActor = z.object({
  kind: z.enum(['customer', 'assistant', 'agent', 'supervisor', 'system']),
  id: z.string().nullable(),
});
export type CaseActor = z.infer<typeof ZCaseActor>;

/** One timeline entry. Customers receive only entries meant for them (`visibility: all`). */
export const ZCaseTimelineEntry = z.object({
  seq: z.number().int().positive(),
  actor: ZCaseActor,
  kind: z.string(),
  fromStatus: ZCaseStatus.nullable(),
  toStatus: ZCaseStatus.nullable(),
  text: z.string().nullable(),
  /** Structured facts of the entry (agents only; null for customers). */
  data: z.record(z.string(), z.unknown()).nullable(),
  visibility: z.enum(['all', 'agents']),
  at: ZIsoDate,
});
export type CaseTimelineEntry = z.infer<typeof ZCaseTimelineEntry>;

export const ZCaseSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  type: ZCaseType,
  status: ZCaseStatus,
  cardAccountId: ZCardAccountId,
  conversationId: ZConversationId.nullable(),
  title: z.string(),
  language: ZLanguage,
  openedAt: ZIsoDate,
  updatedAt: ZIsoDate,
  closedAt: ZIsoDate.nullable(),
});
export type CaseSummary = z.infer<typeof ZCaseSummary>;

export const ZDeadlineState = z.enum(['met', 'pending', 'missed']);

/** A dispute's facts and clocks (Regulation Z 1026.13). */
export const ZDisputeView = z.object({
  transactionId: z.string(),
  /** The statement that first showed the charge (null while not billed yet). */
  statementId: z.string().nullable(),
  statementClosingDate: ZCalendarDate,
  amountCents: z.number().int(),
  merchant: z.string(),
  transactedOn: ZCalendarDate,
  reason: ZDisputeReason,
  merchantContact: z.string().nullable(),
  receivedAt: ZIsoDate,
  noticeWindowEndsOn: ZCalendarDate,
  /** False when the notice came more than 60 days after the statement: accepted, flagged. */
  withinWindow: z.boolean(),
  acknowledgementDueOn: ZCalendarDate,
  resolutionDueOn: ZCalendarDate,
  resolutionDueBy: z.enum(['two_billing_cycles', 'ninety_days']),
  /** The disputed amount is not collected or reported delinquent while pending. */
  pending: z.boolean(),
  acknowledgedAt: ZIsoDate.nullable(),
  resolvedAt: ZIsoDate.nullable(),
  outcome: z.enum(['credit', 'no_error', 'withdrawn']).nullable(),
  creditedCents: z.number().int().nullable(),
  amountOwedCents: z.number().int().nullable(),
  explanation: z.string().nullable(),
  /** After a no-error resolution: the first day the amount owed may be reported delinquent. */
  delinquencyReportEarliestOn: ZCalendarDate.nullable(),
  deadlines: z.object({
    acknowledgement: ZDeadlineState,
    resolution: ZDeadlineState,
    daysToResolutionDue: z.number().int(),
  }),
});
export type DisputeView = z.infer<typeof ZDisputeView>;

export const ZComplaintClockState = z.enum(['met', 'missed', 'pending', 'due_today']);

/** A complaint's facts and response clocks (first response 15 days, final 60 days). */
export const ZComplaintView = z.object({
  category: ZComplaintCategory,
  /** The customer's own words, redacted. */
  words: z.string(),
  receivedAt: ZIsoDate,
  firstResponseDueOn: ZCalendarDate,
  finalResponseDueOn: ZCalendarDate,
  firstRespondedAt: ZIsoDate.nullable(),
  finalRespondedAt: ZIsoDate.nullable(),
  escalated: z.boolean(),
  clocks: z.object({
    firstResponse: ZComplaintClockState,
    finalResponse: ZComplaintClockState,
    daysToNextDue: z.number().int().nullable(),
  }),
});
export type ComplaintView = z.infer<typeof ZComplaintView>;

export const ZCaseDetail = ZCaseSummary.extend({
  cardmemberId: z.string(),
  /** Type-specific facts (agents only; null for customers). */
  details: z.record(z.string(), z.unknown()).nullable(),
  /** The status actions allowed now (empty for customers). */
  allowedActions: z.array(ZCaseAction),
  timeline: z.array(ZCaseTimelineEntry),
  dispute: ZDisputeView.nullable(),
  complaint: ZComplaintView.nullable(),
});
export type CaseDetail = z.infer<typeof ZCaseDetail>;

export const ZSecureMessage = z.object({
  id: z.uuid(),
  cardAccountId: ZCardAccountId.nullable(),
  caseId: z.uuid().nullable(),
  caseReference: z.string().nullable(),
  conversationId: ZConversationId.nullable(),
  kind: ZSecureMessageKind,
  subject: z.string(),
  body: z.string(),
  language: ZLanguage,
  createdAt: ZIsoDate,
  readAt: ZIsoDate.nullable(),
});
export type SecureMessage = z.infer<typeof ZSecureMessage>;

/* ---------- requests ---------- */

export const ZCaseReferenceParams = z.object({ reference: ZCaseReference }).strict();
export const ZSecureMessageParams = z.object({ id: z.uuid() }).strict();
export const ZAgentCasesQuery = z.object({ cardAccountId: ZCardAccountId }).strict();

const ZIdempotencyKey = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');

/** POST /api/v1/agent/cases/:reference/actions */
export const ZCaseActionRequest = z
  .object({
    action: ZAgentCaseAction,
    /** Internal note (agents only). Required for `note`. */
    note: z.string().trim().min(1).max(2000).optional(),
    /** resolve_credit: the amount credited (the disputed amount and related charges). */
    creditCents: z.number().int().positive().max(100_000_000).optional(),
    /** resolve_no_error: the amount the customer owes. */
    amountOwedCents: z.number().int().nonnegative().max(100_000_000).optional(),
    /** resolve_no_error: why there was no error; complaint responses: the message to the customer. */
    explanation: z.string().trim().min(1).max(4000).optional(),
  })
  .strict();
export type CaseActionRequest = z.input<typeof ZCaseActionRequest>;

/** POST /api/v1/agent/disputes: a dispute taken by an agent in a conversation. */
export const ZDisputeIntakeRequest = z
  .object({
    conversationId: ZConversationId,
    transactionId: z.string().min(1).max(64),
    reason: ZDisputeReason,
    merchantContact: z.string().trim().min(1).max(1000).optional(),
    idempotencyKey: ZIdempotencyKey.optional(),
  })
  .strict();
export type DisputeIntakeRequest = z.input<typeof ZDisputeIntakeRequest>;

/** POST /api/v1/agent/complaints: a complaint logged by an agent in a conversation. */
export const ZComplaintIntakeRequest = z
  .object({
    conversationId: ZConversationId,
    category: ZComplaintCategory,
    /** The customer's words (redacted before they are stored). */
    words: z.string().trim().min(1).max(4000),
    idempotencyKey: ZIdempotencyKey.optional(),
  })
  .strict();
export type ComplaintIntakeRequest = z.input<typeof ZComplaintIntakeRequest>;

/** Intake answer: the case, and whether this request created it (false: an existing one). */
export const ZCaseIntakeResult = z.object({ case: ZCaseDetail, created: z.boolean() });
export type CaseIntakeResult = z.infer<typeof ZCaseIntakeResult>;
