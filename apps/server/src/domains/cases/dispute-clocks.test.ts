import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, daysBetween } from './calendar.ts';
import {
  acknowledgementRequired,
  closingDatesForDay,
  computeDisputeClocks,
  delinquencyReportWindow,
  delinquentCentsExcludingDisputes,
  disputeDeadlineStates,
  disputedAmountEffects,
} from './dispute-clocks.ts';

interface ClockRow {
  name: string;
  /** The receipt instant (UTC). */
  receivedAt: string;
  closings: readonly CalendarDate[];
  expected: {
    receivedOn: CalendarDate;
    acknowledgementDueOn: CalendarDate;
    receiptCycleClosesOn: CalendarDate;
    twoCompleteCyclesEndOn: CalendarDate;
    ninetyDaysEndOn: CalendarDate;
    resolutionDueOn: CalendarDate;
    resolutionDueBy: 'two_billing_cycles' | 'ninety_days';
  };
}

const day28 = closingDatesForDay(28, '2027-01-01', 8); // 2027-01-28 … 2027-08-28
const monthEnds2028 = ['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30', '2028-05-31'];
const monthEnds2027 = ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31'];
const every28Days = ['2027-06-04', '2027-07-02', '2027-07-30', '2027-08-27', '2027-09-24'];

const rows: ClockRow[] = [
  {
    name: 'mid-cycle, closing on the 28th: two cycles end before 90 days',
    receivedAt: '2027-02-10T15:00:00Z',
    closings: day28,
    expected: {
      receivedOn: '2027-02-10',
      acknowledgementDueOn: '2027-03-12',
      receiptCycleClosesOn: '2027-02-28',
      twoCompleteCyclesEndOn: '2027-04-28',
      ninetyDaysEndOn: '2027-05-11',
      resolutionDueOn: '2027-04-28',
      resolutionDueBy: 'two_billing_cycles',
    },
  },
  {
    name: 'received on a closing day: that cycle is not complete after receipt',
    receivedAt: '2027-03-28T16:00:00Z',
    closings: day28,
    expected: {
      receivedOn: '2027-03-28',
      acknowledgementDueOn: '2027-04-27',
      receiptCycleClosesOn: '2027-03-28',
      twoCompleteCyclesEndOn: '2027-05-28',
      ninetyDaysEndOn: '2027-06-26',
      resolutionDueOn: '2027-05-28',
      resolutionDueBy: 'two_billing_cycles',
    },
  },
  {
    name: 'received the day after a closing: 90 days come first',
    receivedAt: '2027-03-29T16:00:00Z',
    closings: day28,
    expected: {
      receivedOn: '2027-03-29',
      acknowledgementDueOn: '2027-04-28',
      receiptCycleClosesOn: '2027-04-28',
      twoCompleteCyclesEndOn: '2027-06-28',
      ninetyDaysEndOn: '2027-06-27',
      resolutionDueOn: '2027-06-27',
      resolutionDueBy: 'ninety_days',
    },
  },
  {
    name: 'leap year: 11:30 p.m. in New York on Jan 31 (already Feb 1 in UTC), month-end cycles',
    receivedAt: '2028-02-01T04:30:00Z',
    closings: monthEnds2028,
    expected: {
      receivedOn: '2028-01-31',
      acknowledgementDueOn: '2028-03-01',
      receiptCycleClosesOn: '2028-01-31',
      twoCompleteCyclesEndOn: '2028-03-31',
      ninetyDaysEndOn: '2028-04-30',
      resolutionDueOn: '2028-03-31',
      resolutionDueBy: 'two_billing_cycles',
    },
  },
  {
    name: 'the same day in a common year: Feb 28 shifts the 30- and 90-day dates',
    receivedAt: '2027-02-01T04:30:00Z',
    closings: monthEnds2027,
    expected: {
      receivedOn: '2027-01-31',
      acknowledgementDueOn: '2027-03-02',
      receiptCycleClosesOn: '2027-01-31',
      twoCompleteCyclesEndOn: '2027-03-31',
      ninetyDaysEndOn: '2027-05-01',
      resolutionDueOn: '2027-03-31',
      resolutionDueBy: 'two_billing_cycles',
    },
  },
  {
    name: 'received on Feb 29 2028',
    receivedAt: '2028-02-29T17:00:00Z',
    closings: monthEnds2028,
    expected: {
      receivedOn: '2028-02-29',
      acknowledgementDueOn: '2028-03-30',
      receiptCycleClosesOn: '2028-02-29',
      twoCompleteCyclesEndOn: '2028-04-30',
      ninetyDaysEndOn: '2028-05-29',
      resolutionDueOn: '2028-04-30',
      resolutionDueBy: 'two_billing_cycles',
    },
  },
  {
    name: '28-day cycles',
    receivedAt: '2027-06-05T14:00:00Z',
    closings: every28Days,
    expected: {
      receivedOn: '2027-06-05',
      acknowledgementDueOn: '2027-07-05',
      receiptCycleClosesOn: '2027-07-02',
      twoCompleteCyclesEndOn: '2027-08-27',
      ninetyDaysEndOn: '2027-09-03',
      resolutionDueOn: '2027-08-27',
      resolutionDueBy: 'two_billing_cycles',
    },
  },
  {
    name: '31-day cycles, received the day after closing on the 15th',
    receivedAt: '2027-07-16T14:00:00Z',
    closings: closingDatesForDay(15, '2027-06-01', 6),
    expected: {
      receivedOn: '2027-07-16',
      acknowledgementDueOn: '2027-08-15',
      receiptCycleClosesOn: '2027-08-15',
      twoCompleteCyclesEndOn: '2027-10-15',
      ninetyDaysEndOn: '2027-10-14',
      resolutionDueOn: '2027-10-14',
      resolutionDueBy: 'ninety_days',
    },
  },
  {
    name: 'February cycles of 28 and 29 days on the 1st',
    receivedAt: '2028-01-20T14:00:00Z',
    closings: closingDatesForDay(1, '2028-01-01', 6),
    expected: {
      receivedOn: '2028-01-20',
      acknowledgementDueOn: '2028-02-19',
      receiptCycleClosesOn: '2028-02-01',
      twoCompleteCyclesEndOn: '2028-04-01',
      ninetyDaysEndOn: '2028-04-19',
      resolutionDueOn: '2028-04-01',
      resolutionDueBy: 'two_billing_cycles',
    },
  },
];

