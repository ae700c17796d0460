/**
 * Entity F1 for the evaluation CLI, per entity type: a predicted entity counts when its type matches
 * and its span [start, end) overlaps a gold span of that type (each gold entity is matched at most
 * once). Values are not compared: the contract scores finding the mention.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ENTITY_TYPES = ['amount', 'date', 'merchant', 'last4'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type ExtractEntities = (text: string) => unknown;

interface Span {
  type: string;
  start: number;
  end: number;
}

function toSpan(e: unknown): Span | null {
  if (typeof e !== 'object' || e === null) return null;
  const r = e as Record<string, unknown>;
  const type = r.type ?? r.entity ?? r.label ?? r.kind;
  if (typeof type !== 'string' || typeof r.start !== 'number' || typeof r.end !== 'number') return null;
  return { type: type.toLowerCase(), start: r.start, end: r.end };
}

function toList(x: unknown): unknown[] {
  if (Array.isArray(x)) return x;
  if (x && typeof x === 'object' && Array.isArray((x as { entities?: unknown }).entities)) {
    return (x as { entities: unknown[] }).entities;
  }
  return [];
}

export interface EntityScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Per-type precision/recall/F1 (micro over rows) with type + span-overlap matching. */
export function entityF1(
  gold: readonly unknown[][],
  predicted: readonly unknown[][],
): Record<EntityType, EntityScore> {
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tp: 0, gold: 0, predicted: 0 }])) as Record<
    EntityType,
    { tp: number; gold: number; predicted: number }
  >;
  for (let i = 0; i < gold.length; i++) {
    const goldSpans = gold[i]!.map(toSpan).filter((s): s is Span => s !== null);
    const used = new Set<number>();
    for (const g of goldSpans) if (g.type in counts) counts[g.type as EntityType].gold++;
    for (const p of (predicted[i] ?? []).map(toSpan)) {
      if (!p || !(p.type in counts)) continue;
      const c = counts[p.type as EntityType];
      c.predicted++;
      const match = goldSpans.findIndex((g, j) => !used.has(j) && g.type === p.type && overlaps(g, p));
      if (match >= 0) {
        used.add(match);
        c.tp++;
      }
    }
  }
  const score = ({
    tp,
    gold: g,
    predicted: p,
  }: {
    tp: number;
    gold: number;
    predicted: number;
  }): EntityScore => {
    const precision = p > 0 ? tp / p : g === 0 ? 1 : 0;
    const recall = g > 0 ? tp / g : 1;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, gold: g, predicted: p };
  };
  return Object.fromEntries(ENTITY_TYPES.map((t) => [t, score(counts[t])])) as Record<
    EntityType,
    EntityScore
  >;
}

/** Loads `extractEntities` from `../entities/index.ts` when that module exists, else null. */
export async function loadEntityExtractor(): Promise<ExtractEntities | null> {
  const url = new URL('../entities/index.ts', import.meta.url);
  if (!existsSync(fileURLToPath(url))) return null;
  const mod = (await import(url.href)) as { extractEntities?: unknown };
  return typeof mod.extractEntities === 'function' ? (mod.extractEntities as ExtractEntities) : null;
}

/** Runs the extractor (sync or async) over texts. */
export async function extractAll(extract: ExtractEntities, texts: readonly string[]): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for (const t of texts) out.push(toList(await extract(t)));
  return out;
}
