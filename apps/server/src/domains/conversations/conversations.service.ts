import { randomUUID } from 'node:crypto';
import type {
  Conversation,
  HandoffSummary,
  HistoryResult,
  Language,
  Message,
  MessageKind,
  MessagePayload,
  QueueItem,
  Receipt,
  SystemEvent,
} from '@clearline/protocol';
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { Batcher } from '../../platform/batcher.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { DomainEvent, EventBus } from '../../platform/events.ts';
import type { AgentPrincipal, CustomerPrincipal, Principal } from '../../platform/principal.ts';
import { isSupervisor } from '../../platform/principal.ts';
import { checkAgentMessage, redact } from '../security/index.ts';
import { canAgentRead, canRead } from './access.ts';
import { type ConversationAction, isTerminal, nextConversationStatus } from './conversation-status.ts';
import {
  type ReceiptItem,
  type SendItem,
  type SendResult,
  writeMessages,
  writeReceipts,
} from './message-writer.ts';

export type { SendResult } from './message-writer.ts';

import { fillCanned } from './canned-responses.ts';
import { forCustomer, toConversation, toMessage, toReceipt } from './conversations.mappers.ts';
import { conversationParticipants, conversations, messages, receipts } from './conversations.tables.ts';

export const DEFAULT_QUEUE = 'general';

interface Author {
  kind: 'customer' | 'assistant' | 'agent' | 'system';
  id: string;
  displayName: string;
}

export interface SendInput {
  conversationId: string;
  clientMessageId: string | null;
  body: string;
  /** The quick-reply option the customer pressed (customers only). */
  quickReply?: string | null;
}

/** One message the assistant posts. */
export interface AssistantReply {
  body: string;
  kind?: Extract<MessageKind, 'text' | 'quick_replies' | 'handoff_summary'>;
  payload?: MessagePayload | null;
  visibility?: 'all' | 'agents';
}

/** Hands a conversation the assistant could not finish to a queue, with what the agent needs. */
export interface AssistantHandoff {
  queue: string;
  priority: number;
  reason: string;
  summary: HandoffSummary;
}

/** What an assistant turn commits, atomically, with the conversation locked. */
export interface AssistantTurn {
  /**
   * Runs first in the transaction (the conversation's row is locked): the assistant claims the
   * messages it answers and records what it must. Returning false abandons the turn with no writes.
   */
  claim: (tx: Tx) => Promise<boolean>;
  replies: AssistantReply[];
  /** Ignored unless the conversation is still with the assistant. */
  handoff?: AssistantHandoff | null;
  /** Replies posted after the handoff (what happens next), so they follow the summary. */
  afterHandoff?: AssistantReply[];
}

/** The assistant, as the conversations domain sees it: its name and its first words. */
export interface AssistantHooks {
  displayName(language: Language): string;
  greeting(language: Language, card: CardLabel | null): AssistantReply[];
}

/** Who may still be answered by the assistant: before an agent has the conversation. */
export const ASSISTANT_STATUSES: readonly Conversation['status'][] = ['assistant', 'queued'];

const SYSTEM_AUTHOR: Author = { kind: 'system', id: 'system', displayName: 'Clearline' };

/** English fallback texts of system events; clients localise by the event code. */
const EVENT_TEXT: Record<SystemEvent, (name: string) => string> = {
  conversation_started: () => 'Chat started.',
  queued: () => 'You are in line for the next available agent.',
  handed_off: () => 'The assistant is connecting you with an agent.',
  agent_joined: (name) => `${name} joined the chat.`,
  agent_left: (name) => `${name} left the chat.`,
  transferred: () => 'The chat was transferred.',
  on_hold: () => 'The agent put the chat on hold.',
  resumed: () => 'The agent is back.',
  resolved: () => 'The chat has ended.',
  abandoned: () => 'The chat has ended.',
};

/** The next status, or the error a client should see when the action is not allowed now. */
function requireTransition(from: Conversation['status'], action: ConversationAction): Conversation['status'] {
  const to = nextConversationStatus(from, action);
  if (to) return to;
  if (isTerminal(from)) throw new AppError('CONVERSATION_CLOSED');
  throw new AppError(
    'INVALID_TRANSITION',
    `A conversation that is ${from} cannot ${action.replace(/_/g, ' ')}.`,
  );
}

export type ConversationService = ReturnType<typeof createConversationService>;

export interface ConversationAuditEntry {
  actor: { kind: 'agent' | 'supervisor' | 'admin' | 'customer'; id: string };
  action: string;
  subject: { type: 'conversation'; id: string };
  cardAccountId: string;
  conversationId: string;
  before?: unknown;
  after?: unknown;
}

