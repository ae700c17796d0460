/*
 * Late fees: a dated fee schedule and the goodwill-credit policy, as pure functions over configuration.
 *
 * Fee figures change (the Regulation Z 1026.52(b) safe-harbour amounts were adjusted several times, and
 * the 2024 $8 rule was vacated in April 2025 before it took effect), so they are never constants in
 * code: a schedule lists amounts with the date each became effective, and the fee for a late payment
 * is the one in effect on the day it is assessed. Dates are New York calendar days.
 *
 * Goodwill: the first late fee in 12 months on an account in good standing (open, no returned payment
 * in the window, not over the limit, old enough) is credited at once; anything else goes to an agent
 * with the reasons. Every decision carries the policy version and each check for the audit record.
 */
import type { Language } from '../accounts/index.ts';
import { addMonths, type CalendarDate, fullMonthsBetween, isCalendarDate } from './calendar.ts';

export interface LateFeeScheduleEntry {
  /** The first day these amounts apply (New York). */
  effectiveFrom: CalendarDate;
  /** A late payment with no late payment in the previous six billing cycles. */
  firstLateFeeCents: number;
  /** A late payment within six billing cycles after an earlier one. */
  repeatLateFeeCents: number;
  /** Where the figures come from (cardmember agreement version, notice), for the audit trail. */
  source: string;
}

export type LateFeeSchedule = readonly LateFeeScheduleEntry[];

/**
 * Demo figures for the embedded demo issuer's cardmember agreement, not regulatory figures: a real
 * deployment loads its own schedule from configuration and checks it against the rule in force.
 */
export const DEMO_LATE_FEE_SCHEDULE: LateFeeSchedule = [
  {
    effectiveFrom: '2024-01-01',
    firstLateFeeCents: 3_000,
    repeatLateFeeCents: 4_100,
    source: 'demo agreement v3',
  },
  {
    effectiveFrom: '2026-01-01',
    firstLateFeeCents: 3_200,
    repeatLateFeeCents: 4_300,
    source: 'demo agreement v4',
  },
];

/** Problems with a schedule (empty when it is usable): bad dates, unordered or duplicate dates, bad amounts. */
export function lateFeeScheduleProblems(schedule: LateFeeSchedule): string[] {
  const problems: string[] = [];
  if (schedule.length === 0) problems.push('the schedule is empty');
  schedule.forEach((entry, i) => {
    if (!isCalendarDate(entry.effectiveFrom)) problems.push(`entry ${i}: effectiveFrom is not a date`);
    else if (i > 0 && entry.effectiveFrom <= schedule[i - 1]!.effectiveFrom) {
      problems.push(`entry ${i}: effectiveFrom must be after the previous entry's`);
    }
    for (const key of ['firstLateFeeCents', 'repeatLateFeeCents'] as const) {
      if (!Number.isInteger(entry[key]) || entry[key] < 0)
        problems.push(`entry ${i}: ${key} must be whole cents`);
    }
    if (entry.repeatLateFeeCents < entry.firstLateFeeCents) {
      problems.push(`entry ${i}: the repeat fee is lower than the first fee`);
    }
    if (!entry.source.trim()) problems.push(`entry ${i}: source is missing`);
  });
  return problems;
}

/** The schedule entry in effect on a day, or null before the first one. */
export function lateFeeEntryOn(schedule: LateFeeSchedule, on: CalendarDate): LateFeeScheduleEntry | null {
  let found: LateFeeScheduleEntry | null = null;
  for (const entry of schedule) if (entry.effectiveFrom <= on) found = entry;
  return found;
}

export interface LateFeeAssessment {
  amountCents: number;
  entry: LateFeeScheduleEntry;
  /** The schedule amount was cut down to the minimum payment due (a fee may not exceed it). */
  cappedAtMinimumDue: boolean;
}

/**
 * The late fee for a missed payment, or null when none applies (no schedule entry yet, or nothing was
 * due). The fee never exceeds the minimum payment that was missed (1026.52(b)(2)(i)).
 */
export function lateFeeFor(
  schedule: LateFeeSchedule,
  late: { assessedOn: CalendarDate; lateInPreviousSixCycles: boolean; minimumDueCents: number },
): LateFeeAssessment | null {
  const entry = lateFeeEntryOn(schedule, late.assessedOn);
  if (!entry || late.minimumDueCents <= 0) return null;
  const amount = late.lateInPreviousSixCycles ? entry.repeatLateFeeCents : entry.firstLateFeeCents;
  return {
    amountCents: Math.min(amount, late.minimumDueCents),
    entry,
    cappedAtMinimumDue: amount > late.minimumDueCents,
  };
}

export interface GoodwillPolicy {
  /** Recorded with every decision. */
  version: string;
  /** Look-back for earlier late fees, goodwill credits and returned payments (12). */
  windowMonths: number;
  /** Minimum account age at the fee, in full months. */
  minAccountAgeMonths: number;
}

