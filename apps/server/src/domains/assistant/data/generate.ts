import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ENTITIES_FILE,
  type EntityExample,
  type Example,
  type GoldEntity,
  HOLDOUT_FILE,
  normalizeText,
  TRAINING_FILE,
  VALIDATION_FILE,
} from './dataset.ts';
import { INTENT_NAMES, type IntentName, isIntentName, type Lang } from './intents.ts';
import { type HoldoutBook, lines, type PhraseBook } from './phrases/book.ts';
import { ENTITY_CASES } from './phrases/entity-cases.ts';
import { holdoutBlindEn, holdoutBlindEs } from './phrases/holdout-blind.ts';
import { holdoutEn } from './phrases/holdout-en.ts';
import { holdoutEs } from './phrases/holdout-es.ts';
import { holdoutStoriesEn, holdoutStoriesEs } from './phrases/holdout-stories.ts';
import { account } from './phrases/train-account.ts';
import { billing } from './phrases/train-billing.ts';
import { card } from './phrases/train-card.ts';
import { creditTravel } from './phrases/train-credit-travel.ts';
import { dialog } from './phrases/train-dialog.ts';
import { disputes } from './phrases/train-disputes.ts';
import { extra } from './phrases/train-extra.ts';
import { extra2 } from './phrases/train-extra2.ts';
import { extra3 } from './phrases/train-extra3.ts';
import { extra4 } from './phrases/train-extra4.ts';
import { extra5 } from './phrases/train-extra5.ts';
import { outOfScope } from './phrases/train-oos.ts';
import { outOfScope2 } from './phrases/train-oos2.ts';
import { rewards } from './phrases/train-rewards.ts';
import { service } from './phrases/train-service.ts';
import { stories } from './phrases/train-stories.ts';
import { validation } from './phrases/validation.ts';

/*
 * Writes training.jsonl, validation.jsonl, entities.jsonl and holdout.jsonl from the phrase books in ./phrases.
 *   node --import tsx apps/server/src/domains/assistant/data/generate.ts
 * Output is deterministic (catalogue order, then the order written), so diffs stay reviewable.
 * Exact duplicates (after normalizeText) are dropped with a warning; data.test.ts enforces the rest.
 */

const TRAINING_BOOKS: readonly PhraseBook[] = [
  billing,
  disputes,
  card,
  rewards,
  account,
  creditTravel,
  service,
  dialog,
  outOfScope,
  outOfScope2,
  extra,
  extra2,
  extra3,
  extra4,
  extra5,
  stories,
];

function examplesFrom(books: readonly PhraseBook[], seen: Set<string>, label: string): Example[] {
  const out: Example[] = [];
  for (const intent of INTENT_NAMES) {
    for (const lang of ['en', 'es'] as const) {
      for (const book of books) {
        const block = book[intent];
        if (!block) continue;
        for (const text of lines(block[lang])) {
          const key = normalizeText(text);
          if (seen.has(key)) {
            console.warn(`${label}: duplicate dropped (${intent}/${lang}): ${text}`);
            continue;
          }
          seen.add(key);
          out.push({ text, intent, lang });
        }
      }
    }
  }
  for (const book of books) {
    for (const name of Object.keys(book)) {
      if (!isIntentName(name)) throw new Error(`${label}: unknown intent ${name}`);
    }
  }
  return out;
}

const MARK = /\[([^\]]+)\]\{(amount|date|merchant|last4)(?::([^}]*))?\}/g;

/** An amount mention's number: "$1,203.88" → 1203.88, "1.203,88 €" → 1203.88, "$5k" → 5000. */
function amountOf(mention: string): number {
  const match = /(\d[\d.,]*)\s*(k|K|mil)?/.exec(mention);
  if (!match) throw new Error(`no number in amount mention "${mention}"`);
  let raw = match[1]!.replace(/[.,]$/, '');
  if (/,\d{1,2}$/.test(raw)) raw = raw.replace(/\./g, '').replace(',', '.');
  else raw = raw.replace(/,/g, '');
  const value = Number(raw) * (match[2] ? 1000 : 1);
  if (!Number.isFinite(value)) throw new Error(`bad amount mention "${mention}"`);
  return value;
}

export function parseEntityCase(marked: string, lang: Lang): EntityExample {
  const [intentPart, ...rest] = marked.split(' | ');
  const intent = intentPart!.trim();
  if (!isIntentName(intent)) throw new Error(`entity case with unknown intent: ${marked}`);
  return parseMarked(rest.join(' | '), intent, lang);
}

