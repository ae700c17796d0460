/*
 * Billing-error dispute clocks, Regulation Z 12 CFR 1026.13, as pure functions.
 *
 * Time zones: the notice's receipt is an instant (`Date`); every deadline is a calendar date in the
 * issuer's zone (America/New_York) and means "by the end of that day". The receipt day is the New York
 * day of the receipt instant, so a notice sent at 11:30 p.m. in New York on the 60th day is on time
 * even though it is already the next day in UTC.
 *
 * Day counting: "within N days after" a date is that date + N calendar days, inclusive (a statement
 * transmitted on 2027-01-10 allows notices until the end of 2027-03-11).
 *
 * Two complete billing cycles: the cycle in which the notice is received is not complete after receipt,
 * even when the notice arrives on its first day; the two cycles that follow it are. The resolution due
 * date is therefore the second closing date after the closing of the receipt cycle (a notice received
 * on a closing day belongs to the cycle closing that day), capped at receipt + 90 days. Issuers whose
 * cycles vary in length pass their actual closing dates.
 */
import {
  addDays,
  type CalendarDate,
  dayInMonthAfter,
  dayOf,
  daysBetween,
  earlierOf,
  isCalendarDate,
  issuerDateOf,
} from './calendar.ts';

export const NOTICE_WINDOW_DAYS = 60;
export const ACKNOWLEDGEMENT_DAYS = 30;
export const RESOLUTION_MAX_DAYS = 90;
export const DELINQUENCY_REPORT_MIN_DAYS = 10;

export interface FirstStatement {
  /** Closing date of the first periodic statement that showed the disputed charge. */
  closingDate: CalendarDate;
  /** The day the statement was sent (mailed or made available); defaults to the closing date. */
  transmittedOn?: CalendarDate;
}

export interface DisputeClockInput {
  /** When the notice reached the issuer (the chat message, form or letter's receipt). */
  receivedAt: Date;
  statement: FirstStatement;
  /**
   * The account's statement closing dates in ascending order, including the closing of the cycle in
   * which the notice is received and the two after it (see `closingDatesForDay` for a fixed day).
   */
  closingDates: readonly CalendarDate[];
}

export interface DisputeClocks {
  receivedAt: Date;
  /** The receipt day in New York. */
  receivedOn: CalendarDate;
  /** Last day a notice is timely: the statement's transmittal + 60 days. */
  noticeWindowEndsOn: CalendarDate;
  /** False when the notice came after the window: still accepted, but flagged for the agent. */
  noticeTimely: boolean;
  /** The notice came before the statement showing the charge was sent (timely; not an error). */
  receivedBeforeStatement: boolean;
  /** Written acknowledgement due: receipt + 30 days, unless the dispute is resolved by then. */
  acknowledgementDueOn: CalendarDate;
  /** The closing date of the cycle in which the notice was received. */
  receiptCycleClosesOn: CalendarDate;
  /** The end of the second complete billing cycle after receipt. */
  twoCompleteCyclesEndOn: CalendarDate;
  /** Receipt + 90 days. */
  ninetyDaysEndOn: CalendarDate;
  /** The earlier of the two: the dispute must be resolved by the end of this day. */
  resolutionDueOn: CalendarDate;
  resolutionDueBy: 'two_billing_cycles' | 'ninety_days';
}

/**
 * Closing dates for an account that closes on the same day (1-28) every month, starting with the first
 * closing on or after `from`: cycles of 28 to 31 days.
 */
export function closingDatesForDay(closingDay: number, from: CalendarDate, count: number): CalendarDate[] {
  if (!Number.isInteger(closingDay) || closingDay < 1 || closingDay > 28) {
    throw new RangeError(`closing day must be 1-28: ${closingDay}`);
  }
  const dates: CalendarDate[] = [];
  let next = dayInMonthAfter(from, closingDay, dayOf(from) <= closingDay ? 0 : 1);
  while (dates.length < count) {
    dates.push(next);
    next = dayInMonthAfter(next, closingDay, 1);
  }
  return dates;
}

