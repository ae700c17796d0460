/**
 * NLU benchmark: Clearline's engine vs nlp.js (node-nlp, default settings) on the same data.
 *
 *   npm run bench:nlu
 *
 * - Banking77: ../shared/data/banking77/train.csv split into train / validation (stratified, seeded, 10%).
 *   The official test split is never used here.
 * - CLINC150: train + oos_train -> val + oos_val.
 * Each engine runs in its own child process (engine-runner.ts) so its RSS is its own and its wall time can be
 * capped (NLU_BENCH_TIMEOUT_S, default 900 s per engine and dataset). Prints a table to stderr, writes
 * bench/results/nlu.json and prints the same JSON as the last stdout line.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Example,
  loadDataset,
  stratifiedSplit,
  toCsv,
} from '../../../apps/server/src/domains/assistant/nlu/dataset.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const dataDir = resolve(repo, process.env.NLU_DATA_DIR ?? '../shared/data');
const timeoutS = Number(process.env.NLU_BENCH_TIMEOUT_S ?? 900);
const engines = (process.env.NLU_BENCH_ENGINES ?? 'clearline,nlpjs').split(',');
const only = process.env.NLU_BENCH_DATASETS?.split(',');
const SEED = 42;

const log = (m: string) => process.stderr.write(`${m}\n`);

interface EngineResult {
  [key: string]: unknown;
  accuracy?: number;
  timedOut?: boolean;
  error?: string;
}

function runEngine(engine: string, train: string, test: string): Promise<EngineResult> {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(here, 'engine-runner.ts'),
        '--engine',
        engine,
        '--train',
        train,
        '--test',
        test,
      ],
      { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      for (const line of d.toString().split('\n')) if (line.trim()) log(`  [${engine}] ${line}`);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallSeconds = Math.round((performance.now() - started) / 100) / 10;
      if (timedOut) {
        resolvePromise({ timedOut: true, wallSeconds, error: `capped: no result within ${timeoutS} s` });
        return;
      }
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolvePromise({ ...(JSON.parse(last) as EngineResult), wallSeconds });
      } catch {
        resolvePromise({
          error: `exit ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`,
          wallSeconds,
        });
      }
    });
  });
}

function writeSplit(dir: string, name: string, rows: Example[]): string {
  const file = join(dir, `${name}.csv`);
  writeFileSync(file, toCsv(rows, 'intent'));
  return file;
}

const tmp = mkdtempSync(join(tmpdir(), 'clearline-nlu-bench-'));
const datasets: { name: string; train: string; test: string; note: string }[] = [];
try {
  const b77 = loadDataset(join(dataDir, 'banking77/train.csv'));
  const split = stratifiedSplit(b77, 0.1, SEED);
  datasets.push({
    name: 'banking77',
    train: writeSplit(tmp, 'banking77-train', split.train),
    test: writeSplit(tmp, 'banking77-val', split.test),
    note: `train.csv split ${split.train.length}/${split.test.length} (stratified 10%, seed ${SEED})`,
  });
  const clinc = (f: string) => loadDataset(join(dataDir, 'clinc150', f));
  const cTrain = [...clinc('train.csv'), ...clinc('oos_train.csv')];
  const cTest = [...clinc('val.csv'), ...clinc('oos_val.csv')];
  datasets.push({
    name: 'clinc150',
    train: writeSplit(tmp, 'clinc150-train', cTrain),
    test: writeSplit(tmp, 'clinc150-val', cTest),
    note: `train+oos_train (${cTrain.length}) -> val+oos_val (${cTest.length})`,
  });

  const results: Record<string, Record<string, unknown>> = {};
  for (const ds of datasets) {
    if (only && !only.includes(ds.name)) continue;
    results[ds.name] = { data: ds.note };
    for (const engine of engines) {
      log(`bench:nlu: ${ds.name} / ${engine} ...`);
      const r = await runEngine(engine, ds.train, ds.test);
      results[ds.name]![engine] = r;
      log(`bench:nlu: ${ds.name} / ${engine}: ${JSON.stringify(r)}`);
    }
  }

  const cols = [
    'accuracy',
    'macroF1',
    'inScopeAccuracy',
    'oosRecall',
    'oosPrecision',
    'trainSeconds',
    'p50Ms',
    'p99Ms',
  ];
  const lines = [
    `| dataset | engine | ${cols.join(' | ')} | RSS MB |`,
    `|${' --- |'.repeat(cols.length + 3)}`,
  ];
  for (const [ds, per] of Object.entries(results)) {
    for (const engine of engines) {
      const r = per[engine] as EngineResult | undefined;
      if (!r) continue;
      const mem = (r.memory as { afterEval?: { rssMB: number } } | undefined)?.afterEval?.rssMB ?? '';
      const cells = r.error ? [r.error] : cols.map((c) => String(r[c] ?? ''));
      lines.push(`| ${ds} | ${engine} | ${cells.join(' | ')} | ${mem} |`);
    }
  }
  process.stderr.write(`\n${lines.join('\n')}\n\n`);
  const summary = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    seed: SEED,
    results,
  };
  const outFile = join(repo, 'bench/results/nlu.json');
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(summary, null, 2)}\n`);
  log(`bench:nlu: wrote ${outFile}`);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
