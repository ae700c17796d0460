/**
 * Text normaliser with a position map back to the original string.
 *
 * The detectors work on a folded copy of the text: full-width ASCII (digits, letters, punctuation) becomes
 * ASCII, other decimal digits (Arabic-Indic, Devanagari…) become ASCII digits, every kind of space (no-break,
 * thin, narrow, figure, ideographic…) becomes a plain space, dash variants become '-', zero-width characters
 * and soft hyphens disappear, letters are lower-cased and stripped of accents ("Código" → "codigo").
 * Every normalised character remembers the original range it came from, so a detection in normalised
 * coordinates maps back to exact UTF-16 offsets in the original text.
 */

export interface Normalized {
  /** The folded text the detectors read. */
  readonly text: string;
  /** `start[i]`: offset in the original text of the code unit(s) normalised character `i` came from. */
  readonly start: Int32Array;
  /** `end[i]`: exclusive end offset in the original text for normalised character `i`. */
  readonly end: Int32Array;
  readonly original: string;
}

const DIGIT_BLOCKS: readonly number[] = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic
  0x0966, // Devanagari
  0x09e6, // Bengali
  0xff10, // full-width (also covered by the full-width ASCII block below)
];

function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isDash(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0x2043;
}

const accentCache = new Map<number, string>();

function foldLetter(ch: string, c: number): string {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : ch;
  const cached = accentCache.get(c);
  if (cached !== undefined) return cached;
  let out = ch;
  const lower = ch.toLowerCase();
  if (lower.length === 1) out = lower;
  if (c >= 0xc0 && c < 0x2000) {
    const base = out.normalize('NFD');
    if (base.length > 1 && /^[\u0300-\u036f]+$/.test(base.slice(1))) out = base[0]!;
  }
  accentCache.set(c, out);
  return out;
}

/** Maps one UTF-16 code unit to its folded form ('' drops it). Surrogates pass through unchanged. */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return ch;
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return '\n';
  if (isSpace(c)) return ' ';
  if (isZeroWidth(c)) return '';
  if (isDash(c)) return '-';
  if (c >= 0xff01 && c <= 0xff5e) return foldLetter(String.fromCharCode(c - 0xfee0), c - 0xfee0);
  for (const base of DIGIT_BLOCKS) {
    if (c >= base && c <= base + 9) return String.fromCharCode(0x30 + c - base);
  }
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x00b4 || c === 0x2032) return "'";
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb) return '"';
  if (c === 0x2044 || c === 0x2215) return '/';
  if (c === 0x00b7 || c === 0x2022 || c === 0x2027 || c === 0x30fb || c === 0x2219) return '.';
  if (c >= 0xd800 && c <= 0xdfff) return ch;
  return foldLetter(ch, c);
}

export function normalize(original: string): Normalized {
  const parts: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code >= 0x0300 && code <= 0x036f) {
      // a combining accent: dropped, but it belongs to the character before it
      if (end.length > 0) end[end.length - 1] = i + 1;
      continue;
    }
    const folded = foldChar(original[i]!);
    for (let k = 0; k < folded.length; k++) {
      parts.push(folded[k]!);
      start.push(i);
      end.push(i + 1);
    }
  }
  return { text: parts.join(''), start: Int32Array.from(start), end: Int32Array.from(end), original };
}

/** Maps a normalised range [s, e) (e > s) to the original text. */
export function toOriginalRange(n: Normalized, s: number, e: number): { start: number; end: number } {
  return { start: n.start[s]!, end: n.end[e - 1]! };
}
