/**
 * The intent classifier: TF-IDF features (word and character n-gram views) into an ensemble of a
 * one-vs-rest linear SVM and one-hidden-layer MLPs (by default three: all views, the character view alone,
 * and all views with another seed; averaging MLPs that see the message differently or start differently
 * cuts their variance: +0.4 points of cross-validated accuracy on Banking77), with
 *  - stratified cross-validation on the training data giving every member out-of-fold scores, on which
 *    each member's softmax temperature (NLL), the ensemble weights and the out-of-scope rule are fitted,
 *  - out-of-scope detection: an explicit out-of-scope class when the training data has one, plus a
 *    rejection threshold chosen on the out-of-fold scores as the least aggressive one whose held-out
 *    out-of-scope recall reaches a target (0.70) with 95% confidence (a lower Wilson bound, so the margin
 *    is set by how many out-of-scope examples there are), which keeps in-scope accuracy as high as it can,
 *  - the folds' and final members' training spread over worker threads (results do not depend on the
 *    number of threads: every task is seeded on its own),
 *  - light typo/word-dropout augmentation for the SVM, all driven by seeded PRNGs (deterministic training),
 *  - int8 row-quantised weights (small model files; predictions identical after a round trip).
 */
import { availableParallelism } from 'node:os';
import {
  fitOosThreshold,
  fitTemperature,
  NO_OOS_RULE,
  normalQuantile,
  type OosFit,
  type OosRule,
  oosScore,
  softmaxInto,
  stratifiedFolds,
} from './calibration.ts';
import { canonicalLabel, type Example, OUT_OF_SCOPE } from './dataset.ts';
import {
  DEFAULT_FEATURES,
  type FeatureConfig,
  FeatureSpace,
  type SerializedFeatureSpace,
  type ViewName,
  viewMask,
} from './features.ts';
import {
  deserializeMember,
  type MemberModel,
  type MemberSpec,
  memberLogits,
  memberScratch,
  type SerializedMember,
  serializeMember,
} from './members.ts';
import { DEFAULT_MLP, type MlpOptions } from './mlp.ts';
import { tokenize } from './normalize.ts';
import { runTrainTasks } from './parallel.ts';
import type { AugmentConfig, TaskResult, TrainContext, TrainTask } from './train-task.ts';

export { fitTemperature, stratifiedFolds } from './calibration.ts';
export type { AugmentConfig } from './train-task.ts';

export interface RankedIntent {
  intent: string;
  confidence: number;
}

export interface Prediction {
  /** Best intent, or {@link OUT_OF_SCOPE} when the message is out of scope. */
  intent: string;
  /** Calibrated probability of `intent` (for out of scope: the probability it is not the top intent). */
  confidence: number;
  /** Intents by decreasing probability (the out-of-scope class included when trained). */
  ranking: RankedIntent[];
  outOfScope: boolean;
}

