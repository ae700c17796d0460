import type { Last4Entity } from './types.ts';

/*
 * The last four digits of a card: "ending in 1005", "ends with 1005", "last four 1005",
 * "terminada en 1005", "que termina en 1005", "con terminación 1005", "card 1005", "tarjeta 1005",
 * "x1005", "****1005". Not the last digits of a phone, a Social Security number, a ZIP code or a
 * bank account ("checking account ending 6621").
 */

const PATTERNS: readonly RegExp[] = [
  /\b(?:ending|ends|ended)\s+(?:in\s+|with\s+|on\s+)?(?:#|no\.?\s*)?(\d{4})(?!\d)/gi,
  /\blast\s+(?:four|4)(?:\s+digits)?(?:\s+(?:is|are|of|being))?\s*[:#-]?\s*(\d{4})(?!\d)/gi,
  /\btermina(?:da|do)?\s+(?:en|con)\s+(?:el\s+)?(\d{4})(?!\d)/giu,
  /\bterminaci[oó]n\s+(?:en\s+)?(\d{4})(?!\d)/giu,
  /[uú]ltimos\s+(?:cuatro|4)(?:\s+d[ií]gitos)?(?:\s+(?:son|es|de))?\s*[:#-]?\s*(\d{4})(?!\d)/giu,
  /\b(?:card|tarjeta|acct)\s*(?:#|no\.?|number|n[uú]mero)?\s*(?:x|\*+|…|\.{2,})?\s?(\d{4})(?![\d,.]?\d)/giu,
  /(?<![\p{L}\d])(?:x|X|\*{2,}|…|\.{3})(\d{4})(?!\d)/gu,
];

/** Nouns whose last digits are not a card's. */
const OTHER_NUMBER =
  /\b(?:phone|cell|mobile|number is|ssn|social|zip|routing|checking|savings|bank account|account number|tel[eé]fono|celular|seguro social|c[oó]digo postal|cuenta de cheques|ahorros|cuenta bancaria|clabe|confirmation|reference|case|claim|ticket|referencia|caso|reclamo|order)\b/gi;
const CARD_NOUN = /\b(?:card|cards|tarjeta|tarjetas|visa|mastercard|amex|platinum|gold|plástico)\b/gi;

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

export function extractLast4(text: string): Last4Entity[] {
  const found: Last4Entity[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const digits = match[1]!;
      const start = match.index + match[0].lastIndexOf(digits);
      const end = start + 4;
      if (found.some((e) => e.start === start)) continue;
      // The closest noun before the digits decides what they belong to.
      const before = text.slice(Math.max(0, start - 40), start);
      if (lastIndex(OTHER_NUMBER, before) > lastIndex(CARD_NOUN, before)) continue;
      // "card 2024 statement": a year right after "card" is not a card number.
      if (
        /^(?:19|20)\d\d$/.test(digits) &&
        /\b(?:card|tarjeta)\s*$/i.test(before) &&
        /^\s+(?:statement|fee|annual|estado)/i.test(text.slice(end))
      )
        continue;
      found.push({ type: 'last4', value: digits, start, end, text: digits });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