describe('dispute clocks (Regulation Z 1026.13)', () => {
  it.each(rows)('$name', ({ receivedAt, closings, expected }) => {
    const clocks = computeDisputeClocks({
      receivedAt: new Date(receivedAt),
      statement: { closingDate: '2026-12-28' },
      closingDates: closings,
    });
    expect(clocks).toMatchObject(expected);
  });

  it.each([
    // statement transmitted 2027-01-10: notices are timely through 2027-03-11 in New York
    ['two days before the limit', '2027-01-10', '2027-03-09T15:00:00Z', '2027-03-11', true],
    [
      'the last day, 11:30 p.m. in New York (next day in UTC)',
      '2027-01-10',
      '2027-03-12T04:30:00Z',
      '2027-03-11',
      true,
    ],
    ['one minute after the last day ends', '2027-01-10', '2027-03-12T05:01:00Z', '2027-03-11', false],
    ['the day after the limit', '2027-01-10', '2027-03-12T15:00:00Z', '2027-03-11', false],
    ['leap year: the window crosses Feb 29', '2028-01-10', '2028-03-10T20:00:00Z', '2028-03-10', true],
    ['leap year: the day after', '2028-01-10', '2028-03-11T15:00:00Z', '2028-03-10', false],
    [
      'statement sent Dec 31, window over the year end',
      '2026-12-31',
      '2027-03-01T15:00:00Z',
      '2027-03-01',
      true,
    ],
  ])('60-day notice window: %s', (_name, transmittedOn, receivedAt, windowEnd, timely) => {
    const clocks = computeDisputeClocks({
      receivedAt: new Date(receivedAt),
      statement: { closingDate: transmittedOn, transmittedOn },
      closingDates: closingDatesForDay(10, '2026-11-01', 24),
    });
    expect(clocks.noticeWindowEndsOn).toBe(windowEnd);
    expect(clocks.noticeTimely).toBe(timely);
  });

  it('counts the window from transmittal when the statement is sent after it closes', () => {
    const clocks = computeDisputeClocks({
      receivedAt: new Date('2027-03-13T15:00:00Z'),
      statement: { closingDate: '2027-01-10', transmittedOn: '2027-01-12' },
      closingDates: closingDatesForDay(10, '2027-01-01', 8),
    });
    expect(clocks.noticeWindowEndsOn).toBe('2027-03-13');
    expect(clocks.noticeTimely).toBe(true);
  });

  it('accepts a late notice and flags it; the other clocks still run', () => {
    const clocks = computeDisputeClocks({
      receivedAt: new Date('2027-06-01T15:00:00Z'),
      statement: { closingDate: '2027-01-10' },
      closingDates: closingDatesForDay(10, '2027-05-01', 6),
    });
    expect(clocks.noticeTimely).toBe(false);
    expect(clocks.acknowledgementDueOn).toBe('2027-07-01');
    expect(clocks.resolutionDueOn).toBe('2027-08-10');
  });

  it('a notice before the statement was sent is timely', () => {
    const clocks = computeDisputeClocks({
      receivedAt: new Date('2027-01-05T15:00:00Z'),
      statement: { closingDate: '2027-01-10' },
      closingDates: closingDatesForDay(10, '2027-01-01', 4),
    });
    expect(clocks.receivedBeforeStatement).toBe(true);
    expect(clocks.noticeTimely).toBe(true);
  });

  it('refuses cycles that do not reach two complete cycles after receipt, or are out of order', () => {
    const base = { receivedAt: new Date('2027-03-15T15:00:00Z'), statement: { closingDate: '2027-02-28' } };
    expect(() => computeDisputeClocks({ ...base, closingDates: ['2027-03-28', '2027-04-28'] })).toThrow(
      RangeError,
    );
    expect(() =>
      computeDisputeClocks({ ...base, closingDates: ['2027-04-28', '2027-03-28', '2027-05-28'] }),
    ).toThrow(RangeError);
    expect(() =>
      computeDisputeClocks({
        ...base,
        statement: { closingDate: '2027-02-28', transmittedOn: '2027-02-27' },
        closingDates: day28,
      }),
    ).toThrow(RangeError);
  });

  it('for every receipt day of 2027 and 2028 and closing days 1, 15 and 28: two whole cycles after the receipt cycle, never past 90 days', () => {
    for (const closingDay of [1, 15, 28]) {
      const closings = closingDatesForDay(closingDay, '2026-12-01', 30);
      for (let d = '2027-01-01'; d <= '2028-12-31'; d = addDays(d, 1)) {
        const c = computeDisputeClocks({
          receivedAt: new Date(`${d}T16:00:00Z`),
          statement: { closingDate: '2026-12-01' },
          closingDates: closings,
        });
        expect(c.receivedOn).toBe(d);
        const i = closings.indexOf(c.receiptCycleClosesOn);
        expect(c.receiptCycleClosesOn >= d && (i === 0 || closings[i - 1]! < d)).toBe(true);
        expect(c.twoCompleteCyclesEndOn).toBe(closings[i + 2]);
        expect(daysBetween(d, c.twoCompleteCyclesEndOn)).toBeGreaterThanOrEqual(56);
        expect(c.resolutionDueOn <= c.ninetyDaysEndOn && c.resolutionDueOn <= c.twoCompleteCyclesEndOn).toBe(
          true,
        );
        expect(c.acknowledgementDueOn).toBe(addDays(d, 30));
        expect(c.acknowledgementDueOn < c.resolutionDueOn).toBe(true);
      }
    }
  });

  it.each([
    [15, '2027-01-15', ['2027-01-15', '2027-02-15', '2027-03-15']],
    [15, '2027-01-16', ['2027-02-15', '2027-03-15', '2027-04-15']],
    [28, '2027-12-29', ['2028-01-28', '2028-02-28', '2028-03-28']],
  ])('closing day %i from %s', (day, from, expected) => {
    expect(closingDatesForDay(day, from, 3)).toEqual(expected);
  });

  it('refuses a closing day that some months do not have', () => {
    expect(() => closingDatesForDay(31, '2027-01-01', 3)).toThrow(RangeError);
  });
});

