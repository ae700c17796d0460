import { extractDates } from './dates.ts';
import { extractLast4 } from './last4.ts';
import { extractMerchants } from './merchants.ts';
import { extractAmounts } from './money.ts';
import type { Entity, ExtractOptions } from './types.ts';

/*
 * Extracts amounts, dates, merchants and card last fours from one customer message. Offsets point
 * into the original string. When mentions overlap, the more specific reading wins: a card's last
 * four over an amount or a date, money over a date, a date over a merchant.
 */
export function extractEntities(text: string, options: ExtractOptions = {}): Entity[] {
  const now = options.now ?? new Date();
  const last4 = extractLast4(text);
  const amounts = extractAmounts(text, options.lang);
  // Dates are read with card digits and money blanked out (same length, so offsets hold):
  // "$12 on Friday" is not "12 o'clock on Friday".
  let masked = text;
  for (const e of [...last4, ...amounts]) {
    masked = masked.slice(0, e.start) + ' '.repeat(e.end - e.start) + masked.slice(e.end);
  }
  const dates = extractDates(masked, options.lang, now).map((d) => ({
    ...d,
    text: text.slice(d.start, d.end),
  }));
  const groups: Entity[][] = [last4, amounts, dates, extractMerchants(text)];
  const chosen: Entity[] = [];
  for (const group of groups) {
    for (const entity of group) {
      if (chosen.some((c) => entity.start < c.end && c.start < entity.end)) continue;
      chosen.push(entity);
    }
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}
