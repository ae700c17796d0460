/**
 * Context detectors for short numeric secrets: card security codes, one-time codes, PINs and SSNs.
 * A number is a secret only when a keyword governs it: the nearest keyword before it in the same sentence
 * (at most six words away, no blocker such as "zip", "order", "ending in" in between), or a keyword right
 * after it ("123 is my cvv"). The keyword and the number of digits decide the type.
 */

import { BACKWARD_FILLERS, type KeywordKind, TEMPORAL_PREPOSITIONS, UNIT_WORDS } from './lexicon.ts';
import type { ProtectedRange, RangeIndex } from './protected-tokens.ts';
import { hitIndexByToken, isSentenceBreak, type KeywordHit, type Token } from './tokens.ts';
import type { Detection, SensitiveType } from './types.ts';

export interface ContextInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly hits: readonly KeywordHit[];
  readonly protectedRanges: RangeIndex<ProtectedRange>;
  /** The message talks about a card (or contains a card number). */
  readonly cardContext: boolean;
  /** Ranges already taken (card numbers, earlier detections). */
  readonly claimed: RangeIndex<{ start: number; end: number }>;
}

interface Chunk {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  readonly groups: readonly number[];
}

const CODE_KINDS: ReadonlySet<KeywordKind> = new Set([
  'cvv',
  'cvvSoft',
  'otp',
  'passcode',
  'code',
  'codeCued',
  'pin',
  'clave',
  'ssn',
  'password',
  'passWeak',
]);
const JOIN_GAPS = new Set([' ', '-', ' - ', '  ']);
const FORWARD_PUNCT = new Set(['(', ')', ':', '-', ',', '"', "'", '=', '#']);
const MAX_WORDS_BACK = 6;

function buildChunks(input: ContextInput, byToken: readonly (KeywordHit | undefined)[]): Chunk[] {
  const { text, tokens } = input;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind !== 'num' || byToken[i] || input.claimed.overlaps(t.start, t.end)) {
      i++;
      continue;
    }
    let last = i;
    const groups = [t.text.length];
    let digits = t.text;
    while (last + 1 < tokens.length) {
      // the next number, past one '-' or '.' token
      const sep = tokens[last + 1]!.kind === 'punct' && '-.'.includes(tokens[last + 1]!.text) ? 1 : 0;
      const nextIndex = last + 1 + sep;
      const next = tokens[nextIndex];
      if (next?.kind !== 'num' || byToken[nextIndex]) break;
      if (input.claimed.overlaps(next.start, next.end)) break;
      const gap = text.slice(tokens[last]!.end, next.start);
      const ssnDots =
        gap === '.' && groups.length < 3 && (groups.length === 1 ? groups[0] === 3 : groups[1] === 2);
      if (!(JOIN_GAPS.has(gap) || ssnDots)) break;
      last = nextIndex;
      groups.push(next.text.length);
      digits += next.text;
    }
    chunks.push({ first: i, last, start: t.start, end: tokens[last]!.end, digits, groups });
    i = last + 1;
  }
  return chunks;
}

const isLetterAt = (text: string, i: number) => i >= 0 && i < text.length && /\p{L}/u.test(text[i]!);
const isDigitAt = (text: string, i: number) =>
  i >= 0 && i < text.length && text[i]! >= '0' && text[i]! <= '9';

