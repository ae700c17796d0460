import { describe, expect, it } from 'vitest';
import {
  type CreditLimitDecision,
  type CreditLimitReasonCode,
  type CreditLimitRequest,
  DEFAULT_CREDIT_LIMIT_RULES,
  decideCreditLimitIncrease,
  type StatementPayment,
} from './credit-limit.ts';

const onTime6: StatementPayment[] = ['on_time', 'on_time', 'on_time', 'on_time', 'on_time', 'on_time'];

/** $10,000 limit, $2,000 balance (20%), open since 2025-01-10, six payments on time, never increased. */
function request(change: {
  account?: Partial<CreditLimitRequest['account']>;
  statements?: StatementPayment[];
  lastIncreaseOn?: string | null;
  requestedLimitCents?: number;
}): CreditLimitRequest {
  return {
    asOf: '2027-06-15',
    account: {
      openedOn: '2025-01-10',
      status: 'open',
      creditLimitCents: 1_000_000,
      currentBalanceCents: 200_000,
      ...change.account,
    },
    statements: change.statements ?? onTime6,
    lastIncreaseOn: change.lastIncreaseOn ?? null,
    ...(change.requestedLimitCents === undefined ? {} : { requestedLimitCents: change.requestedLimitCents }),
  };
}

describe('credit-limit increase eligibility', () => {
  it.each<
    [string, Parameters<typeof request>[0], CreditLimitDecision, CreditLimitReasonCode[], number | null]
  >([
    ['good standing: the largest automatic increase (+50%)', {}, 'approve', ['meets_all_rules'], 1_500_000],
    [
      'asks for less than the automatic maximum',
      { requestedLimitCents: 1_200_000 },
      'approve',
      ['meets_all_rules'],
      1_200_000,
    ],
    [
      'asks for more than can be approved automatically',
      { requestedLimitCents: 1_600_000 },
      'refer',
      ['request_above_automatic_limit'],
      1_600_000,
    ],
    [
      'a high limit is capped at the automatic ceiling',
      { account: { creditLimitCents: 2_000_000 } },
      'approve',
      ['meets_all_rules'],
      2_500_000,
    ],
    [
      'the increase is rounded down to whole $100',
      { account: { creditLimitCents: 1_234_500 } },
      'approve',
      ['meets_all_rules'],
      1_844_500,
    ],
    [
      'a limit already above the automatic ceiling goes to a specialist',
      { account: { creditLimitCents: 3_000_000, currentBalanceCents: 300_000 } },
      'refer',
      ['request_above_automatic_limit'],
      4_500_000,
    ],
    [
      'a tiny limit still rises by at least $100',
      { account: { creditLimitCents: 15_000, currentBalanceCents: 0 } },
      'approve',
      ['meets_all_rules'],
      25_000,
    ],
    [
      'utilisation just under 70%',
      { account: { currentBalanceCents: 699_900 } },
      'approve',
      ['meets_all_rules'],
      1_500_000,
    ],
    [
      'utilisation at 70%: a specialist decides',
      { account: { currentBalanceCents: 700_000 } },
      'refer',
      ['utilisation_high'],
      1_500_000,
    ],
    [
      'utilisation at 95%',
      { account: { currentBalanceCents: 950_000 } },
      'decline',
      ['utilisation_too_high'],
      null,
    ],
    [
      'over the limit',
      { account: { currentBalanceCents: 1_050_000 } },
      'decline',
      ['utilisation_too_high'],
      null,
    ],
    [
      'a credit balance counts as nothing used',
      { account: { currentBalanceCents: -5_000 } },
      'approve',
      ['meets_all_rules'],
      1_500_000,
    ],
    [
      'one late payment in the last six',
      { statements: ['on_time', 'late', 'on_time', 'on_time', 'on_time', 'on_time'] },
      'decline',
      ['late_payments'],
      null,
    ],
    [
      'a late payment seven statements ago is outside the look-back',
      { statements: [...onTime6, 'late'] },
      'approve',
      ['meets_all_rules'],
      1_500_000,
    ],
    [
      'months with nothing due are not late',
      { statements: ['nothing_due', 'on_time', 'nothing_due', 'on_time', 'on_time', 'on_time'] },
      'approve',
      ['meets_all_rules'],
      1_500_000,
    ],
    [
      'only five statements: a specialist decides',
      { statements: onTime6.slice(0, 5) },
      'refer',
      ['not_enough_history'],
      1_500_000,
    ],
    ['five full months old', { account: { openedOn: '2026-12-16' } }, 'decline', ['account_too_new'], null],
    [
      'six months old to the day',
      { account: { openedOn: '2026-12-15' } },
      'approve',
      ['meets_all_rules'],
      1_500_000,
    ],
    ['raised five months ago', { lastIncreaseOn: '2027-01-15' }, 'decline', ['increased_recently'], null],
    [
      'raised six months ago to the day',
      { lastIncreaseOn: '2026-12-15' },
      'approve',
      ['meets_all_rules'],
      1_500_000,
    ],
    ['restricted account', { account: { status: 'restricted' } }, 'decline', ['account_not_open'], null],
    ['closed account', { account: { status: 'closed' } }, 'decline', ['account_not_open'], null],
    [
      'asks for the current limit',
      { requestedLimitCents: 1_000_000 },
      'decline',
      ['request_not_an_increase'],
      null,
    ],
    [
      'several problems: declines first, then what a specialist would have looked at',
      { statements: ['late', 'on_time', 'on_time'], account: { currentBalanceCents: 800_000 } },
      'decline',
      ['late_payments', 'not_enough_history', 'utilisation_high'],
      null,
    ],
    [
      'two referral reasons',
      { statements: onTime6.slice(0, 2), requestedLimitCents: 3_000_000 },
      'refer',
      ['not_enough_history', 'request_above_automatic_limit'],
      3_000_000,
    ],
  ])('%s', (_name, change, decision, codes, newLimit) => {
    const result = decideCreditLimitIncrease(request(change));
    expect(result.decision).toBe(decision);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    expect(result.newLimitCents).toBe(newLimit);
    expect(result.rulesVersion).toBe(DEFAULT_CREDIT_LIMIT_RULES.version);
    for (const reason of result.reasons) {
      expect(reason.text.en.length).toBeGreaterThan(20);
      expect(reason.text.es.length).toBeGreaterThan(20);
      expect(reason.text.es).not.toBe(reason.text.en);
    }
  });

  it('rules are configuration: one late payment allowed, shorter look-back, lower thresholds', () => {
    const rules = {
      ...DEFAULT_CREDIT_LIMIT_RULES,
      version: 'cli-lenient',
      maxLatePayments: 1,
      lookbackStatements: 3,
      referUtilisationBps: 5_000,
    };
    const r = decideCreditLimitIncrease(request({ statements: ['late', 'on_time', 'on_time'] }), rules);
    expect(r).toMatchObject({ decision: 'approve', rulesVersion: 'cli-lenient' });
    const two = decideCreditLimitIncrease(request({ statements: ['late', 'late', 'on_time'] }), rules);
    expect(two.reasons[0]?.text.en).toBe('2 of the last 3 payments arrived late; at most 1 may be late.');
    const used = decideCreditLimitIncrease(request({ account: { currentBalanceCents: 550_000 } }), rules);
    expect(used.decision).toBe('refer');
  });

  it('explains in plain words, in English and Spanish', () => {
    const approve = decideCreditLimitIncrease(request({}));
    expect(approve.reasons[0]?.text).toEqual({
      en: 'The account is in good standing: open 29 months, 6 of the last 6 payments on time, 20% of the limit used. The limit can go from $10,000.00 to $15,000.00.',
      es: 'La cuenta está al corriente: abierta hace 29 meses, 6 de los últimos 6 pagos a tiempo, el 20% del límite en uso. El límite puede pasar de $10,000.00 a $15,000.00.',
    });
    const recent = decideCreditLimitIncrease(request({ lastIncreaseOn: '2027-01-15' }));
    expect(recent.reasons[0]?.text).toEqual({
      en: 'The limit was raised on January 15, 2027; it can be reviewed again from July 15, 2027.',
      es: 'El límite se aumentó el 15 de enero de 2027; se puede revisar de nuevo a partir del 15 de julio de 2027.',
    });
    const used = decideCreditLimitIncrease(request({ account: { currentBalanceCents: 960_000 } }));
    expect(used.reasons[0]?.text.en).toBe(
      'The balance uses 96% of the credit limit; it needs to be below 95%.',
    );
    const late = decideCreditLimitIncrease(request({ statements: ['late', ...onTime6.slice(1)] }));
    expect(late.reasons[0]?.text.en).toBe(
      '1 of the last 6 payments arrived late; every payment needs to be on time.',
    );
    expect(late.reasons[0]?.text.es).toBe(
      '1 de los últimos 6 pagos llegaron tarde; todos los pagos deben llegar a tiempo.',
    );
    const big = decideCreditLimitIncrease(request({ requestedLimitCents: 1_600_000 }));
    expect(big.reasons[0]?.text.en).toBe(
      'A limit of $16,000.00 is more than can be approved right away (up to $15,000.00); a credit specialist will review it.',
    );
    const young = decideCreditLimitIncrease(request({ account: { openedOn: '2027-05-01' } }));
    expect(young.reasons[0]?.text.en).toBe(
      'The account has been open for 1 month; it needs at least 6 months.',
    );
    expect(young.reasons[0]?.text.es).toBe('La cuenta lleva 1 mes abierta; necesita al menos 6 meses.');
  });
});