describe('acknowledgement', () => {
  const clocks = computeDisputeClocks({
    receivedAt: new Date('2027-02-10T15:00:00Z'),
    statement: { closingDate: '2027-01-28' },
    closingDates: day28,
  });

  it.each([
    ['nothing done yet', {}, true],
    ['resolved before the due date', { resolvedOn: '2027-03-01' }, false],
    ['resolved on the due date', { resolvedOn: '2027-03-12' }, false],
    ['resolved the day after', { resolvedOn: '2027-03-13' }, true],
    ['already acknowledged', { acknowledgedOn: '2027-02-11' }, false],
  ])('%s → acknowledgement owed: %s', (_name, progress, owed) => {
    expect(acknowledgementRequired(clocks, progress)).toBe(owed);
  });

  it.each([
    ['2027-03-12', {}, 'pending', 'pending'],
    ['2027-03-13', {}, 'missed', 'pending'],
    ['2027-03-13', { acknowledgedOn: '2027-03-12' }, 'met', 'pending'],
    ['2027-04-29', { acknowledgedOn: '2027-03-02' }, 'met', 'missed'],
    ['2027-05-01', { acknowledgedOn: '2027-03-02', resolvedOn: '2027-04-28' }, 'met', 'met'],
    ['2027-03-05', { resolvedOn: '2027-03-05' }, 'met', 'met'],
  ] as const)('on %s with %o: acknowledgement %s, resolution %s', (today, progress, ack, resolution) => {
    const s = disputeDeadlineStates(clocks, today, progress);
    expect(s.acknowledgement).toBe(ack);
    expect(s.resolution).toBe(resolution);
  });
});

