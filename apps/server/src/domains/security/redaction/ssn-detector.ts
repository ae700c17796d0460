/**
 * "123-45-6789" and "123 45 6789" are Social Security numbers even without a keyword (the SSA's rules: area not
 * 000 or 666, group not 00, serial not 0000), unless a word such as "order", "case" or "ending in" introduces them.
 */
import type { ContextInput } from './context-codes.ts';
import { hitIndexByToken, type KeywordHit } from './tokens.ts';
import type { Detection } from './types.ts';

/** The word before `at` (past ':', '#', '.', '-') is a blocker such as "order", "case", "phone", "ending". */
function afterBlocker(
  input: ContextInput,
  at: number,
  byToken: readonly (KeywordHit | undefined)[],
): boolean {
  let k = input.tokens.findIndex((t) => t.start >= at) - 1;
  if (k < -1) k = input.tokens.length - 1;
  while (k >= 0 && input.tokens[k]!.kind === 'punct' && ':#.-'.includes(input.tokens[k]!.text)) k--;
  const kind = k >= 0 ? byToken[k]?.kind : undefined;
  return kind === 'blocker' || kind === 'last4';
}

const SSN_FORMATTED = /(?<![\d.,/-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d]|[-./,]\d)/g;

export function detectFormattedSsn(input: ContextInput): Detection[] {
  const { text } = input;
  const out: Detection[] = [];
  const byToken = hitIndexByToken(input.tokens, input.hits);
  SSN_FORMATTED.lastIndex = 0;
  for (let m = SSN_FORMATTED.exec(text); m !== null; m = SSN_FORMATTED.exec(text)) {
    const [, area, , group, serial] = m;
    if (area === '000' || area === '666' || group === '00' || serial === '0000') continue;
    const start = m.index;
    const end = start + m[0].length;
    if (input.claimed.overlaps(start, end) || input.protectedRanges.overlaps(start, end)) continue;
    if (/[a-z]-?$/.test(text.slice(Math.max(0, start - 2), start))) continue; // "CL-123-45-6789" reference ids
    if (afterBlocker(input, start, byToken)) continue; // "order 123-45-6789", "part no. 123-45-6789"
    out.push({ type: 'US_SSN', start, end, priority: 3 });
  }
  return out;
}
