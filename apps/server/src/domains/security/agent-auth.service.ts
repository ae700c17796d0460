import { createHash, randomBytes } from 'node:crypto';
import type { AgentProfile, AgentRole, Language } from '@clearline/protocol';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { AgentPrincipal } from '../../platform/principal.ts';
import { agentSessions, agents } from './security.tables.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
const TOTP_PERIOD_SECONDS = 30;

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

export function createAgentAuthService(deps: { db: Db; clock: Clock; sessionHours: number }) {
  const { db, clock } = deps;

  async function recordFailure(row: AgentRow): Promise<boolean> {
    const now = clock.now();
    const [updated] = await db
      .update(agents)
      .set({ failedLogins: sql`${agents.failedLogins} + 1` })
      .where(eq(agents.id, row.id))
      .returning({ failed: agents.failedLogins });
    if ((updated?.failed ?? 0) >= MAX_FAILED_LOGINS) {
      await db
        .update(agents)
        .set({ failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) })
        .where(eq(agents.id, row.id));
      return true;
    }
    return false;
  }

  return {
    async createAgent(input: NewAgent): Promise<AgentProfile & { totpSecret: string }> {
      const totpSecret = input.totpSecret ?? newTotpSecret();
      const [row] = await db
        .insert(agents)
        .values({
          id: input.id,
          email: input.email.toLowerCase(),
          displayName: input.displayName,
          role: input.role,
          passwordHash: await hashPassword(input.password),
          totpSecret,
          queues: input.queues,
          languages: input.languages,
        })
        .returning();
      return { ...toProfile(row!), totpSecret };
    },

    async findByEmail(email: string): Promise<(AgentProfile & { totpSecret: string }) | null> {
      const [row] = await db.select().from(agents).where(eq(agents.email, email.toLowerCase()));
      return row ? { ...toProfile(row), totpSecret: row.totpSecret } : null;
    },

    /** Password + TOTP. Five failures lock the account for 15 minutes; a TOTP code works only once. */
    async login(input: { email: string; password: string; totp: string }) {
      const now = clock.now();
      const [row] = await db.select().from(agents).where(eq(agents.email, input.email.toLowerCase()));
      if (!row) {
        decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
        await verify(await decoyHash, input.password).catch(() => false);
        throw new AppError('LOGIN_FAILED');
      }
      if (row.lockedUntil && row.lockedUntil > now) throw new AppError('ACCOUNT_LOCKED');
      const passwordOk = await verify(row.passwordHash, input.password).catch(() => false);
      if (!passwordOk) {
        throw new AppError((await recordFailure(row)) ? 'ACCOUNT_LOCKED' : 'LOGIN_FAILED');
      }
      const delta = totpFor(row.totpSecret).validate({
        token: input.totp,
        timestamp: now.getTime(),
        window: 1,
      });
      if (delta === null) {
        throw new AppError((await recordFailure(row)) ? 'ACCOUNT_LOCKED' : 'TOTP_INVALID');
      }
      const step = Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
      const claimed = await db
        .update(agents)
        .set({ lastTotpStep: step, failedLogins: 0, lockedUntil: null })
        .where(and(eq(agents.id, row.id), or(isNull(agents.lastTotpStep), lt(agents.lastTotpStep, step))))
        .returning({ id: agents.id });
      if (claimed.length === 0) throw new AppError('TOTP_REUSED');
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + deps.sessionHours * 3_600_000);
      await db
        .insert(agentSessions)
        .values({ id: sessionId(token), agentId: row.id, createdAt: now, expiresAt });
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

    async profile(agentId: string): Promise<AgentProfile | null> {
      const [row] = await db.select().from(agents).where(eq(agents.id, agentId));
      return row ? toProfile(row) : null;
    },

    async logout(token: string): Promise<void> {
      await db
        .update(agentSessions)
        .set({ revokedAt: clock.now() })
        .where(eq(agentSessions.id, sessionId(token)));
    },
  };
}