describe('no delinquency report after a no-error resolution', () => {
  it.each([
    ['grace period longer', '2027-03-25', 25, '2027-04-19', '2027-04-20', 'grace_period'],
    ['no grace period: 10 days', '2027-03-25', 0, '2027-04-04', '2027-04-05', 'ten_days'],
    ['equal periods', '2027-03-25', 10, '2027-04-04', '2027-04-05', 'ten_days'],
    ['leap year month end', '2028-02-20', 9, '2028-03-01', '2028-03-02', 'ten_days'],
    ['common year month end', '2027-02-20', 9, '2027-03-02', '2027-03-03', 'ten_days'],
    ['grace over the year end', '2027-12-20', 21, '2028-01-10', '2028-01-11', 'grace_period'],
  ] as const)('%s', (_name, noticeOn, graceDays, through, earliest, by) => {
    expect(delinquencyReportWindow({ resolutionNoticeOn: noticeOn, gracePeriodDays: graceDays })).toEqual({
      protectedThrough: through,
      earliestReportOn: earliest,
      by,
    });
  });
});

describe('disputed amount while pending', () => {
  it('leaves the disputed amount and its charges out of the amount due and keeps the minimum', () => {
    const e = disputedAmountEffects({
      amountDueCents: 150_000,
      minimumDueCents: 4_000,
      disputes: [{ amountCents: 20_000, relatedChargesCents: 450, pending: true }],
    });
    expect(e.withheldCents).toBe(20_450);
    expect(e.amountDueCents).toBe(129_550);
    expect(e.minimumDueCents).toBe(4_000);
    expect(e.creditLimitHoldCents).toBe(20_000);
    expect(e.mayReportDisputedAmountDelinquent).toBe(false);
    expect(e.mayCollectDisputedAmount).toBe(false);
    expect(e.mayCloseOrRestrictAccountForDisputing).toBe(false);
  });

  it('recomputes the minimum with the issuer formula on the reduced amount', () => {
    const e = disputedAmountEffects({
      amountDueCents: 500_000,
      minimumDueCents: 10_000,
      disputes: [{ amountCents: 300_000, relatedChargesCents: 5_000, pending: true }],
      minimumDueFor: (due) => Math.max(3_500, due * 0.02),
    });
    expect(e.amountDueCents).toBe(195_000);
    expect(e.minimumDueCents).toBe(3_900);
  });

  it('caps the minimum at what is left when the dispute is most of the balance', () => {
    const e = disputedAmountEffects({
      amountDueCents: 30_000,
      minimumDueCents: 3_500,
      disputes: [{ amountCents: 28_000, relatedChargesCents: 0, pending: true }],
    });
    expect(e.amountDueCents).toBe(2_000);
    expect(e.minimumDueCents).toBe(2_000);
  });

  it('nothing is due when everything is disputed', () => {
    const e = disputedAmountEffects({
      amountDueCents: 10_000,
      minimumDueCents: 3_500,
      disputes: [{ amountCents: 10_000, relatedChargesCents: 200, pending: true }],
    });
    expect(e.amountDueCents).toBe(0);
    expect(e.minimumDueCents).toBe(0);
    expect(delinquentCentsExcludingDisputes(e, 0)).toBe(0);
  });

  it('resolved disputes no longer hold anything back; several pending ones add up', () => {
    const e = disputedAmountEffects({
      amountDueCents: 100_000,
      minimumDueCents: 3_500,
      disputes: [
        { amountCents: 10_000, relatedChargesCents: 100, pending: true },
        { amountCents: 5_000, relatedChargesCents: 50, pending: true },
        { amountCents: 40_000, relatedChargesCents: 900, pending: false },
      ],
    });
    expect(e.withheldCents).toBe(15_150);
    expect(e.amountDueCents).toBe(84_850);
  });

  it.each([
    ['pays the minimum', 4_000, 0],
    ['pays everything but the dispute', 129_550, 0],
    ['pays nothing', 0, 4_000],
    ['pays part of the minimum', 1_500, 2_500],
  ])('delinquency for the non-disputed part only: customer %s', (_name, paid, delinquent) => {
    const e = disputedAmountEffects({
      amountDueCents: 150_000,
      minimumDueCents: 4_000,
      disputes: [{ amountCents: 20_000, relatedChargesCents: 450, pending: true }],
    });
    expect(delinquentCentsExcludingDisputes(e, paid)).toBe(delinquent);
  });
});
