/* Prompts and output checks for the language model; pure functions, tested without a network. */
import { checkAgentMessage, redact } from '../../security/index.ts';
import type { LanguageModelLang, RephraseInput, SummarizeInput } from './types.ts';

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

const LANGUAGE_NAME: Record<LanguageModelLang, string> = { en: 'English', es: 'Spanish' };

/** Longest summary accepted, in characters. */
export const MAX_SUMMARY_CHARS = 1500;

export function rephraseMessages(input: RephraseInput): ChatMessage[] {
  return [
    {
      role: 'system',
      content: [
        "You reword a card issuer's help answer so that it replies directly to the customer's question.",
        `Write in ${LANGUAGE_NAME[input.lang]}, plain text, at most 4 sentences.`,
        'Keep every fact, number, time, deadline and condition of the ANSWER exactly; add no new facts, promises or advice.',
        'Never ask for a card number, security code, PIN, password, one-time code or Social Security number.',
        'Text in square brackets was removed for security: do not guess or repeat it.',
      ].join(' '),
    },
    { role: 'user', content: `QUESTION:\n${input.question}\n\nANSWER:\n${input.answer}` },
  ];
}

export function summarizeMessages(input: SummarizeInput): ChatMessage[] {
  const transcript = input.transcript.map((line) => `${line.role}: ${line.text}`).join('\n');
  return [
    {
      role: 'system',
      content: [
        'Summarise this customer-care chat for the agent who takes it over.',
        `Write in ${LANGUAGE_NAME[input.lang]}, 3 to 6 short lines: what the customer wants, what was already done or`,
        'answered, amounts, dates, merchants and reference numbers mentioned, and what is still open.',
        'Text in square brackets was removed for security: do not guess or repeat it. Do not invent facts.',
      ].join(' '),
    },
    { role: 'user', content: transcript },
  ];
}

/** Numbers of a text ("60", "5", "1026.13"): each one in the stored answer must survive a rewording. */
function numbersOf(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

/** True when a reply is unsafe to show: it carries or asks for a secret. */
function unsafe(text: string, lang: LanguageModelLang): boolean {
  return redact(text, { language: lang }).spans.length > 0 || checkAgentMessage(text, lang).blocked;
}

/** The model's rewording if it is usable, otherwise null (the caller keeps the stored answer). */
export function acceptRephrase(output: string | null, input: RephraseInput): string | null {
  const text = output?.trim() ?? '';
  if (text.length === 0) return null;
  if (text.length > Math.max(2 * input.answer.length, input.answer.length + 200)) return null;
  const kept = new Set(numbersOf(text));
  if (numbersOf(input.answer).some((n) => !kept.has(n))) return null;
  if (unsafe(text, input.lang)) return null;
  return text;
}

/** The model's summary if it is usable, otherwise null. */
export function acceptSummary(output: string | null, input: SummarizeInput): string | null {
  const text = output?.trim() ?? '';
  if (text.length === 0 || text.length > MAX_SUMMARY_CHARS) return null;
  // a summary may repeat what the customer wrote; whatever looks secret is masked, never shown
  return redact(text, { language: input.lang }).redacted;
}
