import { z } from 'zod';
import { ZConversationId } from './ids.ts';

/*
 * Step-up verification (DOMAIN.md §3): before a sensitive change the cardmember proves it is them
 * outside the chat text — by approving a prompt in their signed-in site or app, or by answering the
 * last four digits of a card and their ZIP code in a dedicated form. Nothing is typed into the chat.
 */

/** Sensitive actions that need a step-up first. */
export const STEP_UP_ACTIONS = [
  'address_change',
  'phone_change',
  'email_change',
  'authorized_users',
  'reissue_new_address',
  'points_payment',
] as const;
export const ZStepUpAction = z.enum(STEP_UP_ACTIONS);
export type StepUpAction = z.infer<typeof ZStepUpAction>;

/** `approve`: a prompt in the signed-in site/app; `last4_zip`: last four of a card plus the ZIP code. */
export const ZStepUpMethod = z.enum(['approve', 'last4_zip']);
export type StepUpMethod = z.infer<typeof ZStepUpMethod>;

/** pending → verified → used (single use); pending → locked (too many wrong answers) | expired. */
export const ZStepUpStatus = z.enum(['pending', 'verified', 'used', 'locked', 'expired']);
export type StepUpStatus = z.infer<typeof ZStepUpStatus>;

export const ZStepUpChallengeId = z
  .string()
  .regex(/^su_[A-Za-z0-9_-]{8,48}$/, 'must be a step-up challenge id');

export const ZStepUpChallenge = z.object({
  id: z.string(),
  conversationId: ZConversationId.nullable(),
  action: ZStepUpAction,
  method: ZStepUpMethod,
  status: ZStepUpStatus,
  /** Wrong answers left before the challenge locks (last4_zip). */
  attemptsLeft: z.number().int().nonnegative(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type StepUpChallenge = z.infer<typeof ZStepUpChallenge>;

/* client → server */
export const ZStepUpRef = z.object({ challengeId: ZStepUpChallengeId }).strict();
export const ZStepUpAnswer = z
  .object({
    challengeId: ZStepUpChallengeId,
    last4: z.string().regex(/^\d{4}$/, 'must be four digits'),
    zip: z.string().regex(/^\d{5}$/, 'must be a five-digit ZIP code'),
  })
  .strict();
export const ZStepUpRequest = z
  .object({ conversationId: ZConversationId, action: ZStepUpAction, method: ZStepUpMethod })
  .strict();
export type StepUpRef = z.input<typeof ZStepUpRef>;
export type StepUpAnswer = z.input<typeof ZStepUpAnswer>;
export type StepUpRequest = z.input<typeof ZStepUpRequest>;

/* agent session idle timeout (WCAG 2.2.1: warn, and let the agent extend) */
export const ZSessionExpiring = z.object({ expiresAt: z.string() });
export type SessionExpiring = z.infer<typeof ZSessionExpiring>;
export const ZSessionExtended = z.object({ expiresAt: z.string() });
export type SessionExtended = z.infer<typeof ZSessionExtended>;
