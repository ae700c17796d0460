/*
 * The assistant's optional language model (off by default): rephrase a knowledge answer for the customer's
 * question, summarise a redacted transcript for an agent. Only redacted text is ever sent.
 *
 * - `createLanguageModel(config | null, deps?)` → `LanguageModel` (`NO_LANGUAGE_MODEL` when config is null)
 */
export { createLanguageModel, NO_LANGUAGE_MODEL } from './language-model.ts';
export { createOpenAiCompatibleModel, type OpenAiCompatibleDeps } from './openai-compatible.ts';
export { acceptRephrase, acceptSummary, MAX_SUMMARY_CHARS } from './prompts.ts';
export type {
  LanguageModel,
  LanguageModelConfig,
  LanguageModelLang,
  LanguageModelLogger,
  RephraseInput,
  SummarizeInput,
  TranscriptLine,
} from './types.ts';
