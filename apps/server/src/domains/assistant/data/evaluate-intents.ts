import { loadAssistantModel } from '../nlu/assistant-model.ts';
import { IntentClassifier, RECOMMENDED_TRAIN_OPTIONS } from '../nlu/classifier.ts';
import { type Example, readJsonl, VALIDATION_FILE } from './dataset.ts';

/*
 * Intent accuracy on a labelled file, per language, with the confusions behind the errors:
 *   node --import tsx apps/server/src/domains/assistant/data/evaluate-intents.ts [TEST_FILE] [--train FILE] [--errors]
 * Uses the shipped assistant model (trained on training.jsonl, cached) unless --train is given.
 * `npm run nlu:eval` gives the headline figures; this report is for improving the data.
 */

const args = process.argv.slice(2);
const trainIndex = args.indexOf('--train');
const trainFile = trainIndex >= 0 ? args[trainIndex + 1] : undefined;
const showErrors = args.includes('--errors');
const testFile =
  args.find((a, i) => !a.startsWith('--') && (trainIndex < 0 || i !== trainIndex + 1)) ?? VALIDATION_FILE;

const classifier = trainFile
  ? IntentClassifier.train(readJsonl<Example>(trainFile), { ...RECOMMENDED_TRAIN_OPTIONS })
  : loadAssistantModel().classifier;
const rows = readJsonl<Example>(testFile);

const byLang = new Map<string, { n: number; ok: number }>();
const confusions = new Map<string, string[]>();
let oos = 0;
let oosHit = 0;
for (const row of rows) {
  const predicted = classifier.predict(row.text, 1).intent;
  const stats = byLang.get(row.lang) ?? { n: 0, ok: 0 };
  stats.n++;
  if (predicted === row.intent) stats.ok++;
  else {
    const key = `${row.intent} → ${predicted}`;
    confusions.set(key, [...(confusions.get(key) ?? []), `[${row.lang}] ${row.text}`]);
  }
  byLang.set(row.lang, stats);
  if (row.intent === 'out_of_scope') {
    oos++;
    if (predicted === 'out_of_scope') oosHit++;
  }
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
const total = [...byLang.values()].reduce((acc, s) => ({ n: acc.n + s.n, ok: acc.ok + s.ok }), {
  n: 0,
  ok: 0,
});
console.log(`${testFile}: ${rows.length} rows, accuracy ${pct(total.ok, total.n)}`);
for (const [lang, s] of byLang) console.log(`  ${lang}: ${pct(s.ok, s.n)} (${s.ok}/${s.n})`);
console.log(`  out_of_scope recall: ${pct(oosHit, oos)} (${oosHit}/${oos})`);
console.log('confusions (gold → predicted):');
for (const [key, texts] of [...confusions].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${texts.length}× ${key}`);
  if (showErrors) for (const t of texts) console.log(`      ${t}`);
}
