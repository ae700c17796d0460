import { randomUUID } from 'node:crypto';
import type {
  Conversation,
  HandoffSummary,
  HistoryResult,
  Language,
  Message,
  MessageKind,
  MessagePayload,
  Offer,
  QueueItem,
  Rating,
  Receipt,
  SystemEvent,
} from '@clearline/protocol';
import { and, asc, desc, eq, gt, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { Batcher } from '../../platform/batcher.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { DomainEvent, EventBus } from '../../platform/events.ts';
import type { AgentPrincipal, CustomerPrincipal, Principal } from '../../platform/principal.ts';
import { isSupervisor } from '../../platform/principal.ts';
import { checkAgentMessage, redact } from '../security/index.ts';
import { type AccessRow, canAgentRead, canRead, servesWaiting, writeRefusal } from './access.ts';
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
import { forCustomer, toConversation, toMessage, toOffer, toReceipt } from './conversations.mappers.ts';
import {
  conversationOffers,
  conversationParticipants,
  conversationRatings,
  conversations,
  messages,
  receipts,
} from './conversations.tables.ts';

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
  queue_closed: () => 'The team is closed right now.',
  offer_declined: (name) => `${name} declined the chat; offering it to the next agent.`,
  offer_expired: (name) => `${name} did not answer the offer in time; offering it to the next agent.`,
  escalated: () => 'Escalated to a supervisor.',
  rated: () => 'Thank you for rating this chat.',
};

/** The end of a chat an agent had: the customer is invited to rate it (`eventData.ratingInvited`). */
const RESOLVED_TEXT = 'The chat has ended. How did we do? You can rate this chat from 1 to 5.';

/** Points of priority a waiting conversation gains per minute waited (so nobody waits forever). */
export const AGING_POINTS_PER_MINUTE = 1;

/** Where a conversation entering a queue waits (routing decides from hours and overflow rules). */
export interface QueueRoute {
  queue: string;
  closed: { queue: string; displayName: string; opensAt: Date | null; timeZone: string } | null;
  overflowQueue: string | null;
  overflowAt: Date | null;
  note: string | null;
}

/** What the customer reads when their queue is closed (clients may localise from `eventData`). */
function closedText(
  closed: NonNullable<QueueRoute['closed']>,
  language: Language,
  format: (at: Date, timeZone: string, language: Language) => string,
): string {
  const when = closed.opensAt ? format(closed.opensAt, closed.timeZone, language) : null;
  if (language === 'es') {
    return `El equipo de ${closed.displayName} está cerrado ahora${when ? `; abre el ${when}` : ''}. Puede seguir con el asistente o dejar un mensaje aquí: un agente le responderá cuando abra.`;
  }
  return `The ${closed.displayName} team is closed right now${when ? `; it opens ${when}` : ''}. You can keep chatting with the assistant, or leave a message here and an agent will answer when the team opens.`;
}

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
  actor: { kind: 'agent' | 'supervisor' | 'admin' | 'customer' | 'system'; id: string };
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

/** A conversation an agent is handling, as a supervisor's list shows it. */
export interface HandledConversation {
  conversation: Conversation;
  cardmemberName: string;
  agentName: string | null;
  /** When the current agent got it. */
  since: string;
}

/** What the end-of-chat summary is built from. */
export interface EndOfChatFacts {
  conversationId: string;
  cardmemberId: string;
  cardAccountId: string;
  language: Language;
  /** The agent who handled the chat (null when the assistant did it all). */
  agentName: string | null;
  /** Reference numbers given in the chat (message payloads), oldest first. */
  references: Array<{ reference: string; action: string }>;
  endedAt: Date;
}

