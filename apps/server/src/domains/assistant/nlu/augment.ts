/**
 * Light training-data augmentation on normalised tokens: keyboard typos (substitution, deletion,
 * transposition, doubling) and word dropout, driven by a seeded PRNG so training stays deterministic.
 */

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

const NEIGHBOURS: Record<string, string> = (() => {
  const pos = new Map<string, [number, number]>();
  KEYBOARD_ROWS.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) pos.set(row[c]!, [r, c]);
  });
  const out: Record<string, string> = {};
  for (const [ch, [r, c]] of pos) {
    let n = '';
    for (const [other, [r2, c2]] of pos) {
      if (other !== ch && Math.abs(r - r2) <= 1 && Math.abs(c - c2) <= 1) n += other;
    }
    out[ch] = n;
  }
  return out;
})();

/** Returns `word` with one random keyboard-style edit. */
export function typo(word: string, rng: () => number): string {
  if (word.length < 3) return word;
  const i = 1 + Math.floor(rng() * (word.length - 1));
  const op = Math.floor(rng() * 4);
  const ch = word[i]!;
  switch (op) {
    case 0: {
      const n = NEIGHBOURS[ch];
      if (!n) return word;
      return word.slice(0, i) + n[Math.floor(rng() * n.length)]! + word.slice(i + 1);
    }
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      if (i + 1 >= word.length) return word.slice(0, i - 1) + ch + word[i - 1]!;
      return word.slice(0, i) + word[i + 1]! + ch + word.slice(i + 2);
    default:
      return word.slice(0, i) + ch + word.slice(i);
  }
}

export interface AugmentOptions {
  /** Probability that a word of 4+ letters gets a typo. */
  typoRate: number;
  /** Probability that a word is dropped (messages keep at least two words). */
  dropRate: number;
}

/** One noisy copy of a token list. */
export function augmentTokens(tokens: readonly string[], rng: () => number, opts: AugmentOptions): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (tokens.length > 2 && rng() < opts.dropRate) continue;
    if (t.length >= 4 && !t.startsWith('_') && rng() < opts.typoRate) out.push(typo(t, rng));
    else out.push(t);
  }
  return out.length > 0 ? out : [...tokens];
}
