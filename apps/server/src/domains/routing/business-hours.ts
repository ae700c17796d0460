/*
 * Business hours of a queue: a weekly schedule in an IANA time zone (null = 24/7) and holidays
 * (whole local dates). Pure functions of an instant; the time-zone arithmetic uses Intl only.
 */
import { WEEKDAYS, type WeeklyHours } from '@clearline/protocol';

export interface Hours {
  timeZone: string;
  /** null: open around the clock (holidays still close it). */
  hours: WeeklyHours | null;
  holidays: readonly string[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the name is a time zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of an instant in a time zone. */
export function localParts(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const y = Number(parts.year);
  const m = Number(parts.month);
  const d = Number(parts.day);
  const hh = Number(parts.hour) % 24;
  const mm = Number(parts.minute);
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const weekday = WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
  return { date, weekday, minutes: hh * 60 + mm, y, m, d, hh, mm, ss: Number(parts.second) };
}

/** The time zone's offset from UTC at an instant, in milliseconds. */
function offsetMs(at: Date, timeZone: string): number {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm, p.ss);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a local date and time (`HH:MM`, `24:00` = the next midnight) happens in a time zone. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const first = guess - offsetMs(new Date(guess), timeZone);
  // Across a DST change the offset at the result may differ from the guess's: settle on it.
  return new Date(guess - offsetMs(new Date(first), timeZone));
}

const toMinutes = (t: string) => {
  const [h, m] = t.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

function weekdayOf(date: string) {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}

/** Whether the queue is open at this instant. */
export function isOpen(h: Hours, at: Date): boolean {
  const p = localParts(at, h.timeZone);
  if (h.holidays.includes(p.date)) return false;
  if (!h.hours) return true;
  return h.hours[p.weekday].some((w) => toMinutes(w.open) <= p.minutes && p.minutes < toMinutes(w.close));
}

/**
 * When the queue next opens: `at` itself when open now, else the start of the next opening window
 * within the coming four weeks (holidays skipped), or null when none is scheduled.
 */
export function nextOpening(h: Hours, at: Date): Date | null {
  if (isOpen(h, at)) return at;
  const today = localParts(at, h.timeZone).date;
  for (let i = 0; i <= 28; i++) {
    const date = addDays(today, i);
    if (h.holidays.includes(date)) continue;
    if (!h.hours) {
      // 24/7 but a holiday today: open at the next non-holiday midnight.
      return zonedInstant(date, '00:00', h.timeZone);
    }
    const windows = [...h.hours[weekdayOf(date)]].sort((a, b) => toMinutes(a.open) - toMinutes(b.open));
    for (const w of windows) {
      const start = zonedInstant(date, w.open, h.timeZone);
      if (start.getTime() > at.getTime()) return start;
    }
  }
  return null;
}

/** "Monday 9:00 AM EDT" / "lunes 9:00 a. m. EDT", in the queue's time zone. */
export function formatOpening(at: Date, timeZone: string, language: 'en' | 'es'): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}
