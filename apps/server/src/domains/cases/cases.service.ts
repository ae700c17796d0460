import { randomUUID } from 'node:crypto';
import type { CaseDetail, CaseSummary, CaseTimelineEntry, SecureMessage } from '@clearline/protocol';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { EventBus } from '../../platform/events.ts';
import { newReference, parseReference } from '../../platform/reference.ts';
import type { IssuerCore } from '../accounts/index.ts';
import { type AuditEntryInput, redact } from '../security/index.ts';
import {
  allowedCaseActions,
  CASE_TYPES,
  type CaseAction,
  type CaseStatus,
  type CaseType,
  initialCaseStatus,
  lifecycleOf,
  nextCaseStatus,
} from './case-status.ts';
import { caseEvents, cases, complaints, disputes, secureMessages } from './cases.tables.ts';
import { type CaseLanguage, type Notice, openedText, statusText } from './cases.texts.ts';
import { type ComplaintService, complaintView, createComplaintService } from './complaints.service.ts';
import { createDisputeService, type DisputeService, disputeView } from './disputes.service.ts';

/** Who did something to a case. */
export type CaseActor = { kind: 'customer' | 'assistant' | 'agent' | 'supervisor' | 'system'; id?: string };

export interface OpenCaseInput {
  type: CaseType;
  cardmemberId: string;
  cardAccountId: string;
  conversationId?: string | null;
  actor: CaseActor;
  /** Short, already redacted. */
  title: string;
  language: 'en' | 'es';
  /** Type-specific facts (JSON). */
  details?: Record<string, unknown>;
  /** Open a service request already finished (e.g. a fee credited at once). */
  status?: 'completed' | 'declined';
  /** Same key + cardmember → the same case, no second one. */
  idempotencyKey?: string;
}

export interface OpenedCase {
  id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
}

export interface TimelineEventInput {
  actor: CaseActor;
  kind: string;
  text?: string;
  data?: Record<string, unknown>;
  /** `all`: the customer sees it too; `agents` (default): internal. */
  visibility?: 'all' | 'agents';
}

export type SecureMessageKind = 'case_update' | 'notice' | 'chat_summary' | 'upload_request';

export interface SecureMessageInput {
  cardmemberId: string;
  cardAccountId?: string | null;
  caseId?: string | null;
  conversationId?: string | null;
  kind: SecureMessageKind;
  subject: string;
  body: string;
  language: 'en' | 'es';
}

export interface CaseAccess {
  caseId: string;
  reference: string;
  cardmemberId: string;
  cardAccountId: string;
  conversationId: string | null;
}

export type CaseRow = typeof cases.$inferSelect;
export type Audience = 'customer' | 'agent';

export interface CaseServiceDeps {
  db: Db;
  clock: Clock;
  audit: (entry: AuditEntryInput, tx?: Tx) => Promise<unknown>;
  core: IssuerCore;
  /** Reserved for case events to live sessions; cases publish nothing yet. */
  bus?: EventBus;
  /** Reference generator (tests force collisions with it). */
  newReference?: () => string;
}

/** What the dispute and complaint services use of the case core, inside their own transactions. */
export interface CaseCore {
  db: Db;
  clock: Clock;
  core: IssuerCore;
  audit: CaseServiceDeps['audit'];
  inTransaction<T>(tx: Tx | undefined, fn: (tx: Tx) => Promise<T>): Promise<T>;
  openIn(
    tx: Tx,
    input: OpenCaseInput,
    extra?: (tx: Tx, row: CaseRow) => Promise<void>,
  ): Promise<{ row: CaseRow; created: boolean }>;
  lockCase(tx: Tx, caseId: string): Promise<CaseRow>;
  appendEvent(
    tx: Tx,
    row: CaseRow,
    event: TimelineEventInput & { fromStatus?: CaseStatus | null; toStatus?: CaseStatus | null },
  ): Promise<number>;
  transitionIn(tx: Tx, row: CaseRow, action: CaseAction, actor: CaseActor, note?: string): Promise<CaseRow>;
  postIn(tx: Tx, input: SecureMessageInput): Promise<{ id: string }>;
  /** A notice about a case in its customer's secure messages (`case_update`), in the case's language. */
  notifyIn(tx: Tx, row: CaseRow, notice: Notice): Promise<void>;
  /** When the customer first asked for one of these in the conversation (the assistant's record), or null. */
  earliestRecorded(conversationId: string, kinds: readonly string[]): Promise<Date | null>;
  auditActor(actor: CaseActor): AuditEntryInput['actor'];
}

