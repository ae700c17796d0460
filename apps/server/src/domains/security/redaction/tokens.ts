/** Tokeniser and keyword matcher over the normalised text. */
import { FUZZY_EXCEPTIONS, FUZZY_TARGETS, type KeywordKind, PHRASES_BY_FIRST } from './lexicon.ts';

export type TokenKind = 'word' | 'num' | 'punct' | 'label';

export interface Token {
  readonly kind: TokenKind;
  /** Folded text; for words, typos of keywords are corrected ("pasword" → "password"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface KeywordHit {
  readonly kind: KeywordKind;
  /** Token index range [first, last] of the phrase. */
  readonly first: number;
  readonly last: number;
}

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

function damerauAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return false;
  }
  return d[rows - 1]![cols - 1]! <= max;
}

const fuzzyCache = new Map<string, string>();

/** Corrects typos of the long keywords ("securty" → "security", "contrasenia" → "contrasena"). */
export function canonicalWord(word: string): string {
  if (word.length < 5 || FUZZY_EXCEPTIONS.has(word) || PHRASES_BY_FIRST.has(word)) return word;
  const cached = fuzzyCache.get(word);
  if (cached !== undefined) return cached;
  let out = word;
  for (const target of FUZZY_TARGETS) {
    if (target[0] !== word[0] && target[1] !== word[1]) continue;
    const max = target.length >= 9 ? 2 : 1;
    if (damerauAtMost(word, target, max)) {
      out = target;
      break;
    }
  }
  if (fuzzyCache.size > 5000) fuzzyCache.clear();
  fuzzyCache.set(word, out);
  return out;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '@': 'a', $: 's' };

/** "passw0rd", "p@ssword", "contrase4a": a keyword written with digits or symbols for letters. */
function leetKeyword(
  text: string,
  i: number,
  lettersStop: number,
): { word: string; end: number } | undefined {
  let e = lettersStop;
  let mapped = text.slice(i, e);
  let swaps = 0;
  while (e < text.length && LEET[text[e]!] !== undefined && swaps < 2) {
    const after = lettersEnd(text, e + 1);
    mapped += LEET[text[e]!]! + text.slice(e + 1, after);
    e = after;
    swaps++;
  }
  if (swaps === 0 || mapped.length < 6) return undefined;
  const word = canonicalWord(mapped);
  return PHRASES_BY_FIRST.has(word) && (isDigit(text[e] ?? ' ') || !isLetter(text[e] ?? ' '))
    ? { word, end: e }
    : undefined;
}

function lettersEnd(text: string, from: number): number {
  let j = from;
  while (
    j < text.length &&
    (isLetter(text[j]!) || (text[j] === "'" && j + 1 < text.length && isLetter(text[j + 1]!)))
  )
    j++;
  return j;
}

/**
 * Splits the normalised text into words (letters, with inner apostrophes), numbers (digit runs; a digit run
 * glued to letters is still its own token), single punctuation characters (newline included) and the
 * engine's own labels (one opaque token each). Spaces are dropped.
 */
export function tokenize(text: string, labels: readonly { start: number; end: number }[]): Token[] {
  const out: Token[] = [];
  let li = 0;
  let i = 0;
  while (i < text.length) {
    const label = labels[li];
    if (label && i >= label.start) {
      out.push({
        kind: 'label',
        text: text.slice(label.start, label.end),
        start: label.start,
        end: label.end,
      });
      i = label.end;
      li++;
      continue;
    }
    const c = text[i]!;
    if (c === ' ') {
      i++;
      continue;
    }
    let j = i + 1;
    if (isDigit(c)) {
      while (j < text.length && isDigit(text[j]!)) j++;
      const k = lettersEnd(text, j);
      if (k > j && PHRASES_BY_FIRST.has(text.slice(i, k))) {
        out.push({ kind: 'word', text: text.slice(i, k), start: i, end: k }); // "2fa"
        j = k;
      } else out.push({ kind: 'num', text: text.slice(i, j), start: i, end: j });
    } else if (isLetter(c)) {
      j = lettersEnd(text, i);
      let k = j;
      while (k < text.length && isDigit(text[k]!)) k++;
      if (k > j && k - j <= 2 && PHRASES_BY_FIRST.has(text.slice(i, k))) j = k; // "cvv2", "cvc2"
      const leet = leetKeyword(text, i, j);
      if (leet) {
        out.push({ kind: 'word', text: leet.word, start: i, end: leet.end });
        i = leet.end;
        continue;
      }
      const word = text.slice(i, j);
      out.push({ kind: 'word', text: canonicalWord(word), start: i, end: j });
    } else {
      const code = c.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdbff && j < text.length) j++;
      out.push({ kind: 'punct', text: text.slice(i, j), start: i, end: j });
    }
    i = j;
  }
  return out;
}

const PHRASE_SKIPPABLE = new Set(['-', '.', '/', '#']);

/** Finds keyword phrases, longest match first, left to right; tokens are claimed by one phrase at most. */
export function findKeywords(tokens: readonly Token[]): KeywordHit[] {
  const hits: KeywordHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const candidates = t.kind === 'word' || t.kind === 'num' ? PHRASES_BY_FIRST.get(t.text) : undefined;
    let matched: KeywordHit | undefined;
    if (candidates) {
      for (const phrase of candidates) {
        let k = i;
        let ok = true;
        for (let w = 0; w < phrase.words.length; w++) {
          if (w > 0) {
            k++;
            while (k < tokens.length && tokens[k]!.kind === 'punct' && PHRASE_SKIPPABLE.has(tokens[k]!.text))
              k++;
          }
          const tk = tokens[k];
          if (!tk || tk.text !== phrase.words[w]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          // "pin#" / "ss#": a trailing '#' belongs to the phrase
          matched = { kind: phrase.kind, first: i, last: k };
          break;
        }
      }
    }
    if (matched) {
      hits.push(matched);
      i = matched.last + 1;
    } else i++;
  }
  return hits;
}

export function isSentenceBreak(t: Token): boolean {
  return (
    t.kind === 'punct' &&
    (t.text === '.' || t.text === '?' || t.text === '!' || t.text === ';' || t.text === '\n')
  );
}

/** For each token, the keyword phrase it belongs to (if any). */
export function hitIndexByToken(
  tokens: readonly Token[],
  hits: readonly KeywordHit[],
): (KeywordHit | undefined)[] {
  const byToken: (KeywordHit | undefined)[] = new Array(tokens.length).fill(undefined);
  for (const h of hits) for (let k = h.first; k <= h.last; k++) byToken[k] = h;
  return byToken;
}
