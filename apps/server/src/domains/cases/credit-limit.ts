/*
 * Credit-limit-increase eligibility by configurable rules, as a pure function: approve, decline or refer
 * to a credit specialist, with every reason explained in plain words in English and Spanish (the
 * customer sees them; an adverse-action notice, if one is owed, is sent by the issuer's own process).
 *
 * Rules: the account is open; old enough; the last N statements' payments were on time (at most a
 * configured number late); utilisation (balance ÷ limit) below the decline threshold, and below the
 * referral threshold for an automatic answer; the last increase long enough ago; the new limit within
 * what may be approved automatically. Too little history is referred, not declined. Dates are New York
 * calendar days.
 */
import type { Language } from '../accounts/index.ts';
import { addMonths, type CalendarDate, fullMonthsBetween } from './calendar.ts';

export interface CreditLimitRules {
  /** Recorded with every decision. */
  version: string;
  minAccountAgeMonths: number;
  /** How many recent statements' payments are looked at. */
  lookbackStatements: number;
  /** Late payments allowed within the look-back (0: every payment on time). */
  maxLatePayments: number;
  /** Utilisation in basis points (7000 = 70%) at or above which a specialist decides. */
  referUtilisationBps: number;
  /** Utilisation at or above which the request is declined. */
  declineUtilisationBps: number;
  minMonthsSinceLastIncrease: number;
  /** The largest automatic increase, in basis points of the current limit (5000 = +50%). */
  maxAutoIncreaseBps: number;
  /** The largest limit approved automatically. */
  maxAutoLimitCents: number;
}

export const DEFAULT_CREDIT_LIMIT_RULES: CreditLimitRules = {
  version: 'cli-1',
  minAccountAgeMonths: 6,
  lookbackStatements: 6,
  maxLatePayments: 0,
  referUtilisationBps: 7_000,
  declineUtilisationBps: 9_500,
  minMonthsSinceLastIncrease: 6,
  maxAutoIncreaseBps: 5_000,
  maxAutoLimitCents: 2_500_000,
};

export type StatementPayment = 'on_time' | 'late' | 'nothing_due';

export interface CreditLimitRequest {
  asOf: CalendarDate;
  account: {
    openedOn: CalendarDate;
    status: 'open' | 'restricted' | 'closed';
    creditLimitCents: number;
    currentBalanceCents: number;
  };
  /** Payment outcome of recent statements, most recent first (whose due dates have passed). */
  statements: readonly StatementPayment[];
  lastIncreaseOn: CalendarDate | null;
  /** The limit the customer asks for; without it the largest automatic increase is offered. */
  requestedLimitCents?: number;
}

export type CreditLimitDecision = 'approve' | 'decline' | 'refer';

export type CreditLimitReasonCode =
  | 'account_not_open'
  | 'account_too_new'
  | 'late_payments'
  | 'utilisation_too_high'
  | 'increased_recently'
  | 'request_not_an_increase'
  | 'not_enough_history'
  | 'utilisation_high'
  | 'request_above_automatic_limit'
  | 'meets_all_rules';

export interface CreditLimitReason {
  code: CreditLimitReasonCode;
  /** What this reason does to the decision. */
  effect: CreditLimitDecision;
  text: Record<Language, string>;
}

export interface CreditLimitResult {
  decision: CreditLimitDecision;
  /** Declines first, then referrals; a single `meets_all_rules` reason for an approval. */
  reasons: CreditLimitReason[];
  /** The new limit on approval (or the one a specialist reviews on referral). */
  newLimitCents: number | null;
  utilisationBps: number;
  rulesVersion: string;
}

const money = (cents: number, language: Language) =>
  new Intl.NumberFormat(language === 'es' ? 'es-US' : 'en-US', { style: 'currency', currency: 'USD' }).format(
    cents / 100,
  );

const day = (date: CalendarDate, language: Language) =>
  new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

