/**
 * Dataset loaders for NLU training and evaluation.
 *
 * CSV (RFC 4180: quoted fields, doubled quotes, CRLF, newlines inside quotes) with a header row that has a
 * `text` column and a label column named `category` or `intent` (the Banking77 and CLINC150 layouts), or
 * JSONL lines `{"text", "intent", "lang"?, "entities"?}`. The labels `oos` and `out_of_scope` both mean
 * out-of-scope and are mapped to {@link OUT_OF_SCOPE}.
 */
import { readFileSync } from 'node:fs';

/** Canonical label of the out-of-scope class. */
export const OUT_OF_SCOPE = 'out_of_scope';

const OOS_ALIASES = new Set(['oos', 'out_of_scope', 'out-of-scope', 'outofscope']);

export function isOutOfScopeLabel(label: string): boolean {
  return OOS_ALIASES.has(label.trim().toLowerCase());
}

/** Maps a label to its canonical form (out-of-scope aliases to {@link OUT_OF_SCOPE}, otherwise trimmed). */
export function canonicalLabel(label: string): string {
  return isOutOfScopeLabel(label) ? OUT_OF_SCOPE : label.trim();
}

export interface Example {
  text: string;
  /** Canonical label; out-of-scope rows carry {@link OUT_OF_SCOPE}. */
  intent: string;
  lang?: string;
  /** Gold entities when the source provides them (JSONL `entities`), passed through untouched. */
  entities?: unknown[];
}

/** Parses RFC 4180 CSV text into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  let inQuotes = false;
  let fieldStarted = false;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Parses a CSV dataset with a `text` column and a `category` or `intent` (or `label`) column. */
export function parseCsvDataset(text: string, source = 'CSV'): Example[] {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) throw new Error(`${source}: empty file`);
  const cols = header.map((h) => h.trim().toLowerCase());
  const textCol = cols.indexOf('text');
  let labelCol = cols.indexOf('category');
  if (labelCol < 0) labelCol = cols.indexOf('intent');
  if (labelCol < 0) labelCol = cols.indexOf('label');
  if (textCol < 0 || labelCol < 0) {
    throw new Error(`${source}: header must have a "text" column and a "category" or "intent" column`);
  }
  const langCol = cols.indexOf('lang');
  const out: Example[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const t = row[textCol];
    const l = row[labelCol];
    if (t === undefined || l === undefined || l.trim() === '') continue;
    const ex: Example = { text: t, intent: canonicalLabel(l) };
    const lang = langCol >= 0 ? row[langCol]?.trim() : undefined;
    if (lang) ex.lang = lang;
    out.push(ex);
  }
  return out;
}

/** Parses JSONL lines `{"text", "intent"|"category"|"label", "lang"?, "entities"?}`; blank lines are skipped. */
export function parseJsonlDataset(text: string, source = 'JSONL'): Example[] {
  const out: Example[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      throw new Error(`${source}:${i + 1}: invalid JSON (${(err as Error).message})`);
    }
    if (typeof obj !== 'object' || obj === null) throw new Error(`${source}:${i + 1}: not an object`);
    const rec = obj as Record<string, unknown>;
    const label = rec.intent ?? rec.category ?? rec.label;
    if (typeof rec.text !== 'string' || typeof label !== 'string') {
      throw new Error(`${source}:${i + 1}: needs string "text" and "intent" fields`);
    }
    const ex: Example = { text: rec.text, intent: canonicalLabel(label) };
    if (typeof rec.lang === 'string') ex.lang = rec.lang;
    if (Array.isArray(rec.entities)) ex.entities = rec.entities;
    out.push(ex);
  }
  return out;
}

/** Loads a dataset file; JSONL when the extension says so or the first non-blank character is `{`. */
export function loadDataset(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const isJsonl = /\.(jsonl|ndjson|json)$/i.test(file) || /^\uFEFF?\s*\{/.test(text);
  return isJsonl ? parseJsonlDataset(text, file) : parseCsvDataset(text, file);
}

/** Deterministic PRNG used for splits (mulberry32). */
function splitRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stratified, seeded split: about `fraction` of each label goes to `test`, the rest to `train`. */
export function stratifiedSplit(
  examples: readonly Example[],
  fraction: number,
  seed: number,
): { train: Example[]; test: Example[] } {
  const rng = splitRng(seed);
  const byLabel = new Map<string, Example[]>();
  for (const e of examples) {
    let list = byLabel.get(e.intent);
    if (!list) {
      list = [];
      byLabel.set(e.intent, list);
    }
    list.push(e);
  }
  const train: Example[] = [];
  const test: Example[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const list = [...byLabel.get(label)!];
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = list[i]!;
      list[i] = list[j]!;
      list[j] = t;
    }
    const nTest = Math.round(list.length * fraction);
    test.push(...list.slice(0, nTest));
    train.push(...list.slice(nTest));
  }
  return { train, test };
}

/** Serialises examples as RFC 4180 CSV with the columns `text,<labelColumn>`. */
export function toCsv(examples: readonly Example[], labelColumn: 'category' | 'intent' = 'intent'): string {
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `text,${labelColumn}\n${examples.map((e) => `${q(e.text)},${q(e.intent)}`).join('\n')}\n`;
}
