/* The language-model port's factory: the OpenAI-compatible client when configured, otherwise a no-op. */
import { createOpenAiCompatibleModel, type OpenAiCompatibleDeps } from './openai-compatible.ts';
import type { LanguageModel, LanguageModelConfig } from './types.ts';

/** The default: no model; the stored answer as it is, and no summary. */
export const NO_LANGUAGE_MODEL: LanguageModel = Object.freeze({
  enabled: false,
  rephrase: async (input: { readonly answer: string }) => input.answer,
  summarize: async () => null,
});

export function createLanguageModel(
  config: LanguageModelConfig | null,
  deps: OpenAiCompatibleDeps = {},
): LanguageModel {
  return config === null ? NO_LANGUAGE_MODEL : createOpenAiCompatibleModel(config, deps);
}
