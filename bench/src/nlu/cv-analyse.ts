// Analyses out-of-fold scores saved by cv.ts (tuning only): per-member temperature-calibrated accuracy and
// NLL, weighted probability averages of members, and out-of-scope rejection rules on the OOF scores.
//   node --import tsx bench/src/nlu/cv-analyse.ts clinc svm-c1 mlp256 [...]
import { readFileSync } from 'node:fs';
import { fitTemperature } from '../../../apps/server/src/domains/assistant/nlu/calibration.ts';

const [data, ...names] = process.argv.slice(2);
interface Oof {
  labels: string[];
  y: number[];
  scores: Float32Array;
}
const load = (name: string): Oof => {
  const j = JSON.parse(readFileSync(`/tmp/nlu-cv/${data}-${name}.json`, 'utf8'));
  const b = Buffer.from(j.scores, 'base64');
  const scores = new Float32Array(b.byteLength / 4);
  new Uint8Array(scores.buffer).set(b);
  return { labels: j.labels, y: j.y, scores };
};
const oofs = names.map(load);
const { labels, y } = oofs[0]!;
const k = labels.length;
const n = y.length;
const gold = Int32Array.from(y);
const oos = labels.indexOf('out_of_scope');

function softmax(s: Float32Array | Float64Array, off: number, t: number, out: Float64Array, o2: number) {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) max = Math.max(max, s[off + c]!);
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp((s[off + c]! - max) / t);
    out[o2 + c] = e;
    sum += e;
  }
  for (let c = 0; c < k; c++) out[o2 + c]! /= sum;
}

const probs: Float64Array[] = oofs.map((o, mi) => {
  const t = fitTemperature(o.scores, gold, k);
  const p = new Float64Array(n * k);
  for (let i = 0; i < n; i++) softmax(o.scores, i * k, t, p, i * k);
  const m = evalProbs(p);
  console.log(
    `${names[mi]}: T=${t.toFixed(4)} acc ${(m.acc * 100).toFixed(2)}% in-scope(top1) ${(m.inAcc * 100).toFixed(2)}% nll ${m.nll.toFixed(4)}`,
  );
  return p;
});

function evalProbs(p: Float64Array) {
  let ok = 0;
  let nll = 0;
  let inN = 0;
  let inOk = 0;
  for (let i = 0; i < n; i++) {
    let b = 0;
    for (let c = 1; c < k; c++) if (p[i * k + c]! > p[i * k + b]!) b = c;
    if (b === gold[i]) ok++;
    if (gold[i] !== oos) {
      inN++;
      if (b === gold[i]) inOk++;
    }
    nll -= Math.log(Math.max(p[i * k + gold[i]!]!, 1e-12));
  }
  return { acc: ok / n, nll: nll / n, inAcc: inOk / inN };
}

function mix(ws: number[]): Float64Array {
  const out = new Float64Array(n * k);
  ws.forEach((w, m) => {
    if (w === 0) return;
    const p = probs[m]!;
    for (let i = 0; i < out.length; i++) out[i]! += w * p[i]!;
  });
  return out;
}

let best = { ws: [1], acc: 0, nll: 0 };
if (probs.length > 1) {
  const grid: number[][] = [];
  const step = 0.1;
  const rec = (prefix: number[], left: number) => {
    if (prefix.length === probs.length - 1) {
      grid.push([...prefix, Math.round(left * 10) / 10]);
      return;
    }
    for (let w = 0; w <= left + 1e-9; w += step) rec([...prefix, Math.round(w * 10) / 10], left - w);
  };
  rec([], 1);
  const res = grid.map((ws) => ({ ws, ...evalProbs(mix(ws)) }));
  res.sort((a, b) => b.acc - a.acc || a.nll - b.nll);
  for (const r of res.slice(0, 8))
    console.log(`  w=${r.ws.join('/')} acc ${(r.acc * 100).toFixed(2)}% nll ${r.nll.toFixed(4)}`);
  const byNll = [...res].sort((a, b) => a.nll - b.nll)[0]!;
  console.log(
    `  best nll: w=${byNll.ws.join('/')} acc ${(byNll.acc * 100).toFixed(2)}% nll ${byNll.nll.toFixed(4)}`,
  );
  best = res[0]!;
} else best = { ws: [1], ...evalProbs(probs[0]!) };

if (oos >= 0) {
  const ws = process.env.WEIGHTS ? process.env.WEIGHTS.split('/').map(Number) : best.ws;
  const p = mix(ws);
  console.log(`OOS rules on w=${ws.join('/')}:`);
  // Per row: top in-scope class and prob, oos prob, argmax, margin.
  const rows = Array.from({ length: n }, (_, i) => {
    let b = -1;
    let b2 = -1;
    for (let c = 0; c < k; c++) {
      if (c === oos) continue;
      if (b < 0 || p[i * k + c]! > p[i * k + b]!) {
        b2 = b;
        b = c;
      } else if (b2 < 0 || p[i * k + c]! > p[i * k + b2]!) b2 = c;
    }
    const pin = p[i * k + b]!;
    const poos = p[i * k + oos]!;
    return { isOos: gold[i] === oos, correct: b === gold[i], pin, poos, margin: pin - p[i * k + b2]! };
  });
  const nOos = rows.filter((r) => r.isOos).length;
  const nIn = n - nOos;
  // Each rule: a score where higher = more out of scope; reject when score >= threshold.
  const rules: Record<string, (r: (typeof rows)[number]) => number> = {
    argmaxOnly: (r) => (r.poos > r.pin ? 1 : 0),
    maxProb: (r) => (r.poos > r.pin ? 2 : 1 - r.pin),
    oosProb: (r) => r.poos,
    oosMinusIn: (r) => r.poos - r.pin,
    margin: (r) => (r.poos > r.pin ? 2 : 1 - r.margin),
    maxProbInRenorm: (r) => (r.poos > r.pin ? 2 : 1 - r.pin / (1 - r.poos)),
  };
  for (const [name, fn] of Object.entries(rules)) {
    const s = rows.map((r) => ({ s: fn(r), r }));
    const oosScores = s
      .filter((x) => x.r.isOos)
      .map((x) => x.s)
      .sort((a, b) => b - a);
    const out: string[] = [];
    for (const target of [0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
      const need = Math.ceil(target * nOos);
      const t = oosScores[need - 1]!;
      let inOk = 0;
      let rej = 0;
      for (const x of s) {
        if (x.r.isOos) continue;
        if (x.s >= t) rej++;
        else if (x.r.correct) inOk++;
      }
      out.push(`r${target}: in ${((inOk / nIn) * 100).toFixed(2)}% (rej ${((rej / nIn) * 100).toFixed(1)}%)`);
    }
    console.log(`  ${name.padEnd(16)} ${out.join('  ')}`);
  }
}
