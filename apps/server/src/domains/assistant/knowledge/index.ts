/*
 * The assistant's knowledge base: bilingual help articles written by the team and BM25 retrieval over them.
 *
 * - `createKnowledgeBase(options?)` → `{ answer(question, lang), byIntent(intent, lang), get(id, lang), search }`
 * - `ARTICLES`: the articles (en + es), `RETRIEVAL_EVAL` / `UNANSWERABLE`: the retrieval evaluation set
 */
export { ARTICLES } from './articles.ts';
export {
  citationFor,
  createKnowledgeBase,
  DEFAULT_OUT_OF_SCOPE_TERMS,
  type KnowledgeBase,
  type KnowledgeBaseOptions,
  type RankedArticle,
} from './knowledge-base.ts';
export {
  type EvalQuestion,
  RETRIEVAL_EVAL,
  RETRIEVAL_HOLDOUT,
  UNANSWERABLE,
  UNANSWERABLE_HOLDOUT,
  type UnanswerableQuestion,
} from './retrieval-eval.ts';
export {
  type ArticleText,
  KNOWLEDGE_LANGS,
  type KnowledgeAnswer,
  type KnowledgeArticle,
  type KnowledgeLang,
} from './types.ts';
