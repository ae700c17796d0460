import { createHash } from 'node:crypto';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * A canonical JSON text: object keys in code-point order at every depth, no whitespace. Values are
 * first taken through JSON (as `jsonb` stores them), so what is hashed at append is what is read back.
 */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
}

/** Every field of an entry that the chain covers. */
export interface HashedFields {
  seq: number;
  at: Date;
  actorKind: string;
  actorId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  cardAccountId: string | null;
  conversationId: string | null;
  before: Json | null;
  after: Json | null;
  prevHash: string;
}

/** SHA-256 (hex) over the canonical serialisation of every field and the previous entry's hash. */
export function entryHash(f: HashedFields): string {
  const text = canonicalJson({
    v: 1,
    seq: f.seq,
    at: f.at.toISOString(),
    actorKind: f.actorKind,
    actorId: f.actorId,
    action: f.action,
    subjectType: f.subjectType,
    subjectId: f.subjectId,
    cardAccountId: f.cardAccountId,
    conversationId: f.conversationId,
    before: f.before,
    after: f.after,
    prevHash: f.prevHash,
  });
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
