/**
 * Linear learners on sparse rows, and the seeded PRNG they use.
 *
 * `trainOvrSvm` is one-vs-rest L2-regularised, squared-hinge (L2-loss) linear SVM trained by dual
 * coordinate descent with shrinking (Hsieh et al. 2008, the LIBLINEAR default solver). The bias is learnt
 * as an extra constant feature. Weights come back feature-major (`W[f * K + k]`) so scoring one sparse
 * message touches only the rows of its features. Each class draws its coordinate order from its own seeded
 * stream, so a class's weights do not depend on which other classes are trained in the same call.
 */
import type { SparseVector } from './features.ts';

/** Deterministic 32-bit PRNG (mulberry32). */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(arr: T[] | Int32Array, rng: () => number, n = arr.length): void {
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = arr[i]!;
    arr[i] = arr[j]!;
    arr[j] = t;
  }
}

/** Rows in compressed sparse row layout. */
export interface CsrMatrix {
  rows: number;
  dim: number;
  ptr: Int32Array;
  idx: Int32Array;
  val: Float32Array;
}

export function toCsr(rows: readonly SparseVector[], dim: number): CsrMatrix {
  let nnz = 0;
  for (const r of rows) nnz += r.idx.length;
  const ptr = new Int32Array(rows.length + 1);
  const idx = new Int32Array(nnz);
  const val = new Float32Array(nnz);
  let p = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    idx.set(r.idx, p);
    val.set(r.val, p);
    p += r.idx.length;
    ptr[i + 1] = p;
  }
  return { rows: rows.length, dim, ptr, idx, val };
}

export interface LinearModel {
  /** Number of classes. */
  k: number;
  dim: number;
  /** Feature-major weights, length dim * k. */
  w: Float32Array;
  bias: Float32Array;
}

export interface SvmOptions {
  c: number;
  maxIter?: number;
  eps?: number;
  seed?: number;
  /** Per-row weights multiplying C (e.g. 0.5 for augmented copies). */
  rowWeight?: Float32Array;
  /** Value of the constant bias feature. */
  biasValue?: number;
  /** Train only the classes in [from, to) (the others' weights stay 0), for parallel training. */
  classes?: readonly [number, number];
}

/** Seed of class `cls`'s coordinate order: each class has its own stream, so any class split is deterministic. */
export function classSeed(seed: number, cls: number): number {
  return (seed ^ Math.imul(cls + 1, 0x9e3779b1)) >>> 0;
}

/** One-vs-rest L2-loss linear SVM (dual coordinate descent). `y[i]` is the class index of row i. */
export function trainOvrSvm(x: CsrMatrix, y: Int32Array, k: number, opts: SvmOptions): LinearModel {
  const { rows: l, dim, ptr, idx } = x;
  const maxIter = opts.maxIter ?? 200;
  const eps = opts.eps ?? 0.1;
  const bias = opts.biasValue ?? 1;
  const [from, to] = opts.classes ?? [0, k];
  const sq = new Float64Array(l);
  const computeSq = (val: Float32Array) => {
    for (let i = 0; i < l; i++) {
      let s = bias * bias;
      for (let p = ptr[i]!; p < ptr[i + 1]!; p++) s += val[p]! * val[p]!;
      sq[i] = s;
    }
  };
  const val = x.val;
  computeSq(val);
  const diag = new Float64Array(l);
  for (let i = 0; i < l; i++) diag[i] = 0.5 / (opts.c * (opts.rowWeight ? opts.rowWeight[i]! : 1));
  const W = new Float32Array(dim * k);
  const B = new Float32Array(k);
  const w = new Float64Array(dim);
  const alpha = new Float64Array(l);
  const index = new Int32Array(l);
  const yy = new Int8Array(l);
  for (let cls = from; cls < to; cls++) {
    const rng = createRng(classSeed(opts.seed ?? 1, cls));
    w.fill(0);
    alpha.fill(0);
    let wb = 0;
    for (let i = 0; i < l; i++) {
      index[i] = i;
      yy[i] = y[i] === cls ? 1 : -1;
    }
    let active = l;
    let pgMaxOld = Number.POSITIVE_INFINITY;
    for (let iter = 0; iter < maxIter; iter++) {
      let pgMaxNew = Number.NEGATIVE_INFINITY;
      let pgMinNew = Number.POSITIVE_INFINITY;
      shuffleInPlace(index, rng, active);
      for (let s = 0; s < active; s++) {
        const i = index[s]!;
        const yi = yy[i]!;
        let dot = wb * bias;
        const end = ptr[i + 1]!;
        for (let p = ptr[i]!; p < end; p++) dot += w[idx[p]!]! * val[p]!;
        const a = alpha[i]!;
        const g = yi * dot - 1 + a * diag[i]!;
        let pg = 0;
        if (a === 0) {
          if (g > pgMaxOld) {
            active--;
            index[s] = index[active]!;
            index[active] = i;
            s--;
            continue;
          }
          if (g < 0) pg = g;
        } else {
          pg = g;
        }
        if (pg > pgMaxNew) pgMaxNew = pg;
        if (pg < pgMinNew) pgMinNew = pg;
        if (Math.abs(pg) > 1e-12) {
          const na = Math.max(a - g / (sq[i]! + diag[i]!), 0);
          alpha[i] = na;
          const d = (na - a) * yi;
          if (d !== 0) {
            for (let p = ptr[i]!; p < end; p++) w[idx[p]!]! += d * val[p]!;
            wb += d * bias;
          }
        }
      }
      if (pgMaxNew - pgMinNew <= eps) {
        if (active === l) break;
        active = l;
        pgMaxOld = Number.POSITIVE_INFINITY;
        continue;
      }
      pgMaxOld = pgMaxNew <= 0 ? Number.POSITIVE_INFINITY : pgMaxNew;
    }
    for (let f = 0; f < dim; f++) {
      const v = w[f]!;
      if (v !== 0) W[f * k + cls] = v;
    }
    B[cls] = wb * bias;
  }
  return { k, dim, w: W, bias: B };
}

/** Decision scores of one sparse row into `out` (length k). */
export function scoreInto(model: LinearModel, x: SparseVector, out: Float64Array): Float64Array {
  const { k, w, bias } = model;
  for (let c = 0; c < k; c++) out[c] = bias[c]!;
  const { idx, val } = x;
  for (let j = 0; j < idx.length; j++) {
    const base = idx[j]! * k;
    const v = val[j]!;
    for (let c = 0; c < k; c++) out[c]! += v * w[base + c]!;
  }
  return out;
}
