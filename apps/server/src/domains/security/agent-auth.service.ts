import { createHash, randomBytes } from 'node:crypto';
import type { AgentProfile, AgentRole, Language } from '@clearline/protocol';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { AgentPrincipal } from '../../platform/principal.ts';
import type { AuditLog } from './audit/audit-log.ts';
import { assertPasswordPolicy } from './password-policy.ts';
import { agentSessions, agents } from './security.tables.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
const TOTP_PERIOD_SECONDS = 30;
/** Default for AGENT_IDLE_MINUTES: a session with no event or request for this long ends. */
export const DEFAULT_AGENT_IDLE_MINUTES = 15;
/** Activity is written at most this often per session (a burst of events is one write). */
const TOUCH_EVERY_MS = 10_000;

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */ as const,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, label = 'agent'): TOTP {
  return new TOTP({
    issuer: 'Clearline',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** The current code for a secret (tests and the demo print-out use it; agents use their authenticator). */
export function totpCode(secret: string, at: Date = new Date()): string {
  return totpFor(secret).generate({ timestamp: at.getTime() });
}

export function totpUri(secret: string, email: string): string {
  return totpFor(secret, email).toString();
}

const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');

/** A hash that never matches: verified when the e-mail is unknown so both paths take as long. */
let decoyHash: Promise<string> | null = null;

export interface NewAgent {
  id: string;
  email: string;
  displayName: string;
  role: AgentRole;
  password: string;
  totpSecret?: string;
  queues: string[];
  languages: Language[];
}

type AgentRow = typeof agents.$inferSelect;

function toProfile(row: AgentRow): AgentProfile {
  return {
    id: row.id as AgentProfile['id'],
    email: row.email,
    displayName: row.displayName,
    role: row.role as AgentRole,
    queues: row.queues,
    languages: row.languages as Language[],
  };
}

export type AgentAuthService = ReturnType<typeof createAgentAuthService>;

/** Where a sign-in comes from, for the audit log. */
export interface LoginContext {
  ip?: string;
}

export function createAgentAuthService(deps: {
  db: Db;
  clock: Clock;
  sessionHours: number;
  /** Idle timeout: the session ends after this many minutes without an agent event or request. */
  idleMinutes?: number;
  /** Sign-ins, failures, lockouts, sign-outs and new accounts are recorded here when given. */
  audit?: AuditLog;
}) {
  const { db, clock, audit } = deps;
  const idleMs = (deps.idleMinutes ?? DEFAULT_AGENT_IDLE_MINUTES) * 60_000;
  /** When a session ends: idle deadline or absolute expiry, whichever is first. */
  const deadlineOf = (s: { lastActiveAt: Date; expiresAt: Date }) =>
    new Date(Math.min(s.lastActiveAt.getTime() + idleMs, s.expiresAt.getTime()));

  /**
   * Records activity on a live session (at most every 10 s unless forced) and returns when it will
   * end now; null when it has ended (signed out, expired or idle too long).
   */
  async function touch(id: string, force = false): Promise<Date | null> {
    const now = clock.now();
    const [s] = await db
      .select({
        lastActiveAt: agentSessions.lastActiveAt,
        expiresAt: agentSessions.expiresAt,
        revokedAt: agentSessions.revokedAt,
      })
      .from(agentSessions)
      .where(eq(agentSessions.id, id));
    if (!s || s.revokedAt) return null;
    if (deadlineOf(s) <= now) {
      await endIdle(id, s);
      return null;
    }
    if (!force && now.getTime() - s.lastActiveAt.getTime() < TOUCH_EVERY_MS) return deadlineOf(s);
    await db
      .update(agentSessions)
      .set({ lastActiveAt: now })
      .where(and(eq(agentSessions.id, id), lt(agentSessions.lastActiveAt, now)));
    return deadlineOf({ lastActiveAt: now, expiresAt: s.expiresAt });
  }
  const actorOf = (row: AgentRow) => ({ kind: row.role as AgentRole, id: row.id });

  /** A session found idle past its deadline is closed for good, and recorded once (whichever node sees it first). */
  async function endIdle(id: string, s: { lastActiveAt: Date; expiresAt: Date }): Promise<void> {
    if (s.lastActiveAt.getTime() + idleMs > s.expiresAt.getTime()) return; // plain expiry, not idleness
    await db.transaction(async (tx) => {
      const [ended] = await tx
        .update(agentSessions)
        .set({ revokedAt: clock.now() })
        .where(and(eq(agentSessions.id, id), isNull(agentSessions.revokedAt)))
        .returning({ agentId: agentSessions.agentId });
      if (!ended || !audit) return;
      await audit.append(
        {
          actor: { kind: 'system', id: 'agent-auth' },
          action: 'agent.session_expired',
          subject: { type: 'agent', id: ended.agentId },
          after: { session: id.slice(0, 12), reason: 'idle', lastActiveAt: s.lastActiveAt.toISOString() },
        },
        tx,
      );
    });
  }

  /** Counts a failure (and audits it) in one transaction; true when it locked the account. */
  async function recordFailure(row: AgentRow, reason: string, context: LoginContext): Promise<boolean> {
    const now = clock.now();
    return db.transaction(async (tx) => {
      const [updated] = await tx
        .update(agents)
        .set({ failedLogins: sql`${agents.failedLogins} + 1` })
        .where(eq(agents.id, row.id))
        .returning({ failed: agents.failedLogins });
      const failed = updated?.failed ?? 0;
      const subject = { type: 'agent', id: row.id };
      await audit?.append(
        { actor: actorOf(row), action: 'agent.login_failed', subject, after: { reason, failed, ...context } },
        tx,
      );
      if (failed < MAX_FAILED_LOGINS) return false;
      const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
      await tx.update(agents).set({ failedLogins: 0, lockedUntil }).where(eq(agents.id, row.id));
      await audit?.append(
        {
          actor: { kind: 'system', id: 'agent-auth' },
          action: 'agent.locked_out',
          subject,
          before: { lockedUntil: null },
          after: { lockedUntil: lockedUntil.toISOString(), failedLogins: failed },
        },
        tx,
      );
      return true;
    });
  }

  return {
    /** Creates an agent account; the password must meet the policy (PASSWORD_TOO_WEAK otherwise). */
    async createAgent(
      input: NewAgent,
      by: { kind: 'admin' | 'system'; id: string } = { kind: 'system', id: 'agent-auth' },
    ): Promise<AgentProfile & { totpSecret: string }> {
      assertPasswordPolicy(input.password, input.email);
      const totpSecret = input.totpSecret ?? newTotpSecret();
      const passwordHash = await hashPassword(input.password);
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(agents)
          .values({
            id: input.id,
            email: input.email.toLowerCase(),
            displayName: input.displayName,
            role: input.role,
            passwordHash,
            totpSecret,
            queues: input.queues,
            languages: input.languages,
          })
          .returning();
        const profile = toProfile(created!);
        await audit?.append(
          {
            actor: by,
            action: 'agent.created',
            subject: { type: 'agent', id: profile.id },
            after: {
              email: profile.email,
              role: profile.role,
              queues: profile.queues,
              languages: profile.languages,
            },
          },
          tx,
        );
        return created!;
      });
      return { ...toProfile(row), totpSecret };
    },

    async findByEmail(email: string): Promise<(AgentProfile & { totpSecret: string }) | null> {
      const [row] = await db.select().from(agents).where(eq(agents.email, email.toLowerCase()));
      return row ? { ...toProfile(row), totpSecret: row.totpSecret } : null;
    },

    /** Password + TOTP. Five failures lock the account for 15 minutes; a TOTP code works only once. */
    async login(input: { email: string; password: string; totp: string }, context: LoginContext = {}) {
      const now = clock.now();
      const [row] = await db.select().from(agents).where(eq(agents.email, input.email.toLowerCase()));
      if (!row) {
        decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
        await verify(await decoyHash, input.password).catch(() => false);
        // The typed e-mail is not recorded: people type passwords into the wrong field.
        await audit?.append({
          actor: { kind: 'system', id: 'agent-auth' },
          action: 'agent.login_failed',
          subject: { type: 'agent', id: 'unknown' },
          after: { reason: 'unknown_email', ...context },
        });
        throw new AppError('LOGIN_FAILED');
      }
      if (row.lockedUntil && row.lockedUntil > now) {
        await audit?.append({
          actor: actorOf(row),
          action: 'agent.login_failed',
          subject: { type: 'agent', id: row.id },
          after: { reason: 'locked', lockedUntil: row.lockedUntil.toISOString(), ...context },
        });
        throw new AppError('ACCOUNT_LOCKED');
      }
      const passwordOk = await verify(row.passwordHash, input.password).catch(() => false);
      if (!passwordOk) {
        throw new AppError(
          (await recordFailure(row, 'password', context)) ? 'ACCOUNT_LOCKED' : 'LOGIN_FAILED',
        );
      }
      const delta = totpFor(row.totpSecret).validate({
        token: input.totp,
        timestamp: now.getTime(),
        window: 1,
      });
      if (delta === null) {
        throw new AppError((await recordFailure(row, 'totp', context)) ? 'ACCOUNT_LOCKED' : 'TOTP_INVALID');
      }
      const step = Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + deps.sessionHours * 3_600_000);
      // Claiming the TOTP step, opening the session and auditing it commit together.
      const opened = await db.transaction(async (tx: Tx) => {
        const claimed = await tx
          .update(agents)
          .set({ lastTotpStep: step, failedLogins: 0, lockedUntil: null })
          .where(and(eq(agents.id, row.id), or(isNull(agents.lastTotpStep), lt(agents.lastTotpStep, step))))
          .returning({ id: agents.id });
        if (claimed.length === 0) return false;
        const id = sessionId(token);
        await tx
          .insert(agentSessions)
          .values({ id, agentId: row.id, createdAt: now, expiresAt, lastActiveAt: now });
        await audit?.append(
          {
            actor: actorOf(row),
            action: 'agent.logged_in',
            subject: { type: 'agent', id: row.id },
            // The session is named by a prefix of its id (itself a hash of the token), never the token.
            after: { session: id.slice(0, 12), expiresAt: expiresAt.toISOString(), ...context },
          },
          tx,
        );
        return true;
      });
      if (!opened) {
        await audit?.append({
          actor: actorOf(row),
          action: 'agent.login_failed',
          subject: { type: 'agent', id: row.id },
          after: { reason: 'totp_reused', ...context },
        });
        throw new AppError('TOTP_REUSED');
      }
      return { token, expiresAt, agent: toProfile(row) };
    },

    async authenticate(token: string | undefined | null): Promise<AgentPrincipal> {
      if (!token || token.length > 200) throw new AppError('UNAUTHENTICATED');
      const now = clock.now();
      const [found] = await db
        .select({ session: agentSessions, agent: agents })
        .from(agentSessions)
        .innerJoin(agents, eq(agents.id, agentSessions.agentId))
        .where(
          and(
            eq(agentSessions.id, sessionId(token)),
            isNull(agentSessions.revokedAt),
            gt(agentSessions.expiresAt, now),
          ),
        );
      if (!found) throw new AppError('UNAUTHENTICATED', 'Your session has ended; sign in again.');
      if (found.session.lastActiveAt.getTime() + idleMs <= now.getTime()) {
        await endIdle(found.session.id, found.session);
        throw new AppError(
          'UNAUTHENTICATED',
          'Your session ended after a period without activity; sign in again.',
        );
      }
      // A request is activity: it keeps the session alive.
      await touch(found.session.id);
      return {
        kind: 'agent',
        agentId: found.agent.id,
        role: found.agent.role as AgentRole,
        queues: found.agent.queues,
        languages: found.agent.languages as Language[],
        displayName: found.agent.displayName,
        sessionId: found.session.id,
        expiresAt: found.session.expiresAt,
      };
    },

    /** The idle timeout in milliseconds (AGENT_IDLE_MINUTES). */
    idleMs,
    /** Activity on a session (an agent event): returns when the session will now end, null if it has ended. */
    touch,
    /** "Stay signed in": extends the session by a full idle period; null if it has already ended. */
    extend: (sessionId: string) => touch(sessionId, true),
    /** When the session ends if nothing happens (idle deadline or absolute expiry); null if it has ended. */
    async deadline(sessionId: string): Promise<Date | null> {
      const [s] = await db.select().from(agentSessions).where(eq(agentSessions.id, sessionId));
      if (!s || s.revokedAt) return null;
      const d = deadlineOf(s);
      if (d > clock.now()) return d;
      await endIdle(s.id, s);
      return null;
    },

    async profile(agentId: string): Promise<AgentProfile | null> {
      const [row] = await db.select().from(agents).where(eq(agents.id, agentId));
      return row ? toProfile(row) : null;
    },

    async logout(token: string): Promise<void> {
      await db.transaction(async (tx) => {
        const [ended] = await tx
          .update(agentSessions)
          .set({ revokedAt: clock.now() })
          .where(and(eq(agentSessions.id, sessionId(token)), isNull(agentSessions.revokedAt)))
          .returning({ id: agentSessions.id, agentId: agentSessions.agentId });
        if (!ended || !audit) return;
        const [row] = await tx.select().from(agents).where(eq(agents.id, ended.agentId));
        await audit.append(
          {
            actor: row ? actorOf(row) : { kind: 'agent', id: ended.agentId },
            action: 'agent.logged_out',
            subject: { type: 'agent', id: ended.agentId },
            after: { session: ended.id.slice(0, 12) },
          },
          tx,
        );
      });
    },
  };
}
