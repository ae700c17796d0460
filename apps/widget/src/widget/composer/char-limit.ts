import { LIMITS } from '@clearline/protocol';

export const MAX_CHARS = LIMITS.messageChars;
/** The counter is shown once this many characters or fewer are left. */
export const SHOW_COUNTER_REMAINING = 500;
/** Screen readers hear the count only when crossing one of these, not on every keystroke. */
const ANNOUNCE_AT = [500, 250, 100, 50, 10, 0] as const;

/** Characters left, counted as the server counts them (UTF-16 code units). */
export function remainingChars(text: string, max: number = MAX_CHARS): number {
  return Math.max(0, max - text.length);
}

/** The announcement threshold the text is at or below, or null when far from the limit. */
export function announceThreshold(remaining: number): number | null {
  let hit: number | null = null;
  for (const step of ANNOUNCE_AT) if (remaining <= step) hit = step;
  return hit;
}
