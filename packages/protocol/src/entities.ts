import { z } from 'zod';
import {
  ZAgentId,
  ZCardAccountId,
  ZCardmemberId,
  ZClientMessageId,
  ZConversationId,
  ZMessageId,
} from './ids.ts';

export const CONVERSATION_STATUSES = [
  'assistant',
  'queued',
  'assigned',
  'on_hold',
  'resolved',
  'abandoned',
] as const;
export const ZConversationStatus = z.enum(CONVERSATION_STATUSES);
export type ConversationStatus = z.infer<typeof ZConversationStatus>;

export const ZLanguage = z.enum(['en', 'es']);
export type Language = z.infer<typeof ZLanguage>;

export const ZIsoDate = z.string();

export const ZConversation = z.object({
  id: ZConversationId,
  cardmemberId: ZCardmemberId,
  cardAccountId: ZCardAccountId,
  status: ZConversationStatus,
  queue: z.string(),
  language: ZLanguage,
  assignedAgentId: ZAgentId.nullable(),
  /** Queue order: higher first (fraud happening now is the top), then the longest waiting. */
  priority: z.number().int(),
  /** Why the conversation is in its queue (set at handoff), for agents. */
  routingReason: z.string().nullable(),
  /** The card the chat is about, as the agent should see it (never more than the last four). */
  card: z.object({ productName: z.string(), last4: z.string().regex(/^\d{4}$/) }).nullable(),
  lastSeq: z.number().int().nonnegative(),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
  closedAt: ZIsoDate.nullable(),
});
export type Conversation = z.infer<typeof ZConversation>;

export const PARTICIPANT_KINDS = ['customer', 'assistant', 'agent', 'system'] as const;
export const ZParticipantKind = z.enum(PARTICIPANT_KINDS);
export type ParticipantKind = z.infer<typeof ZParticipantKind>;

/** System events recorded in the transcript (as messages of kind `event`). */
export const SYSTEM_EVENTS = [
  'conversation_started',
  'queued',
  'handed_off',
  'agent_joined',
  'agent_left',
  'transferred',
  'on_hold',
  'resumed',
  'resolved',
  'abandoned',
  /** The queue is outside its business hours: `eventData { queue, opensAt }` (ISO time, null when unknown). */
  'queue_closed',
  /** Agents only: an offered agent declined (`eventData { agentName }`). */
  'offer_declined',
  /** Agents only: an offer ran out without an answer (`eventData { agentName }`). */
  'offer_expired',
  /** Agents only: the chat was escalated to the supervisors' queue. */
  'escalated',
  /** The customer rated the chat (`eventData { score }`). */
  'rated',
] as const;
export const ZSystemEvent = z.enum(SYSTEM_EVENTS);
export type SystemEvent = z.infer<typeof ZSystemEvent>;

/** What a message is. `withheld` stands in, for customers, for an agent-only message (its seq only). */
export const MESSAGE_KINDS = [
  'text',
  'event',
  'quick_replies',
  'handoff_summary',
  'note',
  'whisper',
  'withheld',
] as const;
export const ZMessageKind = z.enum(MESSAGE_KINDS);
export type MessageKind = z.infer<typeof ZMessageKind>;

/** A button under an assistant message: the customer's answer is sent as a message with `quickReply: value`. */
export const ZQuickReplyOption = z.object({
  value: z.string().min(1).max(64),
  label: z.string().min(1).max(80),
});
export type QuickReplyOption = z.infer<typeof ZQuickReplyOption>;

/** What the assistant hands an agent so that nobody asks the customer twice. */
export const ZHandoffSummary = z.object({
  /** The intent the customer came for (catalogue name) and its label in English for agents. */
  intent: z.string(),
  intentLabel: z.string(),
  queue: z.string(),
  priority: z.number().int(),
  /** Why this queue: the intent, the customer's language, an explicit request for a person, ... */
  reason: z.string(),
  language: ZLanguage,
  /** Facts the customer already gave (amounts, dates, merchants, the card's last four, choices). */
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
  /** What the assistant already did or told the customer. */
  steps: z.array(z.string()),
  /** How the customer is verified: the signed-in session, plus any step-up passed. */
  verification: z.string(),
  /** The customer's own (redacted) words, oldest first. */
  customerWords: z.array(z.string()),
  /** Rights-bearing requests recorded with their receipt time (disputes, fraud, complaints). */
  recorded: z.array(z.object({ kind: z.string(), receivedAt: ZIsoDate })),
  /** A short note by the optional language model, when one is configured. */
  note: z.string().optional(),
});
export type HandoffSummary = z.infer<typeof ZHandoffSummary>;

/** Structured content of a message, by kind. */
export const ZMessagePayload = z.discriminatedUnion('type', [
  z.object({ type: z.literal('quick_replies'), options: z.array(ZQuickReplyOption).min(1).max(8) }),
  z.object({ type: z.literal('handoff_summary'), summary: ZHandoffSummary }),
  /** A knowledge-base answer cites its article. */
  z.object({ type: z.literal('citation'), articleId: z.string(), title: z.string() }),
  /** A change made for the customer, with its reference number. */
  z.object({ type: z.literal('reference'), reference: z.string(), action: z.string() }),
  /** The end-of-chat summary (also kept in secure messages): the reference and case numbers it names. */
  z.object({ type: z.literal('chat_summary'), subject: z.string(), references: z.array(z.string()) }),
  /** A secure upload link for a case's documents (`url` relative to the issuer site: `/upload?token=…`). */
  z.object({
    type: z.literal('upload_link'),
    caseReference: z.string(),
    url: z.string(),
    expiresAt: ZIsoDate,
    maxFiles: z.number().int().positive(),
  }),
]);
export type MessagePayload = z.infer<typeof ZMessagePayload>;

