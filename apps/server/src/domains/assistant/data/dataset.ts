import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from './intents.ts';

/* The assistant's data files and the helpers shared by the generator, the tests and the scorers. */

export const DATA_DIR = dirname(fileURLToPath(import.meta.url));
export const TRAINING_FILE = join(DATA_DIR, 'training.jsonl');
export const VALIDATION_FILE = join(DATA_DIR, 'validation.jsonl');
export const ENTITIES_FILE = join(DATA_DIR, 'entities.jsonl');
/** Realistic messages never trained on or tuned against sentence by sentence, with gold entities. */
export const HOLDOUT_FILE = join(DATA_DIR, 'holdout.jsonl');

export interface Example {
  text: string;
  intent: string;
  lang: Lang;
}

export interface GoldEntity {
  type: 'amount' | 'date' | 'merchant' | 'last4';
  value: number | string;
  start: number;
  end: number;
}

export interface EntityExample extends Example {
  entities: GoldEntity[];
}

/** Parses a JSONL file; throws with the line number on a malformed line. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${file}:${index + 1}: ${(error as Error).message}`);
      }
    });
}

/** The duplicate key: lower case, punctuation and symbols removed, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokens(text: string): Set<string> {
  return new Set(normalizeText(text).split(' ').filter(Boolean));
}

/**
 * Near-exact duplicates: the same normalised text, or, for messages of four words or more, word
 * sets that overlap almost entirely (Jaccard ≥ 0.8: a swapped or added word, not a rewrite).
 */
export function findNearDuplicates(
  a: readonly Example[],
  b: readonly Example[],
  threshold = 0.8,
): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const bTokens = b.map((e) => ({ text: e.text, key: normalizeText(e.text), set: tokens(e.text) }));
  for (const x of a) {
    const key = normalizeText(x.text);
    const set = tokens(x.text);
    for (const y of bTokens) {
      if (key === y.key) {
        pairs.push([x.text, y.text]);
        continue;
      }
      if (set.size < 4 || y.set.size < 4) continue;
      let shared = 0;
      for (const t of set) if (y.set.has(t)) shared++;
      const jaccard = shared / (set.size + y.set.size - shared);
      if (jaccard >= threshold) pairs.push([x.text, y.text]);
    }
  }
  return pairs;
}
