/*
 * OpenAI-compatible chat-completions client on Node's fetch: one POST per call, a timeout on the whole
 * request, no retries, and a breaker that stops calling for a while after consecutive failures so a down
 * endpoint costs nothing but the fallback. Every message is redacted right before it is sent (the callers
 * already redact: defence in depth), and bodies are never logged.
 */
import { redact } from '../../security/index.ts';
import {
  acceptRephrase,
  acceptSummary,
  type ChatMessage,
  rephraseMessages,
  summarizeMessages,
} from './prompts.ts';
import type { LanguageModel, LanguageModelConfig, LanguageModelLogger } from './types.ts';

export interface OpenAiCompatibleDeps {
  readonly fetch?: typeof fetch;
  /** The signal that ends a request (default: `AbortSignal.timeout(config.timeoutMs)`). */
  readonly timeoutSignal?: (timeoutMs: number) => AbortSignal;
  readonly now?: () => number;
  readonly logger?: LanguageModelLogger;
  /** Consecutive failures that open the breaker (default 3). */
  readonly breakerFailures?: number;
  /** How long the breaker stays open, in milliseconds (default 30 s). */
  readonly breakerOpenMs?: number;
}

/** Longest reply read from the endpoint, in characters; anything longer is treated as garbage. */
const MAX_RESPONSE_CHARS = 64_000;

function chatCompletionsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

function contentOf(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const choices = (json as { choices?: unknown }).choices;
  if (!Array.isArray(choices)) return null;
  const message = (choices[0] as { message?: unknown } | undefined)?.message;
  const content = (message as { content?: unknown } | undefined)?.content;
  return typeof content === 'string' ? content : null;
}

export function createOpenAiCompatibleModel(
  config: LanguageModelConfig,
  deps: OpenAiCompatibleDeps = {},
): LanguageModel {
  const doFetch = deps.fetch ?? fetch;
  const timeoutSignal = deps.timeoutSignal ?? ((ms: number) => AbortSignal.timeout(ms));
  const now = deps.now ?? Date.now;
  const breakerFailures = deps.breakerFailures ?? 3;
  const breakerOpenMs = deps.breakerOpenMs ?? 30_000;
  const url = chatCompletionsUrl(config.baseUrl);
  let failures = 0;
  let openUntil = 0;

  function fail(reason: string, status?: number): null {
    failures += 1;
    if (failures >= breakerFailures) openUntil = now() + breakerOpenMs;
    deps.logger?.warn(
      { event: 'llm.request_failed', reason, ...(status === undefined ? {} : { status }) },
      'language model request failed; using the fallback',
    );
    return null;
  }

  /** The reply's text, or null on any failure. Never throws. */
  async function complete(messages: readonly ChatMessage[], maxTokens: number): Promise<string | null> {
    if (now() < openUntil) return null;
    const body = JSON.stringify({
      model: config.model,
      // redacted right before sending, whatever the caller did
      messages: messages.map((m) => ({ role: m.role, content: redact(m.content).redacted })),
      temperature: 0,
      max_tokens: maxTokens,
      stream: false,
    });
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Bearer ${config.apiKey}`,
        },
        body,
        signal: timeoutSignal(config.timeoutMs),
        redirect: 'error',
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        return fail('http_status', response.status);
      }
      const raw = await response.text();
      if (raw.length > MAX_RESPONSE_CHARS) return fail('response_too_large');
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        return fail('invalid_json');
      }
      const content = contentOf(json);
      if (content === null) return fail('no_content');
      failures = 0;
      return content;
    } catch (error) {
      const name = error instanceof Error ? error.name : 'unknown';
      return fail(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network');
    }
  }

  return {
    enabled: true,
    async rephrase(input) {
      const output = await complete(rephraseMessages(input), 400);
      return acceptRephrase(output, input) ?? input.answer;
    },
    async summarize(input) {
      if (input.transcript.length === 0) return null;
      const output = await complete(summarizeMessages(input), 400);
      return acceptSummary(output, input);
    },
  };
}
