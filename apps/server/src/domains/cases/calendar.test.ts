import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fullMonthsBetween,
  instantAt,
  isCalendarDate,
  issuerDateOf,
} from './calendar.ts';

describe('calendar dates', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2027-12-15', 1, '2028-01-15'],
    ['2027-01-15', -13, '2025-12-15'],
  ])('%s plus %i month(s) is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2027-12-31', 1, '2028-01-01'],
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-11-01', 60, '2026-12-31'],
  ])('%s plus %i day(s) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ['2025-01-31', '2025-02-28', 1],
    ['2025-01-31', '2025-02-27', 0],
    ['2024-02-29', '2025-02-28', 12],
    ['2025-06-15', '2025-06-14', 0],
    ['2025-06-15', '2025-05-15', -1],
    ['2025-06-15', '2026-06-14', 11],
    ['2025-06-15', '2026-06-15', 12],
  ])('from %s to %s is %i full month(s)', (from, to, months) => {
    expect(fullMonthsBetween(from, to)).toBe(months);
  });

  it('refuses days that do not exist', () => {
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(() => addDays('2027-02-30', 1)).toThrow(RangeError);
  });
});

describe('the issuer zone (America/New_York)', () => {
  it.each([
    ['2027-01-15T04:59:59Z', '2027-01-14'],
    ['2027-01-15T05:00:00Z', '2027-01-15'],
    ['2027-07-15T03:59:59Z', '2027-07-14'],
    ['2027-07-15T04:00:00Z', '2027-07-15'],
  ])('%s is on %s in New York', (instant, date) => {
    expect(issuerDateOf(new Date(instant))).toBe(date);
  });

  it.each([
    ['2026-03-07', '2026-03-07T22:00:00.000Z'], // EST, day before spring forward
    ['2026-03-08', '2026-03-08T21:00:00.000Z'], // EDT from 2 a.m. that day
    ['2026-10-31', '2026-10-31T21:00:00.000Z'], // EDT
    ['2026-11-01', '2026-11-01T22:00:00.000Z'], // EST from 2 a.m. that day
  ])('5 p.m. in New York on %s is %s', (date, instant) => {
    expect(instantAt(date, 17).toISOString()).toBe(instant);
  });
});
