import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey(),
    cardmemberId: text('cardmember_id').notNull(),
    cardAccountId: text('card_account_id').notNull(),
    /** assistant | queued | assigned | on_hold | resolved | abandoned (see conversation-status.ts) */
    status: text('status').notNull(),
    queue: text('queue').notNull(),
    language: text('language').notNull(),
    assignedAgentId: text('assigned_agent_id'),
    cardProductName: text('card_product_name'),
    cardLast4: text('card_last4'),
    /** Queue order: higher first (fraud happening now is the top), then the longest waiting. */
    priority: integer('priority').notNull().default(0),
    /** Why the conversation went to its queue (the intent, "asked for an agent", ...), for agents. */
    routingReason: text('routing_reason'),
    /** The highest message seq handed out; incremented under the row lock. */
    lastSeq: integer('last_seq').notNull().default(0),
    queuedAt: timestamp('queued_at', { withTimezone: true }),
    /** Agents of this queue may also take it once `overflow_at` has passed (the queue's overflow rule at enqueue). */
    overflowQueue: text('overflow_queue'),
    overflowAt: timestamp('overflow_at', { withTimezone: true }),
    /** An escalation to the supervisors' queue waiting for a supervisor to join (null: none). */
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    /** When the current agent took it (speed of answer, handle time). */
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('conversations_cardmember_idx').on(t.cardmemberId, t.createdAt),
    index('conversations_status_idx').on(t.status, t.queue, t.priority, t.queuedAt),
    index('conversations_agent_idx').on(t.assignedAgentId, t.status),
  ],
);

export const conversationParticipants = pgTable(
  'conversation_participants',
  {
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    /** customer | assistant | agent */
    kind: text('kind').notNull(),
    participantId: text('participant_id').notNull(),
    displayName: text('display_name').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.kind, t.participantId] })],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    seq: integer('seq').notNull(),
    clientMessageId: text('client_message_id'),
    authorKind: text('author_kind').notNull(),
    /** Cardmember id, agent id, 'assistant' or 'system'. */
    authorId: text('author_id').notNull(),
    authorName: text('author_name').notNull(),
    /** text | event | quick_replies | handoff_summary | knowledge (see the protocol's MESSAGE_KINDS) */
    kind: text('kind').notNull(),
    /** all | agents: agent-only messages (handoff summaries, notes, whispers) never reach a customer. */
    visibility: text('visibility').notNull().default('all'),
    body: text('body').notNull(),
    /** Structured content of non-text kinds (quick-reply options, the handoff summary, a citation). */
    payload: jsonb('payload').$type<Record<string, unknown>>(),
    /** The quick-reply option the customer chose with this message, if any. */
    quickReply: text('quick_reply'),
    event: text('event'),
    eventData: jsonb('event_data').$type<Record<string, string>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('messages_conversation_seq_uq').on(t.conversationId, t.seq),
    uniqueIndex('messages_idempotency_uq')
      .on(t.conversationId, t.authorKind, t.authorId, t.clientMessageId)
      .where(sql`${t.clientMessageId} is not null`),
  ],
);

export const receipts = pgTable(
  'receipts',
  {
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    /** customer | agent */
    reader: text('reader').notNull(),
    deliveredSeq: integer('delivered_seq').notNull().default(0),
    readSeq: integer('read_seq').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.reader] })],
);

/**
 * A conversation offered to one agent (push routing). Rows are the truth for every node: one live
 * (`offered`) offer per conversation and kind at a time; accepted, declined, expired or withdrawn
 * offers stay as history (a decliner is not offered the same conversation again).
 */
export const conversationOffers = pgTable(
  'conversation_offers',
  {
    id: uuid('id').primaryKey(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    agentId: text('agent_id').notNull(),
    /** assign (a waiting chat) | invite (an escalation: join as a participant) */
    kind: text('kind').notNull(),
    /** offered | accepted | declined | expired | withdrawn */
    state: text('state').notNull(),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Why it was declined (the agent's words, redacted), for supervisors. */
    reason: text('reason'),
  },
  (t) => [
    uniqueIndex('conversation_offers_live_uq')
      .on(t.conversationId, t.kind)
      .where(sql`${t.state} = 'offered'`),
    index('conversation_offers_expiry_idx').on(t.state, t.expiresAt),
    index('conversation_offers_agent_idx').on(t.agentId, t.state),
  ],
);

/** The customer's rating of a resolved chat: at most one per conversation. */
export const conversationRatings = pgTable(
  'conversation_ratings',
  {
    conversationId: uuid('conversation_id')
      .primaryKey()
      .references(() => conversations.id),
    /** The agent who had the chat when it ended (null: the assistant ended it). */
    agentId: text('agent_id'),
    score: integer('score').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('conversation_ratings_created_idx').on(t.createdAt)],
);
