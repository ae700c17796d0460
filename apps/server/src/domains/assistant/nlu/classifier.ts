/**
 * The intent classifier: TF-IDF features (word, stem and character n-gram views) into one-vs-rest linear
 * SVMs, with
 *  - the regularisation C chosen by stratified cross-validation on the training data,
 *  - probabilities from a softmax over the SVM margins with a temperature fitted (NLL) on held-out folds,
 *  - out-of-scope detection: an explicit out-of-scope class when the training data has one, plus a
 *    confidence threshold calibrated on the held-out folds (only when out-of-scope examples exist),
 *  - light typo/word-dropout augmentation, all driven by a seeded PRNG (training is deterministic).
 */
import { augmentTokens } from './augment.ts';
import { canonicalLabel, type Example, OUT_OF_SCOPE } from './dataset.ts';
import {
  DEFAULT_FEATURES,
  type FeatureConfig,
  FeatureSpace,
  type SerializedFeatureSpace,
} from './features.ts';
import { type CsrMatrix, createRng, type LinearModel, scoreInto, toCsr, trainOvrSvm } from './linear.ts';
import { DEFAULT_MLP, type MlpModel, type MlpOptions, mlpForward, trainMlp } from './mlp.ts';
import { tokenize } from './normalize.ts';

export interface RankedIntent {
  intent: string;
  confidence: number;
}

export interface Prediction {
  /** Best intent, or {@link OUT_OF_SCOPE} when the message is out of scope. */
  intent: string;
  /** Calibrated probability of `intent`. */
  confidence: number;
  /** Intents by decreasing probability (the out-of-scope class included when trained). */
  ranking: RankedIntent[];
  outOfScope: boolean;
}

export interface AugmentConfig {
  /** Noisy copies per example (fractional: that share of the examples, chosen at random). */
  copies: number;
  typoRate: number;
  dropRate: number;
  /** Weight of an augmented row relative to an original one. */
  weight: number;
}

export interface TrainOptions {
  seed?: number;
  features?: Partial<FeatureConfig>;
  /** Regularisation: one value, or candidates chosen by cross-validation. */
  c?: number | number[];
  /** Cross-validation folds for choosing C and calibrating (0 or 1 disables calibration). */
  folds?: number;
  augment?: Partial<AugmentConfig> | false;
  /** Fixed out-of-scope probability threshold, or 'auto' (calibrated when the data has out-of-scope rows). */
  oosThreshold?: number | 'auto';
  /** Weight of out-of-scope recall against in-scope accuracy when calibrating the threshold (0..1). */
  oosWeight?: number;
  /**
   * The MLP ensemble member (trained on the original rows; its probabilities are averaged with the SVM's
   * with weight `weight`), or false for the SVM alone.
   */
  mlp?: (Partial<MlpOptions> & { weight?: number }) | false;
  log?: (message: string) => void;
}

/** The options the evaluation CLI, the benchmark and the shipped model train with. */
export const RECOMMENDED_TRAIN_OPTIONS: Readonly<TrainOptions> = Object.freeze({
  seed: 42,
  c: [1, 2],
  folds: 3,
});

export interface TrainReport {
  examples: number;
  labels: number;
  features: number;
  c: number;
  temperature: number;
  oosThreshold: number;
  cvAccuracy: number | null;
  mlpWeight: number;
  seconds: number;
}

const DEFAULT_AUGMENT: AugmentConfig = { copies: 0.5, typoRate: 0.15, dropRate: 0.05, weight: 0.5 };

/**
 * Weight of out-of-scope recall in the threshold objective: 0.25 maximises the expected accuracy of traffic
 * in which about a quarter of messages are out of scope.
 */
export const DEFAULT_OOS_WEIGHT = 0.25;

export interface SerializedClassifier {
  format: 'clearline-nlu';
  version: 1;
  labels: string[];
  features: SerializedFeatureSpace;
  dim: number;
  weights: string;
  bias: number[];
  temperature: number;
  oosThreshold: number;
  report: TrainReport;
  mlp?: {
    hidden: number;
    weight: number;
    w1: string;
    b1: string;
    w2: string;
    b2: string;
  };
}

