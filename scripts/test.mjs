#!/usr/bin/env node
// `npm test`: the unit and integration suites (Vitest, real sockets, PGlite and — when DATABASE_URL is
// set — PostgreSQL), then the browser journeys (Vite build + Playwright in Debian's Chromium).
// Ends with one plain line: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const outDir = '.test-results';
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

const suites = [
  { name: 'unit', args: ['vitest', 'run'] },
  {
    name: 'e2e',
    args: ['vitest', 'run', '--config', 'e2e/vitest.config.ts'],
    before: ['npm', ['run', 'build']],
  },
];
const only = process.argv[2];
let exit = 0;
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const suite of suites) {
  if (only && only !== suite.name) continue;
  if (suite.before) {
    const code = run(suite.before[0], suite.before[1]);
    if (code !== 0) {
      console.error(`\n${suite.name}: the build before the suite failed (exit ${code})`);
      exit = 1;
      totals.failed++;
      continue;
    }
  }
  const file = `${outDir}/${suite.name}.json`;
  const code = run('npx', [
    ...suite.args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  if (code !== 0) exit = 1;
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += report.numPassedTests ?? 0;
    totals.failed += report.numFailedTests ?? 0;
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A suite that crashed before reporting its tests still counts as a failure.
    if (code !== 0 && (report.numFailedTests ?? 0) === 0) totals.failed++;
  } else if (code !== 0) {
    totals.failed++;
  }
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exit);
