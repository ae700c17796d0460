/*
 * Calendar arithmetic for case deadlines, without a date library.
 *
 * Two kinds of time, never mixed:
 * - instants (`Date`): when something happened, e.g. the moment a dispute notice or a payment reached
 *   the issuer;
 * - calendar dates (`YYYY-MM-DD` strings): deadlines, statement closing dates and due dates. They are
 *   days in the issuer's time zone, America/New_York (US Eastern, with daylight saving time), and a
 *   deadline means "by the end of that day in New York" unless a rule says otherwise (the payment
 *   cut-off is 5 p.m. on the due date).
 *
 * An instant becomes a calendar date through `issuerDateOf` (Intl does the zone rules); date arithmetic
 * is then done on UTC midnights, which have no daylight-saving gaps.
 */

export type CalendarDate = string;

/** The issuer's zone: deadlines and due dates are calendar days here. */
export const ISSUER_TIME_ZONE = 'America/New_York';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

function parts(date: CalendarDate): { year: number; month: number; day: number } {
  const m = DATE_RE.exec(date);
  if (!m || !isCalendarDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function toUtcMs(date: CalendarDate): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isCalendarDate(value)) throw new RangeError(`no such day: ${value}`);
  return value;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function yearOf(date: CalendarDate): number {
  return parts(date).year;
}

export function monthOf(date: CalendarDate): number {
  return parts(date).month;
}

export function dayOf(date: CalendarDate): number {
  return parts(date).day;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Months added with the day clamped to the month's end: 2027-01-31 + 1 month = 2027-02-28. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return calendarDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The same day of month `months` later; the day must exist in every month (1-28). */
export function dayInMonthAfter(date: CalendarDate, day: number, months: number): CalendarDate {
  const { year, month } = parts(date);
  const index = year * 12 + (month - 1) + months;
  return calendarDate(Math.floor(index / 12), (index % 12) + 1, day);
}

/** Complete calendar months from `from` to `to` (an anniversary on a month end counts: Jan 31 → Feb 28). */
export function fullMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  if (to < from) return -fullMonthsBetween(to, from) || 0;
  const a = parts(from);
  const b = parts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

export function earlierOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

function wallClock(instant: Date, zone: string) {
  const map: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(instant)) {
    if (p.type !== 'literal') map[p.type] = Number(p.value);
  }
  return {
    year: map.year!,
    month: map.month!,
    day: map.day!,
    hour: map.hour!,
    minute: map.minute!,
    second: map.second!,
  };
}

/** The calendar day an instant falls on in the issuer's zone (or another IANA zone). */
export function issuerDateOf(instant: Date, zone: string = ISSUER_TIME_ZONE): CalendarDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid instant');
  const w = wallClock(instant, zone);
  return calendarDate(w.year, w.month, w.day);
}

/** The zone's offset from UTC at an instant, in milliseconds (New York: -4 h in summer, -5 h in winter). */
function offsetMs(instant: Date, zone: string): number {
  const w = wallClock(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens on a calendar day in a zone, e.g. 5 p.m. in New York on a due
 * date. Times skipped by a spring-forward gap resolve to the later offset; only use times well away
 * from 2 a.m. for rules (the payment cut-off is 5 p.m.).
 */
export function instantAt(
  date: CalendarDate,
  hour: number,
  minute = 0,
  zone: string = ISSUER_TIME_ZONE,
): Date {
  const { year, month, day } = parts(date);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wall - offsetMs(new Date(wall), zone);
  guess = wall - offsetMs(new Date(guess), zone);
  return new Date(guess);
}