export const DEFAULT_GOODWILL_POLICY: GoodwillPolicy = {
  version: 'goodwill-1',
  windowMonths: 12,
  minAccountAgeMonths: 6,
};

export interface GoodwillRequest {
  fee: { id: string; assessedOn: CalendarDate; amountCents: number; alreadyCredited: boolean };
  account: { openedOn: CalendarDate; status: 'open' | 'restricted' | 'closed'; overLimit: boolean };
  /** The account's history; entries outside the window are ignored. */
  history: {
    lateFees: readonly { id: string; assessedOn: CalendarDate }[];
    goodwillCredits: readonly { creditedOn: CalendarDate }[];
    returnedPayments: readonly { returnedOn: CalendarDate }[];
  };
}

export type GoodwillRule =
  | 'fee_not_credited_yet'
  | 'account_open'
  | 'first_late_fee_in_window'
  | 'no_goodwill_credit_in_window'
  | 'no_returned_payment'
  | 'not_over_limit'
  | 'account_old_enough';

export const GOODWILL_RULES: readonly GoodwillRule[] = [
  'fee_not_credited_yet',
  'account_open',
  'first_late_fee_in_window',
  'no_goodwill_credit_in_window',
  'no_returned_payment',
  'not_over_limit',
  'account_old_enough',
];

export type GoodwillDecision =
  | {
      outcome: 'credit_now';
      feeId: string;
      amountCents: number;
      policyVersion: string;
      checks: { rule: GoodwillRule; passed: boolean }[];
    }
  | {
      outcome: 'refer_to_agent';
      feeId: string;
      /** The rules that failed, in order: why a person must decide. */
      reasons: GoodwillRule[];
      policyVersion: string;
      checks: { rule: GoodwillRule; passed: boolean }[];
    };

export function decideGoodwill(
  request: GoodwillRequest,
  policy: GoodwillPolicy = DEFAULT_GOODWILL_POLICY,
): GoodwillDecision {
  const { fee, account, history } = request;
  const windowStart = addMonths(fee.assessedOn, -policy.windowMonths);
  const inWindow = (d: CalendarDate) => d > windowStart && d <= fee.assessedOn;

  const passed: Record<GoodwillRule, boolean> = {
    fee_not_credited_yet: !fee.alreadyCredited,
    account_open: account.status === 'open',
    first_late_fee_in_window: !history.lateFees.some((f) => f.id !== fee.id && inWindow(f.assessedOn)),
    no_goodwill_credit_in_window: !history.goodwillCredits.some((c) => inWindow(c.creditedOn)),
    no_returned_payment: !history.returnedPayments.some((p) => inWindow(p.returnedOn)),
    not_over_limit: !account.overLimit,
    account_old_enough: fullMonthsBetween(account.openedOn, fee.assessedOn) >= policy.minAccountAgeMonths,
  };
  const checks = GOODWILL_RULES.map((rule) => ({ rule, passed: passed[rule] }));
  const reasons = GOODWILL_RULES.filter((rule) => !passed[rule]);
  if (reasons.length === 0) {
    return {
      outcome: 'credit_now',
      feeId: fee.id,
      amountCents: fee.amountCents,
      policyVersion: policy.version,
      checks,
    };
  }
  return { outcome: 'refer_to_agent', feeId: fee.id, reasons, policyVersion: policy.version, checks };
}

/** A failed rule in plain words, for the agent's note and the customer's message. */
export function explainGoodwillRule(rule: GoodwillRule, language: Language, policy: GoodwillPolicy): string {
  const months = policy.windowMonths;
  switch (rule) {
    case 'fee_not_credited_yet':
      return language === 'es'
        ? 'Este cargo por pago atrasado ya fue acreditado.'
        : 'This late fee was already credited.';
    case 'account_open':
      return language === 'es'
        ? 'La cuenta no está abierta y al corriente.'
        : 'The account is not open and active.';
    case 'first_late_fee_in_window':
      return language === 'es'
        ? `Hubo otro cargo por pago atrasado en los últimos ${months} meses.`
        : `There was another late fee in the last ${months} months.`;
    case 'no_goodwill_credit_in_window':
      return language === 'es'
        ? `Ya se concedió un crédito de cortesía en los últimos ${months} meses.`
        : `A courtesy credit was already given in the last ${months} months.`;
    case 'no_returned_payment':
      return language === 'es'
        ? `Un pago fue devuelto en los últimos ${months} meses.`
        : `A payment was returned in the last ${months} months.`;
    case 'not_over_limit':
      return language === 'es'
        ? 'El saldo supera el límite de crédito.'
        : 'The balance is over the credit limit.';
    case 'account_old_enough':
      return language === 'es'
        ? `La cuenta tiene menos de ${policy.minAccountAgeMonths} meses.`
        : `The account is less than ${policy.minAccountAgeMonths} months old.`;
    default: {
      const exhaustive: never = rule;
      return exhaustive;
    }
  }
}
