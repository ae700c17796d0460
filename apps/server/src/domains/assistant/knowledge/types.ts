/* Public types of the assistant's knowledge base. */
import type { IntentName } from '../data/intents.ts';

export type KnowledgeLang = 'en' | 'es';

export const KNOWLEDGE_LANGS: readonly KnowledgeLang[] = ['en', 'es'];

/** One article in one language. */
export interface ArticleText {
  readonly title: string;
  /** 2–4 sentences that fit a chat bubble. */
  readonly answer: string;
  /** Optional detail shown on request ("tell me more"). */
  readonly body?: string;
  /** Words and phrasings customers use for this topic (synonyms, slang, common misspellings). */
  readonly keywords: readonly string[];
}

/** An article written by the team, in English and Spanish. */
export interface KnowledgeArticle {
  readonly id: string;
  /** Intents (INTENTS.md) this article answers; an intent is answered by at most one article. */
  readonly intents: readonly IntentName[];
  /** Public rule the article relies on, shown in the citation ("12 CFR 1026.13"). */
  readonly source?: string;
  readonly en: ArticleText;
  readonly es: ArticleText;
}

/** What the assistant shows: one article in the customer's language. */
export interface KnowledgeAnswer {
  readonly articleId: string;
  readonly lang: KnowledgeLang;
  readonly title: string;
  readonly answer: string;
  readonly body?: string;
  /** Retrieval score (BM25 with field boosts); 0 for `get` and `byIntent`. */
  readonly score: number;
  /** Label for "source: …" under the answer, e.g. `Help Center: Disputing a charge (12 CFR 1026.13)`. */
  readonly citation: string;
}
