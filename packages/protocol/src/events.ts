import { z } from 'zod';
import type { Ack } from './ack.ts';
import {
  type Conversation,
  type Message,
  type Offer,
  type QueueItem,
  type Rating,
  type Receipt,
  ZConversation,
  ZLanguage,
  ZMessage,
  ZOffer,
  ZQueueItem,
  ZReceipt,
} from './entities.ts';
import { ZAgentId, ZCardAccountId, ZClientMessageId, ZConversationId } from './ids.ts';
import { LIMITS } from './limits.ts';
import {
  type SessionExpiring,
  type SessionExtended,
  type StepUpAnswer,
  type StepUpChallenge,
  type StepUpRef,
  type StepUpRequest,
  ZSessionExpiring,
  ZStepUpAnswer,
  ZStepUpChallenge,
  ZStepUpRef,
  ZStepUpRequest,
} from './step-up.ts';

/* ---------- client → server payloads (validated on the server with these schemas) ---------- */

export const ZEmpty = z.object({}).strict();
export const ZConversationStart = z
  .object({ cardAccountId: ZCardAccountId, language: ZLanguage.default('en') })
  .strict();
export const ZConversationRef = z.object({ conversationId: ZConversationId }).strict();
export const ZConversationJoin = z
  .object({ conversationId: ZConversationId, afterSeq: z.number().int().nonnegative().default(0) })
  .strict();
export const ZMessageSend = z
  .object({
    conversationId: ZConversationId,
    clientMessageId: ZClientMessageId,
    body: z
      .string()
      .max(LIMITS.messageChars, `at most ${LIMITS.messageChars} characters`)
      .refine((s) => s.trim().length > 0, 'must not be blank'),
    /** The value of the quick-reply button the customer pressed (the body is its label). */
    quickReply: z
      .string()
      .max(64)
      .regex(/^[a-z_]+(?::[A-Za-z0-9_-]{1,48})?$/, 'must be the value of an offered quick reply')
      .optional(),
  })
  .strict();
/** A canned response with its placeholders filled for one conversation. */
export const ZCannedResponse = z.object({ id: z.string(), title: z.string(), text: z.string() });
export type CannedResponse = z.infer<typeof ZCannedResponse>;

/** An internal note or a whisper: agents only, never shown to the customer. */
export const ZNoteSend = z
  .object({
    conversationId: ZConversationId,
    clientMessageId: ZClientMessageId,
    body: z
      .string()
      .max(LIMITS.messageChars, `at most ${LIMITS.messageChars} characters`)
      .refine((s) => s.trim().length > 0, 'must not be blank'),
  })
  .strict();
export const ZQueueName = z.string().regex(/^[a-z][a-z_]{1,31}$/, 'must be a queue name');
export const ZConversationTransfer = z
  .object({
    conversationId: ZConversationId,
    toQueue: ZQueueName.optional(),
    toAgentId: z.string().min(1).max(64).optional(),
    note: z.string().max(1000).optional(),
  })
  .strict()
  .refine((t) => t.toQueue !== undefined || t.toAgentId !== undefined, 'name a queue or an agent');
export const ZConversationResolve = z
  .object({
    conversationId: ZConversationId,
    /** The wrap-up code (why the chat ended), e.g. `resolved_first_contact`. */
    wrapUp: z
      .string()
      .regex(/^[a-z][a-z0-9_]{1,47}$/)
      .optional(),
  })
  .strict();
/** Answers an offer: accept it (the same atomic claim as `conversation.accept`) or decline it. */
export const ZOfferDecline = z
  .object({ conversationId: ZConversationId, reason: z.string().max(200).optional() })
  .strict();
/** Adds an agent (by id) or the next available supervisor (`queue: 'supervisor'`, an escalation). */
export const ZConversationInvite = z
  .object({
    conversationId: ZConversationId,
    agentId: z.string().min(1).max(64).optional(),
    queue: z.literal('supervisor').optional(),
  })
  .strict()
  .refine(
    (p) => (p.agentId === undefined) !== (p.queue === undefined),
    'name an agent or the supervisor queue',
  );
