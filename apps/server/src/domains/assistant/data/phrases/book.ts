import type { IntentName } from '../intents.ts';

/*
 * Phrases are written as plain text blocks, one message per line, so the data reads like the chat
 * log it imitates. Blank lines and lines starting with `#` (comments for reviewers) are skipped.
 * Write messages as cardmembers do: typos, missing accents, lower case and anger are intended.
 */

export interface PhraseBlock {
  en: string;
  es: string;
}

export type PhraseBook = Partial<Record<IntentName, PhraseBlock>>;

/**
 * One language of the hold-out set: messages per intent, entity mentions marked as in
 * entity-cases.ts (`[mention]{type}` or `[mention]{type:value}`).
 */
export type HoldoutBook = Partial<Record<IntentName, string>>;

export function lines(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}
