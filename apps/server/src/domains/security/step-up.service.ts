import { randomBytes } from 'node:crypto';
import type { StepUpAction, StepUpChallenge, StepUpMethod, StepUpStatus } from '@clearline/protocol';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { CustomerPrincipal } from '../../platform/principal.ts';
import type { AuditActorKind, AuditLog } from './audit/audit-log.ts';
import { stepUpChallenges } from './security.tables.ts';

/** Wrong last-four + ZIP answers before a challenge locks. */
export const STEP_UP_MAX_ATTEMPTS = 3;
/** A challenge must be completed within this time, and a verified one used within it. */
export const STEP_UP_TTL_MINUTES = 5;

type Row = typeof stepUpChallenges.$inferSelect;

/** What the step-up needs from the issuer core (a subset of the accounts domain's IssuerCore). */
export interface StepUpProfileSource {
  getContactDetails(cardmemberId: string): Promise<{ address: { zip: string } } | null>;
  listCardAccounts(cardmemberId: string): Promise<Array<{ id: string; last4: string }>>;
  listCards(cardAccountId: string): Promise<Array<{ last4: string; status: string }>>;
}

/** Who asked for a challenge (recorded in the audit log). */
export type StepUpRequester = { kind: 'assistant' } | { kind: 'agent'; id: string; role?: AuditActorKind };

export type StepUpListener = (event: {
  type: 'stepup.requested' | 'stepup.updated';
  cardmemberId: string;
  challenge: StepUpChallenge;
}) => void;

export type StepUpService = ReturnType<typeof createStepUpService>;

