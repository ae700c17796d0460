/**
 * Benign look-alikes that must stay visible (amounts, dates, times, phone numbers) and the engine's own
 * replacement labels. Found on the normalised text; the detectors never take a value inside one of these.
 */

export type ProtectedKind = 'amount' | 'date' | 'time' | 'phone' | 'label' | 'percent';

export interface ProtectedRange {
  readonly kind: ProtectedKind;
  readonly start: number;
  readonly end: number;
}

/** The engine's replacement labels, as they look after normalisation (lower case, no accents). */
export const LABEL_PATTERN =
  /\[(?:card ending \d{4}|tarjeta terminada en \d{4}|(?:security code|ssn|one-time code|pin|password) removed|(?:codigo de seguridad|numero de seguro social|codigo de un solo uso|pin) eliminado|contrasena eliminada)\]/g;

const NB = '(?<![\\d.,/-])'; // not glued to a preceding number
const NA = '(?![\\d]|[-/.,]\\d)'; // not followed by more of a number

const PATTERNS: readonly (readonly [ProtectedKind, RegExp])[] = [
  ['label', LABEL_PATTERN],
  // $1,234.56 · US$ 40 · 1.234,56 € · 250 dollars · 40 pesos · MXN 1,000
  [
    'amount',
    new RegExp(
      `(?:(?:us|mx|ca)?[$€£¥]|\\b(?:usd|mxn|eur|cad)\\b)\\s?\\d[\\d,.]*\\d?|${NB}\\d[\\d,.]*\\s?(?:[$€£]|\\b(?:usd|mxn|eur|dollars?|dolares|pesos?|euros?|bucks|dlls?)\\b)`,
      'g',
    ),
  ],
  ['amount', new RegExp(`${NB}\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?${NA}`, 'g')],
  ['amount', new RegExp(`${NB}\\d+\\.\\d{2}${NA}`, 'g')],
  ['percent', new RegExp(`${NB}\\d+(?:[.,]\\d+)?\\s?%`, 'g')],
  // 2026-08-15 · 2026/08/15
  ['date', new RegExp(`${NB}(?:19|20)\\d{2}([-/.])(?:0?[1-9]|1[0-2])\\1(?:0?[1-9]|[12]\\d|3[01])${NA}`, 'g')],
  // 08/15/2026 · 15/08/2026 · 8-15-26 · 15.08.2026
  [
    'date',
    new RegExp(`${NB}(?:0?[1-9]|[12]\\d|3[01])([-/.])(?:0?[1-9]|[12]\\d|3[01])\\1(?:19|20)?\\d{2}${NA}`, 'g'),
  ],
  // expiry or month/day: 09/27 · 9/2027 · 08/15
  ['date', new RegExp(`${NB}(?:0?[1-9]|1[0-2])/(?:\\d{2}|20\\d{2})${NA}`, 'g')],
  // 10:45 · 10:45:03 pm · 3pm · 3 p.m.
  [
    'time',
    /(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?![\d:])|(?<![\d:])\d{1,2}\s?[ap]\.?m\.?(?![a-z])/g,
  ],
  // (555) 123-4567 · 555-123-4567 · 555.123.4567 · +1 555 123 4567 · 1-800-555-0199
  [
    'phone',
    new RegExp(
      `${NB}(?:\\+?1[-. ]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[-. ])\\d{3}[-. ]\\d{4}(?![\\d]|[-/., ]\\d)`,
      'g',
    ),
  ],
  // +52 55 1234 5678 · +44 20 7946 0958
  ['phone', /\+\d{1,3}[ -]?\(?\d{1,4}\)?(?:[ -]?\d{2,4}){1,4}(?![\d])/g],
];

export function findProtected(text: string): ProtectedRange[] {
  const out: ProtectedRange[] = [];
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Ranges sorted by start, for fast "does anything overlap [s, e)?" and "which ones do?" questions. */
export class RangeIndex<T extends { start: number; end: number }> {
  readonly items: readonly T[];
  readonly #maxEnd: Int32Array;
  constructor(ranges: readonly T[]) {
    this.items = [...ranges].sort((a, b) => a.start - b.start);
    this.#maxEnd = new Int32Array(this.items.length);
    let m = -1;
    this.items.forEach((r, i) => {
      m = Math.max(m, r.end);
      this.#maxEnd[i] = m;
    });
  }
  /** Number of ranges starting before `e`. */
  #before(e: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]!.start < e) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  overlaps(s: number, e: number): boolean {
    const n = this.#before(e);
    return n > 0 && this.#maxEnd[n - 1]! > s;
  }
  overlapping(s: number, e: number): T[] {
    const out: T[] = [];
    for (let i = this.#before(e) - 1; i >= 0 && this.#maxEnd[i]! > s; i--) {
      const r = this.items[i]!;
      if (r.end > s) out.push(r);
    }
    return out;
  }
}

export function overlapsAny(
  ranges: readonly { start: number; end: number }[],
  start: number,
  end: number,
  kinds?: readonly ProtectedKind[],
): boolean {
  for (const r of ranges) {
    if (r.start < end && start < r.end) {
      if (!kinds || kinds.includes((r as ProtectedRange).kind)) return true;
    }
  }
  return false;
}
