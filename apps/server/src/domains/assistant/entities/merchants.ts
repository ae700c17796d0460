import { GENERIC_WORDS, MERCHANT_GAZETTEER, NOT_MERCHANTS } from './merchant-gazetteer.ts';
import type { MerchantEntity } from './types.ts';

/*
 * Merchants, as written: known names (the gazetteer), card-statement descriptors ("SQ *BLUE BOTTLE",
 * "TST* LUNA KITCHEN", "AMZN Mktp US*2K4"), and capitalised names in a transaction frame ("a charge
 * from Sunset Cafe", "Acme Corp charged me", "un cargo de Farmacia Lupita"). Other banks, wallets,
 * payment apps, the issuer's own products, places, days and months are not merchants.
 */

interface Span {
  start: number;
  end: number;
}

const LETTER = String.raw`[\p{L}\d]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Apostrophes are written either way ("Trader Joe's", "Trader Joe’s", "Trader Joes"). */
function namePattern(name: string): string {
  return escapeRegExp(name).replace(/['’]/g, "['’]?").replace(/\\\./g, '\\.?').replace(/ /g, String.raw`\s+`);
}

const NOT_MERCHANT_SET = new Set(NOT_MERCHANTS.map((n) => n.toLowerCase()));
const GENERIC_SET = new Set(GENERIC_WORDS.map((n) => n.toLowerCase()));

/** A following word that makes the name a product or programme, not the merchant of a charge. */
const PRODUCT_AFTER =
  /^\s*(?:Pay|Wallet|Card|Cash|Watch|Honors|Bonvoy|SkyMiles|MileagePlus|Rapid Rewards|AAdvantage|RedCard|store card|charge card|credit card|Visa|Mastercard|Citi|rewards card|points|miles|Prime Visa)\b/i;

/** Words before a name that make it another issuer's card or a loyalty programme ("tarjeta de Liverpool"). */
const PRODUCT_BEFORE =
  /(?:\btarjeta\s+(?:de\s+(?:la\s+tienda\s+)?)?|\b(?:puntos|millas|points|miles)(?:\s+\p{L}+){0,2}\s+(?:de|en|with)\s+)$/iu;

/** Words announcing a merchant right after them. */
const CUE_BEFORE =
  /(?:\b(?:at|from|by|to|with|on|charged by|charge from|purchase at|bought at|ordered from|shopping at|shopped at|called|named|en|de|del|con|a|por|cargo de|cobro de|compra en|pedido de|llamad[oa]|que se llama)\s+(?:the\s+|el\s+|la\s+)?)$/i;

/** A transaction frame in the same sentence makes a capitalised name after "at"/"from" a merchant. */
const TRANSACTION_WORDS =
  /\b(?:charg\w*|bill\w*|purchas\w*|bought|buy|order\w*|paid|pay|refund\w*|return\w*|transaction|declined|rejected|spent|receipt|subscription|membership|booked|booking|reservation|cancel\w*|dispute|cargo|cargos|cobr\w*|compr\w*|pedido|pagu[eé]|pag[oó]|reembolso|devol\w*|rechaz\w*|declin\w*|transacci[oó]n|suscripci[oó]n|membres[ií]a|reserv\w*|disput\w*)\b/i;

/** "... charged me", "... keeps billing me", "... me cobró". */
const VERB_AFTER =
  /^\s+(?:charged|billed|double[- ]charged|overcharged|(?:still )?keeps? (?:on )?(?:charging|billing)|(?:is|are) (?:still )?(?:charging|billing)|still (?:charges|bills)|me sigue(?:n)? cobrando|took|debited|refunded|ran my card|never (?:shipped|delivered|refunded)|me cobr[oó]|me sigue cobrando|me cobraron|me factur[oó]|me hizo)\b/i;

function isProduct(text: string, span: Span): boolean {
  return (
    PRODUCT_AFTER.test(text.slice(span.end)) ||
    PRODUCT_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start))
  );
}

function isExcluded(name: string): boolean {
  const lower = name.toLowerCase().replace(/[.,;:!?]+$/, '');
  if (NOT_MERCHANT_SET.has(lower) || GENERIC_SET.has(lower)) return true;
  const words = lower.split(/\s+/);
  // "Chase Sapphire", "Apple Pay", "Google Wallet": the first word(s) name a bank or a wallet.
  for (let i = words.length; i > 0; i--) {
    if (NOT_MERCHANT_SET.has(words.slice(0, i).join(' '))) return true;
  }
  // Wallets not listed by name: "Garmin Pay", "Fitbit Pay", "Venmo Card".
  if (/\s(?:pay|wallet|cash)$/.test(lower)) return true;
  return /^(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/i.test(
    words[0] ?? '',
  );
}

interface CompiledEntry {
  loose: boolean;
  /** Case as configured: any case for loose names, as written for strict ones. */
  exact: RegExp;
  /** Any case (strict names only, used after a cue). */
  anyCase: RegExp;
}

const COMPILED: readonly CompiledEntry[] = MERCHANT_GAZETTEER.map((entry) => {
  const source = `(?<!${LETTER})${namePattern(entry.name)}(?!${LETTER})`;
  return {
    loose: entry.loose,
    exact: new RegExp(source, entry.loose ? 'giu' : 'gu'),
    anyCase: new RegExp(source, 'giu'),
  };
});

function gazetteerMatches(text: string): Span[] {
  const out: Span[] = [];
  for (const entry of COMPILED) {
    for (const match of text.matchAll(entry.exact)) {
      out.push({ start: match.index, end: match.index + match[0].length });
    }
    if (!entry.loose) {
      // A strict name in lower case counts after a transaction cue: "charged 3 times at target".
      for (const match of text.matchAll(entry.anyCase)) {
        const before = text.slice(Math.max(0, match.index - 24), match.index);
        if (
          /\b(?:at|from|en|de|del)\s+$/i.test(before) &&
          TRANSACTION_WORDS.test(sentenceAround(text, match.index))
        ) {
          out.push({ start: match.index, end: match.index + match[0].length });
        }
      }
    }
  }
  return out.filter((span) => !isProduct(text, span) && !isExcluded(text.slice(span.start, span.end)));
}

/** Card-statement descriptors: "SQ *BLUE BOTTLE", "TST* LUNA KITCHEN", "APL*ITUNES", "AMZN Mktp US*2K4". */
function descriptorMatches(text: string): Span[] {
  const out: Span[] = [];
  const pattern =
    /(?<![\p{L}\d])[A-Z][A-Za-z0-9.]{1,11}(?:\s[A-Z][A-Za-z0-9]{1,10}){0,2}\s?\*\s?[A-Z0-9][A-Za-z0-9.&/#-]*(?:['’][A-Za-z]+)?(?:\s[A-Z0-9][A-Z0-9.&/#-]+(?:['’][A-Z]+)?)*/gu;
  for (const match of text.matchAll(pattern)) {
    const written = match[0].replace(/[\s.'&/#-]+$/, '');
    out.push({ start: match.index, end: match.index + written.length });
  }
  // Quoted all-caps descriptors: 'RECURRING APPLE.COM/BILL', "WWW.ACME-SUBS.COM"
  for (const match of text.matchAll(/['"“‘]([A-Z0-9][A-Z0-9 .*#&'/-]{2,40}[A-Z0-9])['"”’]/g)) {
    const start = match.index + 1;
    out.push({ start, end: start + match[1]!.length });
  }
  return out;
}

function sentenceAround(text: string, index: number): string {
  const before = text.slice(0, index);
  const start =
    Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), -1) + 1;
  const rest = text.slice(index);
  const stop = rest.search(/[.?!](?:\s|$)/);
  return text.slice(start, stop < 0 ? text.length : index + stop);
}

/** A run of capitalised words ("Sunset Cafe", "Joe's Pizza & Grill", "Farmacia Lupita"). */
const CAPITALISED_RUN =
  /[A-ZÁÉÍÓÚÑ][\p{L}\d'’&.-]*(?:\s+(?:(?:&|of|de|del|la|el)\s+)?[A-ZÁÉÍÓÚÑ][\p{L}\d'’&.-]*){0,3}/uy;

function trimRun(run: string): string {
  // Punctuation at the end is not part of the name.
  return run.replace(/[.,;:!?'’-]+$/u, '');
}

/** Mostly upper-case messages ("QUITENME LA COMISION POR PAGO TARDE"): capitals say nothing there. */
function isShouting(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 8) return false;
  const upper = letters.filter((ch) => ch !== ch.toLowerCase()).length;
  return upper / letters.length > 0.6;
}

function framedMatches(text: string): Span[] {
  const out: Span[] = [];
  const shouting = isShouting(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!/[A-ZÁÉÍÓÚÑ]/u.test(ch)) continue;
    if (i > 0 && /[\p{L}\d]/u.test(text[i - 1]!)) continue;
    CAPITALISED_RUN.lastIndex = i;
    const match = CAPITALISED_RUN.exec(text);
    if (!match) continue;
    const name = trimRun(match[0]);
    if (name.length < 2) continue;
    // In a shouted message an all-caps run is just a shouted word, not a name.
    if (shouting && name === name.toUpperCase()) {
      i += match[0].length - 1;
      continue;
    }
    const end = i + name.length;
    const before = text.slice(Math.max(0, i - 40), i);
    const sentenceStart = i === 0 || /[.?!]\s*$/.test(text.slice(0, i));
    const framedBefore = CUE_BEFORE.test(before) && TRANSACTION_WORDS.test(sentenceAround(text, i));
    const framedAfter = VERB_AFTER.test(text.slice(end));
    if ((framedBefore || framedAfter) && !(sentenceStart && !framedAfter) && !isExcluded(name)) {
      if (!isProduct(text, { start: i, end })) out.push({ start: i, end });
    }
    i += match[0].length - 1;
  }
  return out;
}

export function extractMerchants(text: string): MerchantEntity[] {
  const candidates = [...descriptorMatches(text), ...gazetteerMatches(text), ...framedMatches(text)];
  // Longest first; then keep the spans that do not overlap an already chosen one.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Span[] = [];
  for (const span of candidates) {
    if (chosen.some((c) => span.start < c.end && c.start < span.end)) continue;
    chosen.push(span);
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map((span) => {
      const value = text.slice(span.start, span.end);
      return { type: 'merchant', value, start: span.start, end: span.end, text: value };
    });
}
