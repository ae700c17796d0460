/**
 * Child process of the NLU benchmark: trains one engine on a training file, evaluates it on a test file and
 * prints one JSON line with the metrics and the process's memory. Running each engine in its own process
 * keeps their memory figures apart and lets the parent cap an engine's wall time.
 *
 *   node --import tsx bench/src/nlu/engine-runner.ts --engine clearline|nlpjs --train FILE --test FILE
 */
import { createRequire } from 'node:module';
import {
  IntentClassifier,
  RECOMMENDED_TRAIN_OPTIONS,
} from '../../../apps/server/src/domains/assistant/nlu/classifier.ts';
import {
  type Example,
  loadDataset,
  OUT_OF_SCOPE,
} from '../../../apps/server/src/domains/assistant/nlu/dataset.ts';
import {
  computeMetrics,
  type EvalPrediction,
  runEvaluation,
} from '../../../apps/server/src/domains/assistant/nlu/evaluate.ts';

interface NlpManagerLike {
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, utterance: string): Promise<{ intent: string; score: number }>;
}
type NlpManagerCtor = new (settings: Record<string, unknown>) => NlpManagerLike;

function arg(name: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (!v) throw new Error(`missing ${name}`);
  return v;
}

const log = (m: string) => process.stderr.write(`${m}\n`);

/** CPU seconds (user + system) since `since`: the work done, whatever else the machine is running. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return Math.round((d.user + d.system) / 1e4) / 100;
}

function memory() {
  const m = process.memoryUsage();
  return { rssMB: Math.round(m.rss / 1e6), heapUsedMB: Math.round(m.heapUsed / 1e6) };
}

async function runClearline(train: Example[], test: Example[]) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const clf = IntentClassifier.train(train, { ...RECOMMENDED_TRAIN_OPTIONS, log });
  const trainSeconds = (performance.now() - t0) / 1000;
  const trainCpuSeconds = cpuSeconds(cpu0);
  const afterTrain = memory();
  const run = runEvaluation(test, (t) => clf.predict(t, 1), trainSeconds);
  return {
    ...run.metrics,
    trainCpuSeconds,
    memory: { afterTrain, afterEval: memory() },
    modelBytes: clf.serialize().length,
    chosenC: clf.report.c,
    temperatures: clf.report.temperatures.map((t) => Math.round(t * 1e4) / 1e4),
    weights: clf.report.weights,
    oosMix: clf.report.oosMix,
    oosThreshold: clf.report.oosThreshold === null ? null : Math.round(clf.report.oosThreshold * 1e4) / 1e4,
    cvAccuracy: clf.report.cvAccuracy,
    cvInScopeAccuracy: clf.report.cvInScopeAccuracy,
    cvOosRecall: clf.report.cvOosRecall,
  };
}

async function runNlpjs(train: Example[], test: Example[]) {
  const require = createRequire(import.meta.url);
  const { NlpManager } = require('node-nlp') as { NlpManager: NlpManagerCtor };
  // Default settings; only persistence and console logging are turned off.
  const manager = new NlpManager({
    languages: ['en'],
    autoSave: false,
    autoLoad: false,
    nlu: { log: false },
  });
  for (const row of train) manager.addDocument('en', row.text, row.intent);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await manager.train();
  const trainSeconds = (performance.now() - t0) / 1000;
  const trainCpuSeconds = cpuSeconds(cpu0);
  const afterTrain = memory();
  const toPred = (r: { intent: string }): EvalPrediction => {
    const oos = r.intent === 'None' || r.intent === OUT_OF_SCOPE;
    return { intent: oos ? OUT_OF_SCOPE : r.intent, outOfScope: oos };
  };
  for (const row of test.slice(0, 20)) await manager.process('en', row.text);
  const predictions: EvalPrediction[] = [];
  const latencies: number[] = [];
  for (const row of test) {
    const s = performance.now();
    const r = await manager.process('en', row.text);
    latencies.push(performance.now() - s);
    predictions.push(toPred(r));
  }
  return {
    ...computeMetrics(test, predictions, latencies, trainSeconds),
    trainCpuSeconds,
    memory: { afterTrain, afterEval: memory() },
  };
}

const engine = arg('--engine');
const train = loadDataset(arg('--train'));
const test = loadDataset(arg('--test'));
const result = engine === 'nlpjs' ? await runNlpjs(train, test) : await runClearline(train, test);
process.stdout.write(`${JSON.stringify(result)}\n`);
