/**
 * Wait-estimate benchmark (issue "Live agents" §4): a discrete-event simulation of the live-agent queue
 * (sim.ts) in several scenarios (scenarios.ts), calling the real estimator at each queued customer's
 * arrival and scoring it against the actual wait of the customers who were served, next to the naive
 * "position × average handle time ÷ agents". Prints a table per scenario, writes bench/results/wait.json
 * and ends with the aggregate JSON on one line.
 *
 *   npm run bench:wait                 # add -- --live to also score the live re-estimates (every minute)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SCENARIOS } from './scenarios.ts';
import { type Judged, judge, relativeWidth, type Score, summarize } from './score.ts';
import { simulate } from './sim.ts';

const withLive = process.argv.includes('--live');

interface ScenarioReport extends Score {
  name: string;
  description: string;
  arrivals: number;
  servedImmediately: number;
  queued: number;
  abandoned: number;
  live?: Score;
}

const started = performance.now();
const reports: ScenarioReport[] = [];
const allJudged: Judged[] = [];
const allLive: Judged[] = [];
let calls = 0;
for (const sc of SCENARIOS) {
  const res = simulate(sc, { liveEverySeconds: withLive ? 60 : 0 });
  calls += res.estimatorCalls;
  const { lowFactor, highFactor } = relativeWidth(res.atArrival);
  const judged = judge(res.atArrival, lowFactor, highFactor);
  allJudged.push(...judged);
  const report: ScenarioReport = {
    name: sc.name,
    description: sc.description,
    arrivals: res.arrivals,
    servedImmediately: res.servedImmediately,
    queued: res.queued,
    abandoned: res.abandoned,
    ...summarize(judged, lowFactor, highFactor),
  };
  if (withLive) {
    const lw = relativeWidth(res.live);
    const lj = judge(res.live, lw.lowFactor, lw.highFactor);
    allLive.push(...lj);
    report.live = summarize(lj, lw.lowFactor, lw.highFactor);
  }
  reports.push(report);
}
const aggregate = summarize(allJudged, Number.NaN, Number.NaN);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(
  'Wait estimate: arrival estimates of queued customers who were served (served immediately are not scored)\n',
);
console.log(
  [
    'scenario'.padEnd(24),
    'arrivals',
    'queued',
    'aband.',
    'scored',
    'unknown',
    'inside',
    'MAE s',
    'shown',
    'width s',
    'naive in',
    'naive MAE',
  ].join('  '),
);
for (const r of [...reports, { ...aggregate, name: 'aggregate', arrivals: 0, queued: 0, abandoned: 0 }]) {
  console.log(
    [
      r.name.padEnd(24),
      String(r.arrivals || '').padStart(8),
      String(r.queued || '').padStart(6),
      String(r.abandoned || '').padStart(6),
      String(r.customers).padStart(6),
      String(r.unknown).padStart(7),
      pct(r.insideRange).padStart(6),
      r.maeSeconds.toFixed(0).padStart(5),
      pct(r.displayedInsideRange).padStart(5),
      r.medianWidthSeconds.toFixed(0).padStart(7),
      pct(r.naiveInsideRange).padStart(8),
      r.naiveMaeSeconds.toFixed(0).padStart(9),
    ].join('  '),
  );
}
console.log('\nBy queue position (inside / MAE s / naive MAE s):');
for (const r of reports) {
  const parts = Object.entries(r.byPosition).map(
    ([k, v]) =>
      `${k}: ${pct(v.insideRange)} / ${v.maeSeconds.toFixed(0)} / ${v.naiveMaeSeconds.toFixed(0)} (n=${v.customers})`,
  );
  console.log(`  ${r.name.padEnd(24)} ${parts.join('   ')}`);
}
if (withLive) {
  const live = summarize(allLive, Number.NaN, Number.NaN);
  console.log(
    `\nLive re-estimates (every minute, remaining wait): ${live.customers} scored, inside ${pct(live.insideRange)}, MAE ${live.maeSeconds.toFixed(0)} s, naive MAE ${live.naiveMaeSeconds.toFixed(0)} s`,
  );
}
const elapsed = (performance.now() - started) / 1000;
console.log(`\n${calls} estimator calls, ${elapsed.toFixed(1)} s`);

const goal = aggregate.insideRange >= 0.8 && aggregate.maeSeconds < aggregate.naiveMaeSeconds;
console.log(`Goal (≥ 80% inside, MAE below naive): ${goal ? 'met' : 'NOT met'}`);

const result = {
  insideRange: aggregate.insideRange,
  maeSeconds: aggregate.maeSeconds,
  naiveInsideRange: aggregate.naiveInsideRange,
  naiveMaeSeconds: aggregate.naiveMaeSeconds,
  customers: aggregate.customers,
  unknown: aggregate.unknown,
  displayedInsideRange: aggregate.displayedInsideRange,
  medianWidthSeconds: aggregate.medianWidthSeconds,
  goalMet: goal,
  scenarios: Object.fromEntries(
    reports.map((r) => [
      r.name,
      {
        insideRange: r.insideRange,
        maeSeconds: r.maeSeconds,
        naiveInsideRange: r.naiveInsideRange,
        naiveMaeSeconds: r.naiveMaeSeconds,
        customers: r.customers,
        unknown: r.unknown,
        arrivals: r.arrivals,
        queued: r.queued,
        abandoned: r.abandoned,
        displayedInsideRange: r.displayedInsideRange,
        medianWidthSeconds: r.medianWidthSeconds,
        relativeRange: [r.lowFactor, r.highFactor],
        byPosition: r.byPosition,
        ...(r.live
          ? {
              live: {
                insideRange: r.live.insideRange,
                maeSeconds: r.live.maeSeconds,
                naiveMaeSeconds: r.live.naiveMaeSeconds,
                customers: r.live.customers,
              },
            }
          : {}),
      },
    ]),
  ),
};
const outDir = fileURLToPath(new URL('../../results/', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}wait.json`, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result));
