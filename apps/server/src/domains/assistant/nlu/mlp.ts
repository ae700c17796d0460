/**
 * A one-hidden-layer network (ReLU, dropout, softmax) on the same sparse TF-IDF rows as the SVM. It learns
 * feature conjunctions a linear model cannot, and averaging its probabilities with the SVM's is the ensemble
 * the classifier uses. Trained by plain SGD with a linearly decaying learning rate, input-feature dropout and
 * hidden dropout; the first layer is stored feature-major so a sparse row touches only its features' rows,
 * and the backward pass skips dropped units and classes with a negligible gradient. Deterministic for a seed.
 * Inference (on the int8-quantised weights) is in members.ts.
 */
import type { SparseVector } from './features.ts';
import { createRng } from './linear.ts';

export interface MlpOptions {
  hidden: number;
  epochs: number;
  learningRate: number;
  dropout: number;
  /** Share of a row's input features dropped at random in each training step (0 = none). */
  inputDropout: number;
  /** Uniform init range of the first layer. */
  initScale: number;
  seed: number;
  /** Per-row weights multiplying the loss (e.g. 0.5 for augmented copies). */
  rowWeight?: Float32Array;
}

export const DEFAULT_MLP: MlpOptions = {
  hidden: 128,
  epochs: 16,
  learningRate: 0.2,
  dropout: 0.3,
  inputDropout: 0.3,
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
  const kept = new Int32Array(H);
  const active = new Int32Array(k);
  const inv = 1 / (1 - o.dropout);
  const invIn = 1 / (1 - o.inputDropout);
  let maxNnz = 0;
  for (const x of rows) maxNnz = Math.max(maxNnz, x.idx.length);
  const xv = new Float64Array(maxNnz);
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
        const v = o.inputDropout > 0 ? (rng() < o.inputDropout ? 0 : x.val[p]! * invIn) : x.val[p]!;
        xv[p] = v;
        if (v === 0) continue;
        const base = x.idx[p]! * H;
        for (let j = 0; j < H; j++) h[j]! += v * w1[base + j]!;
      }
      for (let j = 0; j < H; j++) {
        const on = h[j]! > 0 && rng() >= o.dropout;
        keep[j] = on ? 1 : 0;
        h[j] = on ? h[j]! * inv : 0;
      }
      for (let c = 0; c < k; c++) z[c] = b2[c]!;
      let nk = 0;
      for (let j = 0; j < H; j++) {
        if (!keep[j]) continue;
        kept[nk++] = j;
        const hj = h[j]!;
        const base = j * k;
        for (let c = 0; c < k; c++) z[c]! += hj * w2[base + c]!;
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) if (z[c]! > max) max = z[c]!;
      let sum = 0;
      for (let c = 0; c < k; c++) {
        z[c] = Math.exp(z[c]! - max);
        sum += z[c]!;
      }
      // Output gradient; only the classes with a non-negligible one are back-propagated.
      let na = 0;
      const gold = y[r]!;
      const rw = o.rowWeight ? o.rowWeight[r]! / sum : 1 / sum;
      const gw = o.rowWeight ? o.rowWeight[r]! : 1;
      for (let c = 0; c < k; c++) {
        const g = z[c]! * rw - (c === gold ? gw : 0);
        z[c] = g;
        if (g > 1e-5 || g < -1e-5) active[na++] = c;
      }
      // backward
      for (let a = 0; a < nk; a++) {
        const j = kept[a]!;
        const hj = h[j]!;
        const base = j * k;
        let g = 0;
        for (let t = 0; t < na; t++) {
          const c = active[t]!;
          g += z[c]! * w2[base + c]!;
          w2[base + c]! -= lr * z[c]! * hj;
        }
        gh[j] = g * inv;
        b1[j]! -= lr * gh[j]!;
      }
      for (let t = 0; t < na; t++) {
        const c = active[t]!;
        b2[c]! -= lr * z[c]!;
      }
      for (let p = 0; p < x.idx.length; p++) {
        const v = xv[p]! * lr;
        if (v === 0) continue;
        const base = x.idx[p]! * H;
        for (let a = 0; a < nk; a++) {
          const j = kept[a]!;
          w1[base + j]! -= v * gh[j]!;
        }
      }
    }
  }
  return { dim, hidden: H, k, w1, b1, w2, b2 };
}
