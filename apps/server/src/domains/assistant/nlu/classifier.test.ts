import { describe, expect, it } from 'vitest';
import { fitOosThreshold, normalQuantile, oosScore, wilsonLower } from './calibration.ts';
import { IntentClassifier, type TrainOptions } from './classifier.ts';
import { isOutOfScopeLabel, OUT_OF_SCOPE } from './dataset.ts';
import { ALL_VIEWS, viewMask } from './features.ts';
import { quantizeRows } from './quantize.ts';
import { syntheticDataset } from './synthetic-data.ts';

const { train, test } = syntheticDataset();
const opts: TrainOptions = {
  seed: 7,
  c: [0.5, 1],
  folds: 3,
  mlp: { hidden: 32, epochs: 6 },
  mlpViews: ['all', ['char']],
  workers: 1,
};
const strip = (c: IntentClassifier) => ({ ...c.toJSON(), report: { ...c.report, seconds: 0 } });

describe('IntentClassifier', () => {
  const clf = IntentClassifier.train(train, opts);

  it('learns the synthetic intents and detects out-of-scope messages', () => {
    let ok = 0;
    for (const row of test) {
      const p = clf.predict(row.text);
      if ((p.outOfScope ? OUT_OF_SCOPE : p.intent) === row.intent) ok++;
    }
    expect(ok / test.length).toBeGreaterThanOrEqual(0.85);
    expect(clf.predict('what is the weather like in madrid').outOfScope).toBe(true);
    expect(clf.predict('i lost my card yesterday').intent).toBe('lost_stolen_card');
  });

  it('survives typos', () => {
    expect(clf.predict('i lsot my crad').intent).toBe('lost_stolen_card');
    expect(clf.predict('whats my currnet balanse').intent).toBe('balance_inquiry');
  });

  it('returns calibrated, sorted probabilities', () => {
    const p = clf.predict('connect me with a live agent', 10);
    expect(p.intent).toBe('talk_to_agent');
    expect(p.outOfScope).toBe(false);
    expect(p.confidence).toBeGreaterThan(0.3);
    expect(p.confidence).toBeLessThanOrEqual(1);
    for (let i = 1; i < p.ranking.length; i++) {
      expect(p.ranking[i - 1]!.confidence).toBeGreaterThanOrEqual(p.ranking[i]!.confidence);
    }
    const sum = clf.predict('x', 100).ranking.reduce((s, r) => s + r.confidence, 0);
    expect(sum).toBeCloseTo(1, 5);
    expect(clf.report.temperatures).toHaveLength(3);
    for (const t of clf.report.temperatures) expect(t).toBeGreaterThan(0);
    expect(clf.report.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 9);
  });

  it('fits the out-of-scope rule on held-out folds to the recall target', () => {
    expect(clf.report.cvOosRecall).toBeGreaterThanOrEqual(0.7);
    expect(clf.report.cvInScopeAccuracy).toBeGreaterThan(0.8);
    const strict = IntentClassifier.train(train, { ...opts, c: 1, oosRecallTarget: 1 });
    expect(strict.report.cvOosRecall).toBe(1);
  });

  it('is deterministic for a fixed seed, whatever the number of worker threads', () => {
    const again = IntentClassifier.train(train, opts);
    expect(strip(again)).toEqual(strip(clf));
    const threaded = IntentClassifier.train(train, { ...opts, workers: 2 });
    expect(strip(threaded)).toEqual(strip(clf));
    const other = IntentClassifier.train(train, { ...opts, seed: 8 });
    expect(strip(other).members[0]!.model).not.toEqual(strip(clf).members[0]!.model);
  });

  it('restricts each MLP member to its feature views', () => {
    const members = clf.toJSON().members;
    expect(members.map((m) => m.model.views)).toEqual([ALL_VIEWS, ALL_VIEWS, viewMask(['char'])]);
    const x = clf.features.vectorize('i lost my card yesterday');
    const chars = clf.features.restrict(x, viewMask(['char']));
    expect(chars.idx.length).toBeGreaterThan(0);
    expect(chars.idx.length).toBeLessThan(x.idx.length);
    expect(chars.val.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 5);
    expect(clf.features.restrict(x, ALL_VIEWS)).toBe(x);
    expect(() => viewMask(['nope' as 'char'])).toThrow();
  });

  it('round-trips through serialize/deserialize', () => {
    const copy = IntentClassifier.deserialize(clf.serialize());
    for (const row of test) expect(copy.predict(row.text)).toEqual(clf.predict(row.text));
    expect(() => IntentClassifier.deserialize('{"format":"other"}')).toThrow();
  });

  it('trains the SVM alone, without calibration', () => {
    const svm = IntentClassifier.train(train, { ...opts, mlp: false, folds: 0 });
    expect(svm.report.weights).toEqual([1]);
    expect(svm.report.cvAccuracy).toBeNull();
    expect(svm.predict('i lost my card yesterday').intent).toBe('lost_stolen_card');
  });

  it('never flags out-of-scope by threshold when trained without out-of-scope data', () => {
    const inScope = train.filter((r) => !isOutOfScopeLabel(r.intent));
    const c = IntentClassifier.train(inScope, opts);
    expect(c.oosThreshold).toBe(0);
    expect(c.hasOosClass).toBe(false);
    expect(c.predict('how do i change my address').outOfScope).toBe(false);
  });

  it('rejects unusable training data', () => {
    expect(() => IntentClassifier.train([])).toThrow();
    expect(() => IntentClassifier.train([{ text: 'a', intent: 'x' }])).toThrow();
  });
});

