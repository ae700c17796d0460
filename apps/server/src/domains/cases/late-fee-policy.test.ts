import { describe, expect, it } from 'vitest';
import {
  DEMO_LATE_FEE_SCHEDULE,
  decideGoodwill,
  explainGoodwillRule,
  GOODWILL_RULES,
  type GoodwillPolicy,
  type GoodwillRequest,
  type GoodwillRule,
  type LateFeeSchedule,
  lateFeeEntryOn,
  lateFeeFor,
  lateFeeScheduleProblems,
} from './late-fee-policy.ts';

const schedule: LateFeeSchedule = [
  {
    effectiveFrom: '2014-01-01',
    firstLateFeeCents: 2_600,
    repeatLateFeeCents: 3_700,
    source: 'agreement v1',
  },
  {
    effectiveFrom: '2022-01-01',
    firstLateFeeCents: 3_000,
    repeatLateFeeCents: 4_100,
    source: 'agreement v2',
  },
  {
    effectiveFrom: '2027-03-01',
    firstLateFeeCents: 3_200,
    repeatLateFeeCents: 4_300,
    source: 'agreement v3',
  },
];

describe('dated late-fee schedule', () => {
  it.each([
    ['2013-12-31', null],
    ['2014-01-01', 'agreement v1'],
    ['2021-12-31', 'agreement v1'],
    ['2022-01-01', 'agreement v2'],
    ['2027-02-28', 'agreement v2'],
    ['2027-03-01', 'agreement v3'],
    ['2030-06-15', 'agreement v3'],
  ])('on %s the figures of %s apply', (on, source) => {
    expect(lateFeeEntryOn(schedule, on)?.source ?? null).toBe(source);
  });

  it.each([
    ['first late payment, old figures', '2027-02-25', false, 5_000, 3_000, false],
    ['repeat within six cycles, old figures', '2027-02-25', true, 5_000, 4_100, false],
    ['first late payment, new figures from their effective date', '2027-03-01', false, 5_000, 3_200, false],
    ['repeat, new figures', '2027-03-25', true, 5_000, 4_300, false],
    ['capped at a small minimum payment', '2027-03-25', false, 1_500, 1_500, true],
    ['capped for a repeat fee', '2027-03-25', true, 4_000, 4_000, true],
  ])('%s', (_name, assessedOn, repeat, minimumDue, amount, capped) => {
    const fee = lateFeeFor(schedule, {
      assessedOn,
      lateInPreviousSixCycles: repeat,
      minimumDueCents: minimumDue,
    });
    expect(fee?.amountCents).toBe(amount);
    expect(fee?.cappedAtMinimumDue).toBe(capped);
  });

  it('charges nothing before any schedule entry or when nothing was due', () => {
    expect(
      lateFeeFor(schedule, {
        assessedOn: '2010-01-01',
        lateInPreviousSixCycles: false,
        minimumDueCents: 5_000,
      }),
    ).toBeNull();
    expect(
      lateFeeFor(schedule, { assessedOn: '2027-03-25', lateInPreviousSixCycles: false, minimumDueCents: 0 }),
    ).toBeNull();
  });

  it('accepts the demo and test schedules', () => {
    expect(lateFeeScheduleProblems(DEMO_LATE_FEE_SCHEDULE)).toEqual([]);
    expect(lateFeeScheduleProblems(schedule)).toEqual([]);
  });

  it.each([
    ['empty', [], 'the schedule is empty'],
    [
      'out of order',
      [schedule[1]!, schedule[0]!],
      "entry 1: effectiveFrom must be after the previous entry's",
    ],
    ['bad date', [{ ...schedule[0]!, effectiveFrom: '2027-02-30' }], 'entry 0: effectiveFrom is not a date'],
    [
      'fractional cents',
      [{ ...schedule[0]!, firstLateFeeCents: 25.5 }],
      'entry 0: firstLateFeeCents must be whole cents',
    ],
    [
      'repeat below first',
      [{ ...schedule[0]!, repeatLateFeeCents: 100 }],
      'entry 0: the repeat fee is lower than the first fee',
    ],
    ['no source', [{ ...schedule[0]!, source: ' ' }], 'entry 0: source is missing'],
  ] as const)('refuses a schedule that is %s', (_name, bad, problem) => {
    expect(lateFeeScheduleProblems(bad)).toContain(problem);
  });
});

const policy: GoodwillPolicy = { version: 'test-policy-7', windowMonths: 12, minAccountAgeMonths: 6 };

