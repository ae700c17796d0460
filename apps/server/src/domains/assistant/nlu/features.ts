/**
 * Sparse TF-IDF features over several views of a normalised message:
 *  - word: word unigrams and bigrams (bigrams include sentence-boundary markers, trigrams optional),
 *  - stem: light-stemmed word unigrams and bigrams (survive inflection),
 *  - char: character n-grams inside word boundaries (survive typos and unseen words),
 *  - pair: unordered word pairs a few words apart (skip-bigrams), off by default.
 * Each view is weighted with sublinear tf x smoothed idf and L2-normalised on its own, scaled by the view
 * weight, and the concatenation is L2-normalised again.
 *
 * Features are identified by a pair of independent 32-bit hashes (a 64-bit fingerprint, so collisions are
 * negligible for vocabularies of this size) computed straight from character codes: vectorising a message
 * builds no n-gram strings and no maps, and the vocabulary is an open-addressing table in typed arrays.
 * Only features seen in training (document frequency >= minDf) are kept.
 */
import { lightStem, tokenize } from './normalize.ts';

export interface FeatureConfig {
  /** Largest word n-gram (1 = unigrams only, up to 3). */
  wordNgramMax: number;
  /** Character n-gram length range within word boundaries. */
  charMin: number;
  charMax: number;
  /** Relative weights of the views; 0 disables a view. */
  wordWeight: number;
  stemWeight: number;
  charWeight: number;
  /** Unordered word pairs at distance 2..pairWindow (skip-bigrams); 0 disables. */
  pairWindow: number;
  pairWeight: number;
  /** Minimum document frequency to keep a feature. */
  minDf: number;
  /** Use 1 + ln(tf) instead of raw tf. */
  sublinearTf: boolean;
}

export const DEFAULT_FEATURES: FeatureConfig = {
  wordNgramMax: 2,
  charMin: 2,
  charMax: 5,
  wordWeight: 1,
  stemWeight: 0,
  charWeight: 1,
  pairWindow: 0,
  pairWeight: 0,
  minDf: 1,
  sublinearTf: true,
};

/** A sparse vector: sorted feature indices and their values. */
export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

const VIEW_WORD = 0;
const VIEW_STEM = 1;
const VIEW_CHAR = 2;
const VIEW_PAIR = 3;
const N_VIEWS = 4;

/** Names of the views, by index (a member can be restricted to some of them: {@link viewMask}). */
export const VIEW_NAMES = ['word', 'stem', 'char', 'pair'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];
/** Bit mask of every view. */
export const ALL_VIEWS = (1 << N_VIEWS) - 1;

/** Bit mask of the named views ('all' or an empty list: every view). */
export function viewMask(views: readonly ViewName[] | 'all' | undefined): number {
  if (views === undefined || views === 'all' || views.length === 0) return ALL_VIEWS;
  let m = 0;
  for (const v of views) {
    const i = VIEW_NAMES.indexOf(v);
    if (i < 0) throw new Error(`unknown feature view ${v}`);
    m |= 1 << i;
  }
  return m;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEED_A = 0x811c9dc5;
const SEED_B = 0x2545f491;

/** Receives one feature (two hashes and its view). */
type Emit = (h1: number, h2: number, view: number) => void;

function hashToken(tok: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < tok.length; i++) h = Math.imul(h ^ tok.charCodeAt(i), 0x01000193);
  return fmix(h);
}

function combine(a: number, b: number, salt: number): number {
  return fmix((Math.imul(a ^ salt, 0x9e3779b1) + b) | 0);
}

// Sentinel token hashes for sentence boundaries.
const BOS_A = hashToken('<s>', SEED_A);
const BOS_B = hashToken('<s>', SEED_B);
const EOS_A = hashToken('</s>', SEED_A);
const EOS_B = hashToken('</s>', SEED_B);