function toChallenge(row: Row): StepUpChallenge {
  return {
    id: row.id,
    conversationId: row.conversationId as StepUpChallenge['conversationId'],
    action: row.action as StepUpAction,
    method: row.method as StepUpMethod,
    status: row.status as StepUpStatus,
    attemptsLeft: Math.max(0, STEP_UP_MAX_ATTEMPTS - row.failedAttempts),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

/**
 * Step-up verification (DOMAIN.md §3, issue 4 §3). A flow or an agent `require`s a challenge for the
 * conversation's cardmember; the customer approves it in the signed-in site/app, or answers the last
 * four digits of one of their cards plus their ZIP code through a dedicated event (never the chat
 * text). Three wrong answers lock it, it expires after five minutes, and a verified challenge
 * authorises one change (`consume`). Every step is audited; the answers are never stored.
 */
export function createStepUpService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  core: StepUpProfileSource;
}) {
  const { db, clock, audit, core } = deps;
  const listeners = new Set<StepUpListener>();
  const notify = (type: 'stepup.requested' | 'stepup.updated', row: Row) => {
    for (const l of listeners) {
      try {
        l({ type, cardmemberId: row.cardmemberId, challenge: toChallenge(row) });
      } catch {
        /* a listener's failure is its own */
      }
    }
  };
  const subjectOf = (row: Row) => ({ type: 'step_up', id: row.id });
  const contextOf = (row: Row) => ({ conversationId: row.conversationId, cardAccountId: row.cardAccountId });
  const customerActor = (row: Row) => ({ kind: 'customer' as const, id: row.cardmemberId });

  /** Locks the row. Null when missing or not this cardmember's. */
  async function lockRow(tx: Tx, id: string, cardmemberId?: string): Promise<Row | null> {
    const [row] = await tx.select().from(stepUpChallenges).where(eq(stepUpChallenges.id, id)).for('update');
    if (!row || (cardmemberId !== undefined && row.cardmemberId !== cardmemberId)) return null;
    return row;
  }

  /** Marks a challenge whose time is up as expired (audited, and told to both sides) in its own transaction. */
  async function expireIfDue(id: string): Promise<void> {
    const expired = await db.transaction(async (tx) => {
      const row = await lockRow(tx, id);
      if (!row || (row.status !== 'pending' && row.status !== 'verified') || row.expiresAt > clock.now())
        return null;
      const [updated] = await tx
        .update(stepUpChallenges)
        .set({ status: 'expired' })
        .where(eq(stepUpChallenges.id, id))
        .returning();
      await audit.append(
        {
          actor: { kind: 'system', id: 'step-up' },
          action: 'stepup.expired',
          subject: subjectOf(row),
          ...contextOf(row),
          before: { status: row.status },
          after: { status: 'expired' },
        },
        tx,
      );
      return updated!;
    });
    if (expired) notify('stepup.updated', expired);
  }

  async function get(challengeId: string): Promise<StepUpChallenge | null> {
    await expireIfDue(challengeId);
    const [row] = await db.select().from(stepUpChallenges).where(eq(stepUpChallenges.id, challengeId));
    return row ? toChallenge(row) : null;
  }

  /** Runs a transaction and, after it committed, tells listeners about the rows it changed. */
  async function changing<T>(fn: (tx: Tx, changed: Row[]) => Promise<T>): Promise<T> {
    const changed: Row[] = [];
    try {
      return await db.transaction((tx) => fn(tx, changed));
    } finally {
      for (const row of changed) notify('stepup.updated', row);
    }
  }

  function assertPending(row: Row, method: StepUpMethod): void {
    if (row.status === 'expired' || row.expiresAt <= clock.now()) throw new AppError('STEP_UP_EXPIRED');
    if (row.status === 'locked') throw new AppError('STEP_UP_LOCKED');
    if (row.status !== 'pending' || row.method !== method) throw new AppError('STEP_UP_USED');
  }

  return {
    subscribe(listener: StepUpListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Creates a challenge and pushes the prompt to the cardmember's signed-in sessions. */
    async require(input: {
      cardmemberId: string;
      conversationId?: string | null;
      cardAccountId?: string | null;
      action: StepUpAction;
      method: StepUpMethod;
      requestedBy: StepUpRequester;
    }): Promise<StepUpChallenge> {
      const now = clock.now();
      const requestedBy =
        input.requestedBy.kind === 'agent' ? `agent:${input.requestedBy.id}` : input.requestedBy.kind;
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(stepUpChallenges)
          .values({
            id: `su_${randomBytes(16).toString('base64url')}`,
            cardmemberId: input.cardmemberId,
            conversationId: input.conversationId ?? null,
            cardAccountId: input.cardAccountId ?? null,
            action: input.action,
            method: input.method,
            status: 'pending',
            requestedBy,
            createdAt: now,
            expiresAt: new Date(now.getTime() + STEP_UP_TTL_MINUTES * 60_000),
          })
          .returning();
        await audit.append(
          {
            actor:
              input.requestedBy.kind === 'agent'
                ? { kind: input.requestedBy.role ?? 'agent', id: input.requestedBy.id }
                : { kind: 'assistant', id: 'assistant' },
            action: 'stepup.created',
            subject: subjectOf(created!),
            ...contextOf(created!),
            after: {
              cardmemberId: input.cardmemberId,
              action: input.action,
              method: input.method,
              expiresAt: created!.expiresAt.toISOString(),
            },
          },
          tx,
        );
        return created!;
      });
      notify('stepup.requested', row);
      return toChallenge(row);
    },

    /** The customer approves a prompt in their signed-in site or app. */
    async approve(principal: CustomerPrincipal, challengeId: string): Promise<StepUpChallenge> {
      await expireIfDue(challengeId);
      return changing(async (tx, changed) => {
        const row = await lockRow(tx, challengeId, principal.cardmemberId);
        if (!row) throw new AppError('STEP_UP_NOT_FOUND');
        assertPending(row, 'approve');
        const [verified] = await tx
          .update(stepUpChallenges)
          .set({ status: 'verified', verifiedAt: clock.now() })
          .where(eq(stepUpChallenges.id, row.id))
          .returning();
        await audit.append(
          {
            actor: customerActor(row),
            action: 'stepup.approved',
            subject: subjectOf(row),
            ...contextOf(row),
            before: { status: 'pending' },
            after: { status: 'verified', method: 'approve' },
          },
          tx,
        );
        changed.push(verified!);
        return toChallenge(verified!);
      });
    },

    /** The customer answers the last four digits of one of their cards and their ZIP code. */
    async answer(
      principal: CustomerPrincipal,
      input: { challengeId: string; last4: string; zip: string },
    ): Promise<StepUpChallenge> {
      // Read the profile outside the transaction (the core may be a remote service).
      const [contact, accounts] = await Promise.all([
        core.getContactDetails(principal.cardmemberId),
        core.listCardAccounts(principal.cardmemberId),
      ]);
      const cards = (await Promise.all(accounts.map((a) => core.listCards(a.id)))).flat();
      const last4s = new Set([
        ...accounts.map((a) => a.last4),
        ...cards.filter((c) => c.status !== 'replaced').map((c) => c.last4),
      ]);
      const matches = contact !== null && contact.address.zip === input.zip && last4s.has(input.last4);

      await expireIfDue(input.challengeId);
      const outcome: { failure: AppError | null } = { failure: null };
      const result = await changing(async (tx, changed) => {
        const row = await lockRow(tx, input.challengeId, principal.cardmemberId);
        if (!row) throw new AppError('STEP_UP_NOT_FOUND');
        assertPending(row, 'last4_zip');
        if (matches) {
          const [verified] = await tx
            .update(stepUpChallenges)
            .set({ status: 'verified', verifiedAt: clock.now() })
            .where(eq(stepUpChallenges.id, row.id))
            .returning();
          await audit.append(
            {
              actor: customerActor(row),
              action: 'stepup.approved',
              subject: subjectOf(row),
              ...contextOf(row),
              before: { status: 'pending' },
              after: { status: 'verified', method: 'last4_zip' },
            },
            tx,
          );
          changed.push(verified!);
          return toChallenge(verified!);
        }
        const failed = row.failedAttempts + 1;
        const locked = failed >= STEP_UP_MAX_ATTEMPTS;
        const [updated] = await tx
          .update(stepUpChallenges)
          .set({
            failedAttempts: sql`${stepUpChallenges.failedAttempts} + 1`,
            ...(locked ? { status: 'locked' } : {}),
          })
          .where(eq(stepUpChallenges.id, row.id))
          .returning();
        // Which part was wrong is not recorded (nor told): that would help a guesser.
        await audit.append(
          {
            actor: customerActor(row),
            action: 'stepup.failed',
            subject: subjectOf(row),
            ...contextOf(row),
            after: { failedAttempts: failed, attemptsLeft: Math.max(0, STEP_UP_MAX_ATTEMPTS - failed) },
          },
          tx,
        );
        if (locked) {
          await audit.append(
            {
              actor: { kind: 'system', id: 'step-up' },
              action: 'stepup.locked',
              subject: subjectOf(row),
              ...contextOf(row),
              before: { status: 'pending' },
              after: { status: 'locked', failedAttempts: failed },
            },
            tx,
          );
        }
        changed.push(updated!);
        outcome.failure = locked
          ? new AppError('STEP_UP_LOCKED')
          : new AppError(
              'STEP_UP_FAILED',
              `The details do not match our records; ${STEP_UP_MAX_ATTEMPTS - failed} attempt(s) left.`,
            );
        return toChallenge(updated!);
      });
      // Thrown after the commit: the failed attempt counts even though the caller gets an error.
      if (outcome.failure) throw outcome.failure;
      return result;
    },

    /** The cardmember's challenges still waiting for an answer (the site shows them after a reload). */
    async listPending(principal: CustomerPrincipal): Promise<StepUpChallenge[]> {
      const rows = await db
        .select()
        .from(stepUpChallenges)
        .where(
          and(
            eq(stepUpChallenges.cardmemberId, principal.cardmemberId),
            eq(stepUpChallenges.status, 'pending'),
          ),
        )
        .orderBy(desc(stepUpChallenges.createdAt))
        .limit(20);
      const now = clock.now();
      return rows.filter((r) => r.expiresAt > now).map(toChallenge);
    },

    /** The current state (expiring it when its time is up), or null. */
    get,

    /** True when the challenge was verified, is unused and has not expired. */
    async isVerified(challengeId: string): Promise<boolean> {
      return (await get(challengeId))?.status === 'verified';
    },

    /**
     * Spends a verified challenge on one change of this cardmember and action (single use), inside
     * the caller's transaction when given. STEP_UP_REQUIRED when it is not verified, used, expired or
     * for another cardmember or action.
     */
    async consume(
      input: { challengeId: string; cardmemberId: string; action: StepUpAction },
      tx?: Tx,
    ): Promise<void> {
      const run = async (t: Tx) => {
        const row = await lockRow(t, input.challengeId, input.cardmemberId);
        if (row?.status !== 'verified' || row.action !== input.action || row.expiresAt <= clock.now())
          throw new AppError('STEP_UP_REQUIRED');
        await t
          .update(stepUpChallenges)
          .set({ status: 'used', usedAt: clock.now() })
          .where(eq(stepUpChallenges.id, row.id));
        await audit.append(
          {
            actor: { kind: 'system', id: 'step-up' },
            action: 'stepup.used',
            subject: subjectOf(row),
            ...contextOf(row),
            before: { status: 'verified' },
            after: { status: 'used', action: row.action },
          },
          t,
        );
      };
      if (tx) await run(tx);
      else await db.transaction(run);
    },
  };
}
