import { z } from 'zod';

/** Branded identifiers: a conversation id cannot be passed where a cardmember id is expected. */
export const ZConversationId = z.uuid().brand<'ConversationId'>();
export type ConversationId = z.infer<typeof ZConversationId>;
export const ZMessageId = z.uuid().brand<'MessageId'>();
export type MessageId = z.infer<typeof ZMessageId>;
export const ZAgentId = z.string().min(1).max(64).brand<'AgentId'>();
export type AgentId = z.infer<typeof ZAgentId>;
export const ZCardmemberId = z.string().min(1).max(64).brand<'CardmemberId'>();
export type CardmemberId = z.infer<typeof ZCardmemberId>;
export const ZCardAccountId = z.string().min(1).max(64).brand<'CardAccountId'>();
export type CardAccountId = z.infer<typeof ZCardAccountId>;
/** Client-chosen idempotency key for a message: retries carry the same one. */
export const ZClientMessageId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only')
  .brand<'ClientMessageId'>();
export type ClientMessageId = z.infer<typeof ZClientMessageId>;