const MAX_REFERENCE_ATTEMPTS = 8;

function toIso(d: Date | null): string | null {
  return d ? d.toISOString() : null;
}

export function toCaseSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type as CaseSummary['type'],
    status: row.status as CaseSummary['status'],
    cardAccountId: row.cardAccountId as CaseSummary['cardAccountId'],
    conversationId: row.conversationId as CaseSummary['conversationId'],
    title: row.title,
    language: row.language as CaseSummary['language'],
    openedAt: row.openedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    closedAt: toIso(row.closedAt),
  };
}

type EventRow = typeof caseEvents.$inferSelect;

function toTimelineEntry(row: EventRow, audience: Audience): CaseTimelineEntry {
  return {
    seq: row.seq,
    actor: { kind: row.actorKind as CaseTimelineEntry['actor']['kind'], id: row.actorId },
    kind: row.kind,
    fromStatus: row.fromStatus as CaseTimelineEntry['fromStatus'],
    toStatus: row.toStatus as CaseTimelineEntry['toStatus'],
    text: row.text,
    data: audience === 'agent' ? (row.data ?? null) : null,
    visibility: row.visibility as CaseTimelineEntry['visibility'],
    at: row.createdAt.toISOString(),
  };
}

type MessageRow = typeof secureMessages.$inferSelect;

function toSecureMessage(row: MessageRow, caseReference: string | null): SecureMessage {
  return {
    id: row.id,
    cardAccountId: row.cardAccountId as SecureMessage['cardAccountId'],
    caseId: row.caseId,
    caseReference,
    conversationId: row.conversationId as SecureMessage['conversationId'],
    kind: row.kind as SecureMessage['kind'],
    subject: row.subject,
    body: row.body,
    language: row.language as SecureMessage['language'],
    createdAt: row.createdAt.toISOString(),
    readAt: toIso(row.readAt),
  };
}

function rowsOf(result: unknown): Array<Record<string, unknown>> {
  return (result as { rows: Array<Record<string, unknown>> }).rows;
}

export type CaseService = ReturnType<typeof createCaseService>;

/**
 * Cases: reference numbers, the status state machine (case-status.ts) applied under a row lock, a
 * gap-free timeline per case, secure messages, and who may see what. Every change is audited in the
 * same transaction. Disputes and complaints (`.disputes`, `.complaints`) add their clocks.
 */