export interface TrainOptions {
  seed?: number;
  features?: Partial<FeatureConfig>;
  /** SVM regularisation: one value, or candidates chosen by cross-validated accuracy. */
  c?: number | number[];
  /** Cross-validation folds for calibration (0 or 1: no calibration, fixed weights, no threshold). */
  folds?: number;
  augment?: Partial<AugmentConfig> | false;
  /**
   * Out-of-scope rejection: 'auto' (fitted on held-out folds when the data has out-of-scope rows) or a
   * fixed threshold on the top intent's probability (below it, the message is out of scope).
   */
  oosThreshold?: number | 'auto';
  /**
   * Out-of-scope recall the fitted rule must reach (default 0.70), with confidence `oosConfidence`: the
   * one-sided lower confidence bound of the held-out recall must reach it, so the margin grows as the
   * held-out out-of-scope examples get fewer (100 examples at 0.95: a held-out recall of about 0.78).
   */
  oosRecallTarget?: number;
  /** Confidence of that bound (default 0.95; 0.5 uses the held-out recall itself). */
  oosConfidence?: number;
  /** Candidate `mix` values of the rule ({@link OosRule}); the best held-out in-scope accuracy wins. */
  oosMix?: number[];
  /**
   * The MLP ensemble member, or false for the SVM alone. `weight` fixes its share of the averaged
   * probabilities; by default the share is chosen on the held-out folds.
   */
  mlp?: (Partial<Omit<MlpOptions, 'seed' | 'rowWeight'>> & { weight?: number }) | false;
  /**
   * The feature views of each MLP member: one MLP per entry, each with its own seed (default
   * {@link DEFAULT_MLP_VIEWS}). The MLPs share the MLP weight equally. Differently seeded MLPs and MLPs that
   * see only part of the features err differently, so their average is better than any one of them.
   */
  mlpViews?: (readonly ViewName[] | 'all')[];
  /**
   * Diagnostics: receives the members' calibrated out-of-fold probabilities (flat n x k each, SVM first)
   * and the labels, to study calibration choices offline.
   */
  onHeldOut?: (heldOut: { labels: string[]; y: Int32Array; memberProbs: Float64Array[] }) => void;
  /** Worker threads for training (default: 2 from 2,000 examples on, never more than the machine's cores). */
  workers?: number;
  log?: (message: string) => void;
}

/** The options the evaluation CLI, the benchmark and the shipped model train with. */
export const RECOMMENDED_TRAIN_OPTIONS: Readonly<TrainOptions> = Object.freeze({
  seed: 42,
  c: 1,
  folds: 3,
});

export interface TrainReport {
  examples: number;
  labels: number;
  features: number;
  c: number;
  /** Softmax temperature of each member (SVM first). */
  temperatures: number[];
  /** Ensemble weight of each member. */
  weights: number[];
  /** Out-of-scope rule (threshold null: the explicit class only). */
  oosMix: number;
  oosThreshold: number | null;
  /** Held-out accuracy of the calibrated ensemble (all labels), null without calibration. */
  cvAccuracy: number | null;
  /** Held-out in-scope accuracy and out-of-scope recall with the fitted rule (null without oos data). */
  cvInScopeAccuracy: number | null;
  cvOosRecall: number | null;
  seconds: number;
}

/** All views, the character view alone, and all views again (another seed). */
export const DEFAULT_MLP_VIEWS: readonly (readonly ViewName[] | 'all')[] = Object.freeze([
  'all',
  ['char'],
  'all',
]);

export const DEFAULT_AUGMENT: AugmentConfig = { copies: 0.5, typoRate: 0.15, dropRate: 0.05, weight: 0.5 };
export const DEFAULT_OOS_RECALL_TARGET = 0.7;
export const DEFAULT_OOS_CONFIDENCE = 0.95;
const DEFAULT_OOS_MIX = [0, 0.5, 1];
const WEIGHT_GRID = Array.from({ length: 11 }, (_, i) => i / 10);

interface SerializedEnsembleMember {
  temperature: number;
  weight: number;
  model: SerializedMember;
}

export interface SerializedClassifier {
  format: 'clearline-nlu';
  version: 2;
  labels: string[];
  features: SerializedFeatureSpace;
  dim: number;
  members: SerializedEnsembleMember[];
  oos: { mix: number; threshold: number | null };
  report: TrainReport;
}

interface Member {
  model: MemberModel;
  temperature: number;
  weight: number;
  logits: Float64Array;
  probs: Float64Array;
  scratch: Float64Array;
}

function argmax(a: ArrayLike<number>): number {
  let b = 0;
  for (let i = 1; i < a.length; i++) if (a[i]! > a[b]!) b = i;
  return b;
}

/** Indices of the `n` largest values, largest first (ties: lower index first), without sorting them all. */
function topIndices(p: Float64Array, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (out.length === n && v <= p[out[n - 1]!]!) continue;
    let j = out.length < n ? out.length : n - 1;
    while (j > 0 && p[out[j - 1]!]! < v) {
      if (j < n) out[j] = out[j - 1]!;
      j--;
    }
    out[j] = i;
  }
  return out;
}

