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
  'agent_joined',
  'agent_left',
  'transferred',
  'on_hold',
  'resumed',
  'resolved',
  'abandoned',
] as const;
export const ZSystemEvent = z.enum(SYSTEM_EVENTS);
export type SystemEvent = z.infer<typeof ZSystemEvent>;

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
  kind: z.enum(['text', 'event']),
  body: z.string(),
  event: ZSystemEvent.nullable(),
  /** Structured details of a system event, for clients to localise (e.g. `{ agentName }`). */
  eventData: z.record(z.string(), z.string()).nullable(),
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
