/**
 * Entity F1 for the evaluation CLI: gold `entities` on test rows against an `extractEntities(text)` hook.
 * Entities are compared as (type, value) multisets, micro-averaged. Accepted shapes for both sides:
 * `{ type | entity | label | kind, value | text }`; numbers compare to two decimals, strings case- and
 * space-insensitively.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type ExtractEntities = (text: string) => unknown;

function entityKey(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const r = e as Record<string, unknown>;
  const type = r.type ?? r.entity ?? r.label ?? r.kind;
  const value = r.value !== undefined ? r.value : r.text;
  if (typeof type !== 'string') return null;
  let v: string;
  if (typeof value === 'number') v = (Math.round(value * 100) / 100).toString();
  else if (typeof value === 'string') {
    const num = type === 'amount' ? Number(value.replace(/[^\d.-]/g, '')) : Number.NaN;
    v = Number.isFinite(num) && value.trim() !== '' ? (Math.round(num * 100) / 100).toString() : value;
    v = v.trim().toLowerCase().replace(/\s+/g, ' ');
  } else v = JSON.stringify(value ?? null);
  return `${type.toLowerCase()}\u0000${v}`;
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

/** Micro precision/recall/F1 over (type, value) pairs. */
export function entityF1(gold: readonly unknown[][], predicted: readonly unknown[][]): EntityScore {
  let tp = 0;
  let nGold = 0;
  let nPred = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = new Map<string, number>();
    for (const e of gold[i]!) {
      const k = entityKey(e);
      if (k === null) continue;
      nGold++;
      g.set(k, (g.get(k) ?? 0) + 1);
    }
    for (const e of predicted[i] ?? []) {
      const k = entityKey(e);
      if (k === null) continue;
      nPred++;
      const c = g.get(k) ?? 0;
      if (c > 0) {
        tp++;
        g.set(k, c - 1);
      }
    }
  }
  const precision = nPred > 0 ? tp / nPred : nGold === 0 ? 1 : 0;
  const recall = nGold > 0 ? tp / nGold : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold: nGold, predicted: nPred };
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
