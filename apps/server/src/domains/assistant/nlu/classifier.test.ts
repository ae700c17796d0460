import { describe, expect, it } from 'vitest';
import { IntentClassifier } from './classifier.ts';
import { isOutOfScopeLabel, OUT_OF_SCOPE } from './dataset.ts';
import { syntheticDataset } from './synthetic-data.ts';

const { train, test } = syntheticDataset();
const opts = { seed: 7, c: [0.5, 1], folds: 3 };

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
    expect(clf.report.temperature).toBeGreaterThan(0);
  });

  it('is deterministic for a fixed seed', () => {
    const again = IntentClassifier.train(train, opts);
    const strip = (c: IntentClassifier) => ({ ...c.toJSON(), report: { ...c.report, seconds: 0 } });
    expect(strip(again)).toEqual(strip(clf));
    const other = IntentClassifier.train(train, { ...opts, seed: 8 });
    expect(strip(other).weights).not.toBe(strip(clf).weights);
  });

  it('round-trips through serialize/deserialize', () => {
    const copy = IntentClassifier.deserialize(clf.serialize());
    for (const row of test) expect(copy.predict(row.text)).toEqual(clf.predict(row.text));
    expect(() => IntentClassifier.deserialize('{"format":"other"}')).toThrow();
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