/** Rejects numbers glued to other numbers or letters ("12/345", "7k4m", "abc123") unless glued to a keyword. */
function standalone(input: ContextInput, c: Chunk, byToken: readonly (KeywordHit | undefined)[]): boolean {
  const { text } = input;
  const before = text[c.start - 1];
  const after = text[c.end];
  if (isLetterAt(text, c.start - 1) && !byToken[c.first - 1]) return false;
  if (isLetterAt(text, c.end) && !byToken[c.last + 1]) {
    const next = input.tokens[c.last + 1];
    if (!next || !UNIT_WORDS.has(next.text)) return false;
  }
  if (before && './,:+'.includes(before) && isDigitAt(text, c.start - 2)) return false;
  if (after && './,:'.includes(after) && isDigitAt(text, c.end + 1)) return false;
  if (/(?:[*x•#]{2,}|[*•]) ?$/.test(text.slice(Math.max(0, c.start - 6), c.start))) return false; // ****1234
  // "#1441", "ticket #4821" are references; "pin# 5544" is not
  const hash = input.tokens[c.first - 1];
  if (hash?.text === '#' && !byToken[c.first - 2]) return false;
  return true;
}

function modifiedByBlocker(hit: KeywordHit, byToken: readonly (KeywordHit | undefined)[]): boolean {
  return byToken[hit.first - 1]?.kind === 'blocker';
}

interface Governor {
  readonly hit: KeywordHit;
  readonly direction: 'before' | 'after';
}

/** The nearest keyword before the number, in its sentence, with nothing but ordinary words in between. */
function governorBefore(
  input: ContextInput,
  c: Chunk,
  byToken: readonly (KeywordHit | undefined)[],
): Governor | 'last4' | undefined {
  const { tokens } = input;
  let words = 0;
  let crossedBreak = false;
  for (let k = c.first - 1; k >= 0; k--) {
    const t = tokens[k]!;
    const hit = byToken[k];
    if (hit) {
      if (hit.kind === 'last4') {
        if (words === 0) return 'last4';
        break;
      }
      if (hit.kind === 'blocker') break;
      if (CODE_KINDS.has(hit.kind)) {
        if (modifiedByBlocker(hit, byToken)) break; // "store code", "error code"
        return { hit, direction: 'before' };
      }
      words++;
      k = hit.first;
    } else if (input.claimed.overlaps(t.start, t.end)) {
      words++;
      while (k > 0 && input.claimed.overlaps(tokens[k - 1]!.start, tokens[k - 1]!.end)) k--;
    } else if (isSentenceBreak(t)) {
      if (crossedBreak || words > 0) break;
      crossedBreak = true;
    } else if (t.kind === 'num') {
      // "… de mi tarjeta terminada en 3150 es 850": skip a last four and its "ending in"
      const lead = byToken[k - 1];
      if (t.text.length === 4 && lead?.kind === 'last4') {
        words += 2;
        k = lead.first;
        continue;
      }
      if (t.text.length >= 3) break;
      words++;
    } else if (t.kind === 'label') break;
    else if (t.kind === 'word') words++;
    if (words > MAX_WORDS_BACK) break;
  }
  return undefined;
}

/** "cvv 123", "pin: 4321": the keyword has a value of its own right after it. */
function ownsNextValue(tokens: readonly Token[], hit: KeywordHit): boolean {
  for (let k = hit.last + 1, fillers = 0; k < tokens.length && fillers <= 2; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num') return t.text.length >= 3;
    if (t.kind === 'label') return true;
    if (t.kind === 'punct' ? !FORWARD_PUNCT.has(t.text) : !BACKWARD_FILLERS.has(t.text)) return false;
    if (t.kind === 'word') fillers++;
  }
  return false;
}

/** "123 is my cvv", "4321 es mi pin", "123 (cvv)". */
function governorAfter(
  input: ContextInput,
  c: Chunk,
  byToken: readonly (KeywordHit | undefined)[],
): Governor | undefined {
  const { tokens } = input;
  let words = 0;
  for (let k = c.last + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const hit = byToken[k];
    if (hit) {
      if (CODE_KINDS.has(hit.kind))
        return ownsNextValue(tokens, hit) ? undefined : { hit, direction: 'after' };
      if (hit.kind !== 'card' && hit.kind !== 'otpCue') return undefined;
      if (++words > 4) return undefined;
      k = hit.last;
      continue;
    }
    if (t.kind === 'punct') {
      if (!FORWARD_PUNCT.has(t.text)) return undefined;
      continue;
    }
    if (t.kind !== 'word' || !BACKWARD_FILLERS.has(t.text) || ++words > 4) return undefined;
  }
  return undefined;
}

/** "the pin you texted me", "sent me a security code": a delivery word within four tokens of the keyword. */
function keywordHasCue(
  input: ContextInput,
  hit: KeywordHit,
  byToken: readonly (KeywordHit | undefined)[],
): boolean {
  const { tokens } = input;
  const near = (k: number) => {
    const h = byToken[k];
    return h?.kind === 'otpCue' ? 'cue' : h && h !== hit && h.kind !== 'card' ? 'stop' : undefined;
  };
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 4) && !isSentenceBreak(tokens[k]!); k--) {
    const r = near(k);
    if (r === 'cue') return true;
    if (r === 'stop') break;
  }
  for (
    let k = hit.last + 1;
    k <= Math.min(tokens.length - 1, hit.last + 4) && !isSentenceBreak(tokens[k]!);
    k++
  ) {
    const r = near(k);
    if (r === 'cue') return true;
    if (r === 'stop') break;
  }
  return false;
}

/**
 * "I got 482913 from you guys", "me llegó 482913": a six-digit number near a delivery word, with no keyword,
 * is a one-time code.
 */
function sentOtp(input: ContextInput, c: Chunk, byToken: readonly (KeywordHit | undefined)[]): boolean {
  if (c.digits.length !== 6 || !(c.groups.length === 1 || c.groups.join() === '3,3')) return false;
  const { tokens } = input;
  // a number that is a sentence of its own ("yes. 884422. that's what the text says") looks one sentence further
  const alone =
    (c.first === 0 || isSentenceBreak(tokens[c.first - 1]!)) &&
    (c.last === tokens.length - 1 || isSentenceBreak(tokens[c.last + 1]!));
  for (const dir of [-1, 1]) {
    let words = 0;
    let breaks = 0;
    for (let k = dir < 0 ? c.first - 1 : c.last + 1; k >= 0 && k < tokens.length; k += dir) {
      const t = tokens[k]!;
      const hit = byToken[k];
      if (hit?.kind === 'otpCue') return true;
      if (isSentenceBreak(t) && alone && breaks++ === 0 && words === 0) continue;
      if (t.kind === 'num' && t.text.length <= 2 && !hit) continue; // "a 6 digit number"
      if (hit || isSentenceBreak(t) || t.kind === 'num' || t.kind === 'label' || ++words > 5) break;
    }
  }
  return false;
}

const OTP_SENTENCE_KINDS: ReadonlySet<KeywordKind> = new Set(['otp', 'passcode', 'code']);

/**
 * "I entered 203948 but it said the code is expired": a six-digit number in a sentence about a one-time code
 * (within ten words, nothing else numeric or blocking in between) is that code.
 */
function otpInSentence(input: ContextInput, c: Chunk, byToken: readonly (KeywordHit | undefined)[]): boolean {
  if (c.digits.length !== 6 || !(c.groups.length === 1 || c.groups.join() === '3,3')) return false;
  const { tokens } = input;
  for (const dir of [-1, 1]) {
    let words = 0;
    for (let k = dir < 0 ? c.first - 1 : c.last + 1; k >= 0 && k < tokens.length; k += dir) {
      const t = tokens[k]!;
      const hit = byToken[k];
      if (hit && OTP_SENTENCE_KINDS.has(hit.kind)) {
        if (!modifiedByBlocker(hit, byToken)) return true;
        break;
      }
      if (hit && hit.kind !== 'otpCue' && hit.kind !== 'card') break;
      if (isSentenceBreak(t) || (t.kind === 'num' && t.text.length >= 3) || t.kind === 'label') break;
      if (t.kind === 'word' && ++words > 10) break;
    }
  }
  return false;
}

function classify(
  kind: KeywordKind,
  c: Chunk,
  cued: boolean,
  cardContext: boolean,
): SensitiveType | undefined {
  const n = c.digits.length;
  // one block, or typed digit by digit ("1 2 3")
  const plain = c.groups.length === 1 || c.groups.every((g) => g === 1);
  switch (kind) {
    case 'cvv':
      return plain && (n === 3 || n === 4) ? 'CARD_SECURITY_CODE' : undefined;
    case 'cvvSoft':
      if (plain && n === 3) return 'CARD_SECURITY_CODE';
      if (n === 4 && plain) return cued ? 'OTP' : 'CARD_SECURITY_CODE';
      return n >= 5 && n <= 8 ? 'OTP' : undefined;
    case 'otp':
    case 'passcode':
      return n >= 4 && n <= 8 ? 'OTP' : undefined;
    case 'code':
      // "code 123" is a card security code only when the message is about a card
      if (plain && n === 3) return cardContext ? 'CARD_SECURITY_CODE' : undefined;
      return n >= 4 && n <= 8 ? 'OTP' : undefined;
    case 'codeCued':
      return cued && n >= 4 && n <= 8 ? 'OTP' : undefined;
    case 'pin':
      if (n < 4 || n > 8) return undefined;
      return cued ? 'OTP' : 'CARD_PIN';
    case 'clave':
      if (cued && n >= 4 && n <= 8) return 'OTP'; // "la clave que me mandaron"
      return plain && n >= 4 && n <= 6 ? 'CARD_PIN' : undefined;
    case 'ssn':
      return n === 9 && (plain || c.groups.join() === '3,2,4' || c.groups.join() === '3,3,3')
        ? 'US_SSN'
        : undefined;
    default:
      return undefined;
  }
}

export function detectContextCodes(input: ContextInput): Detection[] {
  const { tokens } = input;
  const byToken = hitIndexByToken(tokens, input.hits);
  const out: Detection[] = [];
  for (const c of buildChunks(input, byToken)) {
    if (c.digits.length < 3 || c.digits.length > 9) continue;
    if (input.claimed.overlaps(c.start, c.end) || input.protectedRanges.overlaps(c.start, c.end)) continue;
    if (!standalone(input, c, byToken)) continue;
    const next = tokens[c.last + 1];
    if (next && next.kind === 'word' && UNIT_WORDS.has(next.text)) continue;
    const prev = tokens[c.first - 1];
    const yearLike = c.digits.length === 4 && /^(19|20)\d\d$/.test(c.digits);
    if (yearLike && prev && prev.kind === 'word' && TEMPORAL_PREPOSITIONS.has(prev.text)) continue;
    const before = governorBefore(input, c, byToken);
    if (before === 'last4') continue;
    let type: SensitiveType | undefined;
    for (const gov of [before, governorAfter(input, c, byToken)]) {
      if (gov) type ??= classify(gov.hit.kind, c, keywordHasCue(input, gov.hit, byToken), input.cardContext);
    }
    if (!type && (sentOtp(input, c, byToken) || otpInSentence(input, c, byToken))) type = 'OTP';
    if (!type) continue;
    out.push({ type, start: c.start, end: c.end, priority: type === 'US_SSN' ? 3 : 2 });
  }
  return out;
}
