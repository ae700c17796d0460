import { describe, expect, it } from 'vitest';
import { formatOpening, isOpen, nextOpening, zonedInstant } from './business-hours.ts';

const weekdays = (open: string, close: string) => ({
  mon: [{ open, close }],
  tue: [{ open, close }],
  wed: [{ open, close }],
  thu: [{ open, close }],
  fri: [{ open, close }],
  sat: [],
  sun: [],
});
const NY = 'America/New_York';

describe('business hours', () => {
  it('converts local wall-clock times to instants, across daylight saving changes', () => {
    expect(zonedInstant('2025-01-15', '09:00', NY).toISOString()).toBe('2025-01-15T14:00:00.000Z');
    expect(zonedInstant('2025-07-15', '09:00', NY).toISOString()).toBe('2025-07-15T13:00:00.000Z');
    // 2025-03-09: clocks jump from 02:00 to 03:00 in New York; 2025-11-02 they fall back.
    expect(zonedInstant('2025-03-09', '09:00', NY).toISOString()).toBe('2025-03-09T13:00:00.000Z');
    expect(zonedInstant('2025-11-02', '09:00', NY).toISOString()).toBe('2025-11-02T14:00:00.000Z');
    expect(zonedInstant('2025-01-15', '24:00', NY).toISOString()).toBe('2025-01-16T05:00:00.000Z');
    expect(zonedInstant('2025-01-15', '09:00', 'Europe/Madrid').toISOString()).toBe(
      '2025-01-15T08:00:00.000Z',
    );
  });

  it('is open inside a window, closed outside, on weekends and on holidays', () => {
    const h = { timeZone: NY, hours: weekdays('09:00', '17:00'), holidays: ['2025-01-20'] };
    expect(isOpen(h, new Date('2025-01-15T14:00:00Z'))).toBe(true); // Wed 09:00
    expect(isOpen(h, new Date('2025-01-15T13:59:00Z'))).toBe(false); // Wed 08:59
    expect(isOpen(h, new Date('2025-01-15T22:00:00Z'))).toBe(false); // Wed 17:00: closed
    expect(isOpen(h, new Date('2025-01-18T16:00:00Z'))).toBe(false); // Saturday
    expect(isOpen(h, new Date('2025-01-20T16:00:00Z'))).toBe(false); // Monday, a holiday
    expect(isOpen({ timeZone: NY, hours: null, holidays: [] }, new Date('2025-01-18T08:00:00Z'))).toBe(true);
  });

  it('finds the next opening: later today, after the weekend, after a holiday, or never', () => {
    const h = { timeZone: NY, hours: weekdays('09:00', '17:00'), holidays: ['2025-01-20'] };
    const at = (iso: string) => nextOpening(h, new Date(iso))?.toISOString() ?? null;
    expect(at('2025-01-15T12:00:00Z')).toBe('2025-01-15T14:00:00.000Z'); // Wed 07:00 → 09:00
    expect(at('2025-01-15T15:00:00Z')).toBe('2025-01-15T15:00:00.000Z'); // open now
    expect(at('2025-01-17T23:00:00Z')).toBe('2025-01-21T14:00:00.000Z'); // Fri evening → Tue (Mon is a holiday)
    const allDay = { timeZone: NY, hours: null, holidays: ['2025-12-25'] };
    expect(nextOpening(allDay, new Date('2025-12-25T17:00:00Z'))?.toISOString()).toBe(
      '2025-12-26T05:00:00.000Z',
    );
    const never = { timeZone: NY, hours: weekdays('09:00', '17:00'), holidays: [] };
    never.hours.mon = [];
    never.hours.tue = [];
    never.hours.wed = [];
    never.hours.thu = [];
    never.hours.fri = [];
    expect(nextOpening(never, new Date('2025-01-15T12:00:00Z'))).toBeNull();
  });

  it('says the opening time in the customer language and the queue time zone', () => {
    const at = new Date('2025-01-21T14:00:00Z');
    expect(formatOpening(at, NY, 'en')).toMatch(/^Tuesday, January 21.* 9:00\sAM EST$/);
    expect(formatOpening(at, NY, 'es')).toMatch(/^martes, 21 de enero.*9:00/);
  });
});