/** Weighted average of the members' calibrated held-out probabilities (flat n x k). */
function mixProbs(probs: readonly Float64Array[], weights: readonly number[]): Float64Array {
  const out = new Float64Array(probs[0]!.length);
  probs.forEach((p, m) => {
    const w = weights[m]!;
    if (w === 0) return;
    for (let i = 0; i < out.length; i++) out[i]! += w * p[i]!;
  });
  return out;
}

function accuracyAndNll(p: Float64Array, gold: Int32Array, k: number): { acc: number; nll: number } {
  let ok = 0;
  let nll = 0;
  for (let i = 0; i < gold.length; i++) {
    const off = i * k;
    let b = 0;
    for (let c = 1; c < k; c++) if (p[off + c]! > p[off + b]!) b = c;
    if (b === gold[i]) ok++;
    nll -= Math.log(Math.max(p[off + gold[i]!]!, 1e-12));
  }
  return { acc: ok / gold.length, nll: nll / gold.length };
}

export class IntentClassifier {
  readonly labels: string[];
  readonly features: FeatureSpace;
  readonly report: TrainReport;
  readonly oosRule: OosRule;
  private readonly members: Member[];
  private readonly oosIndex: number;
  private readonly probs: Float64Array;

  private constructor(
    labels: string[],
    features: FeatureSpace,
    members: { model: MemberModel; temperature: number; weight: number }[],
    oosRule: OosRule,
    report: TrainReport,
  ) {
    this.labels = labels;
    this.features = features;
    this.oosRule = oosRule;
    this.report = report;
    this.oosIndex = labels.indexOf(OUT_OF_SCOPE);
    const k = labels.length;
    this.members = members.map((m) => ({
      ...m,
      logits: new Float64Array(k),
      probs: new Float64Array(k),
      scratch: memberScratch(m.model),
    }));
    this.probs = new Float64Array(k);
  }

  /** Whether the model has an explicit out-of-scope class. */
  get hasOosClass(): boolean {
    return this.oosIndex >= 0;
  }

