import { DISPUTE_REASONS, type DisputeReason, type DisputeView } from '@clearline/protocol';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { redact } from '../security/index.ts';
import { addDays, type CalendarDate, daysBetween, issuerDateOf } from './calendar.ts';
import type { CaseActor, CaseCore, CaseRow, OpenedCase } from './cases.service.ts';
import { cases, disputes } from './cases.tables.ts';
import {
  type CaseLanguage,
  type DisputeFacts,
  disputeAcknowledgedNotice,
  disputeCreditNotice,
  disputeNoErrorNotice,
  disputeReceivedNotice,
  disputeWithdrawnNotice,
  formatCents,
} from './cases.texts.ts';
import {
  closingDatesForDay,
  computeDisputeClocks,
  type DisputeClocks,
  type DisputedAmountEffects,
  type DisputeHold,
  delinquencyReportWindow,
  disputeDeadlineStates,
  disputedAmountEffects,
} from './dispute-clocks.ts';
import { nextDayOfMonth } from './due-date-change.ts';

type DisputeRow = typeof disputes.$inferSelect;

export interface DisputeIntakeInput {
  cardmemberId: string;
  cardAccountId: string;
  transactionId: string;
  reason: DisputeReason;
  /** What the customer has done with the merchant so far (redacted before it is stored). */
  merchantContact?: string | null;
  conversationId?: string | null;
  actor: CaseActor;
  language: 'en' | 'es';
  /**
   * When the notice reached the issuer. Without it: the time the assistant recorded the request in
   * this conversation (`recorded_requests`), else now.
   */
  receivedAt?: Date;
  idempotencyKey?: string;
}

export interface DisputeIntakeResult {
  case: OpenedCase;
  /** False when an open dispute of this transaction (or this idempotency key) already existed. */
  created: boolean;
  withinWindow: boolean;
  receivedAt: Date;
  acknowledgementDueOn: CalendarDate;
  resolutionDueOn: CalendarDate;
}

export type DisputeResolution =
  | { errorFound: true; creditCents: number }
  | { errorFound: false; explanation: string; amountOwedCents: number };

export interface AmountDueExcludingDisputes extends DisputedAmountEffects {
  statementId: string;
  dueDate: CalendarDate;
  /** The statement's own amounts, before leaving the disputes out. */
  statementBalanceCents: number;
  statementMinimumDueCents: number;
  /** Pending disputes counted (charges on this statement or an earlier one). */
  disputesExcluded: number;
}

/** Recorded-request kinds that mean "the customer disputes a charge". */
function recordedKindsFor(reason: DisputeReason): string[] {
  return reason === 'unauthorized'
    ? ['dispute', 'unrecognized_charge', 'fraud']
    : ['dispute', 'unrecognized_charge'];
}

function clocksOf(row: DisputeRow): DisputeClocks {
  const c = row.clocks as Omit<DisputeClocks, 'receivedAt'>;
  return { ...c, receivedAt: row.receivedAt };
}

/** The dispute as agents and the customer see it, with where its deadlines stand today. */
export function disputeView(row: DisputeRow, now: Date): DisputeView {
  const today = issuerDateOf(now);
  const deadlines = disputeDeadlineStates(clocksOf(row), today, {
    acknowledgedOn: row.acknowledgedAt ? issuerDateOf(row.acknowledgedAt) : null,
    resolvedOn: row.resolvedAt ? issuerDateOf(row.resolvedAt) : null,
  });
  return {
    transactionId: row.transactionId,
    statementId: row.statementId,
    statementClosingDate: row.statementClosingDate,
    amountCents: row.amountCents,
    merchant: row.merchant,
    transactedOn: row.transactedOn,
    reason: row.reason as DisputeReason,
    merchantContact: row.merchantContact,
    receivedAt: row.receivedAt.toISOString(),
    noticeWindowEndsOn: row.noticeWindowEndsOn,
    withinWindow: row.withinWindow,
    acknowledgementDueOn: row.acknowledgementDueOn,
    resolutionDueOn: row.resolutionDueOn,
    resolutionDueBy: row.resolutionDueBy as DisputeView['resolutionDueBy'],
    pending: row.pending,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    outcome: row.outcome as DisputeView['outcome'],
    creditedCents: row.creditedCents,
    amountOwedCents: row.amountOwedCents,
    explanation: row.explanation,
    delinquencyReportEarliestOn: row.delinquencyReportEarliestOn,
    deadlines,
  };
}