/** The customer's rating of a resolved chat. */
export const ZConversationRate = z
  .object({
    conversationId: ZConversationId,
    score: z.number().int().min(1).max(5),
    comment: z.string().max(1000).optional(),
  })
  .strict();
export const ZMessageHistory = z
  .object({
    conversationId: ZConversationId,
    afterSeq: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(LIMITS.historyPage).default(LIMITS.historyPage),
  })
  .strict();
export const ZReceiptUpdate = z
  .object({
    conversationId: ZConversationId,
    deliveredSeq: z.number().int().nonnegative().optional(),
    readSeq: z.number().int().nonnegative().optional(),
  })
  .strict();
export const ZTypingSet = z.object({ conversationId: ZConversationId, typing: z.boolean() }).strict();

export const ZJoinResult = z.object({
  conversation: ZConversation,
  messages: z.array(ZMessage),
  hasMore: z.boolean(),
  receipts: z.array(ZReceipt),
});
export type JoinResult = z.infer<typeof ZJoinResult>;
export const ZHistoryResult = z.object({ messages: z.array(ZMessage), hasMore: z.boolean() });
export type HistoryResult = z.infer<typeof ZHistoryResult>;

export type ConversationStart = z.input<typeof ZConversationStart>;
export type ConversationRef = z.input<typeof ZConversationRef>;
export type ConversationJoin = z.input<typeof ZConversationJoin>;
export type MessageSend = z.input<typeof ZMessageSend>;
export type MessageHistory = z.input<typeof ZMessageHistory>;
export type ReceiptUpdate = z.input<typeof ZReceiptUpdate>;
export type TypingSet = z.input<typeof ZTypingSet>;

/* ---------- server → client payloads ---------- */

export const ZTypingUpdated = z.object({
  conversationId: ZConversationId,
  who: z.enum(['customer', 'agent', 'assistant']),
  displayName: z.string(),
  typing: z.boolean(),
});
export type TypingUpdated = z.infer<typeof ZTypingUpdated>;
/** The whole waiting list of one queue, sent to the agents of that queue whenever it changes. */
export const ZQueueUpdated = z.object({ queue: z.string(), items: z.array(ZQueueItem) });
export type QueueUpdated = z.infer<typeof ZQueueUpdated>;
/** A waiting customer's place in line and the estimated wait (a range, or unknown when data is thin). */
export const ZQueuePosition = z.object({
  conversationId: ZConversationId,
  queue: z.string(),
  /** 1 = next. */
  position: z.number().int().positive(),
  estimate: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('range'), lowSeconds: z.number(), highSeconds: z.number() }),
    z.object({ kind: z.literal('unknown') }),
  ]),
  /** One polite sentence in the conversation's language ("You're number 3 in line. Estimated wait: about 3 to 6 minutes."). */
  text: z.string(),
});
export type QueuePosition = z.infer<typeof ZQueuePosition>;
/** An offer to this agent: accept (`conversation.offer_accept`) before `offer.expiresAt` or decline. */
export const ZConversationOffered = z.object({
  offer: ZOffer,
  conversation: ZConversation,
  /** The customer's latest words (redacted), for a quick decision. */
  preview: z.string(),
  cardmemberName: z.string(),
});
export type ConversationOffered = z.infer<typeof ZConversationOffered>;
/** An offer to this agent ended without their answer: expired, or withdrawn (someone else took the chat). */
export const ZOfferEnded = z.object({ offer: ZOffer });
export type OfferEnded = z.infer<typeof ZOfferEnded>;
/** This agent was added to a conversation by another agent or a supervisor. */
export const ZConversationInvited = z.object({
  conversation: ZConversation,
  invitedBy: z.object({ agentId: ZAgentId, displayName: z.string() }),
});
export type ConversationInvited = z.infer<typeof ZConversationInvited>;
export const ZSessionEnded = z.object({ reason: z.enum(['revoked', 'expired', 'logged_out', 'shutdown']) });
export type SessionEnded = z.infer<typeof ZSessionEnded>;

