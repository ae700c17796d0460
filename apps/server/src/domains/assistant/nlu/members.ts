/**
 * Ensemble members: what each one is (spec), how it is trained on sparse rows, and how a trained (int8
 * quantised) member scores one message. A member's scores are logits: the classifier turns them into
 * probabilities with the member's own temperature, fitted on held-out folds.
 */
import { ALL_VIEWS, type SparseVector } from './features.ts';
import { type CsrMatrix, trainOvrSvm } from './linear.ts';
import { DEFAULT_MLP, type MlpOptions, trainMlp } from './mlp.ts';
import {
  deserializeQuantized,
  fromBase64,
  type QuantizedMatrix,
  quantizeRows,
  type SerializedQuantized,
  serializeQuantized,
  toBase64,
} from './quantize.ts';

/**
 * What a member is. `views` is the bit mask of the feature views it reads (features.ts `viewMask`; absent:
 * all): members restricted to different views see the message differently, which makes the ensemble better
 * than any of them.
 */
export type MemberSpec =
  | { type: 'svm'; c: number; augmented: boolean; views?: number }
  | { type: 'mlp'; options: Omit<MlpOptions, 'seed' | 'rowWeight'>; augmented: boolean; views?: number };

export interface LinearMember {
  type: 'linear';
  k: number;
  /** Feature views read (bit mask; ALL_VIEWS: all). */
  views: number;
  /** dim x k, feature-major. */
  w: QuantizedMatrix;
  bias: Float32Array;
}

export interface MlpMember {
  type: 'mlp';
  k: number;
  /** Feature views read (bit mask; ALL_VIEWS: all). */
  views: number;
  hidden: number;
  /** dim x hidden, feature-major. */
  w1: QuantizedMatrix;
  b1: Float32Array;
  /** hidden x k. */
  w2: Float32Array;
  b2: Float32Array;
}

export type MemberModel = LinearMember | MlpMember;

/**
 * Trains one member on rows already restricted to its views. `rowWeight` weighs augmented copies; rows
 * from `originalRows` on are augmented.
 */
export function trainMember(
  spec: MemberSpec,
  x: CsrMatrix,
  y: Int32Array,
  k: number,
  seed: number,
  rowWeight: Float32Array,
): MemberModel {
  const views = spec.views ?? ALL_VIEWS;
  if (spec.type === 'svm') {
    const m = trainOvrSvm(x, y, k, { c: spec.c, seed, rowWeight });
    return { type: 'linear', k, views, w: quantizeRows(m.w, x.dim, k), bias: m.bias };
  }
  const rows = Array.from({ length: x.rows }, (_, r) => ({
    idx: x.idx.subarray(x.ptr[r]!, x.ptr[r + 1]!),
    val: x.val.subarray(x.ptr[r]!, x.ptr[r + 1]!),
  }));
  const m = trainMlp(rows, y, k, x.dim, { ...DEFAULT_MLP, ...spec.options, seed, rowWeight });
  return {
    type: 'mlp',
    k,
    views,
    hidden: m.hidden,
    w1: quantizeRows(m.w1, x.dim, m.hidden),
    b1: m.b1,
    w2: m.w2,
    b2: m.b2,
  };
}

/** Scratch space of {@link memberLogits} for a member (the MLP's hidden layer). */
export function memberScratch(m: MemberModel): Float64Array {
  return new Float64Array(m.type === 'mlp' ? m.hidden : 0);
}

/** The member's logits for one row (already restricted to the member's views) into `out` (length k). */
export function memberLogits(
  m: MemberModel,
  x: SparseVector,
  out: Float64Array,
  scratch: Float64Array,
): Float64Array {
  const k = m.k;
  if (m.type === 'linear') {
    const { q, scale } = m.w;
    for (let c = 0; c < k; c++) out[c] = m.bias[c]!;
    for (let j = 0; j < x.idx.length; j++) {
      const f = x.idx[j]!;
      const v = x.val[j]! * scale[f]!;
      if (v === 0) continue;
      const base = f * k;
      for (let c = 0; c < k; c++) out[c]! += v * q[base + c]!;
    }
    return out;
  }
  const H = m.hidden;
  const h = scratch;
  const { q, scale } = m.w1;
  for (let j = 0; j < H; j++) h[j] = m.b1[j]!;
  for (let p = 0; p < x.idx.length; p++) {
    const f = x.idx[p]!;
    const v = x.val[p]! * scale[f]!;
    if (v === 0) continue;
    const base = f * H;
    for (let j = 0; j < H; j++) h[j]! += v * q[base + j]!;
  }
  for (let c = 0; c < k; c++) out[c] = m.b2[c]!;
  for (let j = 0; j < H; j++) {
    const hj = h[j]!;
    if (hj <= 0) continue;
    const base = j * k;
    for (let c = 0; c < k; c++) out[c]! += hj * m.w2[base + c]!;
  }
  return out;
}

export type SerializedMember =
  | { type: 'linear'; k: number; views?: number; w: SerializedQuantized; bias: string }
  | {
      type: 'mlp';
      k: number;
      views?: number;
      hidden: number;
      w1: SerializedQuantized;
      b1: string;
      w2: string;
      b2: string;
    };

function checkViews(v: number | undefined): number {
  if (v === undefined) return ALL_VIEWS;
  if (!Number.isInteger(v) || v <= 0 || v > ALL_VIEWS) throw new Error('corrupt model: member views');
  return v;
}

export function serializeMember(m: MemberModel): SerializedMember {
  if (m.type === 'linear')
    return { type: 'linear', k: m.k, views: m.views, w: serializeQuantized(m.w), bias: toBase64(m.bias) };
  return {
    type: 'mlp',
    k: m.k,
    views: m.views,
    hidden: m.hidden,
    w1: serializeQuantized(m.w1),
    b1: toBase64(m.b1),
    w2: toBase64(m.w2),
    b2: toBase64(m.b2),
  };
}

export function deserializeMember(s: SerializedMember, dim: number): MemberModel {
  if (s.type === 'linear') {
    const w = deserializeQuantized(s.w);
    const bias = fromBase64(s.bias, Float32Array);
    if (w.rows !== dim || w.cols !== s.k || bias.length !== s.k)
      throw new Error('corrupt model: linear member');
    return { type: 'linear', k: s.k, views: checkViews(s.views), w, bias };
  }
  if (s.type === 'mlp') {
    const w1 = deserializeQuantized(s.w1);
    const m: MlpMember = {
      type: 'mlp',
      k: s.k,
      views: checkViews(s.views),
      hidden: s.hidden,
      w1,
      b1: fromBase64(s.b1, Float32Array),
      w2: fromBase64(s.w2, Float32Array),
      b2: fromBase64(s.b2, Float32Array),
    };
    if (
      w1.rows !== dim ||
      w1.cols !== s.hidden ||
      m.b1.length !== s.hidden ||
      m.w2.length !== s.hidden * s.k ||
      m.b2.length !== s.k
    )
      throw new Error('corrupt model: mlp member');
    return m;
  }
  throw new Error('corrupt model: unknown member type');
}