/** A message with `[mention]{type(:value)}` marks → its plain text and gold entities with offsets. */
export function parseMarked(source: string, intent: IntentName, lang: Lang): EntityExample {
  const marked = source;
  let text = '';
  let last = 0;
  const entities: GoldEntity[] = [];
  for (const match of source.matchAll(MARK)) {
    text += source.slice(last, match.index);
    const mention = match[1]!;
    const type = match[2] as GoldEntity['type'];
    const start = text.length;
    text += mention;
    const end = text.length;
    let value: number | string;
    if (type === 'amount') value = match[3] ? Number(match[3]) : amountOf(mention);
    else if (type === 'date') {
      if (!match[3] || !/^\d{4}-\d{2}-\d{2}$/.test(match[3]))
        throw new Error(`date needs an ISO value: ${marked}`);
      value = match[3];
    } else value = match[3] ?? mention;
    entities.push({ type, value, start, end });
    last = match.index + match[0].length;
  }
  text += source.slice(last);
  if (/\]\{|\{(?:amount|date|merchant|last4)/.test(text)) throw new Error(`malformed mark-up: ${marked}`);
  for (const e of entities) {
    const mention = text.slice(e.start, e.end);
    if (!mention || /^\s|\s$/.test(mention)) throw new Error(`bad span "${mention}" in ${marked}`);
  }
  return { text, intent, lang, entities };
}

const HOLDOUT_BOOKS: Record<Lang, readonly HoldoutBook[]> = {
  en: [holdoutEn, holdoutStoriesEn, holdoutBlindEn],
  es: [holdoutEs, holdoutStoriesEs, holdoutBlindEs],
};

/** The hold-out rows, every one with its (possibly empty) gold entities; catalogue order, then language. */
export function buildHoldout(): EntityExample[] {
  const out: EntityExample[] = [];
  const seen = new Set<string>();
  for (const intent of INTENT_NAMES) {
    for (const lang of ['en', 'es'] as const) {
      for (const book of HOLDOUT_BOOKS[lang]) {
        const block = book[intent];
        if (!block) continue;
        for (const line of lines(block)) {
          const row = parseMarked(line, intent, lang);
          const key = normalizeText(row.text);
          if (seen.has(key)) {
            console.warn(`holdout: duplicate dropped (${intent}/${lang}): ${row.text}`);
            continue;
          }
          seen.add(key);
          out.push(row);
        }
      }
    }
  }
  for (const book of Object.values(HOLDOUT_BOOKS).flat()) {
    for (const name of Object.keys(book)) {
      if (!isIntentName(name)) throw new Error(`holdout: unknown intent ${name}`);
    }
  }
  return out;
}

function toJsonl(rows: readonly object[]): string {
  return `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
}

export function buildAll(): {
  training: Example[];
  validation: Example[];
  entities: EntityExample[];
  holdout: EntityExample[];
} {
  const trainingSeen = new Set<string>();
  const training = examplesFrom(TRAINING_BOOKS, trainingSeen, 'training');
  const validationSeen = new Set<string>(trainingSeen);
  const validationRows = examplesFrom([validation], validationSeen, 'validation');
  const entities = (['en', 'es'] as const).flatMap((lang) =>
    lines(ENTITY_CASES[lang]).map((line) => parseEntityCase(line, lang)),
  );
  return { training, validation: validationRows, entities, holdout: buildHoldout() };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { training, validation: validationRows, entities, holdout } = buildAll();
  writeFileSync(TRAINING_FILE, toJsonl(training));
  writeFileSync(VALIDATION_FILE, toJsonl(validationRows));
  writeFileSync(ENTITIES_FILE, toJsonl(entities));
  writeFileSync(HOLDOUT_FILE, toJsonl(holdout));
  const count = (rows: readonly Example[], lang: Lang) => rows.filter((r) => r.lang === lang).length;
  for (const [file, rows] of [
    [TRAINING_FILE, training],
    [VALIDATION_FILE, validationRows],
    [ENTITIES_FILE, entities],
    [HOLDOUT_FILE, holdout],
  ] as const) {
    console.log(
      `${relative(process.cwd(), file)}: ${rows.length} lines (en ${count(rows, 'en')}, es ${count(rows, 'es')})`,
    );
  }
}