/** The question asked of a silent customer in line, with the button that keeps their place. */
export function stillThere(lang: Language, abandonAfterMs: number): AssistantReply {
  const minutes = Math.max(1, Math.round(abandonAfterMs / 60_000));
  return lang === 'es'
    ? {
        body: `¿Sigue ahí? Para conservar su lugar en la fila, responda o pulse "Sigo aquí" ${minutes === 1 ? 'en el próximo minuto' : `en los próximos ${minutes} minutos`}.`,
        payload: { type: 'quick_replies', options: [{ value: 'still_here', label: 'Sigo aquí' }] },
      }
    : {
        body: `Are you still there? To keep your place in line, reply or press "I'm still here" within ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
        payload: { type: 'quick_replies', options: [{ value: 'still_here', label: "I'm still here" }] },
      };
}

/** What a principal may see of a message (customers never see agent-only content). */
function viewFor(principal: Principal): (m: Message) => Message {
  return principal.kind === 'customer' ? forCustomer : (m) => m;
}

/** The handoff summary as plain text (the message body), for transcripts and plain clients. */
export function renderSummary(s: HandoffSummary): string {
  const lines = [`Handoff from the assistant: ${s.intentLabel} → ${s.queue} (${s.reason})`];
  if (s.facts.length > 0) lines.push(`Facts: ${s.facts.map((f) => `${f.label}: ${f.value}`).join('; ')}`);
  if (s.steps.length > 0) lines.push(`Done: ${s.steps.join('; ')}`);
  lines.push(`Verification: ${s.verification}`);
  for (const r of s.recorded) lines.push(`Recorded ${r.kind} at ${r.receivedAt}`);
  if (s.customerWords.length > 0)
    lines.push(`Customer said: ${s.customerWords.map((w) => `"${w}"`).join(' / ')}`);
  return lines.join('\n');
}

/** The card a conversation is about, as agents may see it. */
export interface CardLabel {
  productName: string;
  last4: string;
}

export function createConversationService(deps: {
  db: Db;
  bus: EventBus;
  clock: Clock;
  /**
   * Describes a card account from the issuer core: null when the core does not know it; throws
   * CARD_ACCOUNT_NOT_ALLOWED when the core says it belongs to another cardmember.
   */
  describeCardAccount?: (cardmemberId: string, cardAccountId: string) => Promise<CardLabel | null>;
  /** The virtual assistant that answers first; without it new conversations go straight to the queue. */
  assistant?: AssistantHooks | null;
  /** An agent's maximum concurrent chats (routing owns it); default 3. Runs in the claim's transaction. */
  capacityOf?: (tx: Tx, agentId: string) => Promise<number>;
  /** Told, in the claim's transaction, that an agent got a conversation (longest-idle routing). */
  onAssigned?: (tx: Tx, agentId: string, at: Date) => Promise<void>;
  /** Records an agent's action in the audit chain, in the action's transaction. */
  audit?: (entry: ConversationAuditEntry, tx: Tx) => Promise<unknown>;
}) {
  const { db, bus, clock } = deps;

  /** Runs fn in a transaction and publishes the events it collected only once the commit succeeded. */
  async function inTransaction<T>(fn: (tx: Tx, events: DomainEvent[]) => Promise<T>): Promise<T> {
    const events: DomainEvent[] = [];
    const result = await db.transaction((tx) => fn(tx, events));
    bus.publish(events);
    return result;
  }

  async function lockConversation(tx: Tx, id: string) {
    const [row] = await tx.select().from(conversations).where(eq(conversations.id, id)).for('update');
    if (!row) throw new AppError('CONVERSATION_NOT_FOUND');
    return row;
  }

  /** Appends a message under the conversation's row lock: the seq is gap-free and never reused. */
  async function appendMessage(
    tx: Tx,
    events: DomainEvent[],
    conversationId: string,
    author: Author,
    input: {
      kind: MessageKind;
      body: string;
      event?: SystemEvent | null;
      eventData?: Record<string, string> | null;
      clientMessageId?: string | null;
      payload?: MessagePayload | null;
      visibility?: 'all' | 'agents';
    },
  ): Promise<Message> {
    const now = clock.now();
    const [bumped] = await tx
      .update(conversations)
      .set({ lastSeq: sql`${conversations.lastSeq} + 1`, updatedAt: now })
      .where(eq(conversations.id, conversationId))
      .returning({ seq: conversations.lastSeq, status: conversations.status, queue: conversations.queue });
    if (!bumped) throw new AppError('CONVERSATION_NOT_FOUND');
    const [row] = await tx
      .insert(messages)
      .values({
        id: randomUUID(),
        conversationId,
        seq: bumped.seq,
        clientMessageId: input.clientMessageId ?? null,
        authorKind: author.kind,
        authorId: author.id,
        authorName: author.displayName,
        kind: input.kind,
        visibility: input.visibility ?? 'all',
        body: input.body,
        event: input.event ?? null,
        eventData: input.eventData ?? null,
        payload: (input.payload ?? null) as Record<string, unknown> | null,
        createdAt: now,
      })
      .returning();
    const message = toMessage(row!);
    events.push({
      type: 'message.created',
      message,
      conversation: { status: bumped.status as Conversation['status'], queue: bumped.queue },
    });
    return message;
  }

  async function appendEvent(
    tx: Tx,
    events: DomainEvent[],
    conversationId: string,
    event: SystemEvent,
    name = '',
  ): Promise<Message> {
    return appendMessage(tx, events, conversationId, SYSTEM_AUTHOR, {
      kind: 'event',
      body: EVENT_TEXT[event](name),
      event,
      eventData: name ? { agentName: name } : null,
    });
  }

  async function transitionLocked(
    tx: Tx,
    events: DomainEvent[],
    row: typeof conversations.$inferSelect,
    action: ConversationAction,
    patch: Partial<typeof conversations.$inferInsert> = {},
  ): Promise<Conversation> {
    const from = row.status as Conversation['status'];
    const to = requireTransition(from, action);
    const now = clock.now();
    const [updated] = await tx
      .update(conversations)
      .set({ ...patch, status: to, updatedAt: now, ...(isTerminal(to) ? { closedAt: now } : {}) })
      .where(eq(conversations.id, row.id))
      .returning();
    const conversation = toConversation(updated!);
    events.push({ type: 'conversation.updated', conversation, previousStatus: from });
    return conversation;
  }

  async function loadAuthorized(principal: Principal, conversationId: string) {
    const [row] = await db.select().from(conversations).where(eq(conversations.id, conversationId));
    if (!row || !canRead(principal, row)) throw new AppError('CONVERSATION_NOT_FOUND');
    return row;
  }

  const sends = new Batcher<SendItem, SendResult>(async (items) => {
    const { results, events } = await writeMessages(db, clock, items);
    bus.publish(events);
    return results;
  });
  const receiptWrites = new Batcher<ReceiptItem, Receipt>(async (items) => {
    const { results, events } = await writeReceipts(db, clock, items);
    bus.publish(events);
    return results;
  });

  function authorOf(principal: Principal): Author {
    return principal.kind === 'customer'
      ? { kind: 'customer', id: principal.cardmemberId, displayName: principal.displayName }
      : { kind: 'agent', id: principal.agentId, displayName: principal.displayName };
  }

  async function auditAction(
    tx: Tx,
    agent: AgentPrincipal,
    row: typeof conversations.$inferSelect,
    action: string,
    before: unknown,
    after: unknown,
  ) {
    await deps.audit?.(
      {
        actor: { kind: agent.role === 'agent' ? 'agent' : agent.role, id: agent.agentId },
        action,
        subject: { type: 'conversation', id: row.id },
        cardAccountId: row.cardAccountId,
        conversationId: row.id,
        before,
        after,
      },
      tx,
    );
  }

  /** Chats each of these agents has now (assigned or on hold). */
  async function agentLoads(agentIds: string[]): Promise<Record<string, number>> {
    if (agentIds.length === 0) return {};
    const rows = await db
      .select({ id: conversations.assignedAgentId, n: sql<number>`count(*)::int` })
      .from(conversations)
      .where(
        and(
          inArray(conversations.assignedAgentId, agentIds),
          inArray(conversations.status, ['assigned', 'on_hold']),
        ),
      )
      .groupBy(conversations.assignedAgentId);
    return Object.fromEntries(rows.map((r) => [r.id!, Number(r.n)]));
  }

  /** Adds an agent (or supervisor) to the conversation's participants, or brings them back. */
  async function joinAsAgent(tx: Tx, conversationId: string, agent: AgentPrincipal, at: Date) {
    await tx
      .insert(conversationParticipants)
      .values({
        conversationId,
        kind: 'agent',
        participantId: agent.agentId,
        displayName: agent.displayName,
        joinedAt: at,
      })
      .onConflictDoUpdate({
        target: [
          conversationParticipants.conversationId,
          conversationParticipants.kind,
          conversationParticipants.participantId,
        ],
        set: { leftAt: null },
      });
  }

  /** Serialises one agent's claims across nodes (capacity is checked under it). */
  async function lockAgent(tx: Tx, agentId: string) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`agent:${agentId}`}))`);
  }

  async function assertCapacity(tx: Tx, agent: AgentPrincipal) {
    const capacity = (await deps.capacityOf?.(tx, agent.agentId)) ?? 3;
    const [r] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(conversations)
      .where(
        and(
          eq(conversations.assignedAgentId, agent.agentId),
          inArray(conversations.status, ['assigned', 'on_hold']),
        ),
      );
    if (Number(r?.n ?? 0) >= capacity) {
      throw new AppError(
        'AT_CAPACITY',
        `You are handling ${capacity} chats, your maximum. End one to take another.`,
      );
    }
  }

  async function acceptLocked(
    tx: Tx,
    events: DomainEvent[],
    agent: AgentPrincipal,
    row: typeof conversations.$inferSelect,
  ): Promise<Conversation> {
    const now = clock.now();
    await joinAsAgent(tx, row.id, agent, now);
    await appendEvent(tx, events, row.id, 'agent_joined', agent.displayName);
    await deps.onAssigned?.(tx, agent.agentId, now);
    await auditAction(
      tx,
      agent,
      row,
      'conversation.accepted',
      { status: row.status, queue: row.queue },
      { agentId: agent.agentId },
    );
    return transitionLocked(tx, events, row, 'accept', { assignedAgentId: agent.agentId, assignedAt: now });
  }

  function assistantAuthor(language: Language): Author {
    return {
      kind: 'assistant',
      id: 'assistant',
      displayName: deps.assistant?.displayName(language) ?? 'Assistant',
    };
  }

  function appendReply(
    tx: Tx,
    events: DomainEvent[],
    conversationId: string,
    author: Author,
    reply: AssistantReply,
  ): Promise<Message> {
    return appendMessage(tx, events, conversationId, author, {
      kind: reply.kind ?? (reply.payload?.type === 'quick_replies' ? 'quick_replies' : 'text'),
      body: reply.body,
      payload: reply.payload ?? null,
      visibility: reply.visibility ?? 'all',
    });
  }

  return {
    /**
     * Opens a conversation on one card account of the customer's session. The assistant answers
     * first when there is one; otherwise the conversation goes straight to the general queue.
     */
    async start(customer: CustomerPrincipal, input: { cardAccountId: string; language: Language }) {
      if (!customer.cardAccountIds.includes(input.cardAccountId)) {
        throw new AppError('CARD_ACCOUNT_NOT_ALLOWED');
      }
      const card = (await deps.describeCardAccount?.(customer.cardmemberId, input.cardAccountId)) ?? null;
      const assistant = deps.assistant ?? null;
      return inTransaction(async (tx, events) => {
        const now = clock.now();
        const id = randomUUID();
        const [row] = await tx
          .insert(conversations)
          .values({
            id,
            cardmemberId: customer.cardmemberId,
            cardAccountId: input.cardAccountId,
            status: 'assistant',
            queue: DEFAULT_QUEUE,
            language: input.language,
            cardProductName: card?.productName ?? null,
            cardLast4: card?.last4 ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await tx.insert(conversationParticipants).values({
          conversationId: id,
          kind: 'customer',
          participantId: customer.cardmemberId,
          displayName: customer.displayName,
          joinedAt: now,
        });
        await appendEvent(tx, events, id, 'conversation_started');
        if (assistant) {
          const author = assistantAuthor(input.language);
          await tx.insert(conversationParticipants).values({
            conversationId: id,
            kind: 'assistant',
            participantId: author.id,
            displayName: author.displayName,
            joinedAt: now,
          });
          for (const reply of assistant.greeting(input.language, card)) {
            await appendReply(tx, events, id, author, reply);
          }
          const created = toConversation({ ...row!, lastSeq: (await lockConversation(tx, id)).lastSeq });
          events.push({ type: 'conversation.updated', conversation: created, previousStatus: null });
          return created;
        }
        await appendEvent(tx, events, id, 'queued');
        const locked = await lockConversation(tx, row!.id);
        return transitionLocked(tx, events, locked, 'handoff', {
          queuedAt: now,
          routingReason: 'No virtual assistant: every chat goes to an agent.',
        });
      });
    },

    /**
     * Commits one assistant turn: its claim, its replies and, while the conversation is still with
     * the assistant, a handoff to a queue with the summary agents see first. Null when the
     * conversation has moved on (an agent has it, it ended) or the claim was refused.
     */
    async assistantTurn(conversationId: string, turn: AssistantTurn): Promise<Conversation | null> {
      const assistant = deps.assistant ?? null;
      if (!assistant) return null;
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, conversationId);
        const status = row.status as Conversation['status'];
        if (!ASSISTANT_STATUSES.includes(status)) return null;
        if (!(await turn.claim(tx))) return null;
        const author = assistantAuthor(row.language as Language);
        for (const reply of turn.replies) await appendReply(tx, events, row.id, author, reply);
        if (!turn.handoff || status !== 'assistant')
          return toConversation(await lockConversation(tx, row.id));
        const { queue, priority, reason, summary } = turn.handoff;
        await appendReply(tx, events, row.id, author, {
          kind: 'handoff_summary',
          visibility: 'agents',
          body: renderSummary(summary),
          payload: { type: 'handoff_summary', summary },
        });
        await appendEvent(tx, events, row.id, 'handed_off');
        const locked = await lockConversation(tx, row.id);
        const queued = await transitionLocked(tx, events, locked, 'handoff', {
          queue,
          priority,
          routingReason: reason,
          queuedAt: clock.now(),
        });
        for (const reply of turn.afterHandoff ?? []) await appendReply(tx, events, row.id, author, reply);
        return queued;
      });
    },

    /** The conversation's row as it is now, for the assistant (no access check: server-side callers only). */
    async peek(conversationId: string): Promise<Conversation | null> {
      const [row] = await db.select().from(conversations).where(eq(conversations.id, conversationId));
      return row ? toConversation(row) : null;
    },

    /** Customer messages after a seq, oldest first (the assistant's unanswered input). */
    async customerMessagesAfter(conversationId: string, afterSeq: number): Promise<Message[]> {
      const rows = await db
        .select()
        .from(messages)
        .where(
          and(
            eq(messages.conversationId, conversationId),
            gt(messages.seq, afterSeq),
            eq(messages.authorKind, 'customer'),
          ),
        )
        .orderBy(asc(messages.seq))
        .limit(50);
      return rows.map(toMessage);
    },

    async listForCustomer(customer: CustomerPrincipal): Promise<Conversation[]> {
      if (customer.cardAccountIds.length === 0) return [];
      const rows = await db
        .select()
        .from(conversations)
        .where(
          and(
            eq(conversations.cardmemberId, customer.cardmemberId),
            inArray(conversations.cardAccountId, [...customer.cardAccountIds]),
          ),
        )
        .orderBy(desc(conversations.createdAt))
        .limit(100);
      return rows.map(toConversation);
    },

    async listForAgent(agent: AgentPrincipal): Promise<Conversation[]> {
      const rows = await db
        .select()
        .from(conversations)
        .where(
          and(
            eq(conversations.assignedAgentId, agent.agentId),
            inArray(conversations.status, ['assigned', 'on_hold']),
          ),
        )
        .orderBy(asc(conversations.updatedAt));
      return rows.map(toConversation);
    },

    async get(principal: Principal, conversationId: string): Promise<Conversation> {
      return toConversation(await loadAuthorized(principal, conversationId));
    },

    async history(
      principal: Principal,
      conversationId: string,
      afterSeq: number,
      limit: number,
    ): Promise<HistoryResult> {
      await loadAuthorized(principal, conversationId);
      const rows = await db
        .select()
        .from(messages)
        .where(and(eq(messages.conversationId, conversationId), gt(messages.seq, afterSeq)))
        .orderBy(asc(messages.seq))
        .limit(limit + 1);
      const view = viewFor(principal);
      return { messages: rows.slice(0, limit).map((r) => view(toMessage(r))), hasMore: rows.length > limit };
    },

    async transcript(principal: Principal, conversationId: string) {
      const row = await loadAuthorized(principal, conversationId);
      const rows = await db
        .select()
        .from(messages)
        .where(eq(messages.conversationId, conversationId))
        .orderBy(asc(messages.seq));
      const view = viewFor(principal);
      return { conversation: toConversation(row), messages: rows.map((r) => view(toMessage(r))) };
    },

    /**
     * Stores a message exactly once. A retry with the same client message id is answered with the
     * message stored the first time, whatever has happened to the conversation since. Concurrent
     * sends on this node are written together (group commit, see message-writer.ts).
     */
    async send(principal: Principal, input: SendInput): Promise<SendResult> {
      const author = authorOf(principal) as SendItem['author'];
      let body = input.body;
      let quickReply: string | null = null;
      if (principal.kind === 'customer') {
        // PCI DSS 3.3.1 / 3.5.1: only the redacted text is stored, broadcast, counted or classified.
        body = redact(body).redacted;
        // A button value is a short code; anything the redaction engine would touch is not one.
        const q = input.quickReply ?? null;
        quickReply = q && redact(q).spans.length === 0 && !/\d{7,}/.test(q) ? q : null;
      } else {
        const guard = checkAgentMessage(body);
        if (guard.blocked) {
          throw new AppError('SENSITIVE_REQUEST_BLOCKED', `${guard.reason} ${guard.alternative}`.trim());
        }
      }
      return sends.submit({
        principal,
        author,
        conversationId: input.conversationId,
        clientMessageId: input.clientMessageId,
        body,
        quickReply,
      });
    },

    /** Moves a read/delivered cursor forward (never back, never past the last message), after an access check. */
    async updateReceipt(
      principal: Principal,
      input: { conversationId: string; deliveredSeq?: number | undefined; readSeq?: number | undefined },
    ): Promise<Receipt> {
      await loadAuthorized(principal, input.conversationId);
      return this.recordReceipt(principal.kind === 'customer' ? 'customer' : 'agent', input);
    },

    /**
     * The same without the database access check, for callers that have authorised the reader
     * already (a socket joins a conversation's room only after its check). Batched like sends.
     */
    recordReceipt(
      reader: 'customer' | 'agent',
      input: { conversationId: string; deliveredSeq?: number | undefined; readSeq?: number | undefined },
    ): Promise<Receipt> {
      const readSeq = input.readSeq ?? 0;
      return receiptWrites.submit({
        conversationId: input.conversationId,
        reader,
        readSeq,
        deliveredSeq: Math.max(input.deliveredSeq ?? 0, readSeq),
      });
    },

    async receipts(conversationId: string): Promise<Receipt[]> {
      const rows = await db.select().from(receipts).where(eq(receipts.conversationId, conversationId));
      return rows.map(toReceipt);
    },

    /** Waiting conversations in the given queues, oldest first. */
    async listQueue(queues: readonly string[]): Promise<QueueItem[]> {
      if (queues.length === 0) return [];
      const rows = await db
        .select({
          conversation: conversations,
          customerName: conversationParticipants.displayName,
          preview: sql<string | null>`(select left(m.body, 140) from ${messages} m
            where m.conversation_id = ${conversations.id} and m.author_kind = 'customer'
            and m.visibility = 'all'
            order by m.seq desc limit 1)`,
        })
        .from(conversations)
        .leftJoin(
          conversationParticipants,
          and(
            eq(conversationParticipants.conversationId, conversations.id),
            eq(conversationParticipants.kind, 'customer'),
          ),
        )
        .where(and(eq(conversations.status, 'queued'), inArray(conversations.queue, [...queues])))
        .orderBy(desc(conversations.priority), asc(conversations.queuedAt))
        .limit(200);
      return rows.map((r) => ({
        conversation: toConversation(r.conversation),
        waitingSince: (r.conversation.queuedAt ?? r.conversation.createdAt).toISOString(),
        preview: r.preview ?? '',
        cardmemberName: r.customerName ?? '',
      }));
    },

    /**
     * An agent takes a waiting conversation. The row lock makes the claim atomic across nodes; the
     * agent's own lock keeps their concurrent claims within their capacity.
     */
    async accept(agent: AgentPrincipal, conversationId: string): Promise<Conversation> {
      return inTransaction(async (tx, events) => {
        await lockAgent(tx, agent.agentId);
        const row = await lockConversation(tx, conversationId);
        const servesQueue = isSupervisor(agent) || agent.queues.includes(row.queue);
        if (
          servesQueue &&
          row.assignedAgentId &&
          row.assignedAgentId !== agent.agentId &&
          !isTerminal(row.status as Conversation['status'])
        ) {
          throw new AppError('ALREADY_ASSIGNED');
        }
        if (!canAgentRead(agent, row)) throw new AppError('CONVERSATION_NOT_FOUND');
        if (row.status !== 'queued')
          throw new AppError('INVALID_TRANSITION', 'This conversation is not waiting.');
        await assertCapacity(tx, agent);
        return acceptLocked(tx, events, agent, row);
      });
    },

    /**
     * Takes the next waiting conversation of the agent's queues: highest priority first, then the
     * longest waiting. Rows other agents are claiming right now are skipped (FOR UPDATE SKIP LOCKED),
     * so many agents on many nodes can claim at once without waiting on each other or taking the
     * same conversation. Null when nothing is waiting; AT_CAPACITY when the agent is full.
     */
    async acceptNext(agent: AgentPrincipal): Promise<Conversation | null> {
      if (agent.queues.length === 0) return null;
      return inTransaction(async (tx, events) => {
        await lockAgent(tx, agent.agentId);
        await assertCapacity(tx, agent);
        const [row] = await tx
          .select()
          .from(conversations)
          .where(and(eq(conversations.status, 'queued'), inArray(conversations.queue, [...agent.queues])))
          .orderBy(desc(conversations.priority), asc(conversations.queuedAt))
          .limit(1)
          .for('update', { skipLocked: true });
        if (!row) return null;
        return acceptLocked(tx, events, agent, row);
      });
    },

    /**
     * What the wait estimate needs of one queue: who is waiting (in service order), and recent
     * completions and abandonments since `since`.
     */
    async queueActivity(queue: string, since: Date) {
      const waitingRows = await db
        .select({
          id: conversations.id,
          language: conversations.language,
          queuedAt: conversations.queuedAt,
        })
        .from(conversations)
        .where(and(eq(conversations.status, 'queued'), eq(conversations.queue, queue)))
        .orderBy(desc(conversations.priority), asc(conversations.queuedAt))
        .limit(500);
      const finished = await db
        .select({
          status: conversations.status,
          queuedAt: conversations.queuedAt,
          assignedAt: conversations.assignedAt,
          closedAt: conversations.closedAt,
        })
        .from(conversations)
        .where(
          and(
            eq(conversations.queue, queue),
            inArray(conversations.status, ['resolved', 'abandoned']),
            gt(conversations.closedAt, since),
          ),
        )
        .limit(2000);
      const secs = (a: Date, b: Date) => Math.max(0, (a.getTime() - b.getTime()) / 1000);
      return {
        waiting: waitingRows.map((r) => ({ conversationId: r.id, language: r.language as Language })),
        completions: finished
          .filter((r) => r.assignedAt && r.closedAt)
          .map((r) => ({
            finishedAt: r.closedAt!.getTime(),
            handleSeconds: secs(r.closedAt!, r.assignedAt!),
            ...(r.queuedAt ? { waitSeconds: secs(r.assignedAt!, r.queuedAt) } : {}),
          })),
        abandonments: finished
          .filter((r) => r.status === 'abandoned' && r.queuedAt && r.closedAt)
          .map((r) => ({ at: r.closedAt!.getTime(), waitedSeconds: secs(r.closedAt!, r.queuedAt!) })),
        loads: agentLoads,
      };
    },

    /**
     * Figures for supervisors since `since`: per queue (waiting now, longest wait, speed of answer,
     * abandonment, service level within `targetSeconds`), per agent (chats, handle time), and the
     * assistant's containment and handoff rates.
     */
    async metrics(since: Date, targetSeconds: number) {
      const now = clock.now();
      const waiting = await db
        .select({
          queue: conversations.queue,
          n: sql<number>`count(*)::int`,
          oldest: sql<Date | string | null>`min(${conversations.queuedAt})`,
        })
        .from(conversations)
        .where(eq(conversations.status, 'queued'))
        .groupBy(conversations.queue);
      const answered = await db
        .select({
          queue: conversations.queue,
          n: sql<number>`count(*)::int`,
          asa: sql<
            number | null
          >`avg(extract(epoch from (${conversations.assignedAt} - ${conversations.queuedAt})))::float`,
          within: sql<number>`count(*) filter (where ${conversations.assignedAt} - ${conversations.queuedAt} <= make_interval(secs => ${targetSeconds}))::int`,
        })
        .from(conversations)
        .where(and(gt(conversations.assignedAt, since)))
        .groupBy(conversations.queue);
      const abandoned = await db
        .select({ queue: conversations.queue, n: sql<number>`count(*)::int` })
        .from(conversations)
        .where(
          and(
            eq(conversations.status, 'abandoned'),
            gt(conversations.closedAt, since),
            sql`${conversations.queuedAt} is not null`,
          ),
        )
        .groupBy(conversations.queue);
      const perAgent = await db
        .select({
          agentId: conversations.assignedAgentId,
          chats: sql<number>`count(*)::int`,
          aht: sql<
            number | null
          >`avg(extract(epoch from (${conversations.closedAt} - ${conversations.assignedAt})))::float`,
        })
        .from(conversations)
        .where(
          and(
            eq(conversations.status, 'resolved'),
            gt(conversations.closedAt, since),
            sql`${conversations.assignedAt} is not null`,
          ),
        )
        .groupBy(conversations.assignedAgentId);
      const [started] = await db
        .select({
          total: sql<number>`count(*)::int`,
          handedOff: sql<number>`count(*) filter (where ${conversations.queuedAt} is not null)::int`,
          ended: sql<number>`count(*) filter (where ${conversations.status} in ('resolved', 'abandoned'))::int`,
          contained: sql<number>`count(*) filter (where ${conversations.status} in ('resolved', 'abandoned') and ${conversations.queuedAt} is null)::int`,
        })
        .from(conversations)
        .where(gt(conversations.createdAt, since));
      const queues = new Set([...waiting, ...answered, ...abandoned].map((r) => r.queue));
      const rate = (a: number, b: number) => (b > 0 ? a / b : null);
      return {
        since: since.toISOString(),
        queues: [...queues].sort().map((queue) => {
          const w = waiting.find((r) => r.queue === queue);
          const a = answered.find((r) => r.queue === queue);
          const ab = abandoned.find((r) => r.queue === queue);
          const oldest = w?.oldest ? new Date(w.oldest) : null;
          return {
            queue,
            waitingNow: Number(w?.n ?? 0),
            longestWaitSeconds: oldest
              ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000))
              : 0,
            answered: Number(a?.n ?? 0),
            averageSpeedOfAnswerSeconds: a?.asa != null ? Math.round(Number(a.asa)) : null,
            abandoned: Number(ab?.n ?? 0),
            abandonmentRate: rate(Number(ab?.n ?? 0), Number(ab?.n ?? 0) + Number(a?.n ?? 0)),
            serviceLevel: rate(Number(a?.within ?? 0), Number(a?.n ?? 0) + Number(ab?.n ?? 0)),
          };
        }),
        agents: perAgent
          .filter((r) => r.agentId)
          .map((r) => ({
            agentId: r.agentId!,
            chats: Number(r.chats),
            averageHandleSeconds: r.aht != null ? Math.round(Number(r.aht)) : null,
          })),
        assistant: {
          conversations: Number(started?.total ?? 0),
          handoffRate: rate(Number(started?.handedOff ?? 0), Number(started?.total ?? 0)),
          containmentRate: rate(Number(started?.contained ?? 0), Number(started?.ended ?? 0)),
          /** Not collected yet (the satisfaction rating comes with the end-of-chat summary). */
          satisfaction: null,
        },
      };
    },

    /**
     * Customers waiting in line who have gone silent: after `warnAfterMs` without a word they are
     * asked whether they are still there (a button keeps their place: WCAG 2.2.1, warn and allow
     * extending); `abandonAfterMs` after an unanswered warning the conversation is abandoned, which
     * frees the place for the next customer. Safe on every node at once: each decision is re-checked
     * under the conversation's row lock. Returns what it did.
     */
    async sweepIdle(options: { warnAfterMs: number; abandonAfterMs: number }) {
      const now = clock.now();
      const warnBefore = new Date(now.getTime() - options.warnAfterMs);
      const candidates = await db
        .select({ id: conversations.id })
        .from(conversations)
        .where(
          and(
            eq(conversations.status, 'queued'),
            sql`greatest(${conversations.queuedAt}, (select max(m.created_at) from ${messages} m
              where m.conversation_id = ${conversations.id} and m.author_kind = 'customer')) < ${warnBefore}`,
          ),
        )
        .limit(200);
      const done = { warned: 0, abandoned: 0 };
      for (const { id } of candidates) {
        await inTransaction(async (tx, events) => {
          const row = await lockConversation(tx, id);
          if (row.status !== 'queued') return;
          const [last] = await tx
            .select({ at: sql<Date | string | null>`max(${messages.createdAt})` })
            .from(messages)
            .where(and(eq(messages.conversationId, id), eq(messages.authorKind, 'customer')));
          const lastActive = new Date(
            Math.max(row.queuedAt?.getTime() ?? 0, last?.at ? new Date(last.at).getTime() : 0),
          );
          if (lastActive > warnBefore) return;
          const [warning] = await tx
            .select({ at: messages.createdAt })
            .from(messages)
            .where(
              and(
                eq(messages.conversationId, id),
                gt(messages.createdAt, lastActive),
                sql`${messages.payload}::text like '%"still_here"%'`,
              ),
            )
            .orderBy(desc(messages.createdAt))
            .limit(1);
          if (!warning) {
            const lang = row.language as Language;
            const author = deps.assistant ? assistantAuthor(lang) : SYSTEM_AUTHOR;
            await appendReply(tx, events, id, author, stillThere(lang, options.abandonAfterMs));
            done.warned++;
            return;
          }
          if (now.getTime() - warning.at.getTime() < options.abandonAfterMs) return;
          await appendEvent(tx, events, id, 'abandoned');
          await transitionLocked(tx, events, row, 'abandon');
          done.abandoned++;
        });
      }
      return done;
    },

    /** The canned responses for a conversation the agent may read, in its language, placeholders filled. */
    async canned(agent: AgentPrincipal, conversationId: string) {
      const row = await loadAuthorized(agent, conversationId);
      const [customer] = await db
        .select({ name: conversationParticipants.displayName })
        .from(conversationParticipants)
        .where(
          and(
            eq(conversationParticipants.conversationId, row.id),
            eq(conversationParticipants.kind, 'customer'),
          ),
        );
      return fillCanned(row.language as Language, {
        customerFirstName: customer?.name.split(/\s+/)[0] ?? '',
        agentName: agent.displayName,
        cardLast4: row.cardLast4 ?? '',
        productName: row.cardProductName ?? '',
      });
    },

    /** Chats each of these agents has now (assigned or on hold). */
    loads: agentLoads,

    /** The agent handling a conversation (or a supervisor) ends it as resolved. */
    async resolve(agent: AgentPrincipal, conversationId: string, wrapUp?: string): Promise<Conversation> {
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, conversationId);
        if (!canAgentRead(agent, row)) throw new AppError('CONVERSATION_NOT_FOUND');
        if (row.assignedAgentId !== agent.agentId && !isSupervisor(agent)) throw new AppError('FORBIDDEN');
        requireTransition(row.status as Conversation['status'], 'resolve');
        await appendMessage(tx, events, row.id, SYSTEM_AUTHOR, {
          kind: 'event',
          body: EVENT_TEXT.resolved(''),
          event: 'resolved',
          eventData: wrapUp ? { wrapUp } : null,
        });
        await auditAction(
          tx,
          agent,
          row,
          'conversation.resolved',
          { status: row.status },
          { status: 'resolved', wrapUp: wrapUp ?? null },
        );
        return transitionLocked(tx, events, row, 'resolve');
      });
    },

    /**
     * An internal note (any agent handling or supervising the conversation) or a whisper (a
     * supervisor to the agent): in the timeline for agents only; customers get a withheld stub.
     */
    async note(
      agent: AgentPrincipal,
      input: { conversationId: string; clientMessageId: string; body: string },
      kind: 'note' | 'whisper',
    ): Promise<Message> {
      if (kind === 'whisper' && !isSupervisor(agent))
        throw new AppError('FORBIDDEN', 'Only supervisors whisper.');
      const guard = checkAgentMessage(input.body);
      if (guard.blocked)
        throw new AppError('SENSITIVE_REQUEST_BLOCKED', `${guard.reason} ${guard.alternative}`.trim());
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, input.conversationId);
        if (!canAgentRead(agent, row)) throw new AppError('CONVERSATION_NOT_FOUND');
        if (row.assignedAgentId !== agent.agentId && !isSupervisor(agent)) throw new AppError('FORBIDDEN');
        if (isTerminal(row.status as Conversation['status'])) throw new AppError('CONVERSATION_CLOSED');
        const [existing] = await tx
          .select()
          .from(messages)
          .where(
            and(
              eq(messages.conversationId, row.id),
              eq(messages.authorId, agent.agentId),
              eq(messages.clientMessageId, input.clientMessageId),
            ),
          );
        if (existing) return toMessage(existing);
        return appendMessage(tx, events, row.id, authorOf(agent), {
          kind,
          body: input.body,
          visibility: 'agents',
          clientMessageId: input.clientMessageId,
        });
      });
    },

    /** Puts the conversation on hold or resumes it (the assignee or a supervisor). */
    async hold(agent: AgentPrincipal, conversationId: string, on: boolean): Promise<Conversation> {
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, conversationId);
        if (!canAgentRead(agent, row)) throw new AppError('CONVERSATION_NOT_FOUND');
        if (row.assignedAgentId !== agent.agentId && !isSupervisor(agent)) throw new AppError('FORBIDDEN');
        requireTransition(row.status as Conversation['status'], on ? 'hold' : 'resume');
        await appendEvent(tx, events, row.id, on ? 'on_hold' : 'resumed');
        await auditAction(
          tx,
          agent,
          row,
          on ? 'conversation.held' : 'conversation.resumed',
          { status: row.status },
          null,
        );
        return transitionLocked(tx, events, row, on ? 'hold' : 'resume');
      });
    },

    /**
     * Transfers a conversation: to a queue (it waits there, keeping its priority, with the note as
     * the routing reason) or straight to an agent who serves its new queue and has room. The
     * assignee, or a supervisor (reassigning), may transfer. The note is kept for agents only.
     */
    async transfer(
      agent: AgentPrincipal,
      input: {
        conversationId: string;
        toQueue?: string | undefined;
        toAgent?: AgentPrincipal | null;
        note?: string | undefined;
      },
    ): Promise<Conversation> {
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, input.conversationId);
        if (!canAgentRead(agent, row)) throw new AppError('CONVERSATION_NOT_FOUND');
        if (row.assignedAgentId !== agent.agentId && !isSupervisor(agent)) throw new AppError('FORBIDDEN');
        requireTransition(row.status as Conversation['status'], 'transfer');
        const toQueue = input.toQueue ?? row.queue;
        if (input.note) {
          const guard = checkAgentMessage(input.note);
          if (guard.blocked) throw new AppError('SENSITIVE_REQUEST_BLOCKED', guard.reason);
          await appendMessage(tx, events, row.id, authorOf(agent), {
            kind: 'note',
            body: input.note,
            visibility: 'agents',
          });
        }
        await appendEvent(tx, events, row.id, 'transferred');
        if (row.assignedAgentId) {
          await tx
            .update(conversationParticipants)
            .set({ leftAt: clock.now() })
            .where(
              and(
                eq(conversationParticipants.conversationId, row.id),
                eq(conversationParticipants.kind, 'agent'),
                eq(conversationParticipants.participantId, row.assignedAgentId),
              ),
            );
        }
        await auditAction(
          tx,
          agent,
          row,
          isSupervisor(agent) && row.assignedAgentId !== agent.agentId
            ? 'conversation.reassigned'
            : 'conversation.transferred',
          { queue: row.queue, agentId: row.assignedAgentId },
          { queue: toQueue, agentId: input.toAgent?.agentId ?? null },
        );
        const queued = await transitionLocked(tx, events, row, 'transfer', {
          queue: toQueue,
          assignedAgentId: null,
          assignedAt: null,
          queuedAt: clock.now(),
          routingReason: input.note
            ? `Transferred: ${input.note.slice(0, 200)}`
            : `Transferred to ${toQueue}`,
        });
        if (!input.toAgent) return queued;
        const target = input.toAgent;
        if (!isSupervisor(target) && !target.queues.includes(toQueue)) {
          throw new AppError('FORBIDDEN', `That agent does not serve the ${toQueue} queue.`);
        }
        await lockAgent(tx, target.agentId);
        await assertCapacity(tx, target);
        const fresh = await lockConversation(tx, row.id);
        return acceptLocked(tx, events, target, fresh);
      });
    },

    /** A supervisor joins a conversation an agent is handling, visibly ("barge in"). */
    async barge(agent: AgentPrincipal, conversationId: string): Promise<Conversation> {
      if (!isSupervisor(agent)) throw new AppError('FORBIDDEN', 'Only supervisors barge in.');
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, conversationId);
        const status = row.status as Conversation['status'];
        if (status !== 'assigned' && status !== 'on_hold') {
          throw new AppError('INVALID_TRANSITION', 'Only a conversation an agent is handling can be joined.');
        }
        await joinAsAgent(tx, row.id, agent, clock.now());
        await appendEvent(tx, events, row.id, 'agent_joined', agent.displayName);
        await auditAction(tx, agent, row, 'conversation.barged', null, { supervisorId: agent.agentId });
        return toConversation(await lockConversation(tx, row.id));
      });
    },

    /** The customer ends the chat: abandonment while waiting, resolution once an agent had it. */
    async endByCustomer(customer: CustomerPrincipal, conversationId: string): Promise<Conversation> {
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, conversationId);
        if (!canRead(customer, row)) throw new AppError('CONVERSATION_NOT_FOUND');
        const to = requireTransition(row.status as Conversation['status'], 'abandon');
        await appendEvent(tx, events, row.id, to === 'abandoned' ? 'abandoned' : 'resolved');
        return transitionLocked(tx, events, row, 'abandon');
      });
    },
  };
}