export function createCaseService(deps: CaseServiceDeps) {
  const { db, clock, audit, core } = deps;
  const makeReference = deps.newReference ?? (() => newReference());

  const inTransaction = <T>(tx: Tx | undefined, fn: (tx: Tx) => Promise<T>): Promise<T> =>
    tx ? fn(tx) : db.transaction(fn);

  function auditActor(actor: CaseActor): AuditEntryInput['actor'] {
    const fallback = actor.kind === 'assistant' ? 'assistant' : actor.kind === 'system' ? 'cases' : 'unknown';
    return { kind: actor.kind, id: actor.id ?? fallback };
  }

  async function lockCase(tx: Tx, caseId: string): Promise<CaseRow> {
    const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
    if (!row) throw new AppError('CASE_NOT_FOUND');
    return row;
  }

  /** Appends one timeline entry; the caller holds the case's row lock, so seqs have no gaps. */
  async function appendEvent(
    tx: Tx,
    row: CaseRow,
    event: TimelineEventInput & { fromStatus?: CaseStatus | null; toStatus?: CaseStatus | null },
  ): Promise<number> {
    const now = clock.now();
    const seq = row.lastSeq + 1;
    await tx.update(cases).set({ lastSeq: seq, updatedAt: now }).where(eq(cases.id, row.id));
    await tx.insert(caseEvents).values({
      caseId: row.id,
      seq,
      actorKind: event.actor.kind,
      actorId: event.actor.id ?? null,
      kind: event.kind,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      text: event.text ?? null,
      data: event.data ?? null,
      visibility: event.visibility ?? 'agents',
      createdAt: now,
    });
    row.lastSeq = seq;
    row.updatedAt = now;
    return seq;
  }

  async function transitionIn(
    tx: Tx,
    row: CaseRow,
    action: CaseAction,
    actor: CaseActor,
    note?: string,
  ): Promise<CaseRow> {
    const from = row.status as CaseStatus;
    const to = nextCaseStatus(row.type as CaseType, from, action);
    if (to === null) {
      throw new AppError(
        'CASE_ACTION_NOT_ALLOWED',
        `A ${row.type} case that is ${from} cannot ${action.replaceAll('_', ' ')}.`,
      );
    }
    const now = clock.now();
    const closedAt = to === 'closed' ? now : row.closedAt;
    await tx.update(cases).set({ status: to, closedAt }).where(eq(cases.id, row.id));
    row.status = to;
    row.closedAt = closedAt;
    await appendEvent(tx, row, {
      actor,
      kind: 'status_changed',
      fromStatus: from,
      toStatus: to,
      text: statusText(to, row.language as CaseLanguage),
      data: { action },
      visibility: 'all',
    });
    if (note) await appendEvent(tx, row, { actor, kind: 'note', text: redact(note).redacted });
    await audit(
      {
        actor: auditActor(actor),
        action: 'case.status_changed',
        subject: { type: 'case', id: row.id },
        cardAccountId: row.cardAccountId,
        conversationId: row.conversationId,
        before: { status: from },
        after: { status: to, action, reference: row.reference },
      },
      tx,
    );
    return row;
  }

  async function byIdempotencyKey(tx: Tx, cardmemberId: string, key: string): Promise<CaseRow | null> {
    const [row] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.cardmemberId, cardmemberId), eq(cases.idempotencyKey, key)));
    return row ?? null;
  }

  async function openIn(
    tx: Tx,
    input: OpenCaseInput,
    extra?: (tx: Tx, row: CaseRow) => Promise<void>,
  ): Promise<{ row: CaseRow; created: boolean }> {
    if (!CASE_TYPES.includes(input.type)) throw new AppError('VALIDATION_FAILED', `unknown case type`);
    if (input.language !== 'en' && input.language !== 'es')
      throw new AppError('VALIDATION_FAILED', 'language must be en or es');
    const title = redact(input.title.trim()).redacted.slice(0, 200);
    if (!title) throw new AppError('VALIDATION_FAILED', 'a case needs a title');
    if (input.status && lifecycleOf(input.type) !== 'service')
      throw new AppError('VALIDATION_FAILED', `a ${input.type} case cannot open as ${input.status}`);
    const key = input.idempotencyKey ?? null;
    if (key) {
      const existing = await byIdempotencyKey(tx, input.cardmemberId, key);
      if (existing) return { row: existing, created: false };
    }
    const now = clock.now();
    let row: CaseRow | undefined;
    for (let attempt = 0; !row; attempt++) {
      if (attempt >= MAX_REFERENCE_ATTEMPTS) throw new Error('could not find a free case reference');
      // No conflict target: a reference collision (retry) and a concurrent same-key open (return it)
      // both insert nothing, without aborting the caller's transaction.
      [row] = await tx
        .insert(cases)
        .values({
          id: randomUUID(),
          reference: makeReference(),
          type: input.type,
          status: initialCaseStatus(input.type),
          cardmemberId: input.cardmemberId,
          cardAccountId: input.cardAccountId,
          conversationId: input.conversationId ?? null,
          title,
          language: input.language,
          details: input.details ?? {},
          idempotencyKey: key,
          lastSeq: 0,
          openedAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning();
      if (!row && key) {
        const existing = await byIdempotencyKey(tx, input.cardmemberId, key);
        if (existing) return { row: existing, created: false };
      }
    }
    await appendEvent(tx, row, {
      actor: input.actor,
      kind: 'opened',
      toStatus: row.status as CaseStatus,
      text: openedText(title, input.language),
      data: { reference: row.reference, type: row.type },
      visibility: 'all',
    });
    await audit(
      {
        actor: auditActor(input.actor),
        action: 'case.opened',
        subject: { type: 'case', id: row.id },
        cardAccountId: row.cardAccountId,
        conversationId: row.conversationId,
        after: { reference: row.reference, type: row.type, status: row.status, title },
      },
      tx,
    );
    if (extra) await extra(tx, row);
    if (input.status) {
      await transitionIn(tx, row, input.status === 'completed' ? 'complete' : 'decline', input.actor);
    }
    return { row, created: true };
  }

  async function postIn(tx: Tx, input: SecureMessageInput): Promise<{ id: string }> {
    const subject = input.subject.trim();
    const body = input.body.trim();
    if (!subject || !body)
      throw new AppError('VALIDATION_FAILED', 'a secure message needs a subject and a body');
    const id = randomUUID();
    await tx.insert(secureMessages).values({
      id,
      cardmemberId: input.cardmemberId,
      cardAccountId: input.cardAccountId ?? null,
      caseId: input.caseId ?? null,
      conversationId: input.conversationId ?? null,
      kind: input.kind,
      subject: subject.slice(0, 300),
      body,
      language: input.language,
      createdAt: clock.now(),
    });
    await audit(
      {
        actor: { kind: 'system', id: 'cases' },
        action: 'secure_message.posted',
        subject: { type: 'secure_message', id },
        cardAccountId: input.cardAccountId ?? null,
        conversationId: input.conversationId ?? null,
        after: { cardmemberId: input.cardmemberId, caseId: input.caseId ?? null, kind: input.kind },
      },
      tx,
    );
    return { id };
  }

  async function assertOwns(cardmemberId: string, cardAccountId: string): Promise<void> {
    if (!(await core.ownsCardAccount(cardmemberId, cardAccountId)))
      throw new AppError('CARD_ACCOUNT_NOT_ALLOWED');
  }

  async function notifyIn(tx: Tx, row: CaseRow, notice: Notice): Promise<void> {
    await postIn(tx, {
      cardmemberId: row.cardmemberId,
      cardAccountId: row.cardAccountId,
      caseId: row.id,
      conversationId: row.conversationId,
      kind: 'case_update',
      subject: notice.subject,
      body: notice.body,
      language: row.language as CaseLanguage,
    });
  }

  async function earliestRecorded(conversationId: string, kinds: readonly string[]): Promise<Date | null> {
    if (kinds.length === 0) return null;
    const kindList = sql.join(
      kinds.map((k) => sql`${k}`),
      sql`, `,
    );
    // The assistant's table, read by name: the moment the customer first asked in this conversation.
    const result = await db.execute(sql`
      select min(received_at) as at from recorded_requests
      where conversation_id::text = ${conversationId} and kind in (${kindList})
        and received_at <= ${clock.now()}`);
    const at = (result as unknown as { rows: Array<{ at: unknown }> }).rows[0]?.at;
    if (at === null || at === undefined) return null;
    const date = at instanceof Date ? at : new Date(String(at));
    return Number.isNaN(date.getTime()) ? null : date;
  }

  const caseCore: CaseCore = {
    db,
    clock,
    core,
    audit,
    inTransaction,
    openIn,
    lockCase,
    appendEvent,
    transitionIn,
    postIn,
    notifyIn,
    earliestRecorded,
    auditActor,
  };
  const disputeService: DisputeService = createDisputeService(caseCore);
  const complaintService: ComplaintService = createComplaintService(caseCore);

  async function getRow(caseId: string, q: Db | Tx = db): Promise<CaseRow | null> {
    const [row] = await q.select().from(cases).where(eq(cases.id, caseId));
    return row ?? null;
  }

  async function detailOf(row: CaseRow, audience: Audience): Promise<CaseDetail> {
    const events = await db
      .select()
      .from(caseEvents)
      .where(
        audience === 'agent'
          ? eq(caseEvents.caseId, row.id)
          : and(eq(caseEvents.caseId, row.id), eq(caseEvents.visibility, 'all')),
      )
      .orderBy(asc(caseEvents.seq));
    const now = clock.now();
    let dispute: CaseDetail['dispute'] = null;
    let complaint: CaseDetail['complaint'] = null;
    if (row.type === 'dispute') {
      const [d] = await db.select().from(disputes).where(eq(disputes.caseId, row.id));
      if (d) dispute = disputeView(d, now);
    } else if (row.type === 'complaint') {
      const [c] = await db.select().from(complaints).where(eq(complaints.caseId, row.id));
      if (c) complaint = complaintView(c, now);
    }
    return {
      ...toCaseSummary(row),
      cardmemberId: row.cardmemberId,
      details: audience === 'agent' ? row.details : null,
      allowedActions:
        audience === 'agent' ? allowedCaseActions(row.type as CaseType, row.status as CaseStatus) : [],
      timeline: events.map((e) => toTimelineEntry(e, audience)),
      dispute,
      complaint,
    };
  }

  return {
    disputes: disputeService,
    complaints: complaintService,

    /** The transaction ids of a card account's pending disputes (the workflows' account overview). */
    pendingDisputeTransactionIds: (cardAccountId: string) =>
      disputeService.pendingTransactionIds(cardAccountId),

    /**
     * Opens a case with its reference and first timeline entry, audited in the same transaction.
     * A dispute (details: transactionId, reason) goes through the dispute intake and a complaint
     * (details: category, words) through the complaint log, so their clocks are set.
     */
    async open(input: OpenCaseInput, tx?: Tx): Promise<OpenedCase> {
      if (input.type === 'dispute') {
        const d = input.details ?? {};
        const opened = await disputeService.intake(
          {
            cardmemberId: input.cardmemberId,
            cardAccountId: input.cardAccountId,
            transactionId: String(d.transactionId ?? ''),
            reason: String(d.reason ?? 'other') as never,
            merchantContact: typeof d.merchantContact === 'string' ? d.merchantContact : undefined,
            conversationId: input.conversationId ?? null,
            actor: input.actor,
            language: input.language,
            ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
          },
          tx,
        );
        return opened.case;
      }
      if (input.type === 'complaint') {
        const d = input.details ?? {};
        const logged = await complaintService.log(
          {
            cardmemberId: input.cardmemberId,
            cardAccountId: input.cardAccountId,
            conversationId: input.conversationId ?? null,
            actor: input.actor,
            language: input.language,
            category: String(d.category ?? 'other') as never,
            words: typeof d.words === 'string' && d.words.trim() ? d.words : input.title,
            ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
          },
          tx,
        );
        return logged.case;
      }
      // Inside a caller's transaction the caller has checked ownership already: a read of the
      // issuer core cannot join that transaction (and on PGlite's single connection would wait for it).
      if (!tx) await assertOwns(input.cardmemberId, input.cardAccountId);
      const { row } = await inTransaction(tx, (t) => openIn(t, input));
      return {
        id: row.id,
        reference: row.reference,
        type: row.type as CaseType,
        status: row.status as CaseStatus,
      };
    },

    /** Applies a status action through the state machine; CASE_ACTION_NOT_ALLOWED when it may not. */
    async transition(
      caseId: string,
      action: CaseAction,
      actor: CaseActor,
      note?: string,
      tx?: Tx,
    ): Promise<OpenedCase> {
      const [current] = await (tx ?? db).select().from(cases).where(eq(cases.id, caseId));
      if (!current) throw new AppError('CASE_NOT_FOUND');
      // Dispute and complaint actions that carry a notice or a clock go through their services.
      if (current.type === 'dispute') {
        if (action === 'acknowledge') return disputeService.acknowledge(caseId, actor, note, tx);
        if (action === 'withdraw') return disputeService.withdraw(caseId, actor, note, tx);
        if (action === 'resolve_credit' || action === 'resolve_no_error')
          throw new AppError(
            'VALIDATION_FAILED',
            'Resolve a dispute with its outcome: the credit, or the explanation and the amount owed.',
          );
      }
      if (current.type === 'complaint') {
        if (action === 'send_first_response')
          return complaintService.respond(caseId, 'first', actor, undefined, note, tx);
        if (action === 'send_final_response')
          return complaintService.respond(caseId, 'final', actor, undefined, note, tx);
      }
      const row = await inTransaction(tx, async (t) =>
        transitionIn(t, await lockCase(t, caseId), action, actor, note),
      );
      return {
        id: row.id,
        reference: row.reference,
        type: row.type as CaseType,
        status: row.status as CaseStatus,
      };
    },

    async addTimelineEvent(caseId: string, event: TimelineEventInput, tx?: Tx): Promise<void> {
      await inTransaction(tx, async (t) => {
        const row = await lockCase(t, caseId);
        await appendEvent(t, row, { ...event, ...(event.text ? { text: redact(event.text).redacted } : {}) });
      });
    },

    /** The timeline, oldest first: customers get only the entries meant for them. */
    async timeline(caseId: string, audience: Audience): Promise<CaseTimelineEntry[]> {
      const row = await getRow(caseId);
      if (!row) throw new AppError('CASE_NOT_FOUND');
      return (await detailOf(row, audience)).timeline;
    },

    async postSecureMessage(input: SecureMessageInput, tx?: Tx): Promise<{ id: string }> {
      return inTransaction(tx, (t) => postIn(t, input));
    },

    /** The cardmember's secure messages, newest first. */
    async listSecureMessages(cardmemberId: string): Promise<SecureMessage[]> {
      const rows = await db
        .select({ m: secureMessages, reference: cases.reference })
        .from(secureMessages)
        .leftJoin(cases, eq(cases.id, secureMessages.caseId))
        .where(eq(secureMessages.cardmemberId, cardmemberId))
        .orderBy(desc(secureMessages.createdAt), desc(secureMessages.seq))
        .limit(200);
      return rows.map((r) => toSecureMessage(r.m, r.reference));
    },

    /** Marks one of the cardmember's messages read (once; later calls keep the first time). */
    async markSecureMessageRead(cardmemberId: string, messageId: string): Promise<SecureMessage> {
      await db
        .update(secureMessages)
        .set({ readAt: clock.now() })
        .where(
          and(
            eq(secureMessages.id, messageId),
            eq(secureMessages.cardmemberId, cardmemberId),
            sql`${secureMessages.readAt} is null`,
          ),
        );
      const [r] = await db
        .select({ m: secureMessages, reference: cases.reference })
        .from(secureMessages)
        .leftJoin(cases, eq(cases.id, secureMessages.caseId))
        .where(and(eq(secureMessages.id, messageId), eq(secureMessages.cardmemberId, cardmemberId)));
      if (!r) throw new AppError('SECURE_MESSAGE_NOT_FOUND');
      return toSecureMessage(r.m, r.reference);
    },

    /** A cardmember's cases, newest first. */
    async listForCardmember(cardmemberId: string): Promise<CaseSummary[]> {
      const rows = await db
        .select()
        .from(cases)
        .where(eq(cases.cardmemberId, cardmemberId))
        .orderBy(desc(cases.openedAt), desc(cases.id))
        .limit(200);
      return rows.map(toCaseSummary);
    },

    /** Every case on a card account, newest first (agents). */
    async listForCardAccount(cardAccountId: string): Promise<CaseSummary[]> {
      const rows = await db
        .select()
        .from(cases)
        .where(eq(cases.cardAccountId, cardAccountId))
        .orderBy(desc(cases.openedAt), desc(cases.id))
        .limit(200);
      return rows.map(toCaseSummary);
    },

    /** The case a reference names (as a person may type it), or null. */
    async findByReference(reference: string): Promise<CaseAccess | null> {
      const canonical = parseReference(reference);
      if (!canonical) return null;
      const [row] = await db.select().from(cases).where(eq(cases.reference, canonical));
      return row ? accessOfRow(row) : null;
    },

    /** The case with its timeline and clocks, as the audience may see it. */
    async detail(caseId: string, audience: Audience): Promise<CaseDetail> {
      const row = await getRow(caseId);
      if (!row) throw new AppError('CASE_NOT_FOUND');
      return detailOf(row, audience);
    },

    /** The case's owner and reference; pass the caller's transaction when inside one. */
    async accessOf(caseId: string, tx?: Tx): Promise<CaseAccess | null> {
      const row = await getRow(caseId, tx);
      return row ? accessOfRow(row) : null;
    },

    /**
     * A supervisor (or admin) may see every case; an agent a case on a card account of a conversation
     * they are or were a participant of.
     */
    async agentMayAccess(agent: { id: string; role: string }, caseId: string): Promise<boolean> {
      const row = await getRow(caseId);
      if (!row) return false;
      if (agent.role === 'supervisor' || agent.role === 'admin') return true;
      return agentWasOnAccount(agent.id, row.cardAccountId);
    },

    /** Whether the agent is or was a participant of a conversation on this card account. */
    agentWasOnAccount,

    /**
     * The conversation an agent takes a dispute or complaint in: its cardmember, card account and
     * language. Agents must be in it now (a current participant); supervisors may use any.
     * CONVERSATION_NOT_FOUND otherwise.
     */
    async conversationForAgent(
      agent: { id: string; role: string },
      conversationId: string,
    ): Promise<{
      conversationId: string;
      cardmemberId: string;
      cardAccountId: string;
      language: 'en' | 'es';
    }> {
      const supervisor = agent.role === 'supervisor' || agent.role === 'admin';
      // The conversations domain's tables, read by name.
      const result = await db.execute(sql`
        select c.id, c.cardmember_id, c.card_account_id, c.language,
          exists (select 1 from conversation_participants p
                  where p.conversation_id = c.id and p.kind = 'agent'
                    and p.participant_id = ${agent.id} and p.left_at is null) as present
        from conversations c where c.id::text = ${conversationId}`);
      const [r] = rowsOf(result);
      if (!r || !(supervisor || r.present === true)) throw new AppError('CONVERSATION_NOT_FOUND');
      return {
        conversationId: String(r.id),
        cardmemberId: String(r.cardmember_id),
        cardAccountId: String(r.card_account_id),
        language: r.language === 'es' ? 'es' : 'en',
      };
    },
  };

  async function agentWasOnAccount(agentId: string, cardAccountId: string): Promise<boolean> {
    // The conversations domain's tables, read by name: access follows its participants.
    const result = await db.execute(sql`
      select 1 from conversation_participants p
      join conversations c on c.id = p.conversation_id
      where p.kind = 'agent' and p.participant_id = ${agentId} and c.card_account_id = ${cardAccountId}
      limit 1`);
    return rowsOf(result).length > 0;
  }

  function accessOfRow(row: CaseRow): CaseAccess {
    return {
      caseId: row.id,
      reference: row.reference,
      cardmemberId: row.cardmemberId,
      cardAccountId: row.cardAccountId,
      conversationId: row.conversationId,
    };
  }
}
