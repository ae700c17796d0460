import { randomUUID } from 'node:crypto';
import type {
  Conversation,
  HistoryResult,
  Language,
  Message,
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

import { toConversation, toMessage, toReceipt } from './conversations.mappers.ts';
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
}

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
      kind: 'text' | 'event';
      body: string;
      event?: SystemEvent | null;
      eventData?: Record<string, string> | null;
      clientMessageId?: string | null;
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
        body: input.body,
        event: input.event ?? null,
        eventData: input.eventData ?? null,
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

  return {
    /** Opens a conversation on one card account of the customer's session. */
    async start(customer: CustomerPrincipal, input: { cardAccountId: string; language: Language }) {
      if (!customer.cardAccountIds.includes(input.cardAccountId)) {
        throw new AppError('CARD_ACCOUNT_NOT_ALLOWED');
      }
      const card = (await deps.describeCardAccount?.(customer.cardmemberId, input.cardAccountId)) ?? null;
      return inTransaction(async (tx, events) => {
        const now = clock.now();
        const id = randomUUID();
        // Until the assistant lands, a new conversation is handed straight to the general queue.
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
        await appendEvent(tx, events, id, 'queued');
        const locked = await lockConversation(tx, row!.id);
        return transitionLocked(tx, events, locked, 'handoff', { queuedAt: now });
      });
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
      return { messages: rows.slice(0, limit).map(toMessage), hasMore: rows.length > limit };
    },

    async transcript(principal: Principal, conversationId: string) {
      const row = await loadAuthorized(principal, conversationId);
      const rows = await db
        .select()
        .from(messages)
        .where(eq(messages.conversationId, conversationId))
        .orderBy(asc(messages.seq));
      return { conversation: toConversation(row), messages: rows.map(toMessage) };
    },

    /**
     * Stores a message exactly once. A retry with the same client message id is answered with the
     * message stored the first time, whatever has happened to the conversation since. Concurrent
     * sends on this node are written together (group commit, see message-writer.ts).
     */
    async send(principal: Principal, input: SendInput): Promise<SendResult> {
      const author = authorOf(principal) as SendItem['author'];
      let body = input.body;
      if (principal.kind === 'customer') {
        // PCI DSS 3.3.1 / 3.5.1: only the redacted text is stored, broadcast, counted or classified.
        body = redact(body).redacted;
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
        .orderBy(asc(conversations.queuedAt))
        .limit(200);
      return rows.map((r) => ({
        conversation: toConversation(r.conversation),
        waitingSince: (r.conversation.queuedAt ?? r.conversation.createdAt).toISOString(),
        preview: r.preview ?? '',
        cardmemberName: r.customerName ?? '',
      }));
    },

    /** An agent takes a waiting conversation. The row lock makes the claim atomic across nodes. */
    async accept(agent: AgentPrincipal, conversationId: string): Promise<Conversation> {
      return inTransaction(async (tx, events) => {
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
        await tx
          .insert(conversationParticipants)
          .values({
            conversationId: row.id,
            kind: 'agent',
            participantId: agent.agentId,
            displayName: agent.displayName,
            joinedAt: clock.now(),
          })
          .onConflictDoUpdate({
            target: [
              conversationParticipants.conversationId,
              conversationParticipants.kind,
              conversationParticipants.participantId,
            ],
            set: { leftAt: null },
          });
        await appendEvent(tx, events, row.id, 'agent_joined', agent.displayName);
        return transitionLocked(tx, events, row, 'accept', { assignedAgentId: agent.agentId });
      });
    },

    /** The agent handling a conversation (or a supervisor) ends it as resolved. */
    async resolve(agent: AgentPrincipal, conversationId: string): Promise<Conversation> {
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, conversationId);
        if (!canAgentRead(agent, row)) throw new AppError('CONVERSATION_NOT_FOUND');
        if (row.assignedAgentId !== agent.agentId && !isSupervisor(agent)) throw new AppError('FORBIDDEN');
        requireTransition(row.status as Conversation['status'], 'resolve');
        await appendEvent(tx, events, row.id, 'resolved');
        return transitionLocked(tx, events, row, 'resolve');
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
