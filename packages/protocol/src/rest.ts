import { z } from 'zod';
import {
  ZAgentProfile,
  ZCardAccountSummary,
  ZCardmemberSummary,
  ZConversation,
  ZMessage,
  ZQueueConfig,
} from './entities.ts';
import { ZCardmemberId } from './ids.ts';

/** REST payloads under /api/v1. Bodies use the same `{ok,data}|{ok,error}` envelope as socket acks. */
export const ZAgentLogin = z
  .object({
    email: z.string().email().max(254),
    password: z.string().min(1).max(256),
    totp: z.string().regex(/^\d{6}$/, 'six digits'),
  })
  .strict();
export type AgentLogin = z.infer<typeof ZAgentLogin>;

export const ZAgentSession = z.object({ agent: ZAgentProfile, expiresAt: z.string() });
export type AgentSession = z.infer<typeof ZAgentSession>;

export const ZDemoTokenRequest = z.object({ cardmemberId: ZCardmemberId }).strict();
export const ZDemoIdentity = ZCardmemberSummary.extend({ accounts: z.array(ZCardAccountSummary) });
export type DemoIdentity = z.infer<typeof ZDemoIdentity>;
export const ZDemoToken = z.object({ token: z.string(), expiresAt: z.string(), identity: ZDemoIdentity });
export type DemoToken = z.infer<typeof ZDemoToken>;

export const ZCustomerMe = ZDemoIdentity;
export type CustomerMe = z.infer<typeof ZCustomerMe>;

export const ZTranscript = z.object({ conversation: ZConversation, messages: z.array(ZMessage) });
export type Transcript = z.infer<typeof ZTranscript>;

/** PUT /api/v1/supervisor/queues: the whole configuration of one or more queues (others unchanged). */
export const ZQueuesUpdate = z.object({ queues: z.array(ZQueueConfig).min(1).max(50) }).strict();
export type QueuesUpdate = z.infer<typeof ZQueuesUpdate>;
