import { randomUUID } from 'node:crypto';
import type { Conversation, Message, Receipt } from '@clearline/protocol';
import { and, asc, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { DomainEvent } from '../../platform/events.ts';
import type { Principal } from '../../platform/principal.ts';
import { canRead, writeRefusal } from './access.ts';
import { toMessage, toReceipt } from './conversations.mappers.ts';
import { conversationParticipants, conversations, messages, receipts } from './conversations.tables.ts';

export interface SendItem {
  principal: Principal;
  author: { kind: 'customer' | 'agent'; id: string; displayName: string };
  conversationId: string;
  clientMessageId: string | null;
  body: string;
  /** The quick-reply option chosen (customers only). */
  quickReply?: string | null;
}

export interface SendResult {
  message: Message;
  /** True when this was a retry answered with the message stored the first time. */
  duplicate: boolean;
}

const idempotencyKey = (conversationId: string, kind: string, authorId: string, clientMessageId: string) =>
  `${conversationId}\u0000${kind}\u0000${authorId}\u0000${clientMessageId}`;

/**
 * Stores a batch of sends in one transaction: the conversations' rows are locked in id order (so
 * nodes never deadlock), retries are answered with the stored message, seqs are assigned gap-free
 * under the locks, and everything is written with one multi-row insert and one seq update.
 * Each item gets its own result or error; one refused item does not affect the others.
 */
export async function writeMessages(
  db: Db,
  clock: Clock,
  items: SendItem[],
): Promise<{ results: Array<SendResult | Error>; events: DomainEvent[] }> {
  const results: Array<SendResult | Error> = new Array(items.length);
  const events: DomainEvent[] = [];
  await db.transaction(async (tx) => {
    const ids = [...new Set(items.map((i) => i.conversationId))].sort();
    const rows = await tx
      .select({
        id: conversations.id,
        cardmemberId: conversations.cardmemberId,
        cardAccountId: conversations.cardAccountId,
        assignedAgentId: conversations.assignedAgentId,
        status: conversations.status,
        queue: conversations.queue,
        lastSeq: conversations.lastSeq,
        // Agents taking part now: invited agents may write too.
        agentParticipants: sql<string[]>`array(select p.participant_id from ${conversationParticipants} p
          where p.conversation_id = ${conversations.id} and p.kind = 'agent' and p.left_at is null)`,
      })
      .from(conversations)
      .where(inArray(conversations.id, ids))
      .orderBy(asc(conversations.id))
      .for('update');
    const byId = new Map(rows.map((r) => [r.id, { ...r, nextSeq: r.lastSeq }]));

    const clientIds = items.flatMap((i) => (i.clientMessageId ? [i.clientMessageId] : []));
    const stored = new Map<string, Message>();
    if (clientIds.length > 0) {
      const found = await tx
        .select()
        .from(messages)
        .where(and(inArray(messages.conversationId, ids), inArray(messages.clientMessageId, clientIds)));
      for (const m of found) {
        stored.set(
          idempotencyKey(m.conversationId, m.authorKind, m.authorId, m.clientMessageId!),
          toMessage(m),
        );
      }
    }

    const now = clock.now();
    const inserts: Array<typeof messages.$inferInsert> = [];
    const pendingByKey = new Map<string, number[]>();
    items.forEach((item, index) => {
      const row = byId.get(item.conversationId);
      if (!row || !canRead(item.principal, row)) {
        results[index] = new AppError('CONVERSATION_NOT_FOUND');
        return;
      }
      const key = item.clientMessageId
        ? idempotencyKey(row.id, item.author.kind, item.author.id, item.clientMessageId)
        : null;
      const existing = key ? stored.get(key) : undefined;
      if (existing) {
        results[index] = { message: existing, duplicate: true };
        return;
      }
      const sameBatch = key ? pendingByKey.get(key) : undefined;
      if (sameBatch) {
        sameBatch.push(index); // the same retry twice in one batch: answered with the first
        return;
      }
      const refusal = writeRefusal(item.principal, row);
      if (refusal) {
        results[index] = refusal;
        return;
      }
      row.nextSeq += 1;
      const insert = {
        id: randomUUID(),
        conversationId: row.id,
        seq: row.nextSeq,
        clientMessageId: item.clientMessageId,
        authorKind: item.author.kind,
        authorId: item.author.id,
        authorName: item.author.displayName,
        kind: 'text',
        visibility: 'all',
        body: item.body,
        event: null,
        eventData: null,
        payload: null,
        quickReply: item.quickReply ?? null,
        createdAt: now,
      };
      inserts.push(insert);
      const message = toMessage({ ...insert, clientMessageId: insert.clientMessageId ?? null });
      results[index] = { message, duplicate: false };
      if (key) pendingByKey.set(key, [index]);
      events.push({
        type: 'message.created',
        message,
        conversation: { status: row.status as Conversation['status'], queue: row.queue },
      });
    });
    for (const indexes of pendingByKey.values()) {
      const first = results[indexes[0]!] as SendResult;
      for (const i of indexes.slice(1)) results[i] = { message: first.message, duplicate: true };
    }
    if (inserts.length === 0) return;
    await tx.insert(messages).values(inserts);
    const bumped = [...byId.values()].filter((r) => r.nextSeq !== r.lastSeq);
    const values = sql.join(
      bumped.map((r) => sql`(${r.id}::uuid, ${r.nextSeq}::int)`),
      sql`, `,
    );
    await tx.execute(
      sql`update ${conversations} as c set last_seq = v.seq, updated_at = ${now}
          from (values ${values}) as v(id, seq) where c.id = v.id`,
    );
  });
  return { results, events };
}

export interface ReceiptItem {
  conversationId: string;
  reader: 'customer' | 'agent';
  deliveredSeq: number;
  readSeq: number;
}

/**
 * Moves a batch of read/delivered cursors forward in one statement: never back (greatest), never
 * past the conversation's last message (least with last_seq). Callers have authorised each item.
 */
export async function writeReceipts(
  db: Db,
  clock: Clock,
  items: ReceiptItem[],
): Promise<{ results: Array<Receipt | Error>; events: DomainEvent[] }> {
  // Merge items for the same cursor: the furthest position wins.
  const merged = new Map<string, ReceiptItem>();
  for (const i of items) {
    const key = `${i.conversationId}\u0000${i.reader}`;
    const prev = merged.get(key);
    merged.set(key, {
      ...i,
      deliveredSeq: Math.max(prev?.deliveredSeq ?? 0, i.deliveredSeq, i.readSeq),
      readSeq: Math.max(prev?.readSeq ?? 0, i.readSeq),
    });
  }
  const now = clock.now();
  const values = sql.join(
    [...merged.values()].map(
      (i) => sql`(${i.conversationId}::uuid, ${i.reader}::text, ${i.deliveredSeq}::int, ${i.readSeq}::int)`,
    ),
    sql`, `,
  );
  const result = await db.execute(sql`
    insert into ${receipts} (conversation_id, reader, delivered_seq, read_seq, updated_at)
    select v.cid, v.reader, least(v.delivered, c.last_seq), least(v.read, c.last_seq), ${now}
    from (values ${values}) as v(cid, reader, delivered, read)
    join ${conversations} c on c.id = v.cid
    on conflict (conversation_id, reader) do update set
      delivered_seq = greatest(${receipts}.delivered_seq, excluded.delivered_seq),
      read_seq = greatest(${receipts}.read_seq, excluded.read_seq),
      updated_at = excluded.updated_at
    returning conversation_id, reader, delivered_seq, read_seq, updated_at`);
  const rows = (result as unknown as { rows: Array<Record<string, unknown>> }).rows;
  const saved = new Map<string, Receipt>();
  for (const r of rows) {
    const receipt = toReceipt({
      conversationId: String(r.conversation_id),
      reader: String(r.reader),
      deliveredSeq: Number(r.delivered_seq),
      readSeq: Number(r.read_seq),
      updatedAt: now,
    });
    saved.set(`${receipt.conversationId}\u0000${receipt.reader}`, receipt);
  }
  const events: DomainEvent[] = [...saved.values()].map((receipt) => ({ type: 'receipt.updated', receipt }));
  const results = items.map(
    (i) => saved.get(`${i.conversationId}\u0000${i.reader}`) ?? new AppError('CONVERSATION_NOT_FOUND'),
  );
  return { results, events };
}
