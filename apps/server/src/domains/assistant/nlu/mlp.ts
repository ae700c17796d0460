/**
 * A one-hidden-layer network (ReLU, dropout, softmax) on the same sparse TF-IDF rows as the SVM. It learns
 * feature conjunctions a linear model cannot, and averaging its probabilities with the SVM's is the ensemble
 * the classifier uses. Trained by plain SGD with a linearly decaying learning rate; the first layer is
 * stored feature-major so a sparse row touches only its features' rows. Deterministic for a seed.
 */
import type { SparseVector } from './features.ts';
import { createRng } from './linear.ts';

export interface MlpOptions {
  hidden: number;
  epochs: number;
  learningRate: number;
  dropout: number;
  /** Uniform init range of the first layer. */
  initScale: number;
  seed: number;
}

export const DEFAULT_MLP: MlpOptions = {
  hidden: 256,
  epochs: 8,
  learningRate: 0.2,
  dropout: 0.3,
  initScale: 0.5,
  seed: 1,
};

export interface MlpModel {
  dim: number;
  hidden: number;
  k: number;
  /** dim x hidden, feature-major. */
  w1: Float32Array;
  b1: Float32Array;
  /** hidden x k. */
  w2: Float32Array;
  b2: Float32Array;
}

/** Output probabilities of one row into `out` (length k); `h` is scratch of length hidden. */
export function mlpForward(m: MlpModel, x: SparseVector, h: Float64Array, out: Float64Array): Float64Array {
  const { hidden: H, k: K, w1, b1, w2, b2 } = m;
  for (let j = 0; j < H; j++) h[j] = b1[j]!;
  for (let p = 0; p < x.idx.length; p++) {
    const base = x.idx[p]! * H;
    const v = x.val[p]!;
    for (let j = 0; j < H; j++) h[j]! += v * w1[base + j]!;
  }
  for (let k = 0; k < K; k++) out[k] = b2[k]!;
  for (let j = 0; j < H; j++) {
    const hj = h[j]!;
    if (hj <= 0) continue;
    const base = j * K;
    for (let k = 0; k < K; k++) out[k]! += hj * w2[base + k]!;
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < K; k++) if (out[k]! > max) max = out[k]!;
  let sum = 0;
  for (let k = 0; k < K; k++) {
    out[k] = Math.exp(out[k]! - max);
    sum += out[k]!;
  }
  for (let k = 0; k < K; k++) out[k]! /= sum;
  return out;
}

export function trainMlp(
  rows: readonly SparseVector[],
  y: Int32Array,
  k: number,
  dim: number,
  options: Partial<MlpOptions> = {},
): MlpModel {
  const o = { ...DEFAULT_MLP, ...options };
  const H = o.hidden;
  const rng = createRng(o.seed);
  const w1 = new Float32Array(dim * H);
  for (let i = 0; i < w1.length; i++) w1[i] = (rng() * 2 - 1) * o.initScale;
  const b1 = new Float32Array(H);
  const s2 = Math.sqrt(6 / (H + k));
  const w2 = new Float32Array(H * k);
  for (let i = 0; i < w2.length; i++) w2[i] = (rng() * 2 - 1) * s2;
  const b2 = new Float32Array(k);
  const h = new Float64Array(H);
  const keep = new Uint8Array(H);
  const z = new Float64Array(k);
  const gh = new Float64Array(H);
  const inv = 1 / (1 - o.dropout);
  const order = Int32Array.from(rows.keys());
  const total = o.epochs * rows.length;
  let step = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let s = 0; s < order.length; s++) {
      const r = order[s]!;
      const x = rows[r]!;
      const lr = o.learningRate * (1 - step++ / total);
      // forward with dropout
      for (let j = 0; j < H; j++) h[j] = b1[j]!;
      for (let p = 0; p < x.idx.length; p++) {
        const base = x.idx[p]! * H;
        const v = x.val[p]!;
        for (let j = 0; j < H; j++) h[j]! += v * w1[base + j]!;
      }
      for (let j = 0; j < H; j++) {
        const on = h[j]! > 0 && rng() >= o.dropout;
        keep[j] = on ? 1 : 0;
        h[j] = on ? h[j]! * inv : 0;
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        let v = b2[c]!;
        for (let j = 0; j < H; j++) if (keep[j]) v += h[j]! * w2[j * k + c]!;
        z[c] = v;
        if (v > max) max = v;
      }
      let sum = 0;
      for (let c = 0; c < k; c++) {
        z[c] = Math.exp(z[c]! - max);
        sum += z[c]!;
      }
      for (let c = 0; c < k; c++) z[c]! /= sum;
      z[y[r]!]! -= 1;
      // backward
      for (let j = 0; j < H; j++) {
        if (!keep[j]) {
          gh[j] = 0;
          continue;
        }
        const hj = h[j]!;
        const base = j * k;
        let g = 0;
        for (let c = 0; c < k; c++) {
          g += z[c]! * w2[base + c]!;
          w2[base + c]! -= lr * z[c]! * hj;
        }
        gh[j] = g * inv;
        b1[j]! -= lr * gh[j]!;
      }
      for (let c = 0; c < k; c++) b2[c]! -= lr * z[c]!;
      for (let p = 0; p < x.idx.length; p++) {
        const base = x.idx[p]! * H;
        const v = x.val[p]! * lr;
        for (let j = 0; j < H; j++) if (keep[j]) w1[base + j]! -= v * gh[j]!;
      }
    }
  }
  return { dim, hidden: H, k, w1, b1, w2, b2 };
}