export interface EndOfChatSummary {
  subject: string;
  body: string;
  references: string[];
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
  /** Routing: where a conversation entering a queue waits (business hours, overflow). */
  routeFor?: (tx: Tx, queue: string, at: Date) => Promise<QueueRoute>;
  /** Routing: agents who may be offered a chat of these queues now, longest idle first. */
  candidates?: (
    tx: Tx,
    input: { queues: readonly string[]; exclude: readonly string[]; at: Date },
  ) => Promise<Array<{ agentId: string; capacity: number }>>;
  /** Routing: queues with an agent online and taking chats now (null: ask about every queue). */
  staffedQueues?: (at: Date) => Promise<string[]>;
  /** Routing: told, in the offer's transaction, that an agent was offered a chat. */
  onOffered?: (tx: Tx, agentId: string, at: Date) => Promise<void>;
  /** How long an agent has to answer an offer (default 30 s). */
  offerTimeoutMs?: number;
  /** An agent's display name (routing events name agents who never joined the conversation). */
  agentName?: (agentId: string) => Promise<string | null>;
  /** The opening time as customers read it ("Monday, March 2, 9:00 AM EST"). */
  formatOpening?: (at: Date, timeZone: string, language: Language) => string;
  /**
   * The end-of-chat summary: `prepare` reads what was done (outside the ending transaction: it reads
   * other domains), `keep` stores it for the customer (secure messages) in the ending transaction.
   */
  endOfChat?: {
    prepare(facts: EndOfChatFacts): Promise<EndOfChatSummary | null>;
    keep(tx: Tx, facts: EndOfChatFacts, summary: EndOfChatSummary): Promise<void>;
  };
}) {
  const { db, bus, clock } = deps;

  /**
   * Reads what the end-of-chat summary needs before the ending transaction starts; a failure here
   * never stops a chat from ending (the summary is left out).
   */
  async function prepareSummary(
    conversationId: string,
    onlyForCardmember?: string,
  ): Promise<{
    facts: EndOfChatFacts;
    summary: EndOfChatSummary;
  } | null> {
    if (!deps.endOfChat) return null;
    try {
      const [row] = await db.select().from(conversations).where(eq(conversations.id, conversationId));
      if (!row || (onlyForCardmember && row.cardmemberId !== onlyForCardmember)) return null;
      const given = await db
        .select({ payload: messages.payload })
        .from(messages)
        .where(eq(messages.conversationId, conversationId))
        .orderBy(asc(messages.seq));
      const references = given.flatMap((m) => {
        const p = m.payload as MessagePayload | null;
        return p?.type === 'reference' ? [{ reference: p.reference, action: p.action }] : [];
      });
      const agentName = row.assignedAgentId ? ((await deps.agentName?.(row.assignedAgentId)) ?? null) : null;
      const facts: EndOfChatFacts = {
        conversationId,
        cardmemberId: row.cardmemberId,
        cardAccountId: row.cardAccountId,
        language: (row.language === 'es' ? 'es' : 'en') as Language,
        agentName,
        references,
        endedAt: clock.now(),
      };
      const summary = await deps.endOfChat.prepare(facts);
      return summary ? { facts, summary } : null;
    } catch {
      return null;
    }
  }

  /** Posts the prepared summary to the customer and keeps it, in the ending transaction. */
  async function postSummary(
    tx: Tx,
    events: DomainEvent[],
    prepared: { facts: EndOfChatFacts; summary: EndOfChatSummary } | null,
  ): Promise<void> {
    if (!prepared || !deps.endOfChat) return;
    await appendMessage(tx, events, prepared.facts.conversationId, SYSTEM_AUTHOR, {
      kind: 'text',
      body: prepared.summary.body,
      payload: {
        type: 'chat_summary',
        subject: prepared.summary.subject,
        references: prepared.summary.references,
      },
    });
    await deps.endOfChat.keep(tx, prepared.facts, prepared.summary);
  }

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
    options: { visibility?: 'all' | 'agents'; eventData?: Record<string, string>; body?: string } = {},
  ): Promise<Message> {
    const eventData = { ...(name ? { agentName: name } : {}), ...options.eventData };
    return appendMessage(tx, events, conversationId, SYSTEM_AUTHOR, {
      kind: 'event',
      body: options.body ?? EVENT_TEXT[event](name),
      event,
      eventData: Object.keys(eventData).length > 0 ? eventData : null,
      visibility: options.visibility ?? 'all',
    });
  }

  /** Ends the live offers of a conversation (of one kind) that nobody answered: someone else took it. */
  async function withdrawOffers(tx: Tx, events: DomainEvent[], conversationId: string, kind: Offer['kind']) {
    const ended = await tx
      .update(conversationOffers)
      .set({ state: 'withdrawn', decidedAt: clock.now() })
      .where(
        and(
          eq(conversationOffers.conversationId, conversationId),
          eq(conversationOffers.kind, kind),
          eq(conversationOffers.state, 'offered'),
        ),
      )
      .returning();
    for (const o of ended) events.push({ type: 'offer.ended', offer: toOffer(o) });
  }

  /**
   * What entering a queue sets: the queue it waits in (its overflow while it is closed), when
   * agents of the overflow queue may take it, and a `queue_closed` event with the opening time when
   * it waits in a closed queue (the customer may stay with the assistant or leave a message).
   */
  async function enterQueue(
    tx: Tx,
    events: DomainEvent[],
    row: typeof conversations.$inferSelect,
    queue: string,
    now: Date,
  ) {
    const route: QueueRoute = (await deps.routeFor?.(tx, queue, now)) ?? {
      queue,
      closed: null,
      overflowQueue: null,
      overflowAt: null,
      note: null,
    };
    if (route.closed) {
      const language = row.language as Language;
      await appendEvent(tx, events, row.id, 'queue_closed', '', {
        eventData: {
          queue: route.closed.queue,
          queueName: route.closed.displayName,
          opensAt: route.closed.opensAt ? route.closed.opensAt.toISOString() : '',
          timeZone: route.closed.timeZone,
        },
        body: closedText(
          route.closed,
          language,
          deps.formatOpening ?? ((at) => at.toISOString().replace('T', ' ').slice(0, 16)),
        ),
      });
    }
    return {
      patch: {
        queue: route.queue,
        overflowQueue: route.overflowQueue,
        overflowAt: route.overflowAt,
        queuedAt: now,
      },
      note: route.note,
    };
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
    // Offers end with the state they were made for: a waiting chat's when it stops waiting (or
    // moves queue), an escalation's when the chat goes back to a queue or ends.
    if (from === 'queued') await withdrawOffers(tx, events, row.id, 'assign');
    const endsEscalation = to === 'queued' || isTerminal(to);
    if (endsEscalation) await withdrawOffers(tx, events, row.id, 'invite');
    const [updated] = await tx
      .update(conversations)
      .set({
        ...patch,
        status: to,
        updatedAt: now,
        ...(isTerminal(to) ? { closedAt: now } : {}),
        ...(endsEscalation ? { escalatedAt: null } : {}),
      })
      .where(eq(conversations.id, row.id))
      .returning();
    const conversation = toConversation(updated!);
    events.push({
      type: 'conversation.updated',
      conversation,
      previousStatus: from,
      ...(to === 'assigned' ? { agentParticipants: await activeAgents(tx, row.id) } : {}),
    });
    return conversation;
  }

  /** Agents taking part in a conversation now (assignee, invited agents, supervisors who joined). */
  async function activeAgents(q: Tx | Db, conversationId: string): Promise<string[]> {
    const rows = await q
      .select({ id: conversationParticipants.participantId })
      .from(conversationParticipants)
      .where(
        and(
          eq(conversationParticipants.conversationId, conversationId),
          eq(conversationParticipants.kind, 'agent'),
          sql`${conversationParticipants.leftAt} is null`,
        ),
      );
    return rows.map((r) => r.id);
  }

  /** Whether an agent may read the conversation: by role, queue or overflow, or as a participant. */
  async function agentMayRead(q: Tx | Db, agent: AgentPrincipal, row: AccessRow & { id?: string }) {
    if (canAgentRead(agent, row, clock.now())) return true;
    return row.id ? (await activeAgents(q, row.id)).includes(agent.agentId) : false;
  }

  async function loadAuthorized(principal: Principal, conversationId: string) {
    const [row] = await db.select().from(conversations).where(eq(conversations.id, conversationId));
    if (!row) throw new AppError('CONVERSATION_NOT_FOUND');
    const allowed =
      principal.kind === 'customer' ? canRead(principal, row) : await agentMayRead(db, principal, row);
    if (!allowed) throw new AppError('CONVERSATION_NOT_FOUND');
    return row;
  }

  /** The order in which waiting conversations are served: priority aged by waiting time, then the oldest. */
  function serviceOrder(now: Date): SQL[] {
    return [
      desc(
        sql`${conversations.priority} + floor(extract(epoch from (${now.toISOString()}::timestamptz - coalesce(${conversations.queuedAt}, ${conversations.createdAt}))) / 60 * ${AGING_POINTS_PER_MINUTE})`,
      ),
      asc(conversations.queuedAt),
    ];
  }

  /** Waiting conversations an agent of these queues may take now (their queue, or an overflow that is due). */
  function waitingFor(queues: readonly string[], now: Date): SQL {
    return and(
      eq(conversations.status, 'queued'),
      or(
        inArray(conversations.queue, [...queues]),
        and(inArray(conversations.overflowQueue, [...queues]), lte(conversations.overflowAt, now)),
      ),
    )!;
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

  function toRating(r: typeof conversationRatings.$inferSelect): Rating {
    return {
      conversationId: r.conversationId as Rating['conversationId'],
      score: r.score,
      comment: r.comment ?? null,
      createdAt: r.createdAt.toISOString(),
    };
  }

  /** The agent's open offer of this conversation (a passed deadline is OFFER_EXPIRED). */
  async function openOffer(tx: Tx, agent: AgentPrincipal, row: typeof conversations.$inferSelect) {
    const conversationId = row.id;
    const [offer] = await tx
      .select()
      .from(conversationOffers)
      .where(
        and(
          eq(conversationOffers.conversationId, conversationId),
          eq(conversationOffers.agentId, agent.agentId),
        ),
      )
      .orderBy(desc(conversationOffers.offeredAt))
      .limit(1)
      .for('update');
    if (offer?.state === 'expired') throw new AppError('OFFER_EXPIRED');
    if (offer?.state !== 'offered') {
      // Nothing to probe: a conversation the agent may not see is simply not found.
      if (!(await agentMayRead(tx, agent, row))) throw new AppError('CONVERSATION_NOT_FOUND');
      throw new AppError('OFFER_NOT_FOUND');
    }
    return offer;
  }

  /** The queues whose agents may take a waiting chat now: its own, and its overflow once due. */
  function skillsOf(
    row: { queue: string; overflowQueue: string | null; overflowAt: Date | null },
    now: Date,
  ): string[] {
    const due = row.overflowQueue && row.overflowAt && row.overflowAt.getTime() <= now.getTime();
    return due ? [row.queue, row.overflowQueue!] : [row.queue];
  }

  const offerKey = (kind: Offer['kind'], queues: readonly string[]) =>
    `${kind}:${[...queues].sort().join(',')}`;

  /** Chats an agent has now plus the offers waiting for their answer. */
  async function committedLoad(tx: Tx, agentId: string): Promise<number> {
    const [r] = await tx
      .execute<{ n: number }>(sql`select
      (select count(*) from ${conversations} c where c.assigned_agent_id = ${agentId}
        and c.status in ('assigned', 'on_hold'))
      + (select count(*) from ${conversationOffers} o where o.agent_id = ${agentId} and o.state = 'offered')
      as n`)
      .then((res) => (res as unknown as { rows: Array<{ n: number }> }).rows);
    return Number(r?.n ?? 0);
  }

  /**
   * Offers one conversation (a waiting chat, or an escalation) to the best agent free for it, in
   * one transaction. 0 when it is being handled elsewhere, already offered, or nobody is free.
   */
  async function offerOne(id: string, kind: Offer['kind'], exhausted: Set<string>): Promise<number> {
    const timeoutMs = deps.offerTimeoutMs ?? 30_000;
    return inTransaction(async (tx, events) => {
      const [row] = await tx
        .select()
        .from(conversations)
        .where(eq(conversations.id, id))
        .for('update', { skipLocked: true });
      if (!row) return 0; // another node is working on it right now
      const now = clock.now();
      if (kind === 'assign' && row.status !== 'queued') return 0;
      if (kind === 'invite' && (!row.escalatedAt || !['assigned', 'on_hold'].includes(row.status))) return 0;
      const [live] = await tx
        .select({ id: conversationOffers.id })
        .from(conversationOffers)
        .where(
          and(
            eq(conversationOffers.conversationId, id),
            eq(conversationOffers.kind, kind),
            eq(conversationOffers.state, 'offered'),
          ),
        );
      if (live) return 0;
      // Skills: the queue, its overflow once due; escalations go to the supervisors' queue.
      const queues = kind === 'invite' ? ['supervisor'] : skillsOf(row, now);
      // Whoever declined or let this conversation's offer expire is not asked again; for an
      // escalation neither is anyone already in the conversation.
      const tried = await tx
        .select({ agentId: conversationOffers.agentId })
        .from(conversationOffers)
        .where(
          and(
            eq(conversationOffers.conversationId, id),
            eq(conversationOffers.kind, kind),
            inArray(conversationOffers.state, ['declined', 'expired']),
          ),
        );
      const exclude = [
        ...tried.map((t) => t.agentId),
        ...(kind === 'invite' ? [...(await activeAgents(tx, id)), row.assignedAgentId ?? ''] : []),
      ].filter(Boolean);
      const key = offerKey(kind, queues);
      if (exclude.length === 0 && exhausted.has(key)) return 0;
      for (const candidate of await deps.candidates!(tx, { queues, exclude, at: now })) {
        // An agent another node is claiming for right now is skipped, never waited for.
        const locked = await tx
          .execute(sql`select pg_try_advisory_xact_lock(hashtext(${`agent:${candidate.agentId}`})) as ok`)
          .then((res) => (res as unknown as { rows: Array<{ ok: boolean }> }).rows[0]?.ok);
        if (!locked) continue;
        if ((await committedLoad(tx, candidate.agentId)) >= candidate.capacity) continue;
        const [offer] = await tx
          .insert(conversationOffers)
          .values({
            id: randomUUID(),
            conversationId: id,
            agentId: candidate.agentId,
            kind,
            state: 'offered',
            offeredAt: now,
            expiresAt: new Date(now.getTime() + timeoutMs),
          })
          .returning();
        await deps.onOffered?.(tx, candidate.agentId, now);
        await deps.audit?.(
          {
            actor: { kind: 'system', id: 'routing' },
            action: 'conversation.offered',
            subject: { type: 'conversation', id },
            cardAccountId: row.cardAccountId,
            conversationId: id,
            after: { offerId: offer!.id, agentId: candidate.agentId, kind, expiresAt: offer!.expiresAt },
          },
          tx,
        );
        const [context] = await tx
          .select({
            name: conversationParticipants.displayName,
            preview: sql<string | null>`(select left(m.body, 140) from ${messages} m
              where m.conversation_id = ${id} and m.author_kind = 'customer' and m.visibility = 'all'
              order by m.seq desc limit 1)`,
          })
          .from(conversationParticipants)
          .where(
            and(
              eq(conversationParticipants.conversationId, id),
              eq(conversationParticipants.kind, 'customer'),
            ),
          );
        events.push({
          type: 'offer.created',
          offer: toOffer(offer!),
          conversation: toConversation(row),
          preview: context?.preview ?? '',
          cardmemberName: context?.name ?? '',
        });
        return 1;
      }
      if (exclude.length === 0) exhausted.add(key);
      return 0;
    });
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
        const entry = await enterQueue(tx, events, locked, DEFAULT_QUEUE, now);
        return transitionLocked(tx, events, locked, 'handoff', {
          ...entry.patch,
          routingReason: entry.note ?? 'No virtual assistant: every chat goes to an agent.',
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
        const entry = await enterQueue(tx, events, row, queue, clock.now());
        const locked = await lockConversation(tx, row.id);
        const queued = await transitionLocked(tx, events, locked, 'handoff', {
          ...entry.patch,
          priority,
          routingReason: entry.note ? `${reason} (${entry.note})` : reason,
        });
        for (const reply of turn.afterHandoff ?? []) await appendReply(tx, events, row.id, author, reply);
        return queued;
      });
    },

    /**
     * A system message posted for an agent (another domain's content, e.g. a case's upload link): only
     * by an agent taking part in the conversation now, as for a reply. `compose` runs in the same
     * transaction under the conversation's lock, so what it writes and the message commit together.
     */
    async postSystemMessage<T>(
      agent: AgentPrincipal,
      conversationId: string,
      compose: (
        tx: Tx,
        conversation: { id: string; cardmemberId: string; language: Language },
      ) => Promise<{ body: string; payload: MessagePayload; result: T }>,
    ): Promise<{ messageId: string; result: T }> {
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, conversationId);
        const agentParticipants = await activeAgents(tx, row.id);
        const access = { ...row, agentParticipants };
        if (!canAgentRead(agent, access, clock.now())) throw new AppError('CONVERSATION_NOT_FOUND');
        const refusal = writeRefusal(agent, access);
        if (refusal) throw refusal;
        const composed = await compose(tx, {
          id: row.id,
          cardmemberId: row.cardmemberId,
          language: (row.language === 'es' ? 'es' : 'en') as Language,
        });
        const message = await appendMessage(tx, events, row.id, SYSTEM_AUTHOR, {
          kind: 'text',
          body: composed.body,
          payload: composed.payload,
        });
        return { messageId: message.id, result: composed.result };
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

    /**
     * Supervisors: every conversation agents are handling now (assigned or on hold), with the
     * customer's and the agent's names, oldest first; up to 500.
     */
    async listHandled(agent: AgentPrincipal): Promise<HandledConversation[]> {
      if (!isSupervisor(agent)) throw new AppError('FORBIDDEN', 'Supervisors only.');
      const rows = await db
        .select({ conversation: conversations, customerName: conversationParticipants.displayName })
        .from(conversations)
        .leftJoin(
          conversationParticipants,
          and(
            eq(conversationParticipants.conversationId, conversations.id),
            eq(conversationParticipants.kind, 'customer'),
          ),
        )
        .where(inArray(conversations.status, ['assigned', 'on_hold']))
        .orderBy(asc(conversations.assignedAt), asc(conversations.id))
        .limit(500);
      const names = new Map<string, string | null>();
      for (const r of rows) {
        const id = r.conversation.assignedAgentId;
        if (id && !names.has(id)) names.set(id, (await deps.agentName?.(id)) ?? null);
      }
      return rows.map((r) => ({
        conversation: toConversation(r.conversation),
        cardmemberName: r.customerName ?? '',
        agentName: r.conversation.assignedAgentId
          ? (names.get(r.conversation.assignedAgentId) ?? null)
          : null,
        since: (r.conversation.assignedAt ?? r.conversation.updatedAt).toISOString(),
      }));
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
        .where(waitingFor(queues, clock.now()))
        .orderBy(...serviceOrder(clock.now()))
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
        const now = clock.now();
        const servesQueue = isSupervisor(agent) || servesWaiting(agent, row, now);
        if (
          servesQueue &&
          row.assignedAgentId &&
          row.assignedAgentId !== agent.agentId &&
          !isTerminal(row.status as Conversation['status'])
        ) {
          throw new AppError('ALREADY_ASSIGNED');
        }
        if (!canAgentRead(agent, row, now)) throw new AppError('CONVERSATION_NOT_FOUND');
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
        const now = clock.now();
        const [row] = await tx
          .select()
          .from(conversations)
          .where(waitingFor(agent.queues, now))
          .orderBy(...serviceOrder(now))
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
          overflowAt: conversations.overflowAt,
        })
        .from(conversations)
        .where(and(eq(conversations.status, 'queued'), eq(conversations.queue, queue)))
        .orderBy(...serviceOrder(clock.now()))
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
        waiting: waitingRows.map((r) => ({
          conversationId: r.id,
          language: r.language as Language,
          queuedAt: r.queuedAt,
          overflowAt: r.overflowAt,
        })),
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
      // Customer satisfaction: ratings given since `since`, per day (America/New_York), per agent.
      const avg = sql<number>`avg(${conversationRatings.score})::float`;
      const n = sql<number>`count(*)::int`;
      const day = sql<string>`to_char(${conversationRatings.createdAt} at time zone 'America/New_York', 'YYYY-MM-DD')`;
      const ratedSince = gt(conversationRatings.createdAt, since);
      const [ratedAll] = await db.select({ avg, n }).from(conversationRatings).where(ratedSince);
      const ratedDays = await db
        .select({ day, avg, n })
        .from(conversationRatings)
        .where(ratedSince)
        .groupBy(day)
        .orderBy(day);
      const ratedAgents = await db
        .select({ agentId: conversationRatings.agentId, avg, n })
        .from(conversationRatings)
        .where(ratedSince)
        .groupBy(conversationRatings.agentId);
      const ratedAssistant = await db
        .select({ avg, n })
        .from(conversationRatings)
        .where(and(ratedSince, sql`${conversationRatings.agentId} is null`));
      const average = (x: number | null | undefined) =>
        x == null ? null : Math.round(Number(x) * 100) / 100;
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
        agents: [
          ...new Set([
            ...perAgent.flatMap((r) => (r.agentId ? [r.agentId] : [])),
            ...ratedAgents.flatMap((r) => (r.agentId ? [r.agentId] : [])),
          ]),
        ]
          .sort()
          .map((agentId) => {
            const r = perAgent.find((x) => x.agentId === agentId);
            const sat = ratedAgents.find((x) => x.agentId === agentId);
            return {
              agentId,
              chats: Number(r?.chats ?? 0),
              averageHandleSeconds: r?.aht != null ? Math.round(Number(r.aht)) : null,
              satisfaction: sat ? average(sat.avg) : null,
              ratings: Number(sat?.n ?? 0),
            };
          }),
        satisfaction: {
          average: average(ratedAll?.avg),
          count: Number(ratedAll?.n ?? 0),
          days: ratedDays.map((d) => ({ date: d.day, average: average(d.avg), count: Number(d.n) })),
        },
        assistant: {
          conversations: Number(started?.total ?? 0),
          handoffRate: rate(Number(started?.handedOff ?? 0), Number(started?.total ?? 0)),
          containmentRate: rate(Number(started?.contained ?? 0), Number(started?.ended ?? 0)),
          /** Average rating of chats the assistant ended without an agent (null: none rated). */
          satisfaction: average(ratedAssistant[0]?.avg),
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

    /* ---------- push offers ---------- */

    /**
     * Offers waiting conversations (highest aged priority first) and pending escalations to the
     * longest-idle online agent who serves the queue (or its due overflow), has room (chats plus open
     * offers below capacity) and has not declined or let the same conversation's offer expire. Safe
     * on every node at once: conversation rows are taken with SKIP LOCKED, an agent being claimed
     * elsewhere is skipped (try-lock), and one open offer per conversation is a unique index.
     * Returns how many offers were made.
     */
    async offerWaiting(): Promise<number> {
      if (!deps.candidates) return 0;
      const now = clock.now();
      // Only chats someone online could take: waiting in a staffed queue, or overflowing into one.
      const staffed = deps.staffedQueues ? await deps.staffedQueues(now) : null;
      if (staffed && staffed.length === 0) return 0;
      const takeable = staffed
        ? or(
            inArray(conversations.queue, staffed),
            and(inArray(conversations.overflowQueue, staffed), lte(conversations.overflowAt, now)),
          )
        : undefined;
      const live = (kind: Offer['kind']) =>
        sql`not exists (select 1 from ${conversationOffers} o where o.conversation_id = ${conversations.id}
          and o.kind = ${kind} and o.state = 'offered')`;
      const waiting = await db
        .select({
          id: conversations.id,
          queue: conversations.queue,
          overflowQueue: conversations.overflowQueue,
          overflowAt: conversations.overflowAt,
        })
        .from(conversations)
        .where(and(eq(conversations.status, 'queued'), live('assign'), takeable))
        .orderBy(...serviceOrder(now))
        .limit(100);
      const escalations = await db
        .select({ id: conversations.id })
        .from(conversations)
        .where(
          and(
            sql`${conversations.escalatedAt} is not null`,
            inArray(conversations.status, ['assigned', 'on_hold']),
            live('invite'),
            staffed && !staffed.includes('supervisor') ? sql`false` : undefined,
          ),
        )
        .orderBy(asc(conversations.escalatedAt))
        .limit(50);
      let made = 0;
      // Queues found without anyone free in this pass are not asked again for the next ones.
      const exhausted = new Set<string>();
      for (const w of waiting) {
        // Nobody could take one of these a moment ago: skip the rest without a transaction.
        if (exhausted.has(offerKey('assign', skillsOf(w, now)))) continue;
        made += await offerOne(w.id, 'assign', exhausted);
      }
      for (const { id } of escalations) made += await offerOne(id, 'invite', exhausted);
      return made;
    },

    /**
     * Expires the offers whose deadline passed (audited, an agent-only `offer_expired` event in the
     * timeline, `conversation.offer_ended` to the agent); the conversation is then offered to the next
     * agent by `offerWaiting`. Safe on several nodes at once: each offer is re-checked under its
     * conversation's lock, so it is expired exactly once. Returns how many expired.
     */
    async sweepOffers(at: Date = clock.now()): Promise<number> {
      const due = await db
        .select({
          id: conversationOffers.id,
          conversationId: conversationOffers.conversationId,
          agentId: conversationOffers.agentId,
        })
        .from(conversationOffers)
        .where(and(eq(conversationOffers.state, 'offered'), lte(conversationOffers.expiresAt, at)))
        .orderBy(asc(conversationOffers.expiresAt))
        .limit(200);
      let expired = 0;
      for (const d of due) {
        // Read before the transaction (an embedded database serves one connection at a time).
        const name = (await deps.agentName?.(d.agentId)) ?? d.agentId;
        await inTransaction(async (tx, events) => {
          // The conversation first, as every other path does: no deadlock with an accept or decline.
          const row = await lockConversation(tx, d.conversationId);
          const [offer] = await tx
            .select()
            .from(conversationOffers)
            .where(
              and(
                eq(conversationOffers.id, d.id),
                eq(conversationOffers.state, 'offered'),
                lte(conversationOffers.expiresAt, at),
              ),
            )
            .for('update', { skipLocked: true });
          if (!offer) return; // another node expired (or the agent answered) it first
          const [ended] = await tx
            .update(conversationOffers)
            .set({ state: 'expired', decidedAt: clock.now() })
            .where(eq(conversationOffers.id, offer.id))
            .returning();
          await appendEvent(tx, events, row.id, 'offer_expired', name, { visibility: 'agents' });
          await deps.audit?.(
            {
              actor: { kind: 'system', id: 'routing' },
              action: 'conversation.offer_expired',
              subject: { type: 'conversation', id: row.id },
              cardAccountId: row.cardAccountId,
              conversationId: row.id,
              before: { offerId: offer.id, agentId: offer.agentId, state: 'offered' },
              after: { state: 'expired' },
            },
            tx,
          );
          events.push({ type: 'offer.ended', offer: toOffer(ended!) });
          expired++;
        });
      }
      return expired;
    },

    /** The offered agent takes the conversation: the same atomic claim as `accept` (capacity, one owner). */
    async acceptOffer(agent: AgentPrincipal, conversationId: string): Promise<Conversation> {
      return inTransaction(async (tx, events) => {
        await lockAgent(tx, agent.agentId);
        const row = await lockConversation(tx, conversationId);
        const offer = await openOffer(tx, agent, row);
        const now = clock.now();
        if (offer.expiresAt.getTime() <= now.getTime()) throw new AppError('OFFER_EXPIRED');
        const [accepted] = await tx
          .update(conversationOffers)
          .set({ state: 'accepted', decidedAt: now })
          .where(eq(conversationOffers.id, offer.id))
          .returning();
        events.push({ type: 'offer.ended', offer: toOffer(accepted!) });
        await auditAction(tx, agent, row, 'conversation.offer_accepted', { offerId: offer.id }, null);
        if (offer.kind === 'invite') {
          // An escalation: the supervisor joins the conversation next to the agent handling it.
          if (row.status !== 'assigned' && row.status !== 'on_hold')
            throw new AppError('INVALID_TRANSITION', 'This conversation is no longer being handled.');
          await joinAsAgent(tx, row.id, agent, now);
          await tx.update(conversations).set({ escalatedAt: null }).where(eq(conversations.id, row.id));
          await appendEvent(tx, events, row.id, 'agent_joined', agent.displayName);
          await auditAction(tx, agent, row, 'conversation.joined', null, { agentId: agent.agentId });
          return toConversation(await lockConversation(tx, row.id));
        }
        if (row.status !== 'queued')
          throw new AppError('INVALID_TRANSITION', 'This conversation is not waiting.');
        await assertCapacity(tx, agent);
        return acceptLocked(tx, events, agent, row);
      });
    },

    /**
     * The offered agent declines (optionally saying why, redacted): audited, an agent-only
     * `offer_declined` event; the conversation goes to the next agent and never back to this one.
     */
    async declineOffer(agent: AgentPrincipal, conversationId: string, reason?: string): Promise<Offer> {
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, conversationId);
        const offer = await openOffer(tx, agent, row);
        const why = reason?.trim() ? redact(reason.trim()).redacted.slice(0, 200) : null;
        const [declined] = await tx
          .update(conversationOffers)
          .set({ state: 'declined', decidedAt: clock.now(), reason: why })
          .where(eq(conversationOffers.id, offer.id))
          .returning();
        await appendEvent(tx, events, row.id, 'offer_declined', agent.displayName, {
          visibility: 'agents',
          ...(why ? { eventData: { reason: why } } : {}),
        });
        await auditAction(
          tx,
          agent,
          row,
          'conversation.offer_declined',
          { offerId: offer.id, state: 'offered' },
          { state: 'declined', reason: why },
        );
        const ended = toOffer(declined!);
        events.push({ type: 'offer.ended', offer: ended });
        return ended;
      });
    },

    /** Open offers made to an agent (e.g. after a reconnect, to show them again). */
    async offersFor(agentId: string): Promise<Offer[]> {
      const rows = await db
        .select()
        .from(conversationOffers)
        .where(and(eq(conversationOffers.agentId, agentId), eq(conversationOffers.state, 'offered')))
        .orderBy(asc(conversationOffers.offeredAt));
      return rows.map(toOffer);
    },

    /** The same, as the `conversation.offered` payloads, for an agent whose socket (re)connects. */
    async pendingOffers(
      agentId: string,
    ): Promise<Array<{ offer: Offer; conversation: Conversation; preview: string; cardmemberName: string }>> {
      const rows = await db
        .select({
          offer: conversationOffers,
          conversation: conversations,
          customerName: conversationParticipants.displayName,
          preview: sql<string | null>`(select left(m.body, 140) from ${messages} m
            where m.conversation_id = ${conversations.id} and m.author_kind = 'customer'
            and m.visibility = 'all'
            order by m.seq desc limit 1)`,
        })
        .from(conversationOffers)
        .innerJoin(conversations, eq(conversations.id, conversationOffers.conversationId))
        .leftJoin(
          conversationParticipants,
          and(
            eq(conversationParticipants.conversationId, conversations.id),
            eq(conversationParticipants.kind, 'customer'),
          ),
        )
        .where(
          and(
            eq(conversationOffers.agentId, agentId),
            eq(conversationOffers.state, 'offered'),
            gt(conversationOffers.expiresAt, clock.now()),
          ),
        )
        .orderBy(asc(conversationOffers.offeredAt));
      return rows.map((r) => ({
        offer: toOffer(r.offer),
        conversation: toConversation(r.conversation),
        preview: r.preview ?? '',
        cardmemberName: r.customerName ?? '',
      }));
    },

    /* ---------- conference, escalation, silent monitoring ---------- */

    /**
     * Adds another agent (by id: at once, `agent_joined` for everyone) or asks for a supervisor
     * (`queue: 'supervisor'`: an escalation offered to the longest-idle supervisor; an agent-only
     * `escalated` event). Invited agents read the whole history, agent-only messages included, and
     * may write; the customer sees them join. The assignee, a participant or a supervisor may invite.
     */
    async invite(
      agent: AgentPrincipal,
      input: { conversationId: string; target: AgentPrincipal | null; queue?: 'supervisor' | undefined },
    ): Promise<Conversation> {
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, input.conversationId);
        if (!(await agentMayRead(tx, agent, row))) throw new AppError('CONVERSATION_NOT_FOUND');
        const present = await activeAgents(tx, row.id);
        const takesPart = row.assignedAgentId === agent.agentId || present.includes(agent.agentId);
        if (!takesPart && !isSupervisor(agent)) throw new AppError('FORBIDDEN');
        const status = row.status as Conversation['status'];
        if (isTerminal(status)) throw new AppError('CONVERSATION_CLOSED');
        if (status !== 'assigned' && status !== 'on_hold')
          throw new AppError('INVALID_TRANSITION', 'Only a conversation an agent is handling takes guests.');
        if (input.target) {
          const target = input.target;
          if (target.agentId === row.assignedAgentId || present.includes(target.agentId))
            return toConversation(row); // already taking part: nothing to do
          await joinAsAgent(tx, row.id, target, clock.now());
          await appendEvent(tx, events, row.id, 'agent_joined', target.displayName);
          await auditAction(tx, agent, row, 'conversation.invited', null, { agentId: target.agentId });
          const conversation = toConversation(await lockConversation(tx, row.id));
          events.push({
            type: 'participant.invited',
            conversation,
            agentId: target.agentId,
            invitedBy: { agentId: agent.agentId, displayName: agent.displayName },
          });
          return conversation;
        }
        if (row.escalatedAt) return toConversation(row); // already waiting for a supervisor
        await tx
          .update(conversations)
          .set({ escalatedAt: clock.now(), updatedAt: clock.now() })
          .where(eq(conversations.id, row.id));
        await appendEvent(tx, events, row.id, 'escalated', agent.displayName, { visibility: 'agents' });
        await auditAction(tx, agent, row, 'conversation.escalated', null, { queue: 'supervisor' });
        const conversation = toConversation(await lockConversation(tx, row.id));
        events.push({ type: 'conversation.updated', conversation, previousStatus: status });
        return conversation;
      });
    },

    /** An invited agent (or a supervisor who joined) leaves; the assignee transfers or resolves instead. */
    async leave(agent: AgentPrincipal, conversationId: string): Promise<Conversation> {
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, conversationId);
        if (!(await agentMayRead(tx, agent, row))) throw new AppError('CONVERSATION_NOT_FOUND');
        if (row.assignedAgentId === agent.agentId)
          throw new AppError(
            'INVALID_TRANSITION',
            'You are handling this chat: transfer or resolve it instead.',
          );
        if (!(await activeAgents(tx, row.id)).includes(agent.agentId))
          throw new AppError('FORBIDDEN', 'You are not taking part in this conversation.');
        await tx
          .update(conversationParticipants)
          .set({ leftAt: clock.now() })
          .where(
            and(
              eq(conversationParticipants.conversationId, row.id),
              eq(conversationParticipants.kind, 'agent'),
              eq(conversationParticipants.participantId, agent.agentId),
            ),
          );
        await appendEvent(tx, events, row.id, 'agent_left', agent.displayName);
        await auditAction(tx, agent, row, 'conversation.left', { agentId: agent.agentId }, null);
        return toConversation(await lockConversation(tx, row.id));
      });
    },

    /**
     * A supervisor starts monitoring silently: audited, nothing in the timeline, the customer is not
     * told. (The caller then delivers the live conversation, agent-only messages included.)
     */
    async monitor(agent: AgentPrincipal, conversationId: string): Promise<Conversation> {
      if (!isSupervisor(agent)) throw new AppError('FORBIDDEN', 'Only supervisors monitor.');
      const row = await loadAuthorized(agent, conversationId);
      await db.transaction((tx) =>
        auditAction(tx, agent, row, 'conversation.monitored', null, { supervisorId: agent.agentId }),
      );
      return toConversation(row);
    },

    /** Agents taking part in a conversation now (its room keeps them when someone takes it). */
    participants: (conversationId: string) => activeAgents(db, conversationId),

    /* ---------- satisfaction ---------- */

    /**
     * The customer rates a resolved chat, once (1–5, an optional comment, redacted). Sending the same
     * rating again returns the stored one; a different one is ALREADY_RATED. Audited; a `rated` event.
     */
    async rate(
      customer: CustomerPrincipal,
      input: { conversationId: string; score: number; comment?: string | undefined },
    ): Promise<Rating> {
      const comment = input.comment?.trim() ? redact(input.comment.trim()).redacted : null;
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, input.conversationId);
        if (!canRead(customer, row)) throw new AppError('CONVERSATION_NOT_FOUND');
        const [existing] = await tx
          .select()
          .from(conversationRatings)
          .where(eq(conversationRatings.conversationId, row.id));
        if (existing) {
          if (existing.score === input.score && (existing.comment ?? null) === comment)
            return toRating(existing);
          throw new AppError('ALREADY_RATED');
        }
        if (row.status !== 'resolved')
          throw new AppError('INVALID_TRANSITION', 'A chat can be rated once it has been resolved.');
        const [stored] = await tx
          .insert(conversationRatings)
          .values({
            conversationId: row.id,
            agentId: row.assignedAgentId,
            score: input.score,
            comment,
            createdAt: clock.now(),
          })
          .returning();
        await appendEvent(tx, events, row.id, 'rated', '', { eventData: { score: String(input.score) } });
        await deps.audit?.(
          {
            actor: { kind: 'customer', id: customer.cardmemberId },
            action: 'conversation.rated',
            subject: { type: 'conversation', id: row.id },
            cardAccountId: row.cardAccountId,
            conversationId: row.id,
            after: { score: input.score, comment: comment !== null, agentId: row.assignedAgentId },
          },
          tx,
        );
        return toRating(stored!);
      });
    },

    /** The agent handling a conversation (or a supervisor) ends it as resolved. */
    async resolve(agent: AgentPrincipal, conversationId: string, wrapUp?: string): Promise<Conversation> {
      const prepared = await prepareSummary(conversationId);
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, conversationId);
        if (!canAgentRead(agent, row)) throw new AppError('CONVERSATION_NOT_FOUND');
        if (row.assignedAgentId !== agent.agentId && !isSupervisor(agent)) throw new AppError('FORBIDDEN');
        requireTransition(row.status as Conversation['status'], 'resolve');
        await postSummary(tx, events, prepared);
        await appendMessage(tx, events, row.id, SYSTEM_AUTHOR, {
          kind: 'event',
          body: RESOLVED_TEXT,
          event: 'resolved',
          eventData: { ratingInvited: 'true', ...(wrapUp ? { wrapUp } : {}) },
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
        if (!(await agentMayRead(tx, agent, row))) throw new AppError('CONVERSATION_NOT_FOUND');
        const takesPart =
          row.assignedAgentId === agent.agentId || (await activeAgents(tx, row.id)).includes(agent.agentId);
        if (!takesPart && !isSupervisor(agent)) throw new AppError('FORBIDDEN');
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
        // To a queue: its hours and overflow apply; straight to an agent: they take it now.
        const entry = input.toAgent
          ? {
              patch: { queue: toQueue, overflowQueue: null, overflowAt: null, queuedAt: clock.now() },
              note: null,
            }
          : await enterQueue(tx, events, row, toQueue, clock.now());
        const reason = input.note ? `Transferred: ${input.note.slice(0, 200)}` : `Transferred to ${toQueue}`;
        const queued = await transitionLocked(tx, events, row, 'transfer', {
          ...entry.patch,
          assignedAgentId: null,
          assignedAt: null,
          routingReason: entry.note ? `${reason} (${entry.note})` : reason,
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
      const prepared = await prepareSummary(conversationId, customer.cardmemberId);
      return inTransaction(async (tx, events) => {
        const row = await lockConversation(tx, conversationId);
        if (!canRead(customer, row)) throw new AppError('CONVERSATION_NOT_FOUND');
        const to = requireTransition(row.status as Conversation['status'], 'abandon');
        await postSummary(tx, events, prepared);
        if (to === 'abandoned') await appendEvent(tx, events, row.id, 'abandoned');
        else
          await appendEvent(tx, events, row.id, 'resolved', '', {
            body: RESOLVED_TEXT,
            eventData: { ratingInvited: 'true' },
          });
        return transitionLocked(tx, events, row, 'abandon');
      });
    },
  };
}