function emitWordView(tokens: readonly string[], view: number, maxN: number, emit: Emit): void {
  const n = tokens.length;
  const ha = new Uint32Array(n);
  const hb = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    ha[i] = hashToken(tokens[i]!, SEED_A + view);
    hb[i] = hashToken(tokens[i]!, SEED_B + view);
    emit(combine(ha[i]!, 1, 11), combine(hb[i]!, 1, 13), view);
  }
  if (maxN >= 2 && n > 0) {
    emit(combine(BOS_A, ha[0]!, 21), combine(BOS_B, hb[0]!, 23), view);
    for (let i = 0; i + 1 < n; i++)
      emit(combine(ha[i]!, ha[i + 1]!, 21), combine(hb[i]!, hb[i + 1]!, 23), view);
    emit(combine(ha[n - 1]!, EOS_A, 21), combine(hb[n - 1]!, EOS_B, 23), view);
  }
  if (maxN >= 3) {
    for (let i = 0; i + 2 < n; i++) {
      emit(
        combine(combine(ha[i]!, ha[i + 1]!, 31), ha[i + 2]!, 33),
        combine(combine(hb[i]!, hb[i + 1]!, 37), hb[i + 2]!, 39),
        view,
      );
    }
  }
}

/** Enumerates the features of a token list. */
export function forEachFeature(tokens: readonly string[], cfg: FeatureConfig, emit: Emit): void {
  if (cfg.wordWeight > 0) emitWordView(tokens, VIEW_WORD, cfg.wordNgramMax, emit);
  if (cfg.stemWeight > 0) emitWordView(tokens.map(lightStem), VIEW_STEM, Math.min(cfg.wordNgramMax, 2), emit);
  if (cfg.pairWeight > 0 && cfg.pairWindow >= 2) {
    const n = tokens.length;
    const ha = tokens.map((t) => hashToken(t, SEED_A));
    const hb = tokens.map((t) => hashToken(t, SEED_B));
    for (let i = 0; i < n; i++) {
      for (let d = 2; d <= cfg.pairWindow && i + d < n; d++) {
        const [x, y] = ha[i]! <= ha[i + d]! ? [i, i + d] : [i + d, i];
        emit(combine(ha[x]!, ha[y]!, 41), combine(hb[x]!, hb[y]!, 43), VIEW_PAIR);
      }
    }
  }
  if (cfg.charWeight > 0) {
    const { charMin, charMax } = cfg;
    for (const tok of tokens) {
      if (tok.charCodeAt(0) === 95 /* _ placeholder */) {
        emit(hashToken(tok, SEED_A ^ 0x5f), hashToken(tok, SEED_B ^ 0x5f), VIEW_CHAR);
        continue;
      }
      const len = tok.length + 2; // padded with a space on each side
      for (let start = 0; start < len; start++) {
        let a = SEED_A ^ 0x63;
        let b = SEED_B ^ 0x63;
        for (let n = 1; n <= charMax && start + n <= len; n++) {
          const pos = start + n - 1;
          const c = pos === 0 || pos === len - 1 ? 32 : tok.charCodeAt(pos - 1);
          a = Math.imul(a ^ c, 0x01000193);
          b = Math.imul(b ^ c, 0x01000193);
          if (n >= charMin) emit(fmix(a ^ n), fmix(b ^ (n << 8)), VIEW_CHAR);
        }
      }
    }
  }
}

