import type { AmountEntity, EntityLang } from './types.ts';

/*
 * Money mentions: a currency sign or code before the number ("$127.43", "US$ 40", "€50", "MXN 850")
 * or a currency word after it ("127.43 dollars", "40 bucks", "250 dólares", "1.203,88 €"), with an
 * optional "k"/"mil"/"million" multiplier, or number words before a currency word ("twenty dollars",
 * "quinientos pesos"). A bare number is never money: points, percentages,
 * counts, years, phone and case numbers have no currency.
 */

const NUMBER = String.raw`\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const MULTIPLIER = String.raw`(?:\s?(?:k|K)(?![a-zA-Z])|\s(?:mil|million|millones|thousand)(?![a-zA-Záéíóú]))`;
const PREFIX = String.raw`(?:US\$|USD|MXN|EUR|\$|€|£)`;
const SUFFIX = String.raw`(?:dollars?|bucks|usd|USD|d[oó]lares|dolares|dlls?\.?|pesos|euros?|MXN|€|\$)`;

const BEFORE = new RegExp(String.raw`${PREFIX}\s?(${NUMBER})(${MULTIPLIER})?`, 'g');
const AFTER = new RegExp(String.raw`(${NUMBER})(${MULTIPLIER})?\s?${SUFFIX}(?![a-zA-Záéíóú])`, 'g');

/** Parses "1,203.88", "1.203,88", "127.43", "1.250" (es: thousands) into a number. */
export function parseMoneyNumber(raw: string, lang?: EntityLang): number {
  const lastDot = raw.lastIndexOf('.');
  const lastComma = raw.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both separators: the last one is the decimal separator.
    normalized = lastDot > lastComma ? raw.replace(/,/g, '') : raw.replace(/\./g, '').replace(',', '.');
  } else if (lastComma >= 0) {
    const decimals = raw.length - lastComma - 1;
    const groups = raw.split(',').length - 1;
    normalized = decimals === 3 || groups > 1 ? raw.replace(/,/g, '') : raw.replace(',', '.');
  } else if (lastDot >= 0) {
    const decimals = raw.length - lastDot - 1;
    const groups = raw.split('.').length - 1;
    normalized = groups > 1 || (decimals === 3 && lang === 'es') ? raw.replace(/\./g, '') : raw;
  } else {
    normalized = raw;
  }
  return Number(normalized);
}

function multiplierOf(raw: string | undefined): number {
  if (!raw) return 1;
  const word = raw.trim().toLowerCase();
  if (word === 'k' || word === 'mil' || word === 'thousand') return 1_000;
  if (word === 'million' || word === 'millones') return 1_000_000;
  return 1;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  un: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cinco: 5,
  diez: 10,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  cien: 100,
  ciento: 100,
  doscientos: 200,
  trescientos: 300,
  quinientos: 500,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, mil: 1000 };
const NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(SCALES)]
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/** "twenty dollars", "a hundred bucks", "fifty five dollars", "cien pesos", "quinientos dólares". */
const WORDS = new RegExp(
  String.raw`(?<![\p{L}])(${NUMBER_WORD}(?:[\s-]+(?:and\s+|y\s+)?${NUMBER_WORD}){0,4})\s+(?:dollars?|bucks|d[oó]lares|pesos|euros?)(?![\p{L}])`,
  'giu',
);

/** The value of a run of number words, or NaN when it is not a number ("a few dollars"). */
function numberFromWords(run: string): number {
  let total = 0;
  let current = 0;
  for (const word of run.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === 'y') continue;
    if (word in SCALES) {
      current = (current || 1) * SCALES[word]!;
      if (SCALES[word]! >= 1000) {
        total += current;
        current = 0;
      }
    } else if (word in UNITS) current += UNITS[word]!;
    else return Number.NaN;
  }
  return total + current;
}

export function extractAmounts(text: string, lang?: EntityLang): AmountEntity[] {
  const found: AmountEntity[] = [];
  const taken = (start: number, end: number) => found.some((e) => start < e.end && e.start < end);
  for (const pattern of [BEFORE, AFTER]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // Not glued to a word or a longer number ("A$", "12345$" inside a reference).
      const before = text[start - 1] ?? ' ';
      if (/[\p{L}\d]/u.test(before) && pattern === AFTER) continue;
      if (/\d/.test(before)) continue;
      if (taken(start, end)) continue;
      const value = round2(parseMoneyNumber(match[1]!, lang) * multiplierOf(match[2]));
      if (!Number.isFinite(value)) continue;
      found.push({ type: 'amount', value, start, end, text: match[0] });
    }
  }
  for (const match of text.matchAll(WORDS)) {
    const run = match[1]!;
    // "a dollar", "un peso" alone are figures of speech more often than amounts.
    if (/^(?:a|an|un|uno|one)$/i.test(run)) continue;
    const value = numberFromWords(run);
    if (!Number.isFinite(value) || value <= 0) continue;
    // "5 mil dólares": the digits already made the amount.
    if (taken(match.index, match.index + match[0].length) || /\d\s*$/.test(text.slice(0, match.index)))
      continue;
    found.push({
      type: 'amount',
      value,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
