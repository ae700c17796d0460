// Quick proxy (tuning only; not part of the benchmark contract): trains the members once (no
// cross-validation) on a training split and reports each member's and the mixes' accuracy on the
// validation split (Banking77: the bench's 90/10 split of train.csv; CLINC150: train -> val, in-scope only).
//   node --import tsx bench/src/nlu/quick.ts '{"data":"clinc","train":{...}}'
import { IntentClassifier } from '../../../apps/server/src/domains/assistant/nlu/classifier.ts';
import {
  type Example,
  loadDataset,
  OUT_OF_SCOPE,
  stratifiedSplit,
} from '../../../apps/server/src/domains/assistant/nlu/dataset.ts';

const args = JSON.parse(process.argv[2] ?? '{}');
let tr: Example[];
let va: Example[];
if (args.data === 'clinc') {
  const l = (f: string) => loadDataset(`../shared/data/clinc150/${f}`);
  tr = [...l('train.csv'), ...l('oos_train.csv')];
  va = l('val.csv');
} else {
  const s = stratifiedSplit(loadDataset('../shared/data/banking77/train.csv'), 0.1, args.split ?? 42);
  tr = s.train;
  va = s.test;
}
if (args.subset) tr = stratifiedSplit(tr, 1 - args.subset, 7).train;
const t0 = performance.now();
const seeds: number[] = args.seeds ?? [42];
let clf!: IntentClassifier;
let probs: Float64Array[][] = va.map(() => []);
for (const seed of seeds) {
  clf = IntentClassifier.train(tr, {
    seed,
    folds: 0,
    ...(args.train ?? {}),
    log: (m) => process.stderr.write(`${m}\n`),
  });
  probs = probs.map((ps, i) => [...ps, ...clf.memberProbabilities(va[i]!.text)]);
}
const secs = (performance.now() - t0) / 1000;
const k = clf.labels.length;
const oos = clf.labels.indexOf(OUT_OF_SCOPE);
const gold = va.map((r) => clf.labels.indexOf(r.intent));
const nm = probs[0]!.length;
const acc = (w: number[]) => {
  let ok = 0;
  probs.forEach((ps, i) => {
    let b = -1;
    let bv = -1;
    for (let c = 0; c < k; c++) {
      if (c === oos) continue;
      let v = 0;
      for (let m = 0; m < nm; m++) v += w[m]! * ps[m]![c]!;
      if (v > bv) {
        bv = v;
        b = c;
      }
    }
    if (b === gold[i]) ok++;
  });
  return ((ok / va.length) * 100).toFixed(2);
};
const out: Record<string, string> = {};
for (let m = 0; m < nm; m++) out[`m${m}`] = acc(Array.from({ length: nm }, (_, j) => (j === m ? 1 : 0)));
out.equal = acc(Array(nm).fill(1 / nm));
if (nm === 2) for (const w of [0.3, 0.4, 0.6, 0.7]) out[`mlp${w}`] = acc([1 - w, w]);
if (nm > 2 && nm % 2 === 0) {
  out.svms = acc(Array.from({ length: nm }, (_, j) => (j % 2 === 0 ? 1 : 0)));
  out.mlps = acc(Array.from({ length: nm }, (_, j) => (j % 2 === 1 ? 1 : 0)));
  out.svm1mlps = acc(Array.from({ length: nm }, (_, j) => (j === 0 ? 1 : j % 2 === 1 ? 2 / nm : 0)));
}
if (args.save) {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync('/tmp/nlu-q', { recursive: true });
  for (let m = 0; m < nm; m++) {
    const flat = new Float32Array(va.length * k);
    probs.forEach((ps, i) => {
      flat.set(ps[m]!, i * k);
    });
    writeFileSync(`/tmp/nlu-q/${args.data}-${args.save}-m${m}.bin`, Buffer.from(flat.buffer));
  }
  writeFileSync(`/tmp/nlu-q/${args.data}-gold.json`, JSON.stringify({ gold, k, oos }));
}
console.log(JSON.stringify({ args, secs: secs.toFixed(1), features: clf.report.features, ...out }));
