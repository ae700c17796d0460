// Cross-validation harness (tuning only; not part of the benchmark contract). Computes out-of-fold scores of
// one ensemble member on the TRAINING data (Banking77: the bench's 90% training split, so its validation
// split stays unseen; CLINC150: train + oos_train) and saves them for cv-analyse.ts.
//   node --import tsx bench/src/nlu/cv.ts '{"data":"banking","name":"svm-c1","member":{"type":"svm","c":1}}'
import { mkdirSync, writeFileSync } from 'node:fs';
import { augmentTokens } from '../../../apps/server/src/domains/assistant/nlu/augment.ts';
import { stratifiedFolds } from '../../../apps/server/src/domains/assistant/nlu/calibration.ts';
import {
  canonicalLabel,
  type Example,
  loadDataset,
  stratifiedSplit,
} from '../../../apps/server/src/domains/assistant/nlu/dataset.ts';
import { DEFAULT_FEATURES, FeatureSpace } from '../../../apps/server/src/domains/assistant/nlu/features.ts';
import { createRng, toCsr } from '../../../apps/server/src/domains/assistant/nlu/linear.ts';
import {
  type MemberSpec,
  memberLogits,
  memberScratch,
  trainMember,
} from '../../../apps/server/src/domains/assistant/nlu/members.ts';
import { DEFAULT_MLP } from '../../../apps/server/src/domains/assistant/nlu/mlp.ts';
import { tokenize } from '../../../apps/server/src/domains/assistant/nlu/normalize.ts';

interface Args {
  data: 'banking' | 'clinc';
  name: string;
  folds?: number;
  subset?: number;
  seed?: number;
  features?: Record<string, unknown>;
  augment?: { copies: number; typoRate: number; dropRate: number; weight: number } | false;
  member: Record<string, unknown> & { type: 'svm' | 'mlp' };
}

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const seed = args.seed ?? 42;
const K = args.folds ?? 4;
let rows: Example[];
if (args.data === 'clinc') {
  const l = (f: string) => loadDataset(`../shared/data/clinc150/${f}`);
  rows = [...l('train.csv'), ...l('oos_train.csv')];
} else {
  rows = stratifiedSplit(loadDataset('../shared/data/banking77/train.csv'), 0.1, 42).train;
}
if (args.subset && args.subset < 1) rows = stratifiedSplit(rows, 1 - args.subset, 7).train;
const labels = [...new Set(rows.map((e) => canonicalLabel(e.intent)))].sort();
const li = new Map(labels.map((l, i) => [l, i]));
const k = labels.length;
const y = Int32Array.from(rows, (e) => li.get(canonicalLabel(e.intent))!);
const tokens = rows.map((e) => tokenize(e.text));
const n = rows.length;
const fold = stratifiedFolds(y, K, seed);
const cfg = { ...DEFAULT_FEATURES, ...(args.features ?? {}) };
const aug =
  args.augment === false
    ? null
    : (args.augment ?? { copies: 0.5, typoRate: 0.15, dropRate: 0.05, weight: 0.5 });
const scores = new Float32Array(n * k);
const t0 = performance.now();
const m = args.member;
for (let f = 0; f < K; f++) {
  const tr: number[] = [];
  for (let i = 0; i < n; i++) if (fold[i] !== f) tr.push(i);
  const fs = FeatureSpace.fit(
    tr.map((i) => tokens[i]!),
    cfg,
  );
  const trTok = tr.map((i) => tokens[i]!);
  const trY = tr.map((i) => y[i]!);
  const useAug = aug && m.type !== 'mlp' ? aug : null;
  const w: number[] = tr.map(() => 1);
  if (useAug) {
    const rng = createRng((seed + f) ^ 0x5eed);
    const total = Math.round(useAug.copies * tr.length);
    for (let j = 0; j < total; j++) {
      const i = j < tr.length * Math.floor(useAug.copies) ? j % tr.length : Math.floor(rng() * tr.length);
      trTok.push(augmentTokens(trTok[i]!, rng, useAug));
      trY.push(trY[i]!);
      w.push(useAug.weight);
    }
  }
  const x = toCsr(
    trTok.map((t) => fs.vectorizeTokens(t)),
    fs.size,
  );
  const yy = Int32Array.from(trY);
  const rw = Float32Array.from(w);
  const held: number[] = [];
  for (let i = 0; i < n; i++) if (fold[i] === f) held.push(i);
  const t1 = performance.now();
  const out = new Float64Array(k);
  const { type: _t, augment: _a, seedOffset, ...o } = m;
  const spec: MemberSpec =
    m.type === 'mlp'
      ? { type: 'mlp', options: { ...DEFAULT_MLP, ...o }, augmented: false }
      : { type: 'svm', c: Number(m.c ?? 1), augmented: true };
  const memberSeed = m.type === 'mlp' ? seed + 101 + f + Number(seedOffset ?? 0) * 1000 : seed + f;
  const model = trainMember(spec, x, yy, k, memberSeed, rw);
  const scratch = memberScratch(model);
  for (const i of held) {
    memberLogits(model, fs.vectorizeTokens(tokens[i]!), out, scratch);
    for (let c = 0; c < k; c++) scores[i * k + c] = out[c]!;
  }
  let ok = 0;
  for (const i of held) {
    let b = 0;
    for (let c = 1; c < k; c++) if (scores[i * k + c]! > scores[i * k + b]!) b = c;
    if (b === y[i]) ok++;
  }
  process.stderr.write(
    `${args.name} fold ${f}: dim ${fs.size}, train ${((performance.now() - t1) / 1000).toFixed(1)} s, acc ${((ok / held.length) * 100).toFixed(2)}%\n`,
  );
}
let ok = 0;
for (let i = 0; i < n; i++) {
  let b = 0;
  for (let c = 1; c < k; c++) if (scores[i * k + c]! > scores[i * k + b]!) b = c;
  if (b === y[i]) ok++;
}
const secs = (performance.now() - t0) / 1000;
mkdirSync('/tmp/nlu-cv', { recursive: true });
writeFileSync(
  `/tmp/nlu-cv/${args.data}-${args.name}.json`,
  JSON.stringify({
    args,
    labels,
    y: Array.from(y),
    fold: Array.from(fold),
    seconds: secs,
    scores: Buffer.from(scores.buffer).toString('base64'),
  }),
);
console.log(`${args.data} ${args.name}: cv acc ${((ok / n) * 100).toFixed(2)}% in ${secs.toFixed(0)} s`);