const percent = (bps: number) => `${Math.floor(bps / 100)}%`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function decideCreditLimitIncrease(
  request: CreditLimitRequest,
  rules: CreditLimitRules = DEFAULT_CREDIT_LIMIT_RULES,
): CreditLimitResult {
  const { account } = request;
  const reasons: CreditLimitReason[] = [];
  const add = (code: CreditLimitReasonCode, effect: CreditLimitDecision, en: string, es: string) =>
    reasons.push({ code, effect, text: { en, es } });

  const utilisationBps =
    account.creditLimitCents > 0
      ? Math.floor((Math.max(0, account.currentBalanceCents) * 10_000) / account.creditLimitCents)
      : 10_000;

  // The usual step (+50% by default), in whole $100 and at least $100; capped for an automatic answer.
  const autoIncrease = Math.max(
    10_000,
    Math.floor((account.creditLimitCents * rules.maxAutoIncreaseBps) / 10_000 / 10_000) * 10_000,
  );
  const step = account.creditLimitCents + autoIncrease;
  const maxAutomatic = Math.min(step, rules.maxAutoLimitCents);
  // Without a request: the largest automatic limit or, for a limit already at the ceiling, the usual
  // step for a specialist to review.
  const target =
    request.requestedLimitCents ?? (maxAutomatic > account.creditLimitCents ? maxAutomatic : step);

  // declines
  if (account.status !== 'open') {
    add(
      'account_not_open',
      'decline',
      'The account is not open and active, so its limit cannot be raised.',
      'La cuenta no está abierta y activa, así que no se puede aumentar su límite.',
    );
  }
  const ageMonths = fullMonthsBetween(account.openedOn, request.asOf);
  if (ageMonths < rules.minAccountAgeMonths) {
    add(
      'account_too_new',
      'decline',
      `The account has been open for ${plural(ageMonths, 'month', 'months')}; it needs at least ${plural(rules.minAccountAgeMonths, 'month', 'months')}.`,
      `La cuenta lleva ${plural(ageMonths, 'mes', 'meses')} abierta; necesita al menos ${plural(rules.minAccountAgeMonths, 'mes', 'meses')}.`,
    );
  }
  const recent = request.statements.slice(0, rules.lookbackStatements);
  const late = recent.filter((s) => s === 'late').length;
  if (late > rules.maxLatePayments) {
    const needEn =
      rules.maxLatePayments === 0
        ? 'every payment needs to be on time'
        : `at most ${rules.maxLatePayments} may be late`;
    const needEs =
      rules.maxLatePayments === 0
        ? 'todos los pagos deben llegar a tiempo'
        : `como máximo ${rules.maxLatePayments} pueden llegar tarde`;
    add(
      'late_payments',
      'decline',
      `${late} of the last ${plural(recent.length, 'payment', 'payments')} arrived late; ${needEn}.`,
      `${late} de los últimos ${plural(recent.length, 'pago', 'pagos')} llegaron tarde; ${needEs}.`,
    );
  }
  if (utilisationBps >= rules.declineUtilisationBps) {
    add(
      'utilisation_too_high',
      'decline',
      `The balance uses ${percent(utilisationBps)} of the credit limit; it needs to be below ${percent(rules.declineUtilisationBps)}.`,
      `El saldo usa el ${percent(utilisationBps)} del límite de crédito; debe ser menor del ${percent(rules.declineUtilisationBps)}.`,
    );
  }
  if (request.lastIncreaseOn) {
    const again = addMonths(request.lastIncreaseOn, rules.minMonthsSinceLastIncrease);
    if (request.asOf < again) {
      add(
        'increased_recently',
        'decline',
        `The limit was raised on ${day(request.lastIncreaseOn, 'en')}; it can be reviewed again from ${day(again, 'en')}.`,
        `El límite se aumentó el ${day(request.lastIncreaseOn, 'es')}; se puede revisar de nuevo a partir del ${day(again, 'es')}.`,
      );
    }
  }
  if (target <= account.creditLimitCents) {
    add(
      'request_not_an_increase',
      'decline',
      `${money(target, 'en')} is not more than the current limit of ${money(account.creditLimitCents, 'en')}.`,
      `${money(target, 'es')} no es más que el límite actual de ${money(account.creditLimitCents, 'es')}.`,
    );
  }

  // referrals
  if (recent.length < rules.lookbackStatements) {
    add(
      'not_enough_history',
      'refer',
      `There ${recent.length === 1 ? 'is' : 'are'} ${plural(recent.length, 'statement', 'statements')} to look at, fewer than ${rules.lookbackStatements}; a credit specialist will review the request.`,
      `Hay ${plural(recent.length, 'estado de cuenta', 'estados de cuenta')} para revisar, menos de ${rules.lookbackStatements}; un especialista de crédito revisará la solicitud.`,
    );
  }
  if (utilisationBps >= rules.referUtilisationBps && utilisationBps < rules.declineUtilisationBps) {
    add(
      'utilisation_high',
      'refer',
      `The balance uses ${percent(utilisationBps)} of the credit limit; at ${percent(rules.referUtilisationBps)} or more a credit specialist reviews the request.`,
      `El saldo usa el ${percent(utilisationBps)} del límite de crédito; desde el ${percent(rules.referUtilisationBps)} un especialista de crédito revisa la solicitud.`,
    );
  }
  if (target > maxAutomatic) {
    add(
      'request_above_automatic_limit',
      'refer',
      `A limit of ${money(target, 'en')} is more than can be approved right away (up to ${money(maxAutomatic, 'en')}); a credit specialist will review it.`,
      `Un límite de ${money(target, 'es')} es más de lo que se puede aprobar de inmediato (hasta ${money(maxAutomatic, 'es')}); un especialista de crédito lo revisará.`,
    );
  }

  const declined = reasons.filter((r) => r.effect === 'decline');
  const referred = reasons.filter((r) => r.effect === 'refer');
  if (declined.length > 0) {
    return {
      decision: 'decline',
      reasons: [...declined, ...referred],
      newLimitCents: null,
      utilisationBps,
      rulesVersion: rules.version,
    };
  }
  if (referred.length > 0) {
    return {
      decision: 'refer',
      reasons: referred,
      newLimitCents: target,
      utilisationBps,
      rulesVersion: rules.version,
    };
  }
  return {
    decision: 'approve',
    reasons: [
      {
        code: 'meets_all_rules',
        effect: 'approve',
        text: {
          en: `The account is in good standing: open ${plural(ageMonths, 'month', 'months')}, ${recent.length - late} of the last ${plural(recent.length, 'payment', 'payments')} on time, ${percent(utilisationBps)} of the limit used. The limit can go from ${money(account.creditLimitCents, 'en')} to ${money(target, 'en')}.`,
          es: `La cuenta está al corriente: abierta hace ${plural(ageMonths, 'mes', 'meses')}, ${recent.length - late} de los últimos ${plural(recent.length, 'pago', 'pagos')} a tiempo, el ${percent(utilisationBps)} del límite en uso. El límite puede pasar de ${money(account.creditLimitCents, 'es')} a ${money(target, 'es')}.`,
        },
      },
    ],
    newLimitCents: target,
    utilisationBps,
    rulesVersion: rules.version,
  };
}
