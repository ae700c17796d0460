/** Whole minutes and hours since `sinceIso`, for "Waiting 3 min". */
export function waitingParts(sinceIso: string, now: number): { minutes: number; hours: number } {
  const ms = Math.max(0, now - Date.parse(sinceIso));
  const total = Math.floor(ms / 60_000);
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function formatWaiting(sinceIso: string, now: number, t: Translate): string {
  const { hours, minutes } = waitingParts(sinceIso, now);
  if (hours > 0) return t('time.hours', { hours, minutes });
  if (minutes === 0) return t('time.underMinute');
  return t('time.minutes', { count: minutes });
}
