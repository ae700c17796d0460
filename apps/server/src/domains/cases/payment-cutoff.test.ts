import { describe, expect, it } from 'vitest';
import {
  EASTERN_5PM_CUTOFF,
  paymentCutoffOn,
  paymentCutoffProblems,
  paymentTiming,
} from './payment-cutoff.ts';

describe('5 p.m. Eastern payment cut-off', () => {
  it.each([
    // [name, payment instant, due date, credited on, on time, days late]
    ['before the cut-off on the due date (EST)', '2027-01-14T21:59:00Z', '2027-01-14', '2027-01-14', true, 0],
    ['exactly 5:00:00 p.m. EST', '2027-01-14T22:00:00.000Z', '2027-01-14', '2027-01-14', true, 0],
    ['one millisecond after 5 p.m. EST', '2027-01-14T22:00:00.001Z', '2027-01-14', '2027-01-15', false, 1],
    [
      '11:30 p.m. on the due date (already the next day in UTC)',
      '2027-01-15T04:30:00Z',
      '2027-01-14',
      '2027-01-15',
      false,
      1,
    ],
    ['3 a.m. the day after', '2027-01-15T08:00:00Z', '2027-01-14', '2027-01-15', false, 1],
    ['days early', '2027-01-10T15:00:00Z', '2027-01-14', '2027-01-10', true, 0],
    [
      'after the cut-off the evening before: credited on the due date',
      '2027-01-13T23:00:00Z',
      '2027-01-14',
      '2027-01-14',
      true,
      0,
    ],
    ['a week late', '2027-01-21T15:00:00Z', '2027-01-14', '2027-01-21', false, 7],
    [
      'after the cut-off on Dec 31 is credited in the new year',
      '2027-12-31T23:00:00Z',
      '2027-12-31',
      '2028-01-01',
      false,
      1,
    ],
    // spring forward: Sunday 2026-03-08, the cut-off moves from 22:00 UTC to 21:00 UTC
    [
      'Saturday before spring forward, 4:30 p.m. EST',
      '2026-03-07T21:30:00Z',
      '2026-03-07',
      '2026-03-07',
      true,
      0,
    ],
    ['spring-forward day, 4:59 p.m. EDT', '2026-03-08T20:59:00Z', '2026-03-08', '2026-03-08', true, 0],
    ['spring-forward day, 5:00 p.m. EDT', '2026-03-08T21:00:00Z', '2026-03-08', '2026-03-08', true, 0],
    [
      'spring-forward day, 5:30 p.m. EDT (4:30 p.m. by the winter offset)',
      '2026-03-08T21:30:00Z',
      '2026-03-08',
      '2026-03-09',
      false,
      1,
    ],
    // fall back: Sunday 2026-11-01, the cut-off moves from 21:00 UTC to 22:00 UTC
    [
      'Saturday before fall back, 5:30 p.m. EDT',
      '2026-10-31T21:30:00Z',
      '2026-10-31',
      '2026-11-01',
      false,
      1,
    ],
    [
      'fall-back day, 4:30 p.m. EST (5:30 p.m. by the summer offset)',
      '2026-11-01T21:30:00Z',
      '2026-11-01',
      '2026-11-01',
      true,
      0,
    ],
    ['fall-back day, 5:00:00.001 p.m. EST', '2026-11-01T22:00:00.001Z', '2026-11-01', '2026-11-02', false, 1],
    [
      'fall-back day, 1:30 a.m. (the hour that happens twice)',
      '2026-11-01T06:30:00Z',
      '2026-11-01',
      '2026-11-01',
      true,
      0,
    ],
  ])('%s', (_name, paidAt, dueDate, creditedOn, onTime, daysLate) => {
    const t = paymentTiming(new Date(paidAt), dueDate);
    expect(t).toMatchObject({ creditedOn, postingDate: creditedOn, onTime, daysLate });
  });

  it.each([
    ['2026-03-07', '2026-03-07T22:00:00.000Z'],
    ['2026-03-08', '2026-03-08T21:00:00.000Z'],
    ['2026-07-04', '2026-07-04T21:00:00.000Z'],
    ['2026-10-31', '2026-10-31T21:00:00.000Z'],
    ['2026-11-01', '2026-11-01T22:00:00.000Z'],
    ['2028-02-29', '2028-02-29T22:00:00.000Z'],
  ])('the cut-off on %s is %s', (date, instant) => {
    expect(paymentCutoffOn(date).toISOString()).toBe(instant);
    expect(paymentTiming(new Date(instant), date).dueCutoffAt.toISOString()).toBe(instant);
  });

  it('posts on the next posting day without making a weekend payment late', () => {
    const weekdays = {
      ...EASTERN_5PM_CUTOFF,
      isPostingDay: (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
    };
    // Saturday 2027-01-16, due that day
    const t = paymentTiming(new Date('2027-01-16T15:00:00Z'), '2027-01-16', weekdays);
    expect(t).toMatchObject({ creditedOn: '2027-01-16', postingDate: '2027-01-18', onTime: true });
    // Friday after the cut-off: credited Saturday, posts Monday
    const f = paymentTiming(new Date('2027-01-15T23:00:00Z'), '2027-01-15', weekdays);
    expect(f).toMatchObject({ creditedOn: '2027-01-16', postingDate: '2027-01-18', onTime: false });
  });

  it('a later cut-off is honoured; an earlier one is refused', () => {
    const six = { ...EASTERN_5PM_CUTOFF, hour: 18 };
    expect(paymentTiming(new Date('2027-01-14T22:30:00Z'), '2027-01-14', six).onTime).toBe(true);
    expect(paymentCutoffProblems(EASTERN_5PM_CUTOFF)).toEqual([]);
    expect(paymentCutoffProblems(six)).toEqual([]);
    expect(paymentCutoffProblems({ ...EASTERN_5PM_CUTOFF, hour: 16, minute: 59 })).toEqual([
      'the cut-off may not be earlier than 5 p.m. (1026.10(b)(2)(ii))',
    ]);
  });
});
