/**
 * The corpus template language. A template is text with placeholders; expanding it draws values from seeded
 * generators and records exact offsets, so the labels are right by construction.
 *
 *   {CARD} {CARD:amex} {CARD:visa:dash}   a Luhn-valid card number (brand, grouping)      → CREDIT_CARD span
 *   {CVV} {CID}                           3 / 4 digits                                   → CARD_SECURITY_CODE
 *   {SSN} {SSN:plain} {SSN:space}         123-45-6789 / 123456789 / 123 45 6789           → US_SSN
 *   {OTP} {OTP:4} {OTP:split}             one-time code                                  → OTP
 *   {PIN} {PIN:6}                         4 (6) digits                                   → CARD_PIN
 *   {PW}                                  a password                                     → PASSWORD
 *   [[TYPE|literal]]                      a literal gold span of TYPE
 *   {LAST4} {ZIP} {AMOUNT} {DATE} {PHONE} {ORDER} {CASE} {TRACK} {ACCT} {YEAR} {BADCARD} {TIME} {EXP}
 *   <<kind|literal>>                      benign tokens that must stay visible (recorded, no span)
 */

import { generate } from './corpus-values.ts';

export type GoldType = 'CREDIT_CARD' | 'CARD_SECURITY_CODE' | 'US_SSN' | 'OTP' | 'CARD_PIN' | 'PASSWORD';

export interface GoldSpan {
  type: GoldType;
  start: number;
  end: number;
}

export interface BenignToken {
  kind: string;
  start: number;
  end: number;
}

export interface CorpusRecord {
  id: string;
  text: string;
  spans: GoldSpan[];
  lang: 'en' | 'es' | 'mixed';
  benign: BenignToken[];
}

export class Rng {
  #s: number;
  constructor(seed: number) {
    this.#s = seed >>> 0;
  }
  next(): number {
    this.#s = (this.#s + 0x6d2b79f5) >>> 0;
    let t = this.#s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

const TOKEN = /\{([A-Z0-9]+)(?::([a-z0-9:]+))?\}|\[\[([A-Z_]+)\|([^\]]+)\]\]|<<([a-z_0-9]+)\|([^>]+)>>/g;

export function expand(rng: Rng, id: string, lang: CorpusRecord['lang'], template: string): CorpusRecord {
  let text = '';
  const spans: GoldSpan[] = [];
  const benign: BenignToken[] = [];
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    let value: string;
    let kind: string;
    let gold: boolean;
    if (m[1]) [value, kind, gold] = generate(rng, m[1], m[2] ? m[2].split(':') : []);
    else if (m[3]) [value, kind, gold] = [m[4]!, m[3], true];
    else [value, kind, gold] = [m[6]!, m[5]!, false];
    const start = text.length;
    text += value;
    if (gold) spans.push({ type: kind as GoldType, start, end: text.length });
    else benign.push({ kind, start, end: text.length });
  }
  text += template.slice(last);
  return { id, text, spans, lang, benign };
}
