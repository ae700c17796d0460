import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const agents = pgTable('agents', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** agent | supervisor | admin */
  role: text('role').notNull(),
  /** argon2id (PHC string). */
  passwordHash: text('password_hash').notNull(),
  /** Base32 TOTP secret. */
  totpSecret: text('totp_secret').notNull(),
  /** The last TOTP time step accepted: a code is never accepted twice. */
  lastTotpStep: bigint('last_totp_step', { mode: 'number' }),
  queues: text('queues').array().notNull(),
  languages: text('languages').array().notNull(),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const agentSessions = pgTable(
  'agent_sessions',
  {
    /** SHA-256 of the session token; the token itself is only in the agent's cookie. */
    id: text('id').primaryKey(),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The agent's last event or request: the session ends after AGENT_IDLE_MINUTES without one. */
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agent_sessions_agent_idx').on(t.agentId)],
);

/**
 * "End chat and secure my account": every customer token of this cardmember issued before
 * `revokedBefore` is refused from then on, on every node.
 */
export const customerRevocations = pgTable('customer_revocations', {
  cardmemberId: text('cardmember_id').primaryKey(),
  revokedBefore: timestamp('revoked_before', { withTimezone: true }).notNull(),
  reason: text('reason').notNull(),
});

/**
 * Step-up verification challenges (DOMAIN.md §3): one per sensitive change, answered outside the
 * chat text, limited attempts, short-lived, single use. No answer is ever stored.
 */
export const stepUpChallenges = pgTable(
  'step_up_challenges',
  {
    id: text('id').primaryKey(),
    cardmemberId: text('cardmember_id').notNull(),
    conversationId: text('conversation_id'),
    cardAccountId: text('card_account_id'),
    /** address_change | phone_change | email_change | authorized_users | reissue_new_address | points_payment */
    action: text('action').notNull(),
    /** approve | last4_zip */
    method: text('method').notNull(),
    /** pending | verified | used | locked | expired */
    status: text('status').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    /** Who asked for it: `assistant`, `agent:<id>`, `system`. */
    requestedBy: text('requested_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('step_up_challenges_cardmember_idx').on(t.cardmemberId, t.status)],
);