type AckFn<T> = (ack: Ack<T>) => void;

/* ---------- customer namespace `/customer` ---------- */

export const CUSTOMER_NAMESPACE = '/customer';
export const AGENT_NAMESPACE = '/agent';

/** Schemas of every customer→server event: the server rejects anything else with UNKNOWN_EVENT. */
export const CUSTOMER_EVENT_SCHEMAS = {
  'conversation.start': ZConversationStart,
  'conversation.list': ZEmpty,
  'conversation.join': ZConversationJoin,
  'conversation.end': ZConversationRef,
  'message.send': ZMessageSend,
  'message.history': ZMessageHistory,
  'receipt.update': ZReceiptUpdate,
  'typing.set': ZTypingSet,
  'session.secure': ZEmpty,
  'stepup.list': ZEmpty,
  'stepup.approve': ZStepUpRef,
  'stepup.answer': ZStepUpAnswer,
  'conversation.rate': ZConversationRate,
} as const;

export const ZSecureResult = z.object({ revokedAt: z.string(), endedConversations: z.number().int() });
export type SecureResult = z.infer<typeof ZSecureResult>;

export interface CustomerClientEvents {
  'conversation.start': (p: ConversationStart, ack: AckFn<Conversation>) => void;
  'conversation.list': (p: Record<string, never>, ack: AckFn<Conversation[]>) => void;
  'conversation.join': (p: ConversationJoin, ack: AckFn<JoinResult>) => void;
  'conversation.end': (p: ConversationRef, ack: AckFn<Conversation>) => void;
  'message.send': (p: MessageSend, ack: AckFn<Message>) => void;
  'message.history': (p: MessageHistory, ack: AckFn<HistoryResult>) => void;
  'receipt.update': (p: ReceiptUpdate, ack: AckFn<Receipt>) => void;
  'typing.set': (p: TypingSet, ack: AckFn<null>) => void;
  'session.secure': (p: Record<string, never>, ack: AckFn<SecureResult>) => void;
  'stepup.list': (p: Record<string, never>, ack: AckFn<StepUpChallenge[]>) => void;
  'stepup.approve': (p: StepUpRef, ack: AckFn<StepUpChallenge>) => void;
  'stepup.answer': (p: StepUpAnswer, ack: AckFn<StepUpChallenge>) => void;
  'conversation.rate': (p: z.input<typeof ZConversationRate>, ack: AckFn<Rating>) => void;
}

export interface CustomerServerEvents {
  'message.created': (m: Message) => void;
  'conversation.updated': (c: Conversation) => void;
  'receipt.updated': (r: Receipt) => void;
  'typing.updated': (t: TypingUpdated) => void;
  'queue.position': (q: QueuePosition) => void;
  'session.ended': (s: SessionEnded) => void;
  'stepup.requested': (c: StepUpChallenge) => void;
  'stepup.updated': (c: StepUpChallenge) => void;
}

/* ---------- agent namespace `/agent` ---------- */

export const AGENT_EVENT_SCHEMAS = {
  'queue.list': ZEmpty,
  'conversation.list': ZEmpty,
  'conversation.accept': ZConversationRef,
  'conversation.accept_next': ZEmpty,
  'conversation.join': ZConversationJoin,
  'conversation.resolve': ZConversationResolve,
  'conversation.transfer': ZConversationTransfer,
  'conversation.hold': ZConversationRef,
  'conversation.resume': ZConversationRef,
  'conversation.barge': ZConversationRef,
  'conversation.offer_accept': ZConversationRef,
  'conversation.offer_decline': ZOfferDecline,
  'conversation.invite': ZConversationInvite,
  'conversation.leave': ZConversationRef,
  'conversation.monitor': ZConversationJoin,
  'message.send': ZMessageSend,
  'message.note': ZNoteSend,
  'message.whisper': ZNoteSend,
  'canned.list': ZConversationRef,
  'message.history': ZMessageHistory,
  'receipt.update': ZReceiptUpdate,
  'typing.set': ZTypingSet,
  'stepup.request': ZStepUpRequest,
  'session.extend': ZEmpty,
} as const;

