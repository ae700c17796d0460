import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAssistantModel } from './assistant-model.ts';
import { toCsv } from './dataset.ts';
import { syntheticDataset } from './synthetic-data.ts';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, 'eval-cli.ts');
const repoRoot = resolve(here, '../../../../../..');
const dir = mkdtempSync(join(tmpdir(), 'nlu-cli-'));
const { train, test } = syntheticDataset();

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  const lines = r.stdout.trim().split('\n');
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, last: lines[lines.length - 1] ?? '' };
}

const KEYS = [
  'n',
  'accuracy',
  'macroF1',
  'inScopeAccuracy',
  'oosRecall',
  'oosPrecision',
  'trainSeconds',
  'p50Ms',
  'p99Ms',
];

describe('nlu:eval CLI', () => {
  it('trains on a CSV (category column) and prints the JSON contract as the last line', () => {
    const trainCsv = join(dir, 'train.csv');
    const testCsv = join(dir, 'test.csv');
    writeFileSync(trainCsv, toCsv(train, 'category'));
    writeFileSync(testCsv, toCsv(test, 'category'));
    const r = run(['--train', trainCsv, '--test', testCsv]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.last) as Record<string, number>;
    expect(Object.keys(out)).toEqual(KEYS);
    expect(out.n).toBe(test.length);
    expect(out.accuracy).toBeGreaterThan(0.8);
    expect(out.oosRecall).toBeGreaterThan(0.5);
    expect(r.stderr).toContain('training');
  });

  it('accepts JSONL and oos labels in CLINC style', () => {
    const trainJsonl = join(dir, 'train.jsonl');
    const testJsonl = join(dir, 'test.jsonl');
    const toJsonl = (rows: typeof train) =>
      rows
        .map((r) => JSON.stringify({ text: r.text, intent: r.intent === 'out_of_scope' ? 'oos' : r.intent }))
        .join('\n');
    writeFileSync(trainJsonl, toJsonl(train));
    writeFileSync(testJsonl, toJsonl(test));
    const r = run(['--train', trainJsonl, '--test', testJsonl]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.last) as Record<string, number>;
    expect(out.inScopeAccuracy).toBeGreaterThan(0.8);
    expect(out.oosRecall).not.toBeNull();
  });

  it('without --train evaluates the shipped model, with byLang, and caches it', () => {
    const trainJsonl = join(dir, 'assistant.jsonl');
    writeFileSync(trainJsonl, train.map((r) => JSON.stringify({ ...r, lang: 'en' })).join('\n'));
    const testJsonl = join(dir, 'assistant-test.jsonl');
    writeFileSync(
      testJsonl,
      [
        ...test.map((r) => JSON.stringify({ ...r, lang: 'en' })),
        JSON.stringify({ text: 'perdí mi tarjeta', intent: 'lost_stolen_card', lang: 'es', entities: [] }),
      ].join('\n'),
    );
    const cacheDir = join(dir, 'cache');
    const env = { CLEARLINE_NLU_TRAINING_FILE: trainJsonl, CLEARLINE_NLU_CACHE_DIR: cacheDir };
    const first = run(['--test', testJsonl], env);
    expect(first.status, first.stderr).toBe(0);
    const out = JSON.parse(first.last) as { byLang: Record<string, number>; trainSeconds: number };
    expect(Object.keys(out.byLang).sort()).toEqual(['en', 'es']);
    expect(out.byLang.en).toBeGreaterThan(0.8);
    expect(existsSync(cacheDir) && readdirSync(cacheDir).length).toBe(1);
    // A second load reuses the cache instead of training again.
    const again = loadAssistantModel({ trainingFile: trainJsonl, cacheDir });
    expect(again.fromCache).toBe(true);
    expect(again.trainSeconds).toBe(0);
    expect(again.classifier.predict('i lost my card').intent).toBe('lost_stolen_card');
  });

  it('explains a missing training file and bad arguments', () => {
    const testCsv = join(dir, 'test.csv');
    const r = run(['--test', testCsv], { CLEARLINE_NLU_TRAINING_FILE: join(dir, 'missing.jsonl') });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('training data was not found');
  });
});
