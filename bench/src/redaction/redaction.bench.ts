/**
 * Redaction benchmark: Clearline's engine and the npm package `redact-pii` on the team's corpus
 * (corpus.jsonl, built by build-corpus.ts), per-type precision/recall, benign tokens hidden, throughput and
 * p99 latency. Prints a table, writes bench/results/redaction.json and ends with the JSON on one line.
 *
 *   npm run bench:redaction               # add -- --errors to list Clearline's misses and false alarms
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { redact } from '../../../apps/server/src/domains/security/redaction/index.ts';
import { LatencyRecorder } from '../stats.ts';
import type { CorpusRecord } from './corpus-gen.ts';
import { type EngineScore, type Pred, score, TYPES } from './metrics.ts';
import { createRedactPii } from './redact-pii-adapter.ts';

const GOALS: Record<string, { recall: number; precision?: number }> = {
  CREDIT_CARD: { recall: 0.99, precision: 0.98 },
  CARD_SECURITY_CODE: { recall: 0.95 },
  US_SSN: { recall: 0.95 },
  OTP: { recall: 0.95 },
  CARD_PIN: { recall: 0.95 },
  PASSWORD: { recall: 0.9 },
};
const MUST_STAY = ['last4', 'zip', 'amount', 'date'];

function loadCorpus(): CorpusRecord[] {
  const path = fileURLToPath(new URL('./corpus.jsonl', import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as CorpusRecord);
}

interface Timing {
  messagesPerSecond: number;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
}

function run(
  corpus: readonly CorpusRecord[],
  engine: (text: string) => Pred[],
): { preds: Pred[][]; timing: Timing } {
  const preds = corpus.map((r) => engine(r.text)); // warm-up and the predictions
  const latency = new LatencyRecorder();
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < 1500 || n < corpus.length * 3) {
    for (const r of corpus) {
      const t0 = performance.now();
      engine(r.text);
      latency.add(performance.now() - t0);
      n++;
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  const s = latency.summary();
  return {
    preds,
    timing: { messagesPerSecond: Math.round(n / elapsed), p50Ms: s.p50, p99Ms: s.p99, maxMs: s.max },
  };
}

const pct = (v: number | null) => (v === null ? '  –  ' : `${(v * 100).toFixed(1).padStart(5)}%`);

function printTable(name: string, s: EngineScore, t: Timing): void {
  console.log(`\n${name}`);
  console.log('type                 gold  pred  precision  recall  hidden   exact');
  for (const type of TYPES) {
    const x = s.perType[type];
    console.log(
      `${type.padEnd(20)} ${String(x.gold).padStart(4)}  ${String(x.predicted).padStart(4)}     ${pct(x.precision)}  ${pct(x.recall)}  ${pct(x.hiddenRecall)}  ${String(x.exact).padStart(5)}`,
    );
  }
  const hidden = Object.entries(s.benignHidden)
    .sort((a, b) => b[1].total - a[1].total)
    .map(([k, v]) => `${k} ${v.hidden}/${v.total}`)
    .join(', ');
  console.log(`benign tokens hidden: ${hidden}`);
  console.log(`benign messages with something removed: ${s.falseAlarmMessages}/${s.benignMessages}`);
  console.log(
    `throughput ${t.messagesPerSecond} msg/s, p50 ${t.p50Ms} ms, p99 ${t.p99Ms} ms, max ${t.maxMs} ms`,
  );
}

function printErrors(corpus: readonly CorpusRecord[], preds: readonly Pred[][]): void {
  corpus.forEach((r, k) => {
    const p = preds[k]!;
    const missed = r.spans.filter(
      (g) => !p.some((x) => x.type === g.type && x.start < g.end && g.start < x.end),
    );
    const extra = p.filter(
      (x) => !r.spans.some((g) => x.type === g.type && x.start < g.end && g.start < x.end),
    );
    if (missed.length === 0 && extra.length === 0) return;
    console.log(`\n[${r.id}] ${JSON.stringify(r.text)}`);
    for (const g of missed) console.log(`  MISS ${g.type} ${JSON.stringify(r.text.slice(g.start, g.end))}`);
    for (const x of extra) console.log(`  FP   ${x.type} ${JSON.stringify(r.text.slice(x.start, x.end))}`);
  });
}

function goalsMet(s: EngineScore): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [type, g] of Object.entries(GOALS)) {
    const x = s.perType[type as keyof typeof s.perType];
    out[type] =
      (x.recall ?? 0) >= g.recall && (g.precision === undefined || (x.precision ?? 0) >= g.precision);
  }
  out.benignNeverHidden = MUST_STAY.every((k) => (s.benignHidden[k]?.hidden ?? 0) === 0);
  return out;
}

function languages(corpus: readonly CorpusRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of corpus) out[r.lang] = (out[r.lang] ?? 0) + 1;
  return out;
}

function main(): void {
  const corpus = loadCorpus();
  const clearline = run(corpus, (text) => redact(text).spans.map((s) => ({ ...s })));
  const redactPii = createRedactPii();
  const other = run(corpus, (text) => redactPii(text).spans);
  const cs = score(corpus, clearline.preds);
  const os = score(corpus, other.preds);
  const benignMessages = corpus.filter((r) => r.spans.length === 0).length;
  console.log(
    `corpus: ${corpus.length} messages (${benignMessages} benign look-alikes with no span), ` +
      `${corpus.reduce((n, r) => n + r.spans.length, 0)} gold spans, ` +
      `languages ${JSON.stringify(languages(corpus))}`,
  );
  printTable('Clearline redaction engine', cs, clearline.timing);
  printTable(
    'redact-pii 3.4 (SyncRedactor, default rules; labels mapped as in redact-pii-adapter.ts)',
    os,
    other.timing,
  );
  if (process.argv.includes('--errors')) printErrors(corpus, clearline.preds);
  const result = {
    benchmark: 'redaction',
    corpus: {
      messages: corpus.length,
      benignMessages,
      goldSpans: corpus.reduce((n, r) => n + r.spans.length, 0),
    },
    matching: 'a predicted span counts when its type matches and it overlaps a gold span',
    hiddenRecall:
      'gold spans overlapped by a prediction of any type (the secret is hidden, even if mislabelled)',
    redactPiiMapping: {
      CREDIT_CARD_NUMBER: 'CREDIT_CARD',
      US_SOCIAL_SECURITY_NUMBER: 'US_SSN',
      'PASSWORD, CREDENTIALS': 'PASSWORD',
      'DIGITS, PHONE_NUMBER, ZIPCODE, STREET_ADDRESS, IP_ADDRESS, EMAIL_ADDRESS, USERNAME, URL, PERSON_NAME':
        'untyped (counts in hiddenRecall and benign tokens hidden only)',
      'security code, one-time code, PIN': 'no redact-pii rule (only DIGITS can hide 4+ digit ones)',
    },
    clearline: { ...cs, timing: clearline.timing, goalsMet: goalsMet(cs) },
    redactPii: { ...os, timing: other.timing, goalsMet: goalsMet(os) },
    node: process.version,
    at: new Date().toISOString(),
  };
  const dir = fileURLToPath(new URL('../../results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}redaction.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result));
}

main();