function softmaxInto(scores: Float64Array, t: number, out: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > max) max = scores[i]!;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp((scores[i]! - max) / t);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < scores.length; i++) out[i]! /= sum;
  return out;
}

function argmax(a: ArrayLike<number>): number {
  let b = 0;
  for (let i = 1; i < a.length; i++) if (a[i]! > a[b]!) b = i;
  return b;
}

/** Fits a softmax temperature minimising NLL of the held-out scores (golden-section on log T). */
export function fitTemperature(scores: Float64Array[], gold: Int32Array): number {
  const k = scores[0]?.length ?? 0;
  if (k < 2 || scores.length === 0) return 1;
  const p = new Float64Array(k);
  const nll = (logT: number): number => {
    const t = Math.exp(logT);
    let s = 0;
    for (let i = 0; i < scores.length; i++) {
      softmaxInto(scores[i]!, t, p);
      s -= Math.log(Math.max(p[gold[i]!]!, 1e-12));
    }
    return s;
  };
  let a = Math.log(0.005);
  let b = Math.log(20);
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
 * Chooses the out-of-scope threshold on held-out predictions: a message is out of scope when its top
 * class is the out-of-scope class or its top in-scope probability is below the threshold. Maximises
 * (1 - w) * in-scope accuracy + w * out-of-scope recall.
 */
export function fitOosThreshold(
  probs: Float64Array[],
  gold: Int32Array,
  oosIndex: number,
  weight: number,
): { threshold: number; inScopeAccuracy: number; oosRecall: number } {
  const items: { top: number; correct: boolean; oos: boolean; predOos: boolean }[] = [];
  let nIn = 0;
  let nOos = 0;
  for (let i = 0; i < probs.length; i++) {
    const p = probs[i]!;
    const b = argmax(p);
    const isOos = gold[i] === oosIndex;
    if (isOos) nOos++;
    else nIn++;
    items.push({ top: p[b]!, correct: b === gold[i], oos: isOos, predOos: b === oosIndex });
  }
  if (nIn === 0 || nOos === 0) return { threshold: 0, inScopeAccuracy: 0, oosRecall: 0 };
  const candidates = [0, ...new Set(items.filter((x) => !x.predOos).map((x) => x.top))].sort((x, y) => x - y);
  const stride = Math.max(1, Math.floor(candidates.length / 500));
  const grid = candidates.filter((_, i) => i % stride === 0);
  const evals = grid.map((t) => {
    let inOk = 0;
    let oosOk = 0;
    for (const x of items) {
      const predOos = x.predOos || x.top < t;
      if (x.oos) {
        if (predOos) oosOk++;
      } else if (!predOos && x.correct) inOk++;
    }
    const inScopeAccuracy = inOk / nIn;
    const oosRecall = oosOk / nOos;
    return {
      threshold: t,
      inScopeAccuracy,
      oosRecall,
      score: (1 - weight) * inScopeAccuracy + weight * oosRecall,
    };
  });
  // The middle of the best plateau (all thresholds within a hair of the best score) is more robust than
  // either of its edges.
  const top = Math.max(...evals.map((e) => e.score));
  const plateau = evals.filter((e) => e.score >= top - 1e-3);
  const best = plateau[Math.floor(plateau.length / 2)]!;
  return { threshold: best.threshold, inScopeAccuracy: best.inScopeAccuracy, oosRecall: best.oosRecall };
}

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

function subsetCsr(x: CsrMatrix, rows: number[]): CsrMatrix {
  let nnz = 0;
  for (const r of rows) nnz += x.ptr[r + 1]! - x.ptr[r]!;
  const ptr = new Int32Array(rows.length + 1);
  const idx = new Int32Array(nnz);
  const val = new Float32Array(nnz);
  let p = 0;
  rows.forEach((r, i) => {
    const s = x.ptr[r]!;
    const e = x.ptr[r + 1]!;
    idx.set(x.idx.subarray(s, e), p);
    val.set(x.val.subarray(s, e), p);
    p += e - s;
    ptr[i + 1] = p;
  });
  return { rows: rows.length, dim: x.dim, ptr, idx, val };
}

function rowVector(x: CsrMatrix, r: number) {
  return { idx: x.idx.subarray(x.ptr[r]!, x.ptr[r + 1]!), val: x.val.subarray(x.ptr[r]!, x.ptr[r + 1]!) };
}

function encodeFloat32(a: Float32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function decodeFloat32(s: string): Float32Array {
  const buf = Buffer.from(s, 'base64');
  const out = new Float32Array(buf.byteLength / 4);
  new Uint8Array(out.buffer).set(buf);
  return out;
}

export class IntentClassifier {
  readonly labels: string[];
  readonly features: FeatureSpace;
  readonly model: LinearModel;
  readonly temperature: number;
  readonly oosThreshold: number;
  readonly report: TrainReport;
  readonly mlp: MlpModel | null;
  private readonly oosIndex: number;
  private readonly scores: Float64Array;
  private readonly probs: Float64Array;
  private readonly mlpProbs: Float64Array;
  private readonly hiddenScratch: Float64Array;

  private constructor(
    labels: string[],
    features: FeatureSpace,
    model: LinearModel,
    temperature: number,
    oosThreshold: number,
    report: TrainReport,
    mlp: MlpModel | null = null,
  ) {
    this.mlp = mlp;
    this.mlpProbs = new Float64Array(labels.length);
    this.hiddenScratch = new Float64Array(mlp?.hidden ?? 0);
    this.labels = labels;
    this.features = features;
    this.model = model;
    this.temperature = temperature;
    this.oosThreshold = oosThreshold;
    this.report = report;
    this.oosIndex = labels.indexOf(OUT_OF_SCOPE);
    this.scores = new Float64Array(labels.length);
    this.probs = new Float64Array(labels.length);
  }

  /** Whether the model has an explicit out-of-scope class. */
  get hasOosClass(): boolean {
    return this.oosIndex >= 0;
  }

  /** Trains on labelled examples (labels `oos`/`out_of_scope` form the out-of-scope class). */
  static train(examples: readonly Example[], options: TrainOptions = {}): IntentClassifier {
    const started = performance.now();
    const log = options.log ?? (() => {});
    const seed = options.seed ?? 42;
    const cfg: FeatureConfig = { ...DEFAULT_FEATURES, ...(options.features ?? {}) };
    const rows = examples.filter((e) => e.text.trim().length > 0);
    if (rows.length === 0) throw new Error('no training examples');
    const labels = [...new Set(rows.map((e) => canonicalLabel(e.intent)))].sort();
    if (labels.length < 2) throw new Error('need at least two distinct labels');
    const labelIndex = new Map(labels.map((l, i) => [l, i]));
    const k = labels.length;
    const oosIndex = labelIndex.get(OUT_OF_SCOPE) ?? -1;
    const y = Int32Array.from(rows, (e) => labelIndex.get(canonicalLabel(e.intent))!);
    const tokens = rows.map((e) => tokenize(e.text));

    const aug: AugmentConfig | null =
      options.augment === false ? null : { ...DEFAULT_AUGMENT, ...(options.augment ?? {}) };
    const rng = createRng(seed ^ 0x5eed);
    const augTokens: string[][] = [];
    const augSource: number[] = [];
    if (aug && aug.copies > 0) {
      const total = Math.round(aug.copies * tokens.length);
      for (let j = 0; j < total; j++) {
        const i =
          j < tokens.length * Math.floor(aug.copies) ? j % tokens.length : Math.floor(rng() * tokens.length);
        augTokens.push(augmentTokens(tokens[i]!, rng, aug));
        augSource.push(i);
      }
    }
    const features = FeatureSpace.fit(tokens, cfg);
    const n = tokens.length;
    const all = toCsr(
      [...tokens, ...augTokens].map((t) => features.vectorizeTokens(t)),
      features.size,
    );
    const allY = new Int32Array(all.rows);
    allY.set(y);
    for (let j = 0; j < augSource.length; j++) allY[n + j] = y[augSource[j]!]!;
    const rowWeight = new Float32Array(all.rows).fill(1);
    if (aug) rowWeight.fill(aug.weight, n);
    log(`nlu: ${n} examples (+${augTokens.length} augmented), ${k} labels, ${features.size} features`);

    const cs = Array.isArray(options.c) ? options.c : [options.c ?? 1];
    const folds = options.folds ?? 3;
    const minClass = Math.min(...labels.map((_, i) => y.filter((v) => v === i).length));
    let bestC = cs[0]!;
    let temperature = 1;
    let threshold = typeof options.oosThreshold === 'number' ? options.oosThreshold : 0;
    let cvAccuracy: number | null = null;

    if (folds >= 2 && minClass >= 2 && n >= 4 * folds) {
      const fold = stratifiedFolds(y, folds, seed);
      const augFold = Int32Array.from(augSource, (s) => fold[s]!);
      let best: { c: number; acc: number; scores: Float64Array[] } | null = null;
      for (const c of cs) {
        const scores: Float64Array[] = new Array(n);
        for (let f = 0; f < folds; f++) {
          const trainRows: number[] = [];
          for (let i = 0; i < n; i++) if (fold[i] !== f) trainRows.push(i);
          for (let j = 0; j < augSource.length; j++) if (augFold[j] !== f) trainRows.push(n + j);
          const sub = subsetCsr(all, trainRows);
          const subY = Int32Array.from(trainRows, (r) => allY[r]!);
          const subW = Float32Array.from(trainRows, (r) => rowWeight[r]!);
          const m = trainOvrSvm(sub, subY, k, { c, seed: seed + f, rowWeight: subW });
          for (let i = 0; i < n; i++) {
            if (fold[i] === f) scores[i] = scoreInto(m, rowVector(all, i), new Float64Array(k));
          }
        }
        let ok = 0;
        for (let i = 0; i < n; i++) if (argmax(scores[i]!) === y[i]) ok++;
        const acc = ok / n;
        log(`nlu: C=${c} cv accuracy ${(acc * 100).toFixed(2)}%`);
        if (!best || acc > best.acc) best = { c, acc, scores };
      }
      bestC = best!.c;
      cvAccuracy = best!.acc;
      temperature = fitTemperature(best!.scores, y);
      if (options.oosThreshold === undefined || options.oosThreshold === 'auto') {
        if (oosIndex >= 0) {
          const probs = best!.scores.map((s) => softmaxInto(s, temperature, new Float64Array(k)));
          const fit = fitOosThreshold(probs, y, oosIndex, options.oosWeight ?? DEFAULT_OOS_WEIGHT);
          threshold = fit.threshold;
          log(
            `nlu: oos threshold ${threshold.toFixed(3)} (cv in-scope ${(fit.inScopeAccuracy * 100).toFixed(1)}%, oos recall ${(fit.oosRecall * 100).toFixed(1)}%)`,
          );
        }
      }
      log(`nlu: C=${bestC}, temperature ${temperature.toFixed(4)}`);
    }

    const model = trainOvrSvm(all, allY, k, { c: bestC, seed, rowWeight });
    let mlp: MlpModel | null = null;
    let mlpWeight = 0;
    if (options.mlp !== false) {
      const { weight, ...mlpOptions } = options.mlp ?? {};
      mlpWeight = weight ?? 0.5;
      const t = performance.now();
      const origRows = Array.from({ length: n }, (_, i) => rowVector(all, i));
      mlp = trainMlp(origRows, y, k, features.size, { ...DEFAULT_MLP, seed: seed + 101, ...mlpOptions });
      log(`nlu: mlp (${mlp.hidden} hidden) trained in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const report: TrainReport = {
      examples: n,
      labels: k,
      features: features.size,
      c: bestC,
      temperature,
      oosThreshold: threshold,
      cvAccuracy,
      mlpWeight,
      seconds: (performance.now() - started) / 1000,
    };
    log(`nlu: trained in ${report.seconds.toFixed(1)} s`);
    return new IntentClassifier(labels, features, model, temperature, threshold, report, mlp);
  }

  /** Classifies one message. */
  predict(text: string, topK = 5): Prediction {
    const x = this.features.vectorize(text);
    const scores = scoreInto(this.model, x, this.scores);
    const p = softmaxInto(scores, this.temperature, this.probs);
    // The out-of-scope threshold was calibrated on the SVM's probabilities.
    let svmTop = 0;
    for (let i = 0; i < p.length; i++) if (p[i]! > svmTop) svmTop = p[i]!;
    if (this.mlp) {
      const q = mlpForward(this.mlp, x, this.hiddenScratch, this.mlpProbs);
      const w = this.report.mlpWeight;
      for (let i = 0; i < p.length; i++) p[i] = (1 - w) * p[i]! + w * q[i]!;
    }
    const order = Array.from(p.keys()).sort((a, b) => p[b]! - p[a]! || a - b);
    const ranking = order
      .slice(0, Math.max(1, topK))
      .map((i) => ({ intent: this.labels[i]!, confidence: p[i]! }));
    const top = order[0]!;
    if (top === this.oosIndex) {
      return { intent: OUT_OF_SCOPE, confidence: p[top]!, ranking, outOfScope: true };
    }
    if (x.idx.length === 0 || svmTop < this.oosThreshold) {
      return { intent: OUT_OF_SCOPE, confidence: 1 - p[top]!, ranking, outOfScope: true };
    }
    return { intent: this.labels[top]!, confidence: p[top]!, ranking, outOfScope: false };
  }

  toJSON(): SerializedClassifier {
    const mlp = this.mlp;
    return {
      ...(mlp
        ? {
            mlp: {
              hidden: mlp.hidden,
              weight: this.report.mlpWeight,
              w1: encodeFloat32(mlp.w1),
              b1: encodeFloat32(mlp.b1),
              w2: encodeFloat32(mlp.w2),
              b2: encodeFloat32(mlp.b2),
            },
          }
        : {}),
      format: 'clearline-nlu',
      version: 1,
      labels: this.labels,
      features: this.features.toJSON(),
      dim: this.model.dim,
      weights: encodeFloat32(this.model.w),
      bias: Array.from(this.model.bias),
      temperature: this.temperature,
      oosThreshold: this.oosThreshold,
      report: this.report,
    };
  }

  serialize(): string {
    return JSON.stringify(this.toJSON());
  }

  static fromJSON(data: SerializedClassifier): IntentClassifier {
    if (data.format !== 'clearline-nlu' || data.version !== 1)
      throw new Error('not a Clearline NLU model (v1)');
    const features = FeatureSpace.fromJSON(data.features);
    const k = data.labels.length;
    const w = decodeFloat32(data.weights);
    if (w.length !== data.dim * k) throw new Error('corrupt model: weight size mismatch');
    const model: LinearModel = { k, dim: data.dim, w, bias: Float32Array.from(data.bias) };
    const m = data.mlp;
    const mlp: MlpModel | null = m
      ? {
          dim: data.dim,
          hidden: m.hidden,
          k,
          w1: decodeFloat32(m.w1),
          b1: decodeFloat32(m.b1),
          w2: decodeFloat32(m.w2),
          b2: decodeFloat32(m.b2),
        }
      : null;
    if (mlp && (mlp.w1.length !== data.dim * mlp.hidden || mlp.w2.length !== mlp.hidden * k)) {
      throw new Error('corrupt model: mlp size mismatch');
    }
    const report = { ...data.report, mlpWeight: mlp ? (m?.weight ?? 0.5) : 0 };
    return new IntentClassifier(
      data.labels,
      features,
      model,
      data.temperature,
      data.oosThreshold,
      report,
      mlp,
    );
  }

  static deserialize(json: string): IntentClassifier {
    return IntentClassifier.fromJSON(JSON.parse(json) as SerializedClassifier);
  }
}