  /** The rule's threshold (0 when the model never rejects by threshold). */
  get oosThreshold(): number {
    return Number.isFinite(this.oosRule.threshold) ? this.oosRule.threshold : 0;
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
    const n = rows.length;

    const aug: AugmentConfig | null =
      options.augment === false ? null : { ...DEFAULT_AUGMENT, ...(options.augment ?? {}) };
    const cs = Array.isArray(options.c) ? options.c : [options.c ?? 1];
    if (cs.length === 0) throw new Error('no C candidates');
    const mlpOpt = options.mlp === false ? null : (options.mlp ?? {});
    const svmSpec = (c: number): MemberSpec => ({ type: 'svm', c, augmented: aug !== null });
    const mlpViews = options.mlpViews ?? DEFAULT_MLP_VIEWS;
    const mlpSpecs: MemberSpec[] = mlpOpt
      ? mlpViews.map((v) => ({
          type: 'mlp',
          options: {
            hidden: mlpOpt.hidden ?? DEFAULT_MLP.hidden,
            epochs: mlpOpt.epochs ?? DEFAULT_MLP.epochs,
            learningRate: mlpOpt.learningRate ?? DEFAULT_MLP.learningRate,
            dropout: mlpOpt.dropout ?? DEFAULT_MLP.dropout,
            inputDropout: mlpOpt.inputDropout ?? DEFAULT_MLP.inputDropout,
            initScale: mlpOpt.initScale ?? DEFAULT_MLP.initScale,
          },
          augmented: false,
          views: viewMask(v),
        }))
      : [];
    const nMlp = mlpSpecs.length;

    const requestedFolds = options.folds ?? 3;
    const minClass = Math.min(...labels.map((_, i) => y.filter((v) => v === i).length));
    const folds = requestedFolds >= 2 && minClass >= 2 && n >= 4 * requestedFolds ? requestedFolds : 0;
    const fold = folds > 0 ? stratifiedFolds(y, folds, seed) : new Int32Array(n).fill(-2);
    const ctx: TrainContext = { tokens, y, k, fold, features: cfg, augment: aug, seed };
    // Worker threads pay off from a few thousand examples (starting one costs about a second).
    const workers = Math.max(1, options.workers ?? (n >= 2000 ? Math.min(2, availableParallelism()) : 1));
    const svmSeed = (f: number) => seed + 17 * (f + 1);
    const mlpSeed = (f: number, j: number) => seed + 101 + f + 1000 * j;

    // Phase 1: every fold task, plus the final members that need no choice (the MLP; the SVM when C is
    // fixed). Longest first: final before folds, the MLP before the SVM.
    const tasks: TrainTask[] = [];
    const finalIdx: { svm: number; mlp: number[] } = { svm: -1, mlp: [] };
    mlpSpecs.forEach((spec, j) => {
      finalIdx.mlp.push(tasks.length);
      tasks.push({ fold: -1, member: spec, seed: mlpSeed(-1, j) });
    });
    if (cs.length === 1 || folds === 0) {
      finalIdx.svm = tasks.length;
      tasks.push({ fold: -1, member: svmSpec(cs[0]!), seed: svmSeed(-1) });
    }
    const foldIdx: { mlp: number[][]; svm: number[][] } = {
      mlp: mlpSpecs.map(() => []),
      svm: cs.map(() => []),
    };
    for (let f = 0; f < folds; f++) {
      mlpSpecs.forEach((spec, j) => {
        foldIdx.mlp[j]!.push(tasks.length);
        tasks.push({ fold: f, member: spec, seed: mlpSeed(f, j) });
      });
      cs.forEach((c, ci) => {
        foldIdx.svm[ci]!.push(tasks.length);
        tasks.push({ fold: f, member: svmSpec(c), seed: svmSeed(f) });
      });
    }
    log(
      `nlu: ${n} examples, ${k} labels, ${folds} folds, ${tasks.length} training tasks on ${Math.min(workers, tasks.length)} thread(s)`,
    );
    const results = runTrainTasks(ctx, tasks, workers, log);

    // Out-of-fold logits of a member (n x k) from its fold tasks.
    const oof = (idx: number[]): Float32Array => {
      const out = new Float32Array(n * k);
      idx.forEach((ti, f) => {
        const r = results[ti] as Extract<TaskResult, { kind: 'fold' }>;
        let j = 0;
        for (let i = 0; i < n; i++) {
          if (fold[i] !== f) continue;
          out.set(r.scores.subarray(j * k, j * k + k), i * k);
          j++;
        }
      });
      return out;
    };

    let bestC = cs[0]!;
    // Without calibration: typical held-out temperatures of the members (SVM margins, MLP logits).
    const mlpWeights = (w: number): number[] => [
      Math.round((1 - w) * 1e9) / 1e9,
      ...mlpSpecs.map(() => w / nMlp),
    ];
    let temperatures = [0.15, ...mlpSpecs.map(() => 1.5)];
    let weights = nMlp > 0 ? mlpWeights(mlpOpt?.weight ?? 0.5) : [1];
    let oosRule: OosRule = NO_OOS_RULE;
    let cvAccuracy: number | null = null;
    let cvInScopeAccuracy: number | null = null;
    let cvOosRecall: number | null = null;
    if (typeof options.oosThreshold === 'number') oosRule = { mix: 1, threshold: 1 - options.oosThreshold };

    if (folds > 0) {
      let svmOof: Float32Array | null = null;
      let bestAcc = -1;
      cs.forEach((c, ci) => {
        const s = oof(foldIdx.svm[ci]!);
        let ok = 0;
        for (let i = 0; i < n; i++) if (argmax(s.subarray(i * k, i * k + k)) === y[i]) ok++;
        log(`nlu: svm C=${c} held-out accuracy ${((ok / n) * 100).toFixed(2)}%`);
        if (ok / n > bestAcc) {
          bestAcc = ok / n;
          bestC = c;
          svmOof = s;
        }
      });
      const memberOof = [svmOof!, ...foldIdx.mlp.map((idx) => oof(idx))];
      temperatures = memberOof.map((s) => fitTemperature(s, y, k));
      const probs = memberOof.map((s, m) => {
        const p = new Float64Array(n * k);
        for (let i = 0; i < n; i++) softmaxInto(s, i * k, k, temperatures[m]!, p, i * k);
        return p;
      });
      options.onHeldOut?.({ labels, y, memberProbs: probs });
      const target = options.oosRecallTarget ?? DEFAULT_OOS_RECALL_TARGET;
      const z = Math.max(0, normalQuantile(options.oosConfidence ?? DEFAULT_OOS_CONFIDENCE));
      const fitRule =
        oosIndex >= 0 && (options.oosThreshold === undefined || options.oosThreshold === 'auto');
      const grid = nMlp > 0 && mlpOpt?.weight === undefined ? WEIGHT_GRID : [1 - weights[0]!];
      // Joint choice of the MLP's weight and the rule: best held-out in-scope accuracy at the target
      // out-of-scope recall (without out-of-scope data: best accuracy), ties to the lower NLL.
      let best: { w: number; acc: number; nll: number; key: number; fit: OosFit | null } | null = null;
      for (const w of grid) {
        const p = nMlp > 0 ? mixProbs(probs, mlpWeights(w)) : probs[0]!;
        const { acc, nll } = accuracyAndNll(p, y, k);
        let fit: OosFit | null = null;
        if (fitRule) {
          for (const mix of options.oosMix ?? DEFAULT_OOS_MIX) {
            const f = fitOosThreshold(p, y, k, oosIndex, mix, target, z);
            if (!fit || f.inScopeAccuracy > fit.inScopeAccuracy + 1e-12) fit = f;
          }
        }
        const key = fit ? fit.inScopeAccuracy : acc;
        if (!best || key > best.key + 1e-12 || (Math.abs(key - best.key) <= 1e-12 && nll < best.nll))
          best = { w, acc, nll, key, fit };
      }
      weights = nMlp > 0 ? mlpWeights(best!.w) : [1];
      cvAccuracy = best!.acc;
      if (best!.fit) {
        oosRule = best!.fit.rule;
        cvInScopeAccuracy = best!.fit.inScopeAccuracy;
        cvOosRecall = best!.fit.oosRecall;
        log(
          `nlu: oos rule mix ${oosRule.mix}, threshold ${oosRule.threshold.toFixed(4)} (held-out in-scope ${(cvInScopeAccuracy * 100).toFixed(2)}%, oos recall ${(cvOosRecall * 100).toFixed(1)}%)`,
        );
      }
      log(
        `nlu: temperatures ${temperatures.map((t) => t.toFixed(4)).join('/')}, weights ${weights.join('/')}, held-out accuracy ${(cvAccuracy * 100).toFixed(2)}%`,
      );
    }

    if (finalIdx.svm < 0) {
      // Phase 2: the final SVM with the chosen C.
      const [r] = runTrainTasks(ctx, [{ fold: -1, member: svmSpec(bestC), seed: svmSeed(-1) }], 1, log);
      results.push(r!);
      finalIdx.svm = results.length - 1;
    }
    const finalSvm = results[finalIdx.svm] as Extract<TaskResult, { kind: 'final' }>;
    const members = [{ model: finalSvm.model, temperature: temperatures[0]!, weight: weights[0]! }];
    finalIdx.mlp.forEach((ti, j) => {
      const r = results[ti] as Extract<TaskResult, { kind: 'final' }>;
      members.push({ model: r.model, temperature: temperatures[j + 1]!, weight: weights[j + 1]! });
    });
    const features = FeatureSpace.fromJSON(finalSvm.features);
    const report: TrainReport = {
      examples: n,
      labels: k,
      features: features.size,
      c: bestC,
      temperatures,
      weights,
      oosMix: oosRule.mix,
      oosThreshold: Number.isFinite(oosRule.threshold) ? oosRule.threshold : null,
      cvAccuracy,
      cvInScopeAccuracy,
      cvOosRecall,
      seconds: (performance.now() - started) / 1000,
    };
    log(`nlu: trained in ${report.seconds.toFixed(1)} s`);
    return new IntentClassifier(labels, features, members, oosRule, report);
  }

