/**
 * Clearline assistant NLU: public API.
 *
 * - `IntentClassifier.train(examples, options)` / `.predict(text)` / `.serialize()` / `IntentClassifier.deserialize(json)`
 * - `loadAssistantModel()`: Clearline's own model, trained from `../data/training.jsonl` at first use and cached
 * - `detectLanguage(text)`: 'en' | 'es' with a confidence
 * - `normalizeText(text)` / `tokenize(text)`: the canonical text form used for features
 * - `loadDataset(file)`: CSV (`text` + `category`|`intent`) or JSONL loaders; `oos`/`out_of_scope` -> OUT_OF_SCOPE
 */
export {
  ASSISTANT_DATA_DIR,
  ASSISTANT_TRAINING_FILE,
  ENGINE_VERSION,
  type LoadAssistantOptions,
  type LoadedAssistantModel,
  loadAssistantModel,
  MissingTrainingDataError,
} from './assistant-model.ts';
export {
  IntentClassifier,
  type Prediction,
  type RankedIntent,
  RECOMMENDED_TRAIN_OPTIONS,
  type TrainOptions,
  type TrainReport,
} from './classifier.ts';
export {
  canonicalLabel,
  type Example,
  isOutOfScopeLabel,
  loadDataset,
  OUT_OF_SCOPE,
  parseCsvDataset,
  parseJsonlDataset,
  stratifiedSplit,
} from './dataset.ts';
export { computeMetrics, type EvalMetrics, runEvaluation } from './evaluate.ts';
export { DEFAULT_FEATURES, type FeatureConfig } from './features.ts';
export { detectLanguage, type Language, type LanguageGuess } from './language.ts';
export { normalizeText, tokenize } from './normalize.ts';
