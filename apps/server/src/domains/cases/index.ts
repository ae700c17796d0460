/*
 * The cases domain's public entry: the pure rules of cardmember workflows (issue 6). No I/O here:
 * services and routes call these with data read from the database and the issuer core.
 *
 * Time: instants (`Date`) for receipts and payments; deadlines and due dates are `YYYY-MM-DD` calendar
 * days in the issuer's zone, America/New_York (see calendar.ts).
 */
export {
  addDays,
  addMonths,
  type CalendarDate,
  calendarDate,
  daysBetween,
  fullMonthsBetween,
  ISSUER_TIME_ZONE,
  instantAt,
  isCalendarDate,
  issuerDateOf,
} from './calendar.ts';
export {
  allowedCaseActions,
  CASE_ACTIONS,
  CASE_STATUSES,
  CASE_TYPES,
  type CaseAction,
  type CaseLifecycle,
  type CaseStatus,
  type CaseType,
  caseStatusesFor,
  initialCaseStatus,
  isPendingCaseStatus,
  isTerminalCaseStatus,
  lifecycleOf,
  nextCaseStatus,
} from './case-status.ts';
export { registerCaseRoutes } from './cases.routes.ts';
export {
  type Audience,
  type CaseAccess,
  type CaseActor,
  type CaseService,
  createCaseService,
  type OpenCaseInput,
  type OpenedCase,
  type SecureMessageInput,
  type SecureMessageKind,
  type TimelineEventInput,
} from './cases.service.ts';
export {
  buildChatSummary,
  type ChatSummary,
  type ChatSummaryInput,
  type SummaryCase,
  type SummaryDeadline,
  spelledDay,
} from './chat-summary.ts';
export {
  CFPB_COMPLAINT_CLOCKS,
  COMPLAINT_FINAL_RESPONSE_DAYS,
  COMPLAINT_FIRST_RESPONSE_DAYS,
  type ComplaintClockPolicy,
  type ComplaintClockState,
  type ComplaintClockStatus,
  type ComplaintClocks,
  complaintClockStatus,
  computeComplaintClocks,
} from './complaint-clocks.ts';
export type { ComplaintLogInput, ComplaintLogResult, ComplaintService } from './complaints.service.ts';
export {
  type CreditLimitDecision,
  type CreditLimitReason,
  type CreditLimitReasonCode,
  type CreditLimitRequest,
  type CreditLimitResult,
  type CreditLimitRules,
  DEFAULT_CREDIT_LIMIT_RULES,
  decideCreditLimitIncrease,
  type StatementPayment,
} from './credit-limit.ts';
export {
  ACKNOWLEDGEMENT_DAYS,
  acknowledgementRequired,
  closingDatesForDay,
  computeDisputeClocks,
  DELINQUENCY_REPORT_MIN_DAYS,
  type DeadlineState,
  type DelinquencyReportWindow,
  type DisputeClockInput,
  type DisputeClocks,
  type DisputedAmountEffects,
  type DisputeHold,
  delinquencyReportWindow,
  delinquentCentsExcludingDisputes,
  disputeDeadlineStates,
  disputedAmountEffects,
  type FirstStatement,
  NOTICE_WINDOW_DAYS,
  RESOLUTION_MAX_DAYS,
} from './dispute-clocks.ts';
export type {
  AmountDueExcludingDisputes,
  DisputeIntakeInput,
  DisputeIntakeResult,
  DisputeResolution,
  DisputeService,
} from './disputes.service.ts';
export {
  type DueDateChangePlan,
  type DueDateChangeRefusal,
  type DueDateChangeRequest,
  type DueDateChangeResult,
  dueDateForClosing,
  dueMonthOffset,
  isValidDueDay,
  MIN_DAYS_CLOSING_TO_DUE,
  nextDayOfMonth,
  planDueDateChange,
  transitionLateFeeAllowed,
} from './due-date-change.ts';
export { createEndOfChat, deadlinesOf } from './end-of-chat.ts';
export {
  DEFAULT_GOODWILL_POLICY,
  DEMO_LATE_FEE_SCHEDULE,
  decideGoodwill,
  explainGoodwillRule,
  GOODWILL_RULES,
  type GoodwillDecision,
  type GoodwillPolicy,
  type GoodwillRequest,
  type GoodwillRule,
  type LateFeeAssessment,
  type LateFeeSchedule,
  type LateFeeScheduleEntry,
  lateFeeEntryOn,
  lateFeeFor,
  lateFeeScheduleProblems,
} from './late-fee-policy.ts';
export {
  creditDateOf,
  EASTERN_5PM_CUTOFF,
  type PaymentCutoffPolicy,
  type PaymentTiming,
  paymentCutoffOn,
  paymentCutoffProblems,
  paymentTiming,
} from './payment-cutoff.ts';