describe('out-of-scope threshold', () => {
  it('picks the least aggressive threshold reaching the recall target', () => {
    // 2 labels: 0 = in scope, 1 = out of scope; probabilities [p(in), p(oos)].
    const rows: [number, number, number][] = [
      [0.9, 0.1, 0],
      [0.8, 0.2, 0],
      [0.6, 0.4, 0],
      [0.7, 0.3, 1],
      [0.55, 0.45, 1],
      [0.3, 0.7, 1],
      [0.85, 0.15, 1],
    ];
    const probs = new Float64Array(rows.length * 2);
    rows.forEach(([a, b], i) => {
      probs.set([a, b], 2 * i);
    });
    const gold = Int32Array.from(rows.map((r) => r[2]));
    const fit = fitOosThreshold(probs, gold, 2, 1, 0, 0.75);
    // The oos rows score 0.3, 0.45, (argmax) and 0.15: 3 of 4 needs the threshold below 0.3 (and above 0.15).
    expect(fit.rule.threshold).toBeCloseTo(0.225, 9);
    expect(fit.oosRecall).toBe(0.75);
    expect(fit.inScopeAccuracy).toBeCloseTo(2 / 3, 9);
    expect(oosScore(0.2, 0.5, 1)).toBeCloseTo(0.5, 9);
    expect(fitOosThreshold(probs, gold, 2, 1, 0, 0.25).rule.threshold).toBe(Number.POSITIVE_INFINITY);
    // With a confidence bound, 4 held-out examples cannot show 0.75 recall short of catching them all.
    expect(fitOosThreshold(probs, gold, 2, 1, 0, 0.75, normalQuantile(0.95)).oosRecall).toBe(1);
  });

  it('asks more held-out recall of fewer examples', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
    expect(wilsonLower(78, 100, 1.645)).toBeGreaterThanOrEqual(0.7);
    expect(wilsonLower(77, 100, 1.645)).toBeLessThan(0.7);
    expect(wilsonLower(3, 4, 0)).toBe(0.75);
  });
});

describe('quantizeRows', () => {
  it('keeps every weight within half a step of its row scale', () => {
    const w = Float32Array.from([0.5, -0.25, 0.001, 0, 0, 0, -2, 1, 0.3]);
    const q = quantizeRows(w, 3, 3);
    expect(Array.from(q.q.subarray(3, 6))).toEqual([0, 0, 0]);
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) {
        expect(Math.abs(q.q[r * 3 + c]! * q.scale[r]! - w[r * 3 + c]!)).toBeLessThanOrEqual(
          q.scale[r]! / 2 + 1e-7,
        );
      }
    }
  });
});