  /** Diagnostics: each member's calibrated probabilities for a message (SVM first). */
  memberProbabilities(text: string): Float64Array[] {
    const x = this.features.vectorize(text);
    return this.members.map((m) => {
      memberLogits(m.model, this.features.restrict(x, m.model.views), m.logits, m.scratch);
      const p = new Float64Array(this.labels.length);
      softmaxInto(m.logits, 0, this.labels.length, m.temperature, p);
      return p;
    });
  }

  /** Classifies one message. */
  predict(text: string, topK = 5): Prediction {
    const x = this.features.vectorize(text);
    const k = this.labels.length;
    const p = this.probs.fill(0);
    for (const m of this.members) {
      if (m.weight === 0) continue;
      memberLogits(m.model, this.features.restrict(x, m.model.views), m.logits, m.scratch);
      softmaxInto(m.logits, 0, k, m.temperature, m.probs);
      for (let c = 0; c < k; c++) p[c]! += m.weight * m.probs[c]!;
    }
    const order = topIndices(p, Math.max(1, Math.min(topK, k)));
    const ranking = order.map((i) => ({ intent: this.labels[i]!, confidence: p[i]! }));
    const top = order[0]!;
    if (top === this.oosIndex) {
      return { intent: OUT_OF_SCOPE, confidence: p[top]!, ranking, outOfScope: true };
    }
    const pOos = this.oosIndex >= 0 ? p[this.oosIndex]! : 0;
    if (x.idx.length === 0 || oosScore(pOos, p[top]!, this.oosRule.mix) >= this.oosRule.threshold) {
      return { intent: OUT_OF_SCOPE, confidence: 1 - p[top]!, ranking, outOfScope: true };
    }
    return { intent: this.labels[top]!, confidence: p[top]!, ranking, outOfScope: false };
  }

