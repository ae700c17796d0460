import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ENTITIES_FILE,
  type EntityExample,
  type Example,
  findNearDuplicates,
  HOLDOUT_FILE,
  normalizeText,
  readJsonl,
  TRAINING_FILE,
  VALIDATION_FILE,
} from './dataset.ts';
import { buildAll } from './generate.ts';
import { INTENT_GROUPS, INTENT_NAMES, INTENTS } from './intents.ts';

const training = readJsonl<Example>(TRAINING_FILE);
const validation = readJsonl<Example>(VALIDATION_FILE);
const entities = readJsonl<EntityExample>(ENTITIES_FILE);
const holdout = readJsonl<EntityExample>(HOLDOUT_FILE);

/** Minimum examples per intent and language. */
const MINIMUM = {
  training: { en: 60, es: 35 },
  trainingOutOfScope: { en: 250, es: 120 },
  validation: { en: 12, es: 6 },
  holdout: { en: 15, es: 8 },
};

function countBy(rows: readonly Example[], intent: string, lang: string): number {
  return rows.filter((r) => r.intent === intent && r.lang === lang).length;
}

describe('intent catalogue', () => {
  it('has the 43 intents of INTENTS.md, each once, in a known group', () => {
    expect(INTENTS).toHaveLength(43);
    expect(new Set(INTENT_NAMES).size).toBe(43);
    for (const intent of INTENTS) {
      expect(INTENT_GROUPS).toContain(intent.group);
      expect(intent.name).toMatch(/^[a-z_]+$/);
      expect(intent.description.length).toBeGreaterThan(5);
    }
  });

  it('matches the table in shared/design/INTENTS.md when that file is present', () => {
    let doc: string;
    try {
      doc = readFileSync('/work/shared/design/INTENTS.md', 'utf8');
    } catch {
      return;
    }
    const table = doc.slice(0, doc.indexOf('## Entities'));
    const documented = new Set([...table.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!));
    expect([...documented].sort()).toEqual([...INTENT_NAMES].sort());
  });
});

describe('data files', () => {
  it('are valid JSON lines with text, a catalogued intent and a language', () => {
    for (const [name, rows] of [
      ['training', training],
      ['validation', validation],
      ['entities', entities],
      ['holdout', holdout],
    ] as const) {
      for (const row of rows) {
        expect(typeof row.text, name).toBe('string');
        expect(row.text.trim().length, name).toBeGreaterThan(0);
        expect(row.text, `${name}: surrounding whitespace`).toBe(row.text.trim());
        expect(INTENT_NAMES, `${name}: ${row.text}`).toContain(row.intent);
        expect(['en', 'es'], `${name}: ${row.text}`).toContain(row.lang);
      }
    }
  });

  it('cover every catalogued intent in both languages, and only those', () => {
    for (const rows of [training, validation, holdout]) {
      expect(new Set(rows.map((r) => r.intent))).toEqual(new Set(INTENT_NAMES));
    }
  });

  it('have the minimum number of training examples per intent and language', () => {
    const short: string[] = [];
    for (const intent of INTENT_NAMES) {
      const min = intent === 'out_of_scope' ? MINIMUM.trainingOutOfScope : MINIMUM.training;
      for (const lang of ['en', 'es'] as const) {
        const n = countBy(training, intent, lang);
        if (n < min[lang]) short.push(`${intent}/${lang}: ${n} < ${min[lang]}`);
      }
    }
    expect(short).toEqual([]);
  });

  it('have the minimum number of validation examples per intent and language', () => {
    const short: string[] = [];
    for (const intent of INTENT_NAMES) {
      for (const lang of ['en', 'es'] as const) {
        const n = countBy(validation, intent, lang);
        if (n < MINIMUM.validation[lang]) short.push(`${intent}/${lang}: ${n} < ${MINIMUM.validation[lang]}`);
      }
    }
    expect(short).toEqual([]);
  });

  it('have the minimum number of hold-out examples per intent and language', () => {
    const short: string[] = [];
    for (const intent of INTENT_NAMES) {
      for (const lang of ['en', 'es'] as const) {
        const n = countBy(holdout, intent, lang);
        if (n < MINIMUM.holdout[lang]) short.push(`${intent}/${lang}: ${n} < ${MINIMUM.holdout[lang]}`);
      }
    }
    expect(short).toEqual([]);
  });

  it('have no duplicates within training, validation or the hold-out (lower case, punctuation stripped)', () => {
    for (const rows of [training, validation, holdout]) {
      const seen = new Map<string, string>();
      const duplicates: string[] = [];
      for (const row of rows) {
        const key = normalizeText(row.text);
        if (seen.has(key)) duplicates.push(`${seen.get(key)} | ${row.text}`);
        seen.set(key, row.text);
      }
      expect(duplicates).toEqual([]);
    }
  });

  it('have no exact or near-exact duplicates across training, validation and the entity set', () => {
    expect(findNearDuplicates(validation, training)).toEqual([]);
    expect(findNearDuplicates(entities, training)).toEqual([]);
    expect(findNearDuplicates(entities, validation)).toEqual([]);
  });

  it('keep the hold-out unseen: no exact or near-exact copy of it in training, validation or the entity set', () => {
    expect(findNearDuplicates(holdout, training)).toEqual([]);
    expect(findNearDuplicates(holdout, validation)).toEqual([]);
    expect(findNearDuplicates(holdout, entities)).toEqual([]);
  });

  it('are what the generator writes from the phrase books (regenerate after editing ./phrases)', () => {
    const built = buildAll();
    expect(training).toEqual(built.training);
    expect(validation).toEqual(built.validation);
    expect(entities).toEqual(built.entities);
    expect(holdout).toEqual(built.holdout);
  });
});

describe('entities.jsonl', () => {
  it('has at least 150 messages in both languages, with every entity type', () => {
    expect(entities.length).toBeGreaterThanOrEqual(150);
    expect(entities.some((e) => e.lang === 'es')).toBe(true);
    const types = new Set(entities.flatMap((e) => e.entities.map((x) => x.type)));
    expect(types).toEqual(new Set(['amount', 'date', 'merchant', 'last4']));
  });

  it('has offsets that match the mentions and well-formed values (also in the hold-out)', () => {
    for (const row of [...entities, ...holdout]) {
      let previousEnd = 0;
      for (const entity of row.entities) {
        const mention = row.text.slice(entity.start, entity.end);
        expect(entity.start, row.text).toBeGreaterThanOrEqual(previousEnd);
        expect(entity.end, row.text).toBeGreaterThan(entity.start);
        expect(mention, row.text).toBe(mention.trim());
        previousEnd = entity.end;
        switch (entity.type) {
          case 'amount':
            expect(typeof entity.value, mention).toBe('number');
            expect(mention, row.text).toMatch(/\d/);
            break;
          case 'date':
            expect(entity.value, mention).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            break;
          case 'merchant':
            expect(entity.value, row.text).toBe(mention);
            break;
          case 'last4':
            expect(entity.value, row.text).toBe(mention);
            expect(mention).toMatch(/^\d{4}$/);
            break;
        }
      }
    }
  });
});
