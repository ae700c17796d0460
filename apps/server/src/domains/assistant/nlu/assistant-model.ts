/**
 * Clearline's own shipped assistant model: trained from the repository's training data
 * (`apps/server/src/domains/assistant/data/training.jsonl`, lines `{"text","intent","lang"}`) at first
 * start, then cached on disk keyed by a hash of the data and the engine version, so later starts only
 * deserialise. Nothing is fetched from the network.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntentClassifier, RECOMMENDED_TRAIN_OPTIONS, type TrainOptions } from './classifier.ts';
import { type Example, loadDataset } from './dataset.ts';

/** Bump when features, training or serialisation change, so stale caches are not reused. */
export const ENGINE_VERSION = 'clearline-nlu-4';

const here = dirname(fileURLToPath(import.meta.url));

/** Folder of the assistant's own training data. */
export const ASSISTANT_DATA_DIR = resolve(here, '../data');

/** The training file the shipped model is built from. */
export const ASSISTANT_TRAINING_FILE = join(ASSISTANT_DATA_DIR, 'training.jsonl');

/** Training options of the shipped model. */
export const ASSISTANT_TRAIN_OPTIONS: TrainOptions = {
  ...RECOMMENDED_TRAIN_OPTIONS,
  c: [0.5, 1, 2],
  folds: 4,
};

/** Where trained models are cached: `<dataDir>/nlu` (the server passes its DATA_DIR; the CLI its own). */
export function defaultCacheDir(dataDir = '.data'): string {
  return resolve(join(dataDir, 'nlu'));
}

export class MissingTrainingDataError extends Error {
  constructor(file: string) {
    super(
      `Clearline's assistant training data was not found at ${file}. ` +
        'It is expected as JSONL lines {"text","intent","lang"}; pass --train FILE to evaluate a model trained on another file.',
    );
    this.name = 'MissingTrainingDataError';
  }
}

export interface LoadAssistantOptions {
  trainingFile?: string;
  /** Where the trained model is cached; `null` disables the cache. */
  cacheDir?: string | null;
  log?: (message: string) => void;
}

export interface LoadedAssistantModel {
  classifier: IntentClassifier;
  examples: Example[];
  /** Seconds spent training now (0 when loaded from cache). */
  trainSeconds: number;
  fromCache: boolean;
  cacheFile: string | null;
}

/**
 * A digest of the engine's own source files, so that a cached model is never reused by a changed
 * engine even when ENGINE_VERSION was not bumped.
 */
function engineSourceDigest(): string {
  const h = createHash('sha256');
  for (const name of readdirSync(here).sort()) {
    if (/\.(ts|cjs)$/.test(name) && !name.endsWith('.test.ts'))
      h.update(name).update(readFileSync(join(here, name)));
  }
  return h.digest('hex');
}

/** Loads the assistant model, training and caching it on first use. */
export function loadAssistantModel(options: LoadAssistantOptions = {}): LoadedAssistantModel {
  const file = options.trainingFile ?? ASSISTANT_TRAINING_FILE;
  const log = options.log ?? (() => {});
  if (!existsSync(file)) throw new MissingTrainingDataError(file);
  const raw = readFileSync(file);
  const examples = loadDataset(file);
  const hash = createHash('sha256')
    .update(ENGINE_VERSION)
    .update(engineSourceDigest())
    .update(JSON.stringify(ASSISTANT_TRAIN_OPTIONS))
    .update(raw)
    .digest('hex')
    .slice(0, 16);
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const cacheFile = cacheDir ? join(cacheDir, `assistant-${hash}.json`) : null;
  if (cacheFile && existsSync(cacheFile)) {
    try {
      const classifier = IntentClassifier.deserialize(readFileSync(cacheFile, 'utf8'));
      log(`nlu: loaded cached assistant model ${cacheFile}`);
      return { classifier, examples, trainSeconds: 0, fromCache: true, cacheFile };
    } catch (err) {
      log(`nlu: ignoring unreadable cache ${cacheFile}: ${(err as Error).message}`);
    }
  }
  log(`nlu: training assistant model from ${file} (${examples.length} examples)`);
  const t0 = performance.now();
  const classifier = IntentClassifier.train(examples, { ...ASSISTANT_TRAIN_OPTIONS, log });
  const trainSeconds = (performance.now() - t0) / 1000;
  if (cacheFile) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, classifier.serialize());
      renameSync(tmp, cacheFile);
      log(`nlu: cached assistant model at ${cacheFile}`);
    } catch (err) {
      log(`nlu: could not write cache ${cacheFile}: ${(err as Error).message}`);
    }
  }
  return { classifier, examples, trainSeconds, fromCache: false, cacheFile };
}