  toJSON(): SerializedClassifier {
    return {
      format: 'clearline-nlu',
      version: 2,
      labels: this.labels,
      features: this.features.toJSON(),
      dim: this.features.size,
      members: this.members.map((m) => ({
        temperature: m.temperature,
        weight: m.weight,
        model: serializeMember(m.model),
      })),
      oos: {
        mix: this.oosRule.mix,
        threshold: Number.isFinite(this.oosRule.threshold) ? this.oosRule.threshold : null,
      },
      report: this.report,
    };
  }

  serialize(): string {
    return JSON.stringify(this.toJSON());
  }

  static fromJSON(data: SerializedClassifier): IntentClassifier {
    if (data?.format !== 'clearline-nlu' || data.version !== 2)
      throw new Error('not a Clearline NLU model (v2)');
    const features = FeatureSpace.fromJSON(data.features);
    if (features.size !== data.dim) throw new Error('corrupt model: feature count mismatch');
    const k = data.labels.length;
    const members = data.members.map((m) => {
      const model = deserializeMember(m.model, data.dim);
      if (model.k !== k) throw new Error('corrupt model: label count mismatch');
      return { model, temperature: m.temperature, weight: m.weight };
    });
    if (members.length === 0) throw new Error('corrupt model: no members');
    const rule: OosRule = {
      mix: data.oos.mix,
      threshold: data.oos.threshold ?? Number.POSITIVE_INFINITY,
    };
    return new IntentClassifier(data.labels, features, members, rule, data.report);
  }

  static deserialize(json: string): IntentClassifier {
    return IntentClassifier.fromJSON(JSON.parse(json) as SerializedClassifier);
  }
}
