/*
 * Changing the payment due date (12 CFR 1026.7(b)(11): the same day every month; 1026.5(b)(2)(ii):
 * statements at least 21 days before the due date), as pure functions.
 *
 * Dates are calendar days in the issuer's zone (America/New_York). Due days are 1-28 so the day exists
 * in every month.
 *
 * The change takes effect on the transition statement: the first statement that closes on or after the
 * request day + `processingDays` (default 1, so a request made on a closing day applies from the next
 * cycle, whose statement has not been cut yet). Statements already cut keep their due dates.
 *
 * The first new due date is the first new due day after the transition closing; when it would come
 * less than 21 days after that closing (in any month, February included, so the day stays fixed) it
 * moves to the same day of the following month.
 *
 * No late fee: in the transition cycle the payment is not late before the later of the old due date and
 * the new one, so a customer who pays by the date they were used to is never charged for the change.
 */
import { addDays, type CalendarDate, dayInMonthAfter, dayOf, daysBetween, laterOf } from './calendar.ts';

export const MIN_DAYS_CLOSING_TO_DUE = 21;

export function isValidDueDay(day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= 28;
}

/** The first date on or after `from` whose day of month is `day` (1-28). */
export function nextDayOfMonth(from: CalendarDate, day: number): CalendarDate {
  return dayInMonthAfter(from, day, dayOf(from) <= day ? 0 : 1);
}

/**
 * How many months after its closing month a statement is due, for a closing day and a due day, so the
 * due date is at least `minDays` after the closing in every month, February of a common year included:
 * 0 (same month), 1 (next month) or 2. Checking the shortest month keeps the day fixed: a schedule that
 * gave 21 days in March but 20 in February would jump a month once a year.
 */
export function dueMonthOffset(
  closingDay: number,
  dueDay: number,
  minDays: number = MIN_DAYS_CLOSING_TO_DUE,
): 0 | 1 | 2 {
  if (dueDay > closingDay && dueDay - closingDay >= minDays) return 0;
  if (dueDay + 28 - closingDay >= minDays) return 1;
  return 2;
}

/** The due date of a statement closing on `closingDate` under a due day (1-28). */
export function dueDateForClosing(
  closingDate: CalendarDate,
  dueDay: number,
  minDays: number = MIN_DAYS_CLOSING_TO_DUE,
): CalendarDate {
  if (!isValidDueDay(dueDay)) throw new RangeError(`due day must be 1-28: ${dueDay}`);
  return dayInMonthAfter(closingDate, dueDay, dueMonthOffset(dayOf(closingDate), dueDay, minDays));
}

export interface DueDateChangeRequest {
  /** The New York day the customer asked. */
  requestedOn: CalendarDate;
  /** The account's statement closing day (1-28). */
  closingDay: number;
  currentDueDay: number;
  newDueDay: number;
  /** Days the issuer needs before a closing to apply the change; default 1. */
  processingDays?: number;
  /** Default 21. */
  minDaysAfterClosing?: number;
}

export interface DueDateChangePlan {
  newDueDay: number;
  /** Closing date of the first statement that carries the new due date. */
  transitionClosingDate: CalendarDate;
  /** The due date that statement would have had under the old due day. */
  oldDueDate: CalendarDate;
  /** The first due date under the new day. */
  firstNewDueDate: CalendarDate;
  /** True when the first new due day after the closing was too close and moved a month later. */
  movedToFollowingMonth: boolean;
  /** Days from the transition closing to the first new due date (at least 21). */
  daysAfterClosing: number;
  /** No late fee for the transition statement for a payment credited on or before this day. */
  noLateFeeThrough: CalendarDate;
  /** The next due dates after the first, the same day each month: what the customer will see. */
  followingDueDates: CalendarDate[];
  /**
   * The due date falls after the next statement closes: lawful, but the customer has two statements
   * open at once; the agent may suggest a closing-day change instead.
   */
  dueAfterNextClosing: boolean;
}

export type DueDateChangeRefusal = 'invalid_due_day' | 'invalid_closing_day' | 'same_due_day';

export type DueDateChangeResult =
  | { ok: true; plan: DueDateChangePlan }
  | { ok: false; reason: DueDateChangeRefusal };

export function planDueDateChange(request: DueDateChangeRequest): DueDateChangeResult {
  if (!isValidDueDay(request.newDueDay) || !isValidDueDay(request.currentDueDay)) {
    return { ok: false, reason: 'invalid_due_day' };
  }
  if (!isValidDueDay(request.closingDay)) return { ok: false, reason: 'invalid_closing_day' };
  if (request.newDueDay === request.currentDueDay) return { ok: false, reason: 'same_due_day' };

  const minDays = request.minDaysAfterClosing ?? MIN_DAYS_CLOSING_TO_DUE;
  const effectiveFrom = addDays(request.requestedOn, request.processingDays ?? 1);
  const transitionClosingDate = nextDayOfMonth(effectiveFrom, request.closingDay);
  const oldDueDate = dueDateForClosing(transitionClosingDate, request.currentDueDay, minDays);
  const naive = nextDayOfMonth(addDays(transitionClosingDate, 1), request.newDueDay);
  const firstNewDueDate = dueDateForClosing(transitionClosingDate, request.newDueDay, minDays);

  const followingDueDates: CalendarDate[] = [];
  let closing = transitionClosingDate;
  for (let i = 0; i < 3; i++) {
    closing = dayInMonthAfter(closing, request.closingDay, 1);
    followingDueDates.push(dueDateForClosing(closing, request.newDueDay, minDays));
  }

  return {
    ok: true,
    plan: {
      newDueDay: request.newDueDay,
      transitionClosingDate,
      oldDueDate,
      firstNewDueDate,
      movedToFollowingMonth: firstNewDueDate !== naive,
      daysAfterClosing: daysBetween(transitionClosingDate, firstNewDueDate),
      noLateFeeThrough: laterOf(oldDueDate, firstNewDueDate),
      followingDueDates,
      dueAfterNextClosing: firstNewDueDate > dayInMonthAfter(transitionClosingDate, request.closingDay, 1),
    },
  };
}

/**
 * Whether the transition statement's payment may be charged a late fee: only when the payment (or the
 * lack of one) is still short after the protected day. `creditedOn` is the day the payment counts for
 * (see payment-cutoff), or null when none arrived yet; `today` is the New York day of the check.
 */
export function transitionLateFeeAllowed(
  plan: DueDateChangePlan,
  payment: { creditedOn: CalendarDate | null; today: CalendarDate },
): boolean {
  if (payment.creditedOn !== null) return payment.creditedOn > plan.noLateFeeThrough;
  return payment.today > plan.noLateFeeThrough;
}
