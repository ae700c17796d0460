import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractEntities } from './extract.ts';
import { ENTITY_TYPES, type EntityLang, type EntityType } from './types.ts';

/*
 * Entity F1 per type on a gold file (entities.jsonl: {"text","lang","entities":[{type,value,start,end}]}).
 * A predicted entity counts when its type matches and its span overlaps a gold span of that type
 * (each gold entity matched at most once). Value accuracy is reported for the matched pairs.
 *   node --import tsx apps/server/src/domains/assistant/entities/score.ts [FILE] [--now YYYY-MM-DD] [--errors]
 * Relative dates in the gold file are resolved against its reference date (2025-09-17 by default).
 */

export const DEFAULT_ENTITIES_FILE = fileURLToPath(new URL('../data/entities.jsonl', import.meta.url));
export const DEFAULT_REFERENCE_DATE = '2025-09-17';

interface GoldRow {
  text: string;
  lang?: EntityLang;
  entities: Array<{ type: EntityType; value: number | string; start: number; end: number }>;
}

export interface TypeScore {
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of matched pairs whose values agree (numbers to the cent, strings case-insensitively). */
  valueAccuracy: number;
}

export interface EntityReport {
  byType: Record<EntityType, TypeScore>;
  micro: TypeScore;
  errors: string[];
}

function sameValue(a: number | string, b: number | string): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Math.abs(Number(a) - Number(b)) < 0.005;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function finish(gold: number, predicted: number, tp: number, valueHits: number): TypeScore {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    gold,
    predicted,
    truePositives: tp,
    precision,
    recall,
    f1,
    valueAccuracy: tp === 0 ? 1 : valueHits / tp,
  };
}

/** Parses a local calendar day (noon, so no time zone can move it to another day). */
export function referenceDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12, 0, 0);
}

export function scoreEntities(rows: readonly GoldRow[], now: Date): EntityReport {
  const counts = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, { gold: 0, predicted: 0, tp: 0, values: 0 }]),
  ) as Record<EntityType, { gold: number; predicted: number; tp: number; values: number }>;
  const errors: string[] = [];
  for (const row of rows) {
    const predicted = extractEntities(row.text, { lang: row.lang, now });
    const used = new Set<number>();
    for (const g of row.entities) counts[g.type].gold++;
    for (const p of predicted) {
      counts[p.type].predicted++;
      const index = row.entities.findIndex(
        (g, i) => !used.has(i) && g.type === p.type && p.start < g.end && g.start < p.end,
      );
      if (index < 0) {
        errors.push(`FP ${p.type} "${p.text}" in: ${row.text}`);
        continue;
      }
      used.add(index);
      const g = row.entities[index]!;
      counts[p.type].tp++;
      if (sameValue(p.value, g.value)) counts[p.type].values++;
      else errors.push(`VALUE ${p.type} "${p.text}" → ${p.value}, gold ${g.value}: ${row.text}`);
    }
    row.entities.forEach((g, i) => {
      if (!used.has(i)) errors.push(`FN ${g.type} "${row.text.slice(g.start, g.end)}" in: ${row.text}`);
    });
  }
  const byType = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, finish(counts[t].gold, counts[t].predicted, counts[t].tp, counts[t].values)]),
  ) as Record<EntityType, TypeScore>;
  const sum = (k: 'gold' | 'predicted' | 'tp' | 'values') =>
    ENTITY_TYPES.reduce((n, t) => n + counts[t][k], 0);
  return { byType, micro: finish(sum('gold'), sum('predicted'), sum('tp'), sum('values')), errors };
}

export function readGold(file: string): GoldRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldRow);
}

function main(argv: string[]): void {
  const nowIndex = argv.indexOf('--now');
  const now = referenceDate(nowIndex >= 0 ? argv[nowIndex + 1]! : DEFAULT_REFERENCE_DATE);
  const file =
    argv.find((a, i) => !a.startsWith('--') && (nowIndex < 0 || i !== nowIndex + 1)) ?? DEFAULT_ENTITIES_FILE;
  const report = scoreEntities(readGold(file), now);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  console.log(`type      gold  pred  precision  recall      F1  value-acc`);
  for (const [name, s] of [...Object.entries(report.byType), ['micro', report.micro] as const]) {
    console.log(
      `${name.padEnd(8)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)}    ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}    ${pct(s.valueAccuracy)}`,
    );
  }
  if (argv.includes('--errors')) for (const e of report.errors) console.log(e);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
