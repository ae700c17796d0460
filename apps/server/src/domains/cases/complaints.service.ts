import { COMPLAINT_CATEGORIES, type ComplaintCategory, type ComplaintView } from '@clearline/protocol';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { redact } from '../security/index.ts';
import { type CalendarDate, issuerDateOf } from './calendar.ts';
import type { CaseActor, CaseCore, CaseRow, OpenedCase } from './cases.service.ts';
import { complaints } from './cases.tables.ts';
import {
  type CaseLanguage,
  type ComplaintFacts,
  complaintReceivedNotice,
  complaintResponseNotice,
  complaintTitle,
  escalatedText,
} from './cases.texts.ts';
import { type ComplaintClocks, complaintClockStatus, computeComplaintClocks } from './complaint-clocks.ts';

type ComplaintRow = typeof complaints.$inferSelect;

export interface ComplaintLogInput {
  cardmemberId: string;
  cardAccountId: string;
  conversationId?: string | null;
  actor: CaseActor;
  language: 'en' | 'es';
  category: ComplaintCategory;
  /** The customer's words; redacted before they are stored. */
  words: string;
  /**
   * When the complaint reached the issuer. Without it: the time the assistant recorded a complaint in
   * this conversation (`recorded_requests`), else now.
   */
  receivedAt?: Date;
  idempotencyKey?: string;
}

export interface ComplaintLogResult {
  case: OpenedCase;
  created: boolean;
  receivedAt: Date;
  firstResponseDueOn: CalendarDate;
  finalResponseDueOn: CalendarDate;
}

function clocksOf(row: ComplaintRow): ComplaintClocks {
  return {
    receivedAt: row.receivedAt,
    receivedOn: issuerDateOf(row.receivedAt),
    firstResponseDueOn: row.firstResponseDueOn,
    finalResponseDueOn: row.finalResponseDueOn,
  };
}

export function complaintView(row: ComplaintRow, now: Date): ComplaintView {
  return {
    category: row.category as ComplaintCategory,
    words: row.words,
    receivedAt: row.receivedAt.toISOString(),
    firstResponseDueOn: row.firstResponseDueOn,
    finalResponseDueOn: row.finalResponseDueOn,
    firstRespondedAt: row.firstRespondedAt?.toISOString() ?? null,
    finalRespondedAt: row.finalRespondedAt?.toISOString() ?? null,
    escalated: row.escalated,
    clocks: complaintClockStatus(clocksOf(row), {
      now,
      firstRespondedAt: row.firstRespondedAt,
      finalRespondedAt: row.finalRespondedAt,
    }),
  };
}

function factsOf(caseRow: CaseRow, row: ComplaintRow): ComplaintFacts {
  return {
    reference: caseRow.reference,
    receivedOn: issuerDateOf(row.receivedAt),
    firstResponseDueOn: row.firstResponseDueOn,
    finalResponseDueOn: row.finalResponseDueOn,
  };
}

export type ComplaintService = ReturnType<typeof createComplaintService>;

/**
 * Complaints with the CFPB's expectations: a first response within 15 days and a final one within
 * 60 (complaint-clocks.ts), an acknowledgement in the customer's secure messages, responses as
 * status actions, and escalation to a supervisor on the timeline.
 */