export const ZMessage = z.object({
  id: ZMessageId,
  conversationId: ZConversationId,
  /** Server-assigned, gap-free, per conversation, starting at 1. */
  seq: z.number().int().positive(),
  clientMessageId: ZClientMessageId.nullable(),
  author: z.object({
    kind: ZParticipantKind,
    id: z.string().nullable(),
    displayName: z.string(),
  }),
  kind: ZMessageKind,
  /** `agents`: handoff summaries, internal notes and whispers; a customer only ever gets a `withheld` stub. */
  visibility: z.enum(['all', 'agents']),
  body: z.string(),
  event: ZSystemEvent.nullable(),
  /** Structured details of a system event, for clients to localise (e.g. `{ agentName }`). */
  eventData: z.record(z.string(), z.string()).nullable(),
  payload: ZMessagePayload.nullable(),
  /** The quick-reply option the customer chose with this message. */
  quickReply: z.string().nullable(),
  createdAt: ZIsoDate,
});
export type Message = z.infer<typeof ZMessage>;

export const ZReceipt = z.object({
  conversationId: ZConversationId,
  /** Whose cursor this is: the customer, or the agent side (any agent in the conversation). */
  reader: z.enum(['customer', 'agent']),
  deliveredSeq: z.number().int().nonnegative(),
  readSeq: z.number().int().nonnegative(),
});
export type Receipt = z.infer<typeof ZReceipt>;

export const ZQueueItem = z.object({
  conversation: ZConversation,
  waitingSince: ZIsoDate,
  /** First characters of the customer's latest message, for triage. */
  preview: z.string(),
  cardmemberName: z.string(),
});
export type QueueItem = z.infer<typeof ZQueueItem>;

/** Supervisors: a conversation an agent is handling now (`GET /api/v1/supervisor/conversations`). */
export const ZHandledConversation = z.object({
  conversation: ZConversation,
  cardmemberName: z.string(),
  agentName: z.string().nullable(),
  /** When the current agent got it. */
  since: ZIsoDate,
});
export type HandledConversation = z.infer<typeof ZHandledConversation>;

export const ZCardAccountSummary = z.object({
  id: ZCardAccountId,
  productName: z.string(),
  last4: z.string().regex(/^\d{4}$/),
  network: z.enum(['amex', 'visa', 'mastercard', 'discover']),
  status: z.string(),
});
export type CardAccountSummary = z.infer<typeof ZCardAccountSummary>;

export const ZCardmemberSummary = z.object({
  id: ZCardmemberId,
  displayName: z.string(),
  preferredLanguage: ZLanguage,
});

export const AGENT_ROLES = ['agent', 'supervisor', 'admin'] as const;
export const ZAgentRole = z.enum(AGENT_ROLES);
export type AgentRole = z.infer<typeof ZAgentRole>;

export const ZAgentProfile = z.object({
  id: ZAgentId,
  email: z.string(),
  displayName: z.string(),
  role: ZAgentRole,
  queues: z.array(z.string()),
  languages: z.array(ZLanguage),
});
export type AgentProfile = z.infer<typeof ZAgentProfile>;

/* ---------- live-agent routing: offers, queue configuration, ratings ---------- */

export const OFFER_STATES = ['offered', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export const ZOfferState = z.enum(OFFER_STATES);
export type OfferState = z.infer<typeof ZOfferState>;

/**
 * A conversation offered to one agent until `expiresAt`. `kind`: `assign` (a waiting chat: accepting
 * makes the agent its assignee) or `invite` (an escalation: accepting joins the chat as a participant).
 * `withdrawn`: it stopped being offered because someone else took the chat or it left the queue.
 */
export const ZOffer = z.object({
  id: z.string(),
  conversationId: ZConversationId,
  agentId: ZAgentId,
  kind: z.enum(['assign', 'invite']),
  state: ZOfferState,
  offeredAt: ZIsoDate,
  expiresAt: ZIsoDate,
});
export type Offer = z.infer<typeof ZOffer>;

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** Opening windows of one weekday in the queue's time zone, e.g. `[{ open: '09:00', close: '17:00' }]`. */
export const ZOpeningWindow = z
  .object({ open: ZClock, close: ZClock })
  .strict()
  .refine((w) => w.open < w.close, 'open must be before close');
export const ZWeeklyHours = z
  .object(
    Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(ZOpeningWindow).max(4)])) as Record<
      (typeof WEEKDAYS)[number],
      z.ZodArray<typeof ZOpeningWindow>
    >,
  )
  .strict();
export type WeeklyHours = z.infer<typeof ZWeeklyHours>;

/** A queue's configuration: business hours (null: 24/7), holidays and the overflow rule. */
export const ZQueueConfig = z
  .object({
    name: z.string().regex(/^[a-z][a-z_]{1,31}$/),
    displayName: z.string().min(1).max(60),
    /** IANA time zone of the hours and holidays, e.g. `America/New_York`. */
    timeZone: z.string().min(1).max(64),
    hours: ZWeeklyHours.nullable(),
    /** Closed all day on these dates (`YYYY-MM-DD` in the queue's time zone). */
    holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(366),
    /** After `afterMinutes` waiting (or at once while this queue is closed), agents of `queue` may also take it. */
    overflow: z
      .object({
        queue: z.string().regex(/^[a-z][a-z_]{1,31}$/),
        afterMinutes: z.number().int().min(0).max(1440),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type QueueConfig = z.infer<typeof ZQueueConfig>;

/** A customer's rating of a resolved chat. */
export const ZRating = z.object({
  conversationId: ZConversationId,
  score: z.number().int().min(1).max(5),
  /** Redacted like every customer text. */
  comment: z.string().nullable(),
  createdAt: ZIsoDate,
});
export type Rating = z.infer<typeof ZRating>;
