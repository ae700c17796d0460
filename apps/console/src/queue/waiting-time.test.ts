import { describe, expect, it } from 'vitest';
import { formatWaiting, waitingParts } from './waiting-time.ts';

const t = (key: string, o?: Record<string, unknown>) => `${key}${o ? JSON.stringify(o) : ''}`;
const since = '2025-01-01T10:00:00.000Z';
const at = (minutes: number) => Date.parse(since) + minutes * 60_000;

describe('waiting time', () => {
  it('splits into hours and minutes and never goes negative', () => {
    expect(waitingParts(since, at(75))).toEqual({ hours: 1, minutes: 15 });
    expect(waitingParts(since, at(-5))).toEqual({ hours: 0, minutes: 0 });
  });

  it('words it by size', () => {
    expect(formatWaiting(since, at(0.5), t)).toBe('time.underMinute');
    expect(formatWaiting(since, at(3), t)).toBe('time.minutes{"count":3}');
    expect(formatWaiting(since, at(61), t)).toBe('time.hours{"hours":1,"minutes":1}');
  });
});