/** Open-addressing hash table from a 64-bit fingerprint (two uint32) to an int. */
class FingerprintTable {
  k1: Uint32Array;
  k2: Uint32Array;
  v: Int32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.k1 = new Uint32Array(cap);
    this.k2 = new Uint32Array(cap);
    this.v = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
  }

  get(h1: number, h2: number): number {
    let s = h1 & this.mask;
    for (;;) {
      const v = this.v[s]!;
      if (v === -1) return -1;
      if (this.k1[s] === h1 && this.k2[s] === h2) return v;
      s = (s + 1) & this.mask;
    }
  }

  /** Returns the slot of the key, inserting it with `init` when absent. */
  slot(h1: number, h2: number, init: number): number {
    if ((this.size + 1) * 2 > this.v.length) this.grow();
    let s = h1 & this.mask;
    for (;;) {
      const v = this.v[s]!;
      if (v === -1) {
        this.k1[s] = h1;
        this.k2[s] = h2;
        this.v[s] = init;
        this.size++;
        return s;
      }
      if (this.k1[s] === h1 && this.k2[s] === h2) return s;
      s = (s + 1) & this.mask;
    }
  }

  private grow(): void {
    const { k1, k2, v } = this;
    const cap = v.length * 2;
    this.k1 = new Uint32Array(cap);
    this.k2 = new Uint32Array(cap);
    this.v = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < v.length; i++) if (v[i] !== -1) this.v[this.slot(k1[i]!, k2[i]!, v[i]!)] = v[i]!;
  }
}

export interface SerializedFeatureSpace {
  config: FeatureConfig;
  /** Base64 of the features' hash pairs (uint32 h1, h2 interleaved), their views (uint8) and idf (float32). */
  hashes: string;
  views: string;
  idf: string;
}

