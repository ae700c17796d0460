/*
 * The assistant's knowledge base: the team's articles indexed per language with MiniSearch (BM25+ with field
 * boosts, prefix and fuzzy matching on stemmed, accent-folded terms), and a relevance gate that returns null
 * when the question is not something the articles answer, so the caller can say so and offer an agent.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { IntentName } from '../data/intents.ts';
import { ARTICLES } from './articles.ts';
import { analyze, analyzeWord, words } from './text.ts';
import type { KnowledgeAnswer, KnowledgeArticle, KnowledgeLang } from './types.ts';

/**
 * Other issuers, payment apps and crypto: questions about them are out of scope (INTENTS.md) even when the
 * rest of the wording matches an article ("can I dispute a charge on my Chase card"). An issuer deploying
 * Clearline removes its own name from this list through `outOfScopeTerms`.
 */
export const DEFAULT_OUT_OF_SCOPE_TERMS: readonly string[] = [
  'chase',
  'citi',
  'citibank',
  'wells fargo',
  'bank of america',
  'bofa',
  'capital one',
  'barclays',
  'us bank',
  'usaa',
  'synchrony',
  'navy federal',
  'santander',
  'bbva',
  'banamex',
  'banorte',
  'paypal',
  'venmo',
  'zelle',
  'cash app',
  'cashapp',
  'bitcoin',
  'btc',
  'ethereum',
  'crypto',
  'cryptocurrency',
  'criptomoneda',
  'criptomonedas',
  'dogecoin',
  'coinbase',
];

export interface KnowledgeBaseOptions {
  /** Articles to serve (default: the team's `ARTICLES`). */
  readonly articles?: readonly KnowledgeArticle[];
  /** Names that make a question out of scope (default: `DEFAULT_OUT_OF_SCOPE_TERMS`). */
  readonly outOfScopeTerms?: readonly string[];
}

export interface KnowledgeBase {
  /** The best article for a free-text question, in `lang`; null when nothing is relevant enough. */
  answer(question: string, lang: KnowledgeLang): KnowledgeAnswer | null;
  /** The article that answers an intent (INTENTS.md), or null (dialog intents, out_of_scope). */
  byIntent(intent: IntentName | string, lang: KnowledgeLang): KnowledgeAnswer | null;
  /** One article by id, or null. */
  get(id: string, lang: KnowledgeLang): KnowledgeAnswer | null;
  /** The ranked candidates with the gate's figures, for evaluation and debugging. */
  search(question: string, lang: KnowledgeLang): readonly RankedArticle[];
  readonly articleIds: readonly string[];
}

export interface RankedArticle {
  readonly articleId: string;
  readonly score: number;
  /** Share of the question's content terms this article matched (0–1). */
  readonly coverage: number;
}

/** Field boosts: a keyword or title hit says more about the topic than a word in the answer text. */
const BOOST = { title: 2.5, keywords: 2, answer: 1, body: 0.5 } as const;
/** Below this BM25 score the best article is not relevant enough. */
const MIN_SCORE = 10;
/** The best article must match at least this share of the question's content terms. */
const MIN_COVERAGE = 0.4;

interface IndexedDoc {
  readonly id: string;
  readonly title: string;
  readonly keywords: string;
  readonly answer: string;
  readonly body: string;
}

const CITATION_PREFIX: Record<KnowledgeLang, string> = { en: 'Help Center', es: 'Centro de ayuda' };

export function citationFor(article: KnowledgeArticle, lang: KnowledgeLang): string {
  const base = `${CITATION_PREFIX[lang]}: ${article[lang].title}`;
  return article.source ? `${base} (${article.source})` : base;
}

function toAnswer(article: KnowledgeArticle, lang: KnowledgeLang, score: number): KnowledgeAnswer {
  const text = article[lang];
  return {
    articleId: article.id,
    lang,
    title: text.title,
    answer: text.answer,
    ...(text.body === undefined ? {} : { body: text.body }),
    score,
    citation: citationFor(article, lang),
  };
}

function buildIndex(articles: readonly KnowledgeArticle[], lang: KnowledgeLang): MiniSearch<IndexedDoc> {
  const index = new MiniSearch<IndexedDoc>({
    idField: 'id',
    fields: ['title', 'keywords', 'answer', 'body'],
    tokenize: words,
    processTerm: (term) => analyzeWord(term, lang),
    searchOptions: {
      boost: { ...BOOST },
      combineWith: 'OR',
      // stems of five letters or more tolerate one typo; four or more also match as a prefix
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      maxFuzzy: 2,
      weights: { fuzzy: 0.5, prefix: 0.4 },
    },
  });
  index.addAll(
    articles.map((a) => ({
      id: a.id,
      title: a[lang].title,
      // keywords are phrases; a separator keeps the last word of one from running into the next
      keywords: a[lang].keywords.join(' , '),
      answer: a[lang].answer,
      body: a[lang].body ?? '',
    })),
  );
  return index;
}

function containsPhrase(terms: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > terms.length) return false;
  outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (terms[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

export function createKnowledgeBase(options: KnowledgeBaseOptions = {}): KnowledgeBase {
  const articles = options.articles ?? ARTICLES;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const intentArticle = new Map<string, KnowledgeArticle>();
  for (const article of articles)
    for (const intent of article.intents) if (!intentArticle.has(intent)) intentArticle.set(intent, article);
  const indexes: Record<KnowledgeLang, MiniSearch<IndexedDoc>> = {
    en: buildIndex(articles, 'en'),
    es: buildIndex(articles, 'es'),
  };
  const outOfScope = (options.outOfScopeTerms ?? DEFAULT_OUT_OF_SCOPE_TERMS).map((t) => ({
    en: analyze(t, 'en'),
    es: analyze(t, 'es'),
  }));

  function rank(question: string, lang: KnowledgeLang): RankedArticle[] {
    const terms = [...new Set(analyze(question, lang))];
    if (terms.length === 0) return [];
    const results: SearchResult[] = indexes[lang].search(question);
    return results
      .map((r) => ({
        articleId: String(r.id),
        score: r.score,
        coverage: new Set(r.queryTerms).size / terms.length,
      }))
      .sort((a, b) => b.score - a.score || (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0));
  }

  function isOutOfScope(question: string): boolean {
    const en = analyze(question, 'en');
    const es = analyze(question, 'es');
    return outOfScope.some((t) => containsPhrase(en, t.en) || containsPhrase(es, t.es));
  }

  function relevant(ranked: readonly RankedArticle[]): RankedArticle | null {
    const top = ranked[0];
    if (!top || top.score < MIN_SCORE || top.coverage < MIN_COVERAGE) return null;
    return top;
  }

  return {
    articleIds: articles.map((a) => a.id),
    search: rank,
    answer(question, lang) {
      if (isOutOfScope(question)) return null;
      // the customer's language first; a question typed in the other language still finds its article
      const other: KnowledgeLang = lang === 'en' ? 'es' : 'en';
      const hit = relevant(rank(question, lang)) ?? relevant(rank(question, other));
      const article = hit ? byId.get(hit.articleId) : undefined;
      return hit && article ? toAnswer(article, lang, hit.score) : null;
    },
    byIntent(intent, lang) {
      const article = intentArticle.get(intent);
      return article ? toAnswer(article, lang, 0) : null;
    },
    get(id, lang) {
      const article = byId.get(id);
      return article ? toAnswer(article, lang, 0) : null;
    },
  };
}