function factsOf(caseRow: CaseRow, row: DisputeRow): DisputeFacts {
  return {
    reference: caseRow.reference,
    merchant: row.merchant,
    amountCents: row.amountCents,
    transactedOn: row.transactedOn,
    receivedOn: issuerDateOf(row.receivedAt),
    acknowledgementDueOn: row.acknowledgementDueOn,
    resolutionDueOn: row.resolutionDueOn,
    withinWindow: row.withinWindow,
  };
}

export type DisputeService = ReturnType<typeof createDisputeService>;

/**
 * Billing-error disputes (Regulation Z 1026.13): intake from a posted charge on the customer's card
 * account, the clocks of dispute-clocks.ts stored with the case, and a secure-message notice at each
 * step (received, acknowledged, resolved, withdrawn). While a dispute is pending the disputed amount
 * is left out of what the customer is asked to pay (`amountDueExcludingDisputes`).
 */
export function createDisputeService(base: CaseCore) {
  const { db, clock, core } = base;

  const recordedReceipt = base.earliestRecorded;
  const notify = base.notifyIn;

  /** Locks a dispute case and its dispute row. */
  async function lockDispute(tx: Tx, caseId: string): Promise<{ caseRow: CaseRow; row: DisputeRow }> {
    const caseRow = await base.lockCase(tx, caseId);
    const [row] =
      caseRow.type === 'dispute' ? await tx.select().from(disputes).where(eq(disputes.caseId, caseId)) : [];
    if (!row) throw new AppError('CASE_ACTION_NOT_ALLOWED', 'This case is not a dispute.');
    return { caseRow, row };
  }

  /** Pending disputes of a card account as holds (disputed amounts; related charges not tracked here). */
  async function disputeHolds(
    cardAccountId: string,
  ): Promise<Array<DisputeHold & { statementClosingDate: CalendarDate }>> {
    const rows = await db
      .select()
      .from(disputes)
      .where(and(eq(disputes.cardAccountId, cardAccountId), eq(disputes.pending, true)));
    return rows.map((r) => ({
      amountCents: r.amountCents,
      relatedChargesCents: 0,
      pending: true,
      statementClosingDate: r.statementClosingDate,
    }));
  }

  const opened = (r: CaseRow): OpenedCase => ({
    id: r.id,
    reference: r.reference,
    type: 'dispute',
    status: r.status as OpenedCase['status'],
  });

  return {
    /**
     * Takes a dispute of a posted charge. The first statement that showed it starts the 60-day
     * window (a late notice is accepted and flagged); an open dispute of the same transaction is
     * returned instead of a second one.
     */
    async intake(input: DisputeIntakeInput, tx?: Tx): Promise<DisputeIntakeResult> {
      if (!DISPUTE_REASONS.includes(input.reason))
        throw new AppError('VALIDATION_FAILED', `reason must be one of ${DISPUTE_REASONS.join(', ')}`);
      if (!(await core.ownsCardAccount(input.cardmemberId, input.cardAccountId)))
        throw new AppError('CARD_ACCOUNT_NOT_ALLOWED');
      const account = await core.getCardAccount(input.cardAccountId);
      if (!account) throw new AppError('CARD_ACCOUNT_NOT_ALLOWED');
      const transaction = (await core.listTransactions(input.cardAccountId)).find(
        (t) => t.id === input.transactionId,
      );
      if (!transaction) throw new AppError('TRANSACTION_NOT_FOUND');
      if (transaction.status === 'pending' || transaction.postedOn === null)
        throw new AppError('TRANSACTION_PENDING');

      let statementClosingDate: CalendarDate;
      let statementId: string | null = null;
      const statement = transaction.statementId ? await core.getStatement(transaction.statementId) : null;
      if (statement && statement.cardAccountId === input.cardAccountId) {
        statementId = statement.id;
        statementClosingDate = statement.closingDate;
      } else {
        // Posted after the last statement: it will first show on the next one.
        statementClosingDate = nextDayOfMonth(transaction.postedOn, account.closingDay);
      }

      const recorded =
        input.receivedAt === undefined && input.conversationId
          ? await recordedReceipt(input.conversationId, recordedKindsFor(input.reason))
          : null;
      const receivedAt = input.receivedAt ?? recorded ?? clock.now();
      const receivedOn = issuerDateOf(receivedAt);
      const clocks = computeDisputeClocks({
        receivedAt,
        statement: { closingDate: statementClosingDate },
        closingDates: closingDatesForDay(account.closingDay, receivedOn, 3),
      });
      const amountCents = Math.abs(transaction.amountCents);
      const merchantContact = input.merchantContact?.trim()
        ? redact(input.merchantContact.trim()).redacted.slice(0, 1000)
        : null;
      const title =
        input.language === 'es'
          ? `Disputa: ${formatCents(amountCents)} en ${transaction.merchant}`
          : `Dispute: ${formatCents(amountCents)} at ${transaction.merchant}`;

      return base.inTransaction(tx, async (t) => {
        // One pending dispute per transaction, across nodes.
        await t.execute(
          sql`select pg_advisory_xact_lock(hashtext(${`dispute:${input.cardAccountId}:${input.transactionId}`}))`,
        );
        const [existing] = await t
          .select({ c: cases, d: disputes })
          .from(disputes)
          .innerJoin(cases, eq(cases.id, disputes.caseId))
          .where(
            and(
              eq(disputes.cardAccountId, input.cardAccountId),
              eq(disputes.transactionId, input.transactionId),
              eq(disputes.pending, true),
            ),
          );
        if (existing) {
          return {
            case: opened(existing.c),
            created: false,
            withinWindow: existing.d.withinWindow,
            receivedAt: existing.d.receivedAt,
            acknowledgementDueOn: existing.d.acknowledgementDueOn,
            resolutionDueOn: existing.d.resolutionDueOn,
          };
        }
        const { receivedAt: _instant, ...storedClocks } = clocks;
        let row: DisputeRow | undefined;
        const result = await base.openIn(
          t,
          {
            type: 'dispute',
            cardmemberId: input.cardmemberId,
            cardAccountId: input.cardAccountId,
            conversationId: input.conversationId ?? null,
            actor: input.actor,
            title,
            language: input.language,
            details: {
              transactionId: transaction.id,
              reason: input.reason,
              amountCents,
              merchant: transaction.merchant,
            },
            ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
          },
          async (t2, caseRow) => {
            [row] = await t2
              .insert(disputes)
              .values({
                caseId: caseRow.id,
                cardAccountId: input.cardAccountId,
                transactionId: transaction.id,
                statementId,
                statementClosingDate,
                amountCents,
                merchant: transaction.merchant,
                transactedOn: transaction.transactedOn,
                reason: input.reason,
                merchantContact,
                receivedAt,
                noticeWindowEndsOn: clocks.noticeWindowEndsOn,
                withinWindow: clocks.noticeTimely,
                acknowledgementDueOn: clocks.acknowledgementDueOn,
                resolutionDueOn: clocks.resolutionDueOn,
                resolutionDueBy: clocks.resolutionDueBy,
                clocks: storedClocks as unknown as Record<string, unknown>,
              })
              .returning();
            const facts = factsOf(caseRow, row!);
            if (!clocks.noticeTimely) {
              await base.appendEvent(t2, caseRow, {
                actor: { kind: 'system', id: 'cases' },
                kind: 'notice_window_missed',
                text: `Notice received ${clocks.receivedOn}, after the 60-day window ended ${clocks.noticeWindowEndsOn}: accepted, flagged for review.`,
                data: { noticeWindowEndsOn: clocks.noticeWindowEndsOn, receivedOn: clocks.receivedOn },
              });
            }
            await base.appendEvent(t2, caseRow, {
              actor: { kind: 'system', id: 'cases' },
              kind: 'notice_sent',
              text: disputeReceivedNotice(facts, input.language).subject,
              data: {
                acknowledgementDueOn: clocks.acknowledgementDueOn,
                resolutionDueOn: clocks.resolutionDueOn,
              },
              visibility: 'all',
            });
            await notify(t2, caseRow, disputeReceivedNotice(facts, input.language));
            await base.audit(
              {
                actor: base.auditActor(input.actor),
                action: 'dispute.received',
                subject: { type: 'case', id: caseRow.id },
                cardAccountId: input.cardAccountId,
                conversationId: input.conversationId ?? null,
                after: {
                  reference: caseRow.reference,
                  transactionId: transaction.id,
                  reason: input.reason,
                  amountCents,
                  receivedAt: receivedAt.toISOString(),
                  receivedFrom: input.receivedAt ? 'caller' : recorded ? 'recorded_request' : 'now',
                  withinWindow: clocks.noticeTimely,
                  resolutionDueOn: clocks.resolutionDueOn,
                },
              },
              t2,
            );
          },
        );
        if (!result.created) {
          // Same idempotency key as an earlier request: its dispute, whatever this one named.
          const [d] = await t.select().from(disputes).where(eq(disputes.caseId, result.row.id));
          if (!d) throw new AppError('VALIDATION_FAILED', 'This idempotency key belongs to another case.');
          row = d;
        }
        return {
          case: opened(result.row),
          created: result.created,
          withinWindow: row!.withinWindow,
          receivedAt: row!.receivedAt,
          acknowledgementDueOn: row!.acknowledgementDueOn,
          resolutionDueOn: row!.resolutionDueOn,
        };
      });
    },

    /** The written acknowledgement (due within 30 days unless resolved by then). */
    async acknowledge(caseId: string, actor: CaseActor, note?: string, tx?: Tx): Promise<OpenedCase> {
      return base.inTransaction(tx, async (t) => {
        const { caseRow, row } = await lockDispute(t, caseId);
        await base.transitionIn(t, caseRow, 'acknowledge', actor, note);
        await t.update(disputes).set({ acknowledgedAt: clock.now() }).where(eq(disputes.caseId, caseId));
        await notify(
          t,
          caseRow,
          disputeAcknowledgedNotice(factsOf(caseRow, row), caseRow.language as CaseLanguage),
        );
        return opened(caseRow);
      });
    },

    /**
     * Resolves: with an error found, the credit; with none, the explanation, the amount owed, and the
     * earliest day it may be reported delinquent (the later of the grace period and 10 days).
     */
    async resolve(
      caseId: string,
      resolution: DisputeResolution,
      actor: CaseActor,
      note?: string,
      tx?: Tx,
    ): Promise<OpenedCase> {
      const access = await db
        .select({ cardAccountId: cases.cardAccountId })
        .from(cases)
        .where(eq(cases.id, caseId));
      if (!access[0]) throw new AppError('CASE_NOT_FOUND');
      const account = resolution.errorFound ? null : await core.getCardAccount(access[0].cardAccountId);
      return base.inTransaction(tx, async (t) => {
        const { caseRow, row } = await lockDispute(t, caseId);
        const language = caseRow.language as CaseLanguage;
        const now = clock.now();
        const facts = factsOf(caseRow, row);
        if (resolution.errorFound) {
          if (!Number.isInteger(resolution.creditCents) || resolution.creditCents <= 0)
            throw new AppError('VALIDATION_FAILED', 'creditCents must be a positive whole number of cents');
          await base.transitionIn(t, caseRow, 'resolve_credit', actor, note);
          await t
            .update(disputes)
            .set({
              pending: false,
              resolvedAt: now,
              outcome: 'credit',
              creditedCents: resolution.creditCents,
            })
            .where(eq(disputes.caseId, caseId));
          await notify(t, caseRow, disputeCreditNotice(facts, resolution.creditCents, language));
        } else {
          const explanation = redact(resolution.explanation.trim()).redacted.slice(0, 4000);
          if (!explanation)
            throw new AppError('VALIDATION_FAILED', 'a no-error resolution needs an explanation');
          if (!Number.isInteger(resolution.amountOwedCents) || resolution.amountOwedCents < 0)
            throw new AppError(
              'VALIDATION_FAILED',
              'amountOwedCents must be a whole number of cents, 0 or more',
            );
          if (!account) throw new AppError('CARD_ACCOUNT_NOT_ALLOWED');
          const noticeOn = issuerDateOf(now);
          // The grace period runs to the account's next payment due date after the notice.
          const nextDue = nextDayOfMonth(addDays(noticeOn, 1), account.dueDay);
          const window = delinquencyReportWindow({
            resolutionNoticeOn: noticeOn,
            gracePeriodDays: daysBetween(noticeOn, nextDue),
          });
          await base.transitionIn(t, caseRow, 'resolve_no_error', actor, note);
          await t
            .update(disputes)
            .set({
              pending: false,
              resolvedAt: now,
              outcome: 'no_error',
              amountOwedCents: resolution.amountOwedCents,
              explanation,
              delinquencyReportEarliestOn: window.earliestReportOn,
            })
            .where(eq(disputes.caseId, caseId));
          await notify(
            t,
            caseRow,
            disputeNoErrorNotice(
              facts,
              {
                explanation,
                amountOwedCents: resolution.amountOwedCents,
                protectedThrough: window.protectedThrough,
              },
              language,
            ),
          );
        }
        await base.audit(
          {
            actor: base.auditActor(actor),
            action: 'dispute.resolved',
            subject: { type: 'case', id: caseId },
            cardAccountId: caseRow.cardAccountId,
            conversationId: caseRow.conversationId,
            after: resolution.errorFound
              ? { outcome: 'credit', creditedCents: resolution.creditCents }
              : { outcome: 'no_error', amountOwedCents: resolution.amountOwedCents },
          },
          t,
        );
        return opened(caseRow);
      });
    },

    /** The customer withdraws the dispute: the amount is part of the balance again. */
    async withdraw(caseId: string, actor: CaseActor, note?: string, tx?: Tx): Promise<OpenedCase> {
      return base.inTransaction(tx, async (t) => {
        const { caseRow, row } = await lockDispute(t, caseId);
        await base.transitionIn(t, caseRow, 'withdraw', actor, note);
        await t
          .update(disputes)
          .set({ pending: false, outcome: 'withdrawn' })
          .where(eq(disputes.caseId, caseId));
        await notify(
          t,
          caseRow,
          disputeWithdrawnNotice(factsOf(caseRow, row), caseRow.language as CaseLanguage),
        );
        return opened(caseRow);
      });
    },

    disputeHolds,

    /** The transaction ids of a card account's pending disputes (for the console's charge pickers). */
    async pendingTransactionIds(cardAccountId: string): Promise<string[]> {
      const rows = await db
        .select({ transactionId: disputes.transactionId })
        .from(disputes)
        .where(and(eq(disputes.cardAccountId, cardAccountId), eq(disputes.pending, true)));
      return rows.map((r) => r.transactionId);
    },

    /**
     * What the customer is asked to pay on the latest statement with pending disputes left out (charges
     * billed on that statement or earlier), or null when the account has no statement yet.
     */
    async amountDueExcludingDisputes(cardAccountId: string): Promise<AmountDueExcludingDisputes | null> {
      const [statement] = await core.listStatements(cardAccountId);
      if (!statement) return null;
      const holds = (await disputeHolds(cardAccountId)).filter(
        (h) => h.statementClosingDate <= statement.closingDate,
      );
      const effects = disputedAmountEffects({
        amountDueCents: statement.statementBalanceCents,
        minimumDueCents: statement.minimumDueCents,
        disputes: holds,
      });
      return {
        ...effects,
        statementId: statement.id,
        dueDate: statement.dueDate,
        statementBalanceCents: statement.statementBalanceCents,
        statementMinimumDueCents: statement.minimumDueCents,
        disputesExcluded: holds.length,
      };
    },
  };
}