export interface AgentClientEvents {
  'queue.list': (p: Record<string, never>, ack: AckFn<QueueItem[]>) => void;
  'conversation.list': (p: Record<string, never>, ack: AckFn<Conversation[]>) => void;
  'conversation.accept': (p: ConversationRef, ack: AckFn<Conversation>) => void;
  'conversation.accept_next': (p: Record<string, never>, ack: AckFn<Conversation | null>) => void;
  'conversation.join': (p: ConversationJoin, ack: AckFn<JoinResult>) => void;
  'conversation.resolve': (p: z.input<typeof ZConversationResolve>, ack: AckFn<Conversation>) => void;
  'conversation.transfer': (p: z.input<typeof ZConversationTransfer>, ack: AckFn<Conversation>) => void;
  'conversation.hold': (p: ConversationRef, ack: AckFn<Conversation>) => void;
  'conversation.resume': (p: ConversationRef, ack: AckFn<Conversation>) => void;
  'conversation.barge': (p: ConversationRef, ack: AckFn<Conversation>) => void;
  'conversation.offer_accept': (p: ConversationRef, ack: AckFn<Conversation>) => void;
  'conversation.offer_decline': (p: z.input<typeof ZOfferDecline>, ack: AckFn<Offer>) => void;
  'conversation.invite': (p: z.input<typeof ZConversationInvite>, ack: AckFn<Conversation>) => void;
  'conversation.leave': (p: ConversationRef, ack: AckFn<Conversation>) => void;
  'conversation.monitor': (p: ConversationJoin, ack: AckFn<JoinResult>) => void;
  'message.note': (p: z.input<typeof ZNoteSend>, ack: AckFn<Message>) => void;
  'message.whisper': (p: z.input<typeof ZNoteSend>, ack: AckFn<Message>) => void;
  'canned.list': (p: ConversationRef, ack: AckFn<CannedResponse[]>) => void;
  'message.send': (p: MessageSend, ack: AckFn<Message>) => void;
  'message.history': (p: MessageHistory, ack: AckFn<HistoryResult>) => void;
  'receipt.update': (p: ReceiptUpdate, ack: AckFn<Receipt>) => void;
  'typing.set': (p: TypingSet, ack: AckFn<null>) => void;
  'stepup.request': (p: StepUpRequest, ack: AckFn<StepUpChallenge>) => void;
  'session.extend': (p: Record<string, never>, ack: AckFn<SessionExtended>) => void;
}

export interface AgentServerEvents {
  'queue.updated': (q: QueueUpdated) => void;
  'message.created': (m: Message) => void;
  'conversation.updated': (c: Conversation) => void;
  'receipt.updated': (r: Receipt) => void;
  'typing.updated': (t: TypingUpdated) => void;
  'session.ended': (s: SessionEnded) => void;
  'session.expiring': (s: SessionExpiring) => void;
  'stepup.updated': (c: StepUpChallenge) => void;
  'conversation.offered': (o: ConversationOffered) => void;
  'conversation.offer_ended': (o: OfferEnded) => void;
  'conversation.invited': (i: ConversationInvited) => void;
}

export const ZServerEventSchemas = {
  'message.created': ZMessage,
  'conversation.updated': ZConversation,
  'receipt.updated': ZReceipt,
  'typing.updated': ZTypingUpdated,
  'queue.updated': ZQueueUpdated,
  'queue.position': ZQueuePosition,
  'session.ended': ZSessionEnded,
  'session.expiring': ZSessionExpiring,
  'stepup.requested': ZStepUpChallenge,
  'stepup.updated': ZStepUpChallenge,
  'conversation.offered': ZConversationOffered,
  'conversation.offer_ended': ZOfferEnded,
  'conversation.invited': ZConversationInvited,
} as const;
