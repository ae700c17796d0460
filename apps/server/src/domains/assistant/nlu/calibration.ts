/**
 * Calibration on held-out (out-of-fold) scores: stratified folds, per-member softmax temperatures, the
 * ensemble weights and the out-of-scope rejection rule. Scores are flat row-major arrays (n x k).
 */

import { normalQuantile } from '../../../platform/normal-quantile.ts';
import { createRng } from './linear.ts';

/** Stratified fold assignment (deterministic for a seed). */
export function stratifiedFolds(labels: Int32Array, folds: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    let list = byClass.get(l);
    if (!list) {
      list = [];
      byClass.set(l, list);
    }
    list.push(i);
  }
  const fold = new Int32Array(labels.length);
  let offset = 0;
  for (const cls of [...byClass.keys()].sort((a, b) => a - b)) {
    const list = byClass.get(cls)!;
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = list[i]!;
      list[i] = list[j]!;
      list[j] = t;
    }
    for (let i = 0; i < list.length; i++) fold[list[i]!] = (i + offset) % folds;
    offset += list.length;
  }
  return fold;
}

/** Softmax of `k` logits at `from[off..]` with temperature `t`, into `out[outOff..]`. */
export function softmaxInto(
  from: ArrayLike<number>,
  off: number,
  k: number,
  t: number,
  out: Float64Array,
  outOff = 0,
): void {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) if (from[off + c]! > max) max = from[off + c]!;
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp((from[off + c]! - max) / t);
    out[outOff + c] = e;
    sum += e;
  }
  for (let c = 0; c < k; c++) out[outOff + c]! /= sum;
}

/** The softmax temperature minimising the NLL of held-out logits (golden-section search on log T). */
export function fitTemperature(scores: Float32Array, gold: Int32Array, k: number): number {
  const n = gold.length;
  if (k < 2 || n === 0) return 1;
  const p = new Float64Array(k);
  const nll = (logT: number): number => {
    const t = Math.exp(logT);
    let s = 0;
    for (let i = 0; i < n; i++) {
      softmaxInto(scores, i * k, k, t, p);
      s -= Math.log(Math.max(p[gold[i]!]!, 1e-12));
    }
    return s;
  };
  let a = Math.log(0.005);
  let b = Math.log(50);
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = nll(c);
  let fd = nll(d);
  for (let it = 0; it < 40; it++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = nll(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = nll(d);
    }
  }
  return Math.exp((a + b) / 2);
}

/**
 * Out-of-scope rejection: a message is out of scope when the out-of-scope class is the most probable, or
 * when `p(oos) + mix * p(neither oos nor the top intent)` reaches `threshold`. `mix` = 1 is the classic
 * "top in-scope probability below 1 - threshold"; `mix` = 0 thresholds the out-of-scope class alone.
 */
export interface OosRule {
  mix: number;
  threshold: number;
}

/** Never rejects by threshold. */
export const NO_OOS_RULE: OosRule = Object.freeze({ mix: 1, threshold: Number.POSITIVE_INFINITY });

export function oosScore(pOos: number, pTop: number, mix: number): number {
  return pOos + mix * Math.max(0, 1 - pOos - pTop);
}

export interface OosFit {
  rule: OosRule;
  /** Held-out in-scope accuracy and out-of-scope recall with the rule. */
  inScopeAccuracy: number;
  oosRecall: number;
}

/** Lower Wilson score bound of a proportion `hits / n` for a normal quantile `z` (z = 0: the proportion). */
export function wilsonLower(hits: number, n: number, z: number): number {
  if (n === 0) return 0;
  const p = hits / n;
  if (z <= 0) return p;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

/**
 * Chooses the threshold of an out-of-scope rule on held-out probabilities: the least aggressive one (in-scope
 * accuracy only falls as the threshold drops) whose held-out out-of-scope recall reaches `target` with
 * confidence: the recall's lower Wilson bound at normal quantile `z` must reach `target` (z = 0: the recall
 * itself), so the fewer held-out out-of-scope examples, the larger the safety margin. The threshold is set
 * halfway to the next out-of-scope score so it does not sit on one example. `oosIndex` must be >= 0.
 */
export function fitOosThreshold(
  probs: Float64Array,
  gold: Int32Array,
  k: number,
  oosIndex: number,
  mix: number,
  target: number,
  z = 0,
): OosFit {
  const n = gold.length;
  const score = new Float64Array(n);
  const top = new Int32Array(n);
  const oosScores: number[] = [];
  let nOos = 0;
  for (let i = 0; i < n; i++) {
    const off = i * k;
    let b = -1;
    for (let c = 0; c < k; c++) if (c !== oosIndex && (b < 0 || probs[off + c]! > probs[off + b]!)) b = c;
    top[i] = b;
    const pOos = probs[off + oosIndex]!;
    const pTop = probs[off + b]!;
    score[i] = pOos > pTop ? Number.POSITIVE_INFINITY : oosScore(pOos, pTop, mix);
    if (gold[i] === oosIndex) {
      nOos++;
      oosScores.push(score[i]!);
    }
  }
  oosScores.sort((x, y) => y - x);
  let need = 0;
  while (need < nOos && wilsonLower(need, nOos, z) < target - 1e-12) need++;
  let threshold = Number.POSITIVE_INFINITY;
  if (need > 0 && nOos > 0) {
    const s = oosScores[need - 1]!;
    if (Number.isFinite(s)) {
      const below = oosScores.slice(need).find((v) => v < s);
      threshold = below === undefined ? s : (s + below) / 2;
    }
  }
  let inN = 0;
  let inOk = 0;
  let oosOk = 0;
  for (let i = 0; i < n; i++) {
    const rejected = score[i]! >= threshold;
    if (gold[i] === oosIndex) {
      if (rejected) oosOk++;
    } else {
      inN++;
      if (!rejected && top[i] === gold[i]) inOk++;
    }
  }
  return {
    rule: { mix, threshold },
    inScopeAccuracy: inN > 0 ? inOk / inN : 0,
    oosRecall: nOos > 0 ? oosOk / nOos : 0,
  };
}

export { normalQuantile };
