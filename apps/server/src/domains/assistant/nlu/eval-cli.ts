/**
 * NLU evaluation CLI (a contract other tools rely on):
 *
 *   npm run --silent nlu:eval -- --train FILE --test FILE [--seed N]
 *   npm run --silent nlu:eval -- --test FILE            (Clearline's own shipped assistant model)
 *
 * Files: CSV with a header with `text` and `category` or `intent`, or JSONL {"text","intent"}. Test rows
 * labelled `oos` / `out_of_scope` must be answered "out of scope". Progress goes to stderr; the last line on
 * stdout is one JSON object:
 *   {"n","accuracy","macroF1","inScopeAccuracy","oosRecall","oosPrecision","trainSeconds","p50Ms","p99Ms"}
 * plus, without --train, "byLang" (accuracy per `lang` field, detected when absent) and "entityF1" when
 * test rows carry `entities` and `../entities/index.ts` exports `extractEntities`.
 */
import { loadAssistantModel, MissingTrainingDataError } from './assistant-model.ts';
import { IntentClassifier, RECOMMENDED_TRAIN_OPTIONS } from './classifier.ts';
import { loadDataset } from './dataset.ts';
import { entityF1, extractAll, loadEntityExtractor } from './entity-eval.ts';
import { accuracyByLang, runEvaluation } from './evaluate.ts';
import { detectLanguage } from './language.ts';

const USAGE = 'usage: nlu:eval -- [--train FILE] --test FILE [--seed N]';

function parseArgs(argv: string[]): { train?: string; test?: string; seed: number } {
  const out: { train?: string; test?: string; seed: number } = { seed: 42 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=')
      ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
      : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--train') out.train = value();
    else if (flag === '--test') out.test = value();
    else if (flag === '--seed') out.seed = Number(value());
    else if (flag === '--help' || flag === '-h') {
      process.stderr.write(`${USAGE}\n`);
      process.exit(0);
    } else if (flag === '--') continue;
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return out;
}

const log = (m: string) => process.stderr.write(`${m}\n`);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.test) throw new Error(`--test is required\n${USAGE}`);
  const test = loadDataset(args.test);
  log(`nlu:eval: ${test.length} test rows from ${args.test}`);

  let classifier: IntentClassifier;
  let trainSeconds: number;
  if (args.train) {
    const train = loadDataset(args.train);
    log(`nlu:eval: training on ${train.length} rows from ${args.train}`);
    const t0 = performance.now();
    classifier = IntentClassifier.train(train, { ...RECOMMENDED_TRAIN_OPTIONS, seed: args.seed, log });
    trainSeconds = (performance.now() - t0) / 1000;
  } else {
    // A command-line entry point, like main.ts: it may read its own environment.
    const loaded = loadAssistantModel({
      log,
      ...(process.env.CLEARLINE_NLU_TRAINING_FILE
        ? { trainingFile: process.env.CLEARLINE_NLU_TRAINING_FILE }
        : {}),
      ...(process.env.CLEARLINE_NLU_CACHE_DIR ? { cacheDir: process.env.CLEARLINE_NLU_CACHE_DIR } : {}),
    });
    classifier = loaded.classifier;
    trainSeconds = loaded.trainSeconds;
  }

  const run = runEvaluation(test, (text) => classifier.predict(text, 1), trainSeconds);
  const result: Record<string, unknown> = { ...run.metrics };
  if (!args.train) {
    const withLang = test.map((row) => (row.lang ? row : { ...row, lang: detectLanguage(row.text).lang }));
    result.byLang = accuracyByLang(withLang, run.predictions);
    const hasEntities = test.some((row) => row.entities !== undefined);
    if (hasEntities) {
      const extract = await loadEntityExtractor();
      if (extract) {
        const withEntities = test.filter((row) => row.entities !== undefined);
        const predicted = await extractAll(
          extract,
          withEntities.map((row) => row.text),
        );
        const score = entityF1(
          withEntities.map((row) => row.entities!),
          predicted,
        );
        result.entityF1 = Object.fromEntries(
          Object.entries(score).map(([type, s]) => [type, Math.round(s.f1 * 10000) / 10000]),
        );
        for (const [type, s] of Object.entries(score)) {
          log(
            `nlu:eval: ${type} precision ${s.precision.toFixed(4)} recall ${s.recall.toFixed(4)} (${s.gold} gold, ${s.predicted} predicted)`,
          );
        }
      } else {
        log(
          'nlu:eval: test rows carry entities but ../entities/index.ts (extractEntities) is missing; entityF1 skipped',
        );
      }
    }
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err: unknown) => {
  if (err instanceof MissingTrainingDataError) log(`nlu:eval: ${err.message}`);
  else log(`nlu:eval: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(2);
});
