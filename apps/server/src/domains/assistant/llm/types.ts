/* The assistant's optional language-model port: types shared by the implementations. */

export type LanguageModelLang = 'en' | 'es';

/** How to reach an OpenAI-compatible chat-completions endpoint (from `config.ts`); null turns the model off. */
export interface LanguageModelConfig {
  /** e.g. `https://llm.internal/v1`; the client posts to `{baseUrl}/chat/completions`. */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly model: string;
  /** Whole-request budget; past it the call is abandoned and the caller's fallback is used. */
  readonly timeoutMs: number;
}

export interface RephraseInput {
  /** The customer's question (redacted again before it is sent). */
  readonly question: string;
  /** The stored knowledge-base answer: the facts to keep, and the fallback. */
  readonly answer: string;
  /** Language of the reply. */
  readonly lang: LanguageModelLang;
}

export interface TranscriptLine {
  readonly role: 'customer' | 'assistant' | 'agent';
  readonly text: string;
}

export interface SummarizeInput {
  readonly transcript: readonly TranscriptLine[];
  /** Language of the summary (the agent's). */
  readonly lang: LanguageModelLang;
}

export interface LanguageModel {
  /** False for the no-op model: callers can skip work whose only use is the model. */
  readonly enabled: boolean;
  /**
   * The stored answer reworded for the customer's question, keeping every fact; the stored answer itself
   * on any failure, timeout, empty, overlong or fact-dropping output. Never rejects.
   */
  rephrase(input: RephraseInput): Promise<string>;
  /** A short summary of a redacted transcript for the agent taking over, or null. Never rejects. */
  summarize(input: SummarizeInput): Promise<string | null>;
}

/** Where failures are reported: kinds and statuses only, never a request or response body. */
export interface LanguageModelLogger {
  warn(
    details: { readonly event: string; readonly status?: number; readonly reason?: string },
    msg: string,
  ): void;
}
