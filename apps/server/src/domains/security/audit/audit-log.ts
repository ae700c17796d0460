import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { Clock } from '../../../platform/clock.ts';
import type { Db, Tx } from '../../../platform/db.ts';
import { auditHead, auditLog } from '../audit.tables.ts';
import { redact } from '../redaction/index.ts';
import { entryHash, GENESIS_HASH, type Json } from './canonical.ts';

export const AUDIT_ACTOR_KINDS = ['customer', 'assistant', 'agent', 'supervisor', 'admin', 'system'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

/** What a caller records: who did what to which subject, with the state before and after. */
export interface AuditEntryInput {
  actor: { kind: AuditActorKind; id: string };
  /** `noun.verb_past`: `card.locked`, `agent.logged_in`, `conversation.accepted`. */
  action: string;
  subject: { type: string; id: string };
  cardAccountId?: string | null;
  conversationId?: string | null;
  /** Plain JSON-able values; keys that name secrets or bodies are dropped and strings are redacted. */
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry {
  seq: number;
  at: Date;
  actor: { kind: AuditActorKind; id: string };
  action: string;
  subject: { type: string; id: string };
  cardAccountId: string | null;
  conversationId: string | null;
  before: Json | null;
  after: Json | null;
  prevHash: string;
  hash: string;
}

export type AuditVerification =
  | { ok: true; checked: number; lastSeq: number; lastHash: string }
  | {
      ok: false;
      checked: number;
      /** The first entry that is missing, altered or out of place. */
      firstBadSeq: number;
      problem: 'altered' | 'missing' | 'broken_link' | 'tail_truncated' | 'beyond_head' | 'head_missing';
      detail: string;
    };

export type AuditLog = ReturnType<typeof createAuditLog>;

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

/** Keys whose values never enter the log, whatever a caller passes (compared without case, `_` or `-`). */
const FORBIDDEN_KEYS = new Set([
  'password',
  'passwordhash',
  'secret',
  'totpsecret',
  'token',
  'sessiontoken',
  'accesstoken',
  'refreshtoken',
  'totp',
  'otp',
  'pin',
  'cvv',
  'cvc',
  'cid',
  'securitycode',
  'ssn',
  'cardnumber',
  'pan',
  'body',
  'text',
  'content',
]);
export const REMOVED = '[removed]';

/** JSON as `jsonb` would give it back, without secret-named keys, every string through redaction. */
function sanitize(value: unknown): Json | null {
  if (value === undefined) return null;
  const json = JSON.parse(JSON.stringify(value) ?? 'null') as Json;
  const walk = (v: Json): Json => {
    if (typeof v === 'string') return redact(v).redacted;
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(walk);
    const out: { [k: string]: Json } = {};
    for (const [k, inner] of Object.entries(v))
      out[k] = FORBIDDEN_KEYS.has(k.toLowerCase().replace(/[_-]/g, '')) ? REMOVED : walk(inner);
    return out;
  };
  return walk(json);
}

type Row = typeof auditLog.$inferSelect;

function toEntry(row: Row): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: { kind: row.actorKind as AuditActorKind, id: row.actorId },
    action: row.action,
    subject: { type: row.subjectType, id: row.subjectId },
    cardAccountId: row.cardAccountId,
    conversationId: row.conversationId,
    before: (row.before ?? null) as Json | null,
    after: (row.after ?? null) as Json | null,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/**
 * The append-only, hash-chained audit log. `append` takes the one-row head FOR UPDATE, so appends
 * from every node are serialised and numbered without gaps; pass the caller's transaction so that the
 * entry commits (or rolls back) with the action it records.
 */
export function createAuditLog(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function appendIn(tx: Tx | Db, input: AuditEntryInput): Promise<AuditEntry> {
    if (!AUDIT_ACTOR_KINDS.includes(input.actor.kind))
      throw new Error(`audit: unknown actor kind ${input.actor.kind}`);
    if (!ACTION.test(input.action)) throw new Error(`audit: action must be noun.verb_past: ${input.action}`);
    const before = sanitize(input.before);
    const after = sanitize(input.after);
    const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
    if (!head) throw new Error('audit: the audit_head row is missing (migrations not applied?)');
    const fields = {
      seq: head.seq + 1,
      at: clock.now(),
      actorKind: input.actor.kind,
      actorId: input.actor.id,
      action: input.action,
      subjectType: input.subject.type,
      subjectId: input.subject.id,
      cardAccountId: input.cardAccountId ?? null,
      conversationId: input.conversationId ?? null,
      before,
      after,
      prevHash: head.hash,
    };
    const hash = entryHash(fields);
    const [row] = await tx
      .insert(auditLog)
      .values({ ...fields, hash })
      .returning();
    await tx.update(auditHead).set({ seq: fields.seq, hash }).where(eq(auditHead.id, 1));
    return toEntry(row!);
  }

  return {
    /** Appends one entry, inside `tx` when given (atomic with the caller's action), else on its own. */
    append(entry: AuditEntryInput, tx?: Tx): Promise<AuditEntry> {
      return tx ? appendIn(tx, entry) : db.transaction((t) => appendIn(t, entry));
    },

    /** Entries in sequence order, filtered by subject, conversation or card account. */
    async list(
      filter: {
        subject?: { type: string; id: string };
        conversationId?: string;
        cardAccountId?: string;
        afterSeq?: number;
        limit?: number;
      } = {},
    ): Promise<AuditEntry[]> {
      const where: SQL[] = [gt(auditLog.seq, filter.afterSeq ?? 0)];
      if (filter.subject)
        where.push(eq(auditLog.subjectType, filter.subject.type), eq(auditLog.subjectId, filter.subject.id));
      if (filter.conversationId) where.push(eq(auditLog.conversationId, filter.conversationId));
      if (filter.cardAccountId) where.push(eq(auditLog.cardAccountId, filter.cardAccountId));
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(...where))
        .orderBy(asc(auditLog.seq))
        .limit(Math.min(filter.limit ?? 100, 1000));
      return rows.map(toEntry);
    },

    /**
     * Walks the whole chain in one consistent snapshot: recomputes every hash, checks that sequence
     * numbers run 1, 2, 3… without gaps, that each entry links to the previous one's hash, and that the
     * last entry is the one the head row names (so a deleted tail is caught too).
     */
    verify(options: { batchSize?: number } = {}): Promise<AuditVerification> {
      const batchSize = options.batchSize ?? 1000;
      return db.transaction(
        async (tx) => {
          const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
          let prevSeq = 0;
          let prevHash = GENESIS_HASH;
          let checked = 0;
          for (;;) {
            const rows = await tx
              .select()
              .from(auditLog)
              .where(gt(auditLog.seq, prevSeq))
              .orderBy(asc(auditLog.seq))
              .limit(batchSize);
            for (const row of rows) {
              if (row.seq !== prevSeq + 1)
                return {
                  ok: false,
                  checked,
                  firstBadSeq: prevSeq + 1,
                  problem: 'missing',
                  detail: `entries ${prevSeq + 1}..${row.seq - 1} are missing`,
                };
              if (row.prevHash !== prevHash)
                return {
                  ok: false,
                  checked,
                  firstBadSeq: row.seq,
                  problem: 'broken_link',
                  detail: `entry ${row.seq} does not link to the hash of entry ${prevSeq}`,
                };
              const expected = entryHash({
                ...row,
                before: (row.before ?? null) as Json | null,
                after: (row.after ?? null) as Json | null,
              });
              if (expected !== row.hash)
                return {
                  ok: false,
                  checked,
                  firstBadSeq: row.seq,
                  problem: 'altered',
                  detail: `entry ${row.seq} does not match its hash`,
                };
              prevSeq = row.seq;
              prevHash = row.hash;
              checked++;
            }
            if (rows.length < batchSize) break;
          }
          if (!head)
            return {
              ok: false,
              checked,
              firstBadSeq: 1,
              problem: 'head_missing',
              detail: 'the audit_head row is missing',
            };
          if (head.seq === prevSeq && head.hash !== prevHash)
            return {
              ok: false,
              checked,
              firstBadSeq: prevSeq,
              problem: 'altered',
              detail: `the last entry (${prevSeq}) is not the one the head row names`,
            };
          if (head.seq > prevSeq)
            return {
              ok: false,
              checked,
              firstBadSeq: prevSeq + 1,
              problem: 'tail_truncated',
              detail: `the head names entry ${head.seq} but the chain ends at ${prevSeq}`,
            };
          if (head.seq < prevSeq)
            return {
              ok: false,
              checked,
              firstBadSeq: head.seq + 1,
              problem: 'beyond_head',
              detail: `entries after ${head.seq} were added around the head`,
            };
          return { ok: true, checked, lastSeq: prevSeq, lastHash: prevHash };
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
    },
  };
}