function b64(a: ArrayBufferView): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function fromB64<T extends Uint32Array | Uint8Array | Float32Array>(
  s: string,
  ctor: new (n: number) => T,
): T {
  const buf = Buffer.from(s, 'base64');
  const bytes = (ctor as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
  const out = new ctor(buf.byteLength / bytes);
  new Uint8Array(out.buffer).set(buf);
  return out;
}

export class FeatureSpace {
  readonly config: FeatureConfig;
  readonly idf: Float32Array;
  private readonly hashes: Uint32Array;
  private readonly views: Uint8Array;
  private readonly table: FingerprintTable;
  private readonly viewWeight: Float64Array;
  // Scratch state for vectorisation (single-threaded, reused between calls).
  private readonly mark: Int32Array;
  private readonly counts: Float64Array;
  private readonly seen: Int32Array;
  private generation = 0;

  private constructor(config: FeatureConfig, hashes: Uint32Array, views: Uint8Array, idf: Float32Array) {
    this.config = config;
    this.hashes = hashes;
    this.views = views;
    this.idf = idf;
    const d = idf.length;
    this.table = new FingerprintTable(d);
    for (let i = 0; i < d; i++) this.table.slot(hashes[2 * i]!, hashes[2 * i + 1]!, i);
    this.viewWeight = new Float64Array([
      config.wordWeight,
      config.stemWeight,
      config.charWeight,
      config.pairWeight,
    ]);
    this.mark = new Int32Array(d);
    this.counts = new Float64Array(d);
    this.seen = new Int32Array(Math.max(16, d));
  }

  get size(): number {
    return this.idf.length;
  }

  /** Learns the vocabulary and idf from token lists (one per training document). */
  static fit(docs: readonly (readonly string[])[], config: FeatureConfig = DEFAULT_FEATURES): FeatureSpace {
    const table = new FingerprintTable(1 << 16);
    const df: number[] = [];
    const views: number[] = [];
    const lastDoc: number[] = [];
    docs.forEach((tokens, d) => {
      forEachFeature(tokens, config, (h1, h2, view) => {
        const s = table.slot(h1, h2, df.length);
        const id = table.v[s]!;
        if (id === df.length) {
          df.push(0);
          views.push(view);
          lastDoc.push(-1);
        }
        if (lastDoc[id] !== d) {
          lastDoc[id] = d;
          df[id]!++;
        }
      });
    });
    const kept: number[] = [];
    for (let i = 0; i < df.length; i++) if (df[i]! >= config.minDf) kept.push(i);
    const hashes = new Uint32Array(kept.length * 2);
    // Recover each kept id's fingerprint from the table.
    const fp = new Uint32Array(df.length * 2);
    for (let s = 0; s < table.v.length; s++) {
      const id = table.v[s]!;
      if (id >= 0) {
        fp[2 * id] = table.k1[s]!;
        fp[2 * id + 1] = table.k2[s]!;
      }
    }
    const n = docs.length;
    const idf = new Float32Array(kept.length);
    const v = new Uint8Array(kept.length);
    kept.forEach((id, j) => {
      hashes[2 * j] = fp[2 * id]!;
      hashes[2 * j + 1] = fp[2 * id + 1]!;
      idf[j] = Math.log((1 + n) / (1 + df[id]!)) + 1;
      v[j] = views[id]!;
    });
    return new FeatureSpace(config, hashes, v, idf);
  }

  static fromJSON(data: SerializedFeatureSpace): FeatureSpace {
    return new FeatureSpace(
      data.config,
      fromB64(data.hashes, Uint32Array),
      fromB64(data.views, Uint8Array),
      fromB64(data.idf, Float32Array),
    );
  }

  toJSON(): SerializedFeatureSpace {
    return { config: this.config, hashes: b64(this.hashes), views: b64(this.views), idf: b64(this.idf) };
  }

  /** Vectorises already-normalised tokens. */
  vectorizeTokens(tokens: readonly string[]): SparseVector {
    const gen = ++this.generation;
    const { mark, counts, seen, table } = this;
    let m = 0;
    forEachFeature(tokens, this.config, (h1, h2) => {
      const i = table.get(h1, h2);
      if (i < 0) return;
      if (mark[i] !== gen) {
        mark[i] = gen;
        counts[i] = 0;
        if (m < seen.length) seen[m++] = i;
      }
      counts[i]!++;
    });
    const idx = seen.slice(0, m).sort();
    const val = new Float32Array(m);
    const norms = new Float64Array(N_VIEWS);
    const tmp = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      const i = idx[j]!;
      const c = counts[i]!;
      const v = (this.config.sublinearTf ? 1 + Math.log(c) : c) * this.idf[i]!;
      tmp[j] = v;
      norms[this.views[i]!]! += v * v;
    }
    for (let v = 0; v < N_VIEWS; v++)
      norms[v] = norms[v]! > 0 ? this.viewWeight[v]! / Math.sqrt(norms[v]!) : 0;
    let total = 0;
    for (let j = 0; j < m; j++) {
      const v = tmp[j]! * norms[this.views[idx[j]!]!]!;
      tmp[j] = v;
      total += v * v;
    }
    const inv = total > 0 ? 1 / Math.sqrt(total) : 0;
    for (let j = 0; j < m; j++) val[j] = tmp[j]! * inv;
    return { idx, val };
  }

  /**
   * The part of a vector in the views of `mask`, L2-normalised again (each view is normalised on its own
   * before the views are mixed, so a one-view restriction is exactly that view's own TF-IDF vector).
   */
  restrict(x: SparseVector, mask: number): SparseVector {
    if ((mask & ALL_VIEWS) === ALL_VIEWS) return x;
    const { views } = this;
    let m = 0;
    let sq = 0;
    for (let j = 0; j < x.idx.length; j++) {
      if ((mask >> views[x.idx[j]!]!) & 1) {
        m++;
        sq += x.val[j]! * x.val[j]!;
      }
    }
    const idx = new Int32Array(m);
    const val = new Float32Array(m);
    const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
    m = 0;
    for (let j = 0; j < x.idx.length; j++) {
      if ((mask >> views[x.idx[j]!]!) & 1) {
        idx[m] = x.idx[j]!;
        val[m++] = x.val[j]! * inv;
      }
    }
    return { idx, val };
  }

  /** Normalises, tokenises and vectorises a raw message. */
  vectorize(text: string): SparseVector {
    return this.vectorizeTokens(tokenize(text));
  }
}

export { VIEW_CHAR, VIEW_PAIR, VIEW_STEM, VIEW_WORD };
