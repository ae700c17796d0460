// Compares out-of-scope calibration strategies on the outer folds saved by nested-oos.ts (tuning only).
// Each strategy sees only a pipeline's inner held-out probabilities; it is scored on the outer fold.
//   node --import tsx bench/src/nlu/nested-oos-analyse.ts [OUTER_FOLDS]
import { readFileSync } from 'node:fs';
import {
  fitOosThreshold,
  normalQuantile,
  type OosRule,
  oosScore,
} from '../../../apps/server/src/domains/assistant/nlu/calibration.ts';

const K = Number(process.argv[2] ?? 4);
const fromB64 = (s: string) => {
  const b = Buffer.from(s, 'base64');
  const f = new Float32Array(b.byteLength / 4);
  new Uint8Array(f.buffer).set(b);
  return Float64Array.from(f);
};
interface Part {
  y: Int32Array;
  probs: Float64Array[];
}
const outers = Array.from({ length: K }, (_, f) => {
  const j = JSON.parse(readFileSync(`/tmp/nlu-cv/nested-${f}.json`, 'utf8'));
  const part = (p: { y: number[]; memberProbs: string[] }): Part => ({
    y: Int32Array.from(p.y),
    probs: p.memberProbs.map(fromB64),
  });
  return { labels: j.labels as string[], inner: part(j.heldOut), test: part(j.test) };
});
const k = outers[0]!.labels.length;
const oos = outers[0]!.labels.indexOf('out_of_scope');

function mix(probs: Float64Array[], w: number): Float64Array {
  const out = new Float64Array(probs[0]!.length);
  for (let i = 0; i < out.length; i++) out[i] = (1 - w) * probs[0]![i]! + w * probs[1]![i]!;
  return out;
}

function acc(p: Float64Array, y: Int32Array): number {
  let ok = 0;
  for (let i = 0; i < y.length; i++) {
    let b = 0;
    for (let c = 1; c < k; c++) if (p[i * k + c]! > p[i * k + b]!) b = c;
    if (b === y[i]) ok++;
  }
  return ok / y.length;
}

function apply(p: Float64Array, y: Int32Array, rule: OosRule) {
  let inN = 0;
  let inOk = 0;
  let oN = 0;
  let oOk = 0;
  let rawOk = 0;
  for (let i = 0; i < y.length; i++) {
    let b = -1;
    for (let c = 0; c < k; c++) if (c !== oos && (b < 0 || p[i * k + c]! > p[i * k + b]!)) b = c;
    const pO = p[i * k + oos]!;
    const pT = p[i * k + b]!;
    const rej = pO > pT || oosScore(pO, pT, rule.mix) >= rule.threshold;
    if (y[i] === oos) {
      oN++;
      if (rej) oOk++;
    } else {
      inN++;
      if (!rej && b === y[i]) inOk++;
      if (b === y[i]) rawOk++;
    }
  }
  return { inN, inOk, oN, oOk, rawOk };
}

type Strategy = (inner: Part) => { w: number; rule: OosRule };
const W = Array.from({ length: 11 }, (_, i) => i / 10);
const joint =
  (mixes: number[], target: number, z = 0): Strategy =>
  (inner) => {
    let best: { w: number; rule: OosRule; key: number } | null = null;
    for (const w of W) {
      const p = mix(inner.probs, w);
      for (const m of mixes) {
        const f = fitOosThreshold(p, inner.y, k, oos, m, target, z);
        if (!best || f.inScopeAccuracy > best.key + 1e-12) best = { w, rule: f.rule, key: f.inScopeAccuracy };
      }
    }
    return best!;
  };
const accWeight =
  (m: number, target: number): Strategy =>
  (inner) => {
    let bw = 0;
    let ba = -1;
    for (const w of W) {
      const a = acc(mix(inner.probs, w), inner.y);
      if (a > ba + 1e-12) {
        ba = a;
        bw = w;
      }
    }
    return { w: bw, rule: fitOosThreshold(mix(inner.probs, bw), inner.y, k, oos, m, target).rule };
  };

const strategies: Record<string, Strategy> = {};
strategies['joint{0,.5,1} 0.7@95%'] = joint([0, 0.5, 1], 0.7, normalQuantile(0.95));
strategies['joint{0} 0.7@95%'] = joint([0], 0.7, normalQuantile(0.95));
strategies['joint{1} 0.7@95%'] = joint([1], 0.7, normalQuantile(0.95));
for (const t of [0.75, 0.8, 0.85]) {
  strategies[`joint{0,.5,1} t${t}`] = joint([0, 0.5, 1], t);
  for (const m of [0, 0.25, 0.5, 0.75, 1]) strategies[`joint{${m}} t${t}`] = joint([m], t);
  for (const m of [0, 0.5, 1]) strategies[`accW mix${m} t${t}`] = accWeight(m, t);
}
for (const [name, s] of Object.entries(strategies)) {
  const tot = { inN: 0, inOk: 0, oN: 0, oOk: 0, rawOk: 0 };
  const per: string[] = [];
  for (const o of outers) {
    const { w, rule } = s(o.inner);
    const r = apply(mix(o.test.probs, w), o.test.y, rule);
    for (const key of Object.keys(tot) as (keyof typeof tot)[]) tot[key] += r[key];
    per.push(`w${w}/m${rule.mix}/r${((r.oOk / r.oN) * 100).toFixed(0)}`);
  }
  console.log(
    `${name.padEnd(22)} in-scope ${((tot.inOk / tot.inN) * 100).toFixed(2)}% (raw ${((tot.rawOk / tot.inN) * 100).toFixed(2)}%) oos recall ${((tot.oOk / tot.oN) * 100).toFixed(1)}%  [${per.join(' ')}]`,
  );
}
