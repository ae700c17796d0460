/*
 * The payment cut-off (12 CFR 1026.10(b)): a payment received by 5 p.m. Eastern on a day is credited as
 * of that day; one received later is credited as of the next day. The cut-off is a wall-clock time in
 * the issuer's zone (America/New_York), so it is 21:00 UTC in summer (EDT) and 22:00 UTC in winter
 * (EST), including on the days daylight saving time starts and ends. A payment exactly at 5:00:00.000
 * p.m. is on time; a millisecond later it is not.
 *
 * Payments made through the issuer's site or app are accepted every day; an issuer that does not post
 * on some days passes `isPostingDay`, which moves the posting (not the credit date, which decides
 * lateness) to the next posting day.
 */
import {
  addDays,
  type CalendarDate,
  daysBetween,
  ISSUER_TIME_ZONE,
  instantAt,
  issuerDateOf,
} from './calendar.ts';

export interface PaymentCutoffPolicy {
  /** 24-hour clock; Regulation Z forbids a cut-off earlier than 17:00. */
  hour: number;
  minute: number;
  zone: string;
  /** Days the issuer posts payments; every day by default. */
  isPostingDay?: (date: CalendarDate) => boolean;
}

export const EASTERN_5PM_CUTOFF: PaymentCutoffPolicy = { hour: 17, minute: 0, zone: ISSUER_TIME_ZONE };

/** Problems with a policy; empty when lawful. */
export function paymentCutoffProblems(policy: PaymentCutoffPolicy): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(policy.hour) || policy.hour < 0 || policy.hour > 23)
    problems.push('hour must be 0-23');
  if (!Number.isInteger(policy.minute) || policy.minute < 0 || policy.minute > 59)
    problems.push('minute must be 0-59');
  if (policy.hour < 17) problems.push('the cut-off may not be earlier than 5 p.m. (1026.10(b)(2)(ii))');
  return problems;
}

/** The cut-off instant on a calendar day. */
export function paymentCutoffOn(date: CalendarDate, policy: PaymentCutoffPolicy = EASTERN_5PM_CUTOFF): Date {
  return instantAt(date, policy.hour, policy.minute, policy.zone);
}

/** The day a payment received at an instant is credited as of. */
export function creditDateOf(
  receivedAt: Date,
  policy: PaymentCutoffPolicy = EASTERN_5PM_CUTOFF,
): CalendarDate {
  const day = issuerDateOf(receivedAt, policy.zone);
  return receivedAt.getTime() <= paymentCutoffOn(day, policy).getTime() ? day : addDays(day, 1);
}

export interface PaymentTiming {
  /** The day the payment counts as received: decides whether it is late. */
  creditedOn: CalendarDate;
  /** The day it posts to the account (the credit day, or the next posting day). */
  postingDate: CalendarDate;
  /** The cut-off instant on the due date. */
  dueCutoffAt: Date;
  onTime: boolean;
  /** Days after the due date it was credited (0 when on time). */
  daysLate: number;
}

/** Whether a payment received at an instant counts for a due date, and when it posts. */
export function paymentTiming(
  receivedAt: Date,
  dueDate: CalendarDate,
  policy: PaymentCutoffPolicy = EASTERN_5PM_CUTOFF,
): PaymentTiming {
  const creditedOn = creditDateOf(receivedAt, policy);
  let postingDate = creditedOn;
  if (policy.isPostingDay) {
    for (let i = 0; i < 14 && !policy.isPostingDay(postingDate); i++) postingDate = addDays(postingDate, 1);
  }
  const daysLate = Math.max(0, daysBetween(dueDate, creditedOn));
  return {
    creditedOn,
    postingDate,
    dueCutoffAt: paymentCutoffOn(dueDate, policy),
    onTime: daysLate === 0,
    daysLate,
  };
}