function request(change: {
  fee?: Partial<GoodwillRequest['fee']>;
  account?: Partial<GoodwillRequest['account']>;
  history?: Partial<GoodwillRequest['history']>;
}): GoodwillRequest {
  return {
    fee: { id: 'fee_9', assessedOn: '2027-05-26', amountCents: 3_200, alreadyCredited: false, ...change.fee },
    account: { openedOn: '2025-01-10', status: 'open', overLimit: false, ...change.account },
    history: {
      lateFees: [{ id: 'fee_9', assessedOn: '2027-05-26' }],
      goodwillCredits: [],
      returnedPayments: [],
      ...change.history,
    },
  };
}

describe('goodwill late-fee credit', () => {
  it.each<[string, Parameters<typeof request>[0], GoodwillRule[]]>([
    ['good standing, first late fee: credited at once', {}, []],
    [
      'an earlier late fee 13 months before does not count',
      { history: { lateFees: [{ id: 'fee_1', assessedOn: '2026-04-26' }] } },
      [],
    ],
    [
      'an earlier late fee exactly 12 months before is outside the window',
      { history: { lateFees: [{ id: 'fee_1', assessedOn: '2026-05-26' }] } },
      [],
    ],
    [
      'an earlier late fee 11 months before',
      { history: { lateFees: [{ id: 'fee_1', assessedOn: '2026-06-26' }] } },
      ['first_late_fee_in_window'],
    ],
    [
      'a goodwill credit 3 months before',
      { history: { goodwillCredits: [{ creditedOn: '2027-02-10' }] } },
      ['no_goodwill_credit_in_window'],
    ],
    [
      'a returned payment in the window',
      { history: { returnedPayments: [{ returnedOn: '2026-12-02' }] } },
      ['no_returned_payment'],
    ],
    [
      'a returned payment 14 months before',
      { history: { returnedPayments: [{ returnedOn: '2026-03-02' }] } },
      [],
    ],
    ['over the limit', { account: { overLimit: true } }, ['not_over_limit']],
    ['five months old', { account: { openedOn: '2026-12-27' } }, ['account_old_enough']],
    ['six months old to the day', { account: { openedOn: '2026-11-26' } }, []],
    ['restricted account', { account: { status: 'restricted' } }, ['account_open']],
    ['closed account', { account: { status: 'closed' } }, ['account_open']],
    ['already credited', { fee: { alreadyCredited: true } }, ['fee_not_credited_yet']],
    [
      'several problems, all named',
      {
        account: { overLimit: true, openedOn: '2027-01-01' },
        history: {
          returnedPayments: [{ returnedOn: '2027-04-01' }],
          lateFees: [{ id: 'fee_2', assessedOn: '2027-03-26' }],
        },
      },
      ['first_late_fee_in_window', 'no_returned_payment', 'not_over_limit', 'account_old_enough'],
    ],
  ])('%s', (_name, change, reasons) => {
    const decision = decideGoodwill(request(change), policy);
    expect(decision.policyVersion).toBe('test-policy-7');
    expect(decision.checks.map((c) => c.rule)).toEqual(GOODWILL_RULES);
    expect(decision.checks.filter((c) => !c.passed).map((c) => c.rule)).toEqual(reasons);
    if (reasons.length === 0) {
      expect(decision).toMatchObject({ outcome: 'credit_now', feeId: 'fee_9', amountCents: 3_200 });
    } else {
      expect(decision).toMatchObject({ outcome: 'refer_to_agent', feeId: 'fee_9', reasons });
    }
  });

  it('a fee on Feb 29 looks back to the day after Feb 28 of the year before', () => {
    const leap = (assessedOn: string) =>
      decideGoodwill(
        request({
          fee: { id: 'fee_L', assessedOn: '2028-02-29' },
          history: { lateFees: [{ id: 'old', assessedOn }] },
        }),
        policy,
      ).outcome;
    expect(leap('2027-02-28')).toBe('credit_now');
    expect(leap('2027-03-01')).toBe('refer_to_agent');
  });

  it('a longer minimum age in the policy refers a younger account', () => {
    const strict = { ...policy, minAccountAgeMonths: 36 };
    expect(decideGoodwill(request({}), strict)).toMatchObject({
      outcome: 'refer_to_agent',
      reasons: ['account_old_enough'],
    });
  });

  it('explains every rule in English and Spanish, with the policy figures', () => {
    for (const rule of GOODWILL_RULES) {
      expect(explainGoodwillRule(rule, 'en', policy)).toMatch(/\w/);
      expect(explainGoodwillRule(rule, 'es', policy)).not.toBe(explainGoodwillRule(rule, 'en', policy));
    }
    expect(explainGoodwillRule('first_late_fee_in_window', 'en', policy)).toBe(
      'There was another late fee in the last 12 months.',
    );
    expect(explainGoodwillRule('account_old_enough', 'es', policy)).toBe('La cuenta tiene menos de 6 meses.');
  });
});
