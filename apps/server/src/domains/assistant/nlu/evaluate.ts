/**
 * Evaluation metrics shared by the evaluation CLI and the benchmark.
 *
 * - accuracy: over all rows; an out-of-scope row is correct when predicted out of scope.
 * - macroF1: mean per-label F1 over the labels in the gold data (out-of-scope included when present).
 * - inScopeAccuracy: over in-scope rows only (an out-of-scope prediction counts as wrong).
 * - oosRecall / oosPrecision: of the out-of-scope class (null when undefined).
 * - p50Ms / p99Ms: latency of classifying one utterance.
 */
import { type Example, OUT_OF_SCOPE } from './dataset.ts';

export interface EvalPrediction {
  intent: string;
  outOfScope: boolean;
}

export interface EvalMetrics {
  n: number;
  accuracy: number;
  macroF1: number;
  inScopeAccuracy: number | null;
  oosRecall: number | null;
  oosPrecision: number | null;
  trainSeconds: number;
  p50Ms: number;
  p99Ms: number;
}

export interface EvalRun {
  metrics: EvalMetrics;
  predictions: EvalPrediction[];
  /** Per-row latency in ms. */
  latencies: number[];
}

export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i]!;
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** Computes the metrics from gold rows and predictions (predicted label = OUT_OF_SCOPE when outOfScope). */
export function computeMetrics(
  gold: readonly Example[],
  predictions: readonly EvalPrediction[],
  latencies: readonly number[],
  trainSeconds: number,
): EvalMetrics {
  const n = gold.length;
  let correct = 0;
  let inN = 0;
  let inOk = 0;
  let oosN = 0;
  let oosTp = 0;
  let oosPred = 0;
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (let i = 0; i < n; i++) {
    const g = gold[i]!.intent;
    const p = predictions[i]!;
    const pred = p.outOfScope ? OUT_OF_SCOPE : p.intent;
    const gOos = g === OUT_OF_SCOPE;
    if (pred === g) {
      correct++;
      inc(tp, g);
    } else {
      inc(fn, g);
      inc(fp, pred);
    }
    if (gOos) {
      oosN++;
      if (pred === OUT_OF_SCOPE) oosTp++;
    } else {
      inN++;
      if (pred === g) inOk++;
    }
    if (pred === OUT_OF_SCOPE) oosPred++;
  }
  const goldLabels = [...new Set(gold.map((g) => g.intent))];
  let f1sum = 0;
  for (const l of goldLabels) {
    const t = tp.get(l) ?? 0;
    const prec = t + (fp.get(l) ?? 0) > 0 ? t / (t + (fp.get(l) ?? 0)) : 0;
    const rec = t / (t + (fn.get(l) ?? 0));
    f1sum += prec + rec > 0 ? (2 * prec * rec) / (prec + rec) : 0;
  }
  return {
    n,
    accuracy: n > 0 ? round(correct / n) : 0,
    macroF1: goldLabels.length > 0 ? round(f1sum / goldLabels.length) : 0,
    inScopeAccuracy: inN > 0 ? round(inOk / inN) : null,
    oosRecall: oosN > 0 ? round(oosTp / oosN) : null,
    oosPrecision: oosPred > 0 ? round(oosTp / oosPred) : oosN > 0 ? 0 : null,
    trainSeconds: round(trainSeconds, 2),
    p50Ms: round(percentile(latencies, 0.5), 4),
    p99Ms: round(percentile(latencies, 0.99), 4),
  };
}

/** Runs a predictor over the test rows, timing each call. */
export function runEvaluation(
  test: readonly Example[],
  predict: (text: string) => EvalPrediction,
  trainSeconds: number,
): EvalRun {
  // Warm-up so JIT compilation is not billed to the first utterances.
  for (let i = 0; i < Math.min(50, test.length); i++) predict(test[i]!.text);
  const predictions: EvalPrediction[] = [];
  const latencies: number[] = [];
  for (const row of test) {
    const t0 = performance.now();
    const p = predict(row.text);
    latencies.push(performance.now() - t0);
    predictions.push(p);
  }
  return { metrics: computeMetrics(test, predictions, latencies, trainSeconds), predictions, latencies };
}

/** Accuracy per language (`lang` field), in-scope and out-of-scope rows alike. */
export function accuracyByLang(
  test: readonly Example[],
  predictions: readonly EvalPrediction[],
): Record<string, number> {
  const tot = new Map<string, number>();
  const ok = new Map<string, number>();
  test.forEach((row, i) => {
    if (!row.lang) return;
    const p = predictions[i]!;
    const pred = p.outOfScope ? OUT_OF_SCOPE : p.intent;
    tot.set(row.lang, (tot.get(row.lang) ?? 0) + 1);
    if (pred === row.intent) ok.set(row.lang, (ok.get(row.lang) ?? 0) + 1);
  });
  const out: Record<string, number> = {};
  for (const lang of [...tot.keys()].sort()) out[lang] = round((ok.get(lang) ?? 0) / tot.get(lang)!);
  return out;
}
