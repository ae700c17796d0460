import { describe, expect, it } from 'vitest';
import { checkAgentMessage, redact } from '../../security/index.ts';
import { INTENT_NAMES } from '../data/intents.ts';
import {
  ARTICLES,
  createKnowledgeBase,
  KNOWLEDGE_LANGS,
  RETRIEVAL_EVAL,
  RETRIEVAL_HOLDOUT,
  UNANSWERABLE,
  UNANSWERABLE_HOLDOUT,
} from './index.ts';

const kb = createKnowledgeBase();

describe('retrieval evaluation (questions written unlike the articles, with typos)', () => {
  it('has at least 60 questions in each language and one for every article', () => {
    for (const lang of KNOWLEDGE_LANGS)
      expect(RETRIEVAL_EVAL.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(50);
    expect(RETRIEVAL_EVAL.length).toBeGreaterThanOrEqual(100);
    const covered = new Set(RETRIEVAL_EVAL.map((q) => q.articleId));
    expect(ARTICLES.filter((a) => !covered.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('finds the expected article first for at least 90% of questions, in each language', () => {
    for (const lang of KNOWLEDGE_LANGS) {
      const questions = RETRIEVAL_EVAL.filter((q) => q.lang === lang);
      const misses = questions.filter((q) => kb.answer(q.question, lang)?.articleId !== q.articleId);
      expect(
        1 - misses.length / questions.length,
        misses.map((m) => m.question).join('\n'),
      ).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('says it has no answer for at least 85% of questions it cannot answer (weather, crypto, other banks)', () => {
    const answered = UNANSWERABLE.filter((q) => kb.answer(q.question, q.lang) !== null);
    expect(UNANSWERABLE.length).toBeGreaterThanOrEqual(25);
    expect(
      1 - answered.length / UNANSWERABLE.length,
      answered.map((q) => q.question).join('\n'),
    ).toBeGreaterThanOrEqual(0.85);
  });
});

describe('held-out questions (never used to tune retrieval)', () => {
  it('finds the expected article first for at least 85% and declines at least 70% of unanswerable ones', () => {
    const hits = RETRIEVAL_HOLDOUT.filter((q) => kb.answer(q.question, q.lang)?.articleId === q.articleId);
    expect(hits.length / RETRIEVAL_HOLDOUT.length).toBeGreaterThanOrEqual(0.85);
    const declined = UNANSWERABLE_HOLDOUT.filter((q) => kb.answer(q.question, q.lang) === null);
    expect(declined.length / UNANSWERABLE_HOLDOUT.length).toBeGreaterThanOrEqual(0.7);
  });
});

describe('answer(question, lang)', () => {
  it('answers in the customer’s language with the article’s title and citation', () => {
    const en = kb.answer('I was charged twice for the same dinner', 'en');
    expect(en).toMatchObject({ articleId: 'billing-disputes', lang: 'en' });
    expect(en?.answer).toContain('60 days');
    expect(en?.citation).toBe('Help Center: Disputing a charge: your billing rights (12 CFR 1026.13)');
    expect(en?.score).toBeGreaterThan(0);

    const es = kb.answer('me cobraron dos veces la misma cena', 'es');
    expect(es).toMatchObject({ articleId: 'billing-disputes', lang: 'es' });
    expect(es?.answer).toContain('60 días');
    expect(es?.citation).toMatch(/^Centro de ayuda: /);
  });

  it('folds accents and case, and tolerates a typo', () => {
    const plain = kb.answer('perdi mi tarjeta', 'es');
    expect(kb.answer('PERDÍ MI TARJETA', 'es')?.articleId).toBe(plain?.articleId);
    expect(plain?.articleId).toBe('lost-stolen-card');
    expect(kb.answer('how do i dispte a charge', 'en')?.articleId).toBe('billing-disputes');
  });

  it('finds the article when the question is typed in the other language, and answers in the requested one', () => {
    const answer = kb.answer('my card was stolen', 'es');
    expect(answer).toMatchObject({
      articleId: 'lost-stolen-card',
      lang: 'es',
      title: 'Tarjeta perdida o robada',
    });
  });

  it('returns null for empty, stop-word-only and other-bank questions', () => {
    expect(kb.answer('', 'en')).toBeNull();
    expect(kb.answer('hi, can you help me with this?', 'en')).toBeNull();
    expect(kb.answer('how do I dispute a charge on my Chase card', 'en')).toBeNull();
    expect(kb.answer('mi tarjeta de Santander fue rechazada', 'es')).toBeNull();
  });

  it('lets an issuer take its own name off the out-of-scope list', () => {
    const own = createKnowledgeBase({ outOfScopeTerms: [] });
    expect(own.answer('how do I dispute a charge on my Chase card', 'en')?.articleId).toBe(
      'billing-disputes',
    );
  });

  it('gives the same answer every time', () => {
    const question = 'can i get my late fee removed';
    const first = kb.answer(question, 'en');
    expect(createKnowledgeBase().answer(question, 'en')).toEqual(first);
    expect(kb.answer(question, 'en')).toEqual(first);
  });
});

describe('byIntent and get', () => {
  it('answers every in-scope intent except none, and nothing for dialog intents', () => {
    const dialog = ['greeting', 'goodbye', 'thanks', 'affirm', 'deny', 'out_of_scope'];
    for (const intent of INTENT_NAMES) {
      const answer = kb.byIntent(intent, 'es');
      if (dialog.includes(intent)) expect(answer, intent).toBeNull();
      else expect(answer?.lang, intent).toBe('es');
    }
    expect(kb.byIntent('lost_stolen_card', 'en')?.articleId).toBe('lost-stolen-card');
    expect(kb.byIntent('no_such_intent', 'en')).toBeNull();
  });

  it('gets an article by id in either language', () => {
    expect(kb.get('late-fees', 'en')?.title).toBe('Late fees and goodwill credits');
    expect(kb.get('late-fees', 'es')?.title).toBe('Cargos por pago atrasado y créditos de cortesía');
    expect(kb.get('nope', 'en')).toBeNull();
  });
});

describe('the articles', () => {
  it('number 20 to 40, with unique ids, and each intent answered by at most one article', () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(20);
    expect(ARTICLES.length).toBeLessThanOrEqual(40);
    expect(new Set(ARTICLES.map((a) => a.id)).size).toBe(ARTICLES.length);
    const intents = ARTICLES.flatMap((a) => a.intents);
    expect(new Set(intents).size).toBe(intents.length);
    for (const intent of intents) expect(INTENT_NAMES).toContain(intent);
  });

  it('are complete in English and Spanish, with chat-sized answers', () => {
    for (const article of ARTICLES)
      for (const lang of KNOWLEDGE_LANGS) {
        const text = article[lang];
        expect(text.title.length, `${article.id} ${lang}`).toBeGreaterThan(5);
        expect(text.keywords.length, `${article.id} ${lang}`).toBeGreaterThanOrEqual(5);
        const sentences = text.answer.split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡])/u).length;
        expect(sentences, `${article.id} ${lang}: ${text.answer}`).toBeGreaterThanOrEqual(2);
        expect(sentences, `${article.id} ${lang}: ${text.answer}`).toBeLessThanOrEqual(4);
        expect(text.answer.length, `${article.id} ${lang}`).toBeLessThanOrEqual(600);
      }
    // a body in one language has its translation in the other
    for (const article of ARTICLES) expect(article.en.body === undefined).toBe(article.es.body === undefined);
  });

  it('state the billing-dispute, liability, cut-off and complaint figures', () => {
    const en = (id: string) => kb.get(id, 'en')?.answer ?? '';
    const es = (id: string) => kb.get(id, 'es')?.answer ?? '';
    for (const figure of ['60 days', '30 days', 'two billing cycles', '90 days'])
      expect(en('billing-disputes')).toContain(figure);
    for (const figure of ['60 días', '30 días', 'dos ciclos de facturación', '90 días'])
      expect(es('billing-disputes')).toContain(figure);
    expect(en('lost-stolen-card')).toContain('$50');
    expect(es('lost-stolen-card')).toContain('50 dólares');
    expect(en('due-date-cutoff')).toContain('5 p.m. Eastern Time');
    expect(es('due-date-cutoff')).toContain('5 p. m., hora del Este');
    expect(en('complaints')).toMatch(/15 days.*60 days/);
    expect(es('complaints')).toMatch(/15 días.*60 días/);
  });

  it('never ask the customer for a secret, and contain nothing the redaction engine would remove', () => {
    for (const article of ARTICLES)
      for (const lang of KNOWLEDGE_LANGS)
        for (const text of [article[lang].title, article[lang].answer, article[lang].body ?? '']) {
          const guard = checkAgentMessage(text, lang);
          expect(guard.blocked, `${article.id} ${lang}: ${guard.requested.join(', ')} in "${text}"`).toBe(
            false,
          );
          expect(redact(text, { language: lang }).spans, `${article.id} ${lang}`).toEqual([]);
        }
  });

  it('name no fee amounts (they depend on the card agreement)', () => {
    for (const article of ARTICLES)
      for (const lang of KNOWLEDGE_LANGS) {
        const text = `${article[lang].answer} ${article[lang].body ?? ''}`;
        // the only dollar figure is the legal $50 cap on liability for unauthorised use
        const amounts = text.match(/\$\s?\d+|\d+\s?d[oó]lares/g) ?? [];
        expect(
          amounts.every((a) => /50/.test(a)),
          `${article.id} ${lang}: ${amounts.join(', ')}`,
        ).toBe(true);
      }
  });
});
