// Nested cross-validation of the out-of-scope calibration on CLINC150's TRAINING data only (tuning only; not
// part of the benchmark contract). Outer folds of train + oos_train: the full pipeline is trained on the
// rest (its own inner folds give the held-out probabilities the rule is fitted on) and its members'
// probabilities on the outer fold are saved, so rule-fitting strategies can be compared offline on data the
// pipeline never saw (nested-oos-analyse.ts).
//   node --import tsx bench/src/nlu/nested-oos.ts OUTER_FOLD [OUTER_FOLDS]
import { mkdirSync, writeFileSync } from 'node:fs';
import { stratifiedFolds } from '../../../apps/server/src/domains/assistant/nlu/calibration.ts';
import {
  IntentClassifier,
  RECOMMENDED_TRAIN_OPTIONS,
} from '../../../apps/server/src/domains/assistant/nlu/classifier.ts';
import { canonicalLabel, loadDataset } from '../../../apps/server/src/domains/assistant/nlu/dataset.ts';

const outer = Number(process.argv[2] ?? 0);
const K = Number(process.argv[3] ?? 4);
const l = (f: string) => loadDataset(`../shared/data/clinc150/${f}`);
const rows = [...l('train.csv'), ...l('oos_train.csv')];
const labels = [...new Set(rows.map((e) => canonicalLabel(e.intent)))].sort();
const y = Int32Array.from(rows, (e) => labels.indexOf(canonicalLabel(e.intent)));
const fold = stratifiedFolds(y, K, 1234);
const train = rows.filter((_, i) => fold[i] !== outer);
const test = rows.filter((_, i) => fold[i] === outer);
const toB64 = (a: Float64Array) => Buffer.from(Float32Array.from(a).buffer).toString('base64');
let heldOut: { y: number[]; memberProbs: string[] } | null = null;
const clf = IntentClassifier.train(train, {
  ...RECOMMENDED_TRAIN_OPTIONS,
  log: (m) => process.stderr.write(`${m}\n`),
  onHeldOut: (h) => {
    heldOut = { y: Array.from(h.y), memberProbs: h.memberProbs.map(toB64) };
  },
});
const k = labels.length;
const testProbs = clf.report.weights.map(() => new Float64Array(test.length * k));
test.forEach((r, i) => {
  clf.memberProbabilities(r.text).forEach((p, m) => {
    testProbs[m]!.set(p, i * k);
  });
});
mkdirSync('/tmp/nlu-cv', { recursive: true });
writeFileSync(
  `/tmp/nlu-cv/nested-${outer}.json`,
  JSON.stringify({
    labels,
    report: clf.report,
    heldOut,
    test: { y: test.map((r) => labels.indexOf(canonicalLabel(r.intent))), memberProbs: testProbs.map(toB64) },
  }),
);
console.log(`outer fold ${outer}: done (${clf.report.seconds.toFixed(0)} s)`);