export function computeDisputeClocks(input: DisputeClockInput): DisputeClocks {
  const receivedOn = issuerDateOf(input.receivedAt);
  const transmittedOn = input.statement.transmittedOn ?? input.statement.closingDate;
  if (transmittedOn < input.statement.closingDate) {
    throw new RangeError('a statement cannot be sent before it closes');
  }
  const noticeWindowEndsOn = addDays(transmittedOn, NOTICE_WINDOW_DAYS);

  const closings = [...input.closingDates];
  for (let i = 0; i < closings.length; i++) {
    if (!isCalendarDate(closings[i]!)) throw new RangeError(`not a calendar date: ${closings[i]}`);
    if (i > 0 && closings[i]! <= closings[i - 1]!) throw new RangeError('closing dates must ascend');
  }
  const receiptCycle = closings.findIndex((c) => c >= receivedOn);
  const twoCyclesEnd = receiptCycle < 0 ? undefined : closings[receiptCycle + 2];
  if (twoCyclesEnd === undefined) {
    throw new RangeError(
      `closing dates must cover the cycle of ${receivedOn} and the two after it (${closings.join(', ')})`,
    );
  }
  const ninetyDaysEndOn = addDays(receivedOn, RESOLUTION_MAX_DAYS);
  const resolutionDueOn = earlierOf(twoCyclesEnd, ninetyDaysEndOn);

  return {
    receivedAt: input.receivedAt,
    receivedOn,
    noticeWindowEndsOn,
    noticeTimely: receivedOn <= noticeWindowEndsOn,
    receivedBeforeStatement: receivedOn < transmittedOn,
    acknowledgementDueOn: addDays(receivedOn, ACKNOWLEDGEMENT_DAYS),
    receiptCycleClosesOn: closings[receiptCycle]!,
    twoCompleteCyclesEndOn: twoCyclesEnd,
    ninetyDaysEndOn,
    resolutionDueOn,
    resolutionDueBy: twoCyclesEnd <= ninetyDaysEndOn ? 'two_billing_cycles' : 'ninety_days',
  };
}

/**
 * Whether a separate written acknowledgement is still owed: not when the dispute was resolved (and the
 * customer notified) on or before the acknowledgement due date, nor once acknowledged.
 */
export function acknowledgementRequired(
  clocks: DisputeClocks,
  progress: { acknowledgedOn?: CalendarDate | null; resolvedOn?: CalendarDate | null },
): boolean {
  if (progress.acknowledgedOn) return false;
  if (progress.resolvedOn && progress.resolvedOn <= clocks.acknowledgementDueOn) return false;
  return true;
}

export type DeadlineState = 'met' | 'pending' | 'missed';

/** Where the dispute's two obligations stand on a given New York day. */
export function disputeDeadlineStates(
  clocks: DisputeClocks,
  today: CalendarDate,
  progress: { acknowledgedOn?: CalendarDate | null; resolvedOn?: CalendarDate | null },
): { acknowledgement: DeadlineState; resolution: DeadlineState; daysToResolutionDue: number } {
  const state = (doneOn: CalendarDate | null | undefined, due: CalendarDate): DeadlineState => {
    if (doneOn) return doneOn <= due ? 'met' : 'missed';
    return today <= due ? 'pending' : 'missed';
  };
  const acknowledgement = acknowledgementRequired(clocks, { resolvedOn: progress.resolvedOn })
    ? state(progress.acknowledgedOn, clocks.acknowledgementDueOn)
    : 'met';
  return {
    acknowledgement,
    resolution: state(progress.resolvedOn, clocks.resolutionDueOn),
    daysToResolutionDue: daysBetween(today, clocks.resolutionDueOn),
  };
}

export interface DelinquencyReportWindow {
  /** The customer may pay through the end of this day with no delinquency report. */
  protectedThrough: CalendarDate;
  /** The first day the amount may be reported delinquent if still unpaid. */
  earliestReportOn: CalendarDate;
  /** Which period was longer. */
  by: 'grace_period' | 'ten_days';
}