export function createComplaintService(base: CaseCore) {
  const { clock, core } = base;

  const recordedReceipt = (conversationId: string) => base.earliestRecorded(conversationId, ['complaint']);
  const notify = base.notifyIn;

  async function lockComplaint(tx: Tx, caseId: string): Promise<{ caseRow: CaseRow; row: ComplaintRow }> {
    const caseRow = await base.lockCase(tx, caseId);
    const [row] =
      caseRow.type === 'complaint'
        ? await tx.select().from(complaints).where(eq(complaints.caseId, caseId))
        : [];
    if (!row) throw new AppError('CASE_ACTION_NOT_ALLOWED', 'This case is not a complaint.');
    return { caseRow, row };
  }

  const opened = (r: CaseRow): OpenedCase => ({
    id: r.id,
    reference: r.reference,
    type: 'complaint',
    status: r.status as OpenedCase['status'],
  });

  return {
    /** Logs a complaint: a case with its 15/60-day clocks and an acknowledgement secure message. */
    async log(input: ComplaintLogInput, tx?: Tx): Promise<ComplaintLogResult> {
      if (!COMPLAINT_CATEGORIES.includes(input.category))
        throw new AppError('VALIDATION_FAILED', `category must be one of ${COMPLAINT_CATEGORIES.join(', ')}`);
      const words = redact(input.words.trim()).redacted.slice(0, 4000);
      if (!words) throw new AppError('VALIDATION_FAILED', 'a complaint needs the customer’s words');
      if (!(await core.ownsCardAccount(input.cardmemberId, input.cardAccountId)))
        throw new AppError('CARD_ACCOUNT_NOT_ALLOWED');
      const recorded =
        input.receivedAt === undefined && input.conversationId
          ? await recordedReceipt(input.conversationId)
          : null;
      const receivedAt = input.receivedAt ?? recorded ?? clock.now();
      const clocks = computeComplaintClocks(receivedAt);

      return base.inTransaction(tx, async (t) => {
        let row: ComplaintRow | undefined;
        const result = await base.openIn(
          t,
          {
            type: 'complaint',
            cardmemberId: input.cardmemberId,
            cardAccountId: input.cardAccountId,
            conversationId: input.conversationId ?? null,
            actor: input.actor,
            title: complaintTitle(input.category, input.language),
            language: input.language,
            details: { category: input.category },
            ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
          },
          async (t2, caseRow) => {
            [row] = await t2
              .insert(complaints)
              .values({
                caseId: caseRow.id,
                category: input.category,
                words,
                receivedAt,
                firstResponseDueOn: clocks.firstResponseDueOn,
                finalResponseDueOn: clocks.finalResponseDueOn,
              })
              .returning();
            const notice = complaintReceivedNotice(factsOf(caseRow, row!), input.language);
            await base.appendEvent(t2, caseRow, {
              actor: { kind: 'system', id: 'cases' },
              kind: 'notice_sent',
              text: notice.subject,
              data: {
                firstResponseDueOn: clocks.firstResponseDueOn,
                finalResponseDueOn: clocks.finalResponseDueOn,
              },
              visibility: 'all',
            });
            await notify(t2, caseRow, notice);
            await base.audit(
              {
                actor: base.auditActor(input.actor),
                action: 'complaint.received',
                subject: { type: 'case', id: caseRow.id },
                cardAccountId: input.cardAccountId,
                conversationId: input.conversationId ?? null,
                after: {
                  reference: caseRow.reference,
                  category: input.category,
                  receivedAt: receivedAt.toISOString(),
                  receivedFrom: input.receivedAt ? 'caller' : recorded ? 'recorded_request' : 'now',
                  firstResponseDueOn: clocks.firstResponseDueOn,
                  finalResponseDueOn: clocks.finalResponseDueOn,
                },
              },
              t2,
            );
          },
        );
        if (!result.created) {
          const [c] = await t.select().from(complaints).where(eq(complaints.caseId, result.row.id));
          if (!c) throw new AppError('VALIDATION_FAILED', 'This idempotency key belongs to another case.');
          row = c;
        }
        return {
          case: opened(result.row),
          created: result.created,
          receivedAt: row!.receivedAt,
          firstResponseDueOn: row!.firstResponseDueOn,
          finalResponseDueOn: row!.finalResponseDueOn,
        };
      });
    },

    /**
     * Sends the first or the final response: the status action, the response time for the clocks, and
     * the response in the customer's secure messages (`message`, redacted, after a standard lead).
     */
    async respond(
      caseId: string,
      which: 'first' | 'final',
      actor: CaseActor,
      message?: string,
      note?: string,
      tx?: Tx,
    ): Promise<OpenedCase> {
      return base.inTransaction(tx, async (t) => {
        const { caseRow, row } = await lockComplaint(t, caseId);
        await base.transitionIn(
          t,
          caseRow,
          which === 'first' ? 'send_first_response' : 'send_final_response',
          actor,
          note,
        );
        const now = clock.now();
        await t
          .update(complaints)
          .set(
            which === 'first' ? { firstRespondedAt: row.firstRespondedAt ?? now } : { finalRespondedAt: now },
          )
          .where(eq(complaints.caseId, caseId));
        const text = message?.trim() ? redact(message.trim()).redacted.slice(0, 4000) : undefined;
        await notify(
          t,
          caseRow,
          complaintResponseNotice(factsOf(caseRow, row), which, text, caseRow.language as CaseLanguage),
        );
        return opened(caseRow);
      });
    },

    /** Passes the complaint to a supervisor: a timeline entry the customer sees, audited. Once. */
    async escalate(caseId: string, actor: CaseActor, note?: string, tx?: Tx): Promise<OpenedCase> {
      return base.inTransaction(tx, async (t) => {
        const { caseRow, row } = await lockComplaint(t, caseId);
        if (row.escalated) return opened(caseRow);
        if (caseRow.status === 'closed' || caseRow.status === 'withdrawn')
          throw new AppError(
            'CASE_ACTION_NOT_ALLOWED',
            'A closed or withdrawn complaint cannot be escalated.',
          );
        await t
          .update(complaints)
          .set({ escalated: true, escalatedAt: clock.now() })
          .where(eq(complaints.caseId, caseId));
        await base.appendEvent(t, caseRow, {
          actor,
          kind: 'escalated',
          text: escalatedText(caseRow.language as CaseLanguage),
          data: { to: 'supervisor' },
          visibility: 'all',
        });
        if (note) await base.appendEvent(t, caseRow, { actor, kind: 'note', text: redact(note).redacted });
        await base.audit(
          {
            actor: base.auditActor(actor),
            action: 'complaint.escalated',
            subject: { type: 'case', id: caseId },
            cardAccountId: caseRow.cardAccountId,
            conversationId: caseRow.conversationId,
            after: { escalated: true, reference: caseRow.reference },
          },
          t,
        );
        return opened(caseRow);
      });
    },
  };
}
