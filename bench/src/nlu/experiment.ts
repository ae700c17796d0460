// Scratch experiment harness (tuning only; not part of the benchmark contract).
// node --import tsx bench/src/nlu/experiment.ts '{"data":"clinc","train":{...}}'
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
  va = [...l('val.csv'), ...l('oos_val.csv')];
} else {
  const s = stratifiedSplit(loadDataset('../shared/data/banking77/train.csv'), 0.1, args.split ?? 42);
  tr = s.train;
  va = s.test;
}
const t0 = performance.now();
const clf = IntentClassifier.train(tr, {
  seed: 42,
  ...(args.train ?? {}),
  log: (m) => process.stderr.write(`${m}\n`),
});
const secs = (performance.now() - t0) / 1000;
const bytes = clf.serialize().length;
if (args.eval === false) {
  console.log(JSON.stringify({ args, secs: secs.toFixed(1), bytes, report: clf.report }));
  process.exit(0);
}
const rows = va.map((r) => {
  const p = clf.predict(r.text, 2);
  const topIn = p.ranking.find((x) => x.intent !== OUT_OF_SCOPE)!;
  return {
    gold: r.intent,
    top: p.ranking[0]!.intent,
    p: p.ranking[0]!.confidence,
    pin: topIn.confidence,
    inIntent: topIn.intent,
  };
});
const nIn = rows.filter((r) => r.gold !== OUT_OF_SCOPE).length;
const nOos = rows.length - nIn;
const raw = rows.filter((r) => r.gold !== OUT_OF_SCOPE && r.top === r.gold).length / nIn;
console.log(
  JSON.stringify({ args, secs: secs.toFixed(1), bytes, report: clf.report, rawInScopeAcc: raw.toFixed(4) }),
);
if (nOos > 0) {
  for (const t of [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9]) {
    let inOk = 0,
      oosOk = 0;
    for (const r of rows) {
      const predOos = r.top === OUT_OF_SCOPE || r.p < t;
      if (r.gold === OUT_OF_SCOPE) {
        if (predOos) oosOk++;
      } else if (!predOos && r.top === r.gold) inOk++;
    }
    console.log(`t=${t} in=${(inOk / nIn).toFixed(4)} oosRecall=${(oosOk / nOos).toFixed(3)}`);
  }
}