/**
 * After a no-error resolution (1026.13(g)): the amount owed may not be reported delinquent before the
 * later of the end of the grace period and 10 days after the resolution notice. `gracePeriodDays` is
 * the time the account's terms allow to pay without finance charges, counted from the notice.
 */
export function delinquencyReportWindow(input: {
  resolutionNoticeOn: CalendarDate;
  gracePeriodDays: number;
}): DelinquencyReportWindow {
  if (!Number.isInteger(input.gracePeriodDays) || input.gracePeriodDays < 0) {
    throw new RangeError(`grace period must be a whole number of days: ${input.gracePeriodDays}`);
  }
  const graceEnds = addDays(input.resolutionNoticeOn, input.gracePeriodDays);
  const tenDays = addDays(input.resolutionNoticeOn, DELINQUENCY_REPORT_MIN_DAYS);
  const byGrace = graceEnds > tenDays;
  const protectedThrough = byGrace ? graceEnds : tenDays;
  return {
    protectedThrough,
    earliestReportOn: addDays(protectedThrough, 1),
    by: byGrace ? 'grace_period' : 'ten_days',
  };
}

export interface DisputeHold {
  /** The disputed amount, in cents (positive). */
  amountCents: number;
  /** Finance charges and fees on the disputed amount, in cents. */
  relatedChargesCents: number;
  /** True while the dispute is open, acknowledged or investigating. */
  pending: boolean;
}

export interface DisputedAmountEffects {
  /** What is withheld from collection: pending disputed amounts and their related charges. */
  withheldCents: number;
  /** The amount due with the withheld amounts left out (never below zero). */
  amountDueCents: number;
  /** The minimum due with the withheld amounts left out: paying it keeps the account current. */
  minimumDueCents: number;
  /** The disputed amounts (without charges) that may stay counted against the credit limit. */
  creditLimitHoldCents: number;
  /** While a dispute is pending none of these may happen because of it (1026.13(d)). */
  mayCollectDisputedAmount: false;
  mayReportDisputedAmountDelinquent: false;
  mayCloseOrRestrictAccountForDisputing: false;
}

/**
 * The amounts a customer is asked to pay while disputes are pending. `minimumDueFor` is the issuer's
 * minimum-payment formula applied to the amount due; without it the statement's minimum is kept, capped
 * at the amount due after the exclusion.
 */
export function disputedAmountEffects(input: {
  amountDueCents: number;
  minimumDueCents: number;
  disputes: readonly DisputeHold[];
  minimumDueFor?: (amountDueCents: number) => number;
}): DisputedAmountEffects {
  let withheld = 0;
  let hold = 0;
  for (const d of input.disputes) {
    if (d.amountCents < 0 || d.relatedChargesCents < 0) throw new RangeError('amounts must be positive');
    if (!d.pending) continue;
    withheld += d.amountCents + d.relatedChargesCents;
    hold += d.amountCents;
  }
  const amountDueCents = Math.max(0, input.amountDueCents - withheld);
  const formula = input.minimumDueFor
    ? Math.max(0, Math.round(input.minimumDueFor(amountDueCents)))
    : input.minimumDueCents;
  return {
    withheldCents: withheld,
    amountDueCents,
    minimumDueCents: Math.min(formula, amountDueCents),
    creditLimitHoldCents: hold,
    mayCollectDisputedAmount: false,
    mayReportDisputedAmountDelinquent: false,
    mayCloseOrRestrictAccountForDisputing: false,
  };
}

/**
 * The past-due amount that may be flagged delinquent after the due date: only what is short of the
 * minimum due without the disputed amounts. A customer who pays everything but the dispute is current.
 */
export function delinquentCentsExcludingDisputes(effects: DisputedAmountEffects, paidCents: number): number {
  return Math.max(0, effects.minimumDueCents - Math.max(0, paidCents));
}
