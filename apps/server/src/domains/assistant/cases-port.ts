/*
 * The assistant's door to the cases domain: the same dispute, complaint and case services the agent
 * console calls ("one implementation, two front doors"), narrowed to what the dialog needs and acting
 * as the assistant. Reads are the customer's view (only timeline entries meant for them).
 */
import type { CaseDetail } from '@clearline/protocol';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { type CaseService, issuerDateOf } from '../cases/index.ts';
import type { AssistantCases, CaseFacts } from './dialog/types.ts';

const ASSISTANT = { kind: 'assistant', id: 'assistant' } as const;
/** Case statuses after which nothing more is expected. */
const DONE = new Set([
  'resolved_credit',
  'resolved_no_error',
  'final_response',
  'completed',
  'declined',
  'withdrawn',
  'closed',
]);
/** How many cases a status answer reads in full. */
const MAX_CASES = 10;

/** The dates still ahead of the customer for a case, in order. */
export function nextDates(detail: CaseDetail, today: string): CaseFacts['next'] {
  if (DONE.has(detail.status)) return [];
  const next: CaseFacts['next'] = [];
  if (detail.dispute?.pending) {
    if (!detail.dispute.acknowledgedAt && detail.dispute.acknowledgementDueOn >= today)
      next.push({ kind: 'acknowledge_by', date: detail.dispute.acknowledgementDueOn });
    next.push({ kind: 'resolve_by', date: detail.dispute.resolutionDueOn });
  }
  if (detail.complaint) {
    if (!detail.complaint.firstRespondedAt && !detail.complaint.finalRespondedAt)
      next.push({ kind: 'first_response_by', date: detail.complaint.firstResponseDueOn });
    if (!detail.complaint.finalRespondedAt)
      next.push({ kind: 'final_response_by', date: detail.complaint.finalResponseDueOn });
  }
  return next;
}

function factsOf(detail: CaseDetail, now: Date): CaseFacts {
  return {
    id: detail.id,
    reference: detail.reference,
    type: detail.type,
    status: detail.status,
    title: detail.title,
    conversationId: detail.conversationId,
    next: nextDates(detail, issuerDateOf(now)),
  };
}

/** Whether this case was opened with this idempotency key (the same request again, not another one). */
async function openedWithKey(db: Db, caseId: string, key: string): Promise<boolean> {
  // The cases domain's table, read by name (as it reads the assistant's recorded_requests).
  const result = await db.execute(
    sql`select 1 from cases where id::text = ${caseId} and idempotency_key = ${key} limit 1`,
  );
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}

export function casesForAssistant(cases: CaseService, db: Db, now: () => Date): AssistantCases {
  return {
    async openDispute(input) {
      const result = await cases.disputes.intake({
        cardmemberId: input.cardmemberId,
        cardAccountId: input.cardAccountId,
        conversationId: input.conversationId,
        transactionId: input.transactionId,
        reason: input.reason,
        merchantContact: input.merchantContact,
        language: input.language,
        idempotencyKey: input.idempotencyKey,
        actor: ASSISTANT,
      });
      // A second turn with the same key (a race between nodes) gets the same case: the same answer.
      const sameRequest = !result.created && (await openedWithKey(db, result.case.id, input.idempotencyKey));
      return {
        caseId: result.case.id,
        reference: result.case.reference,
        created: result.created,
        sameRequest,
        withinWindow: result.withinWindow,
        acknowledgementDueOn: result.acknowledgementDueOn,
        resolutionDueOn: result.resolutionDueOn,
      };
    },

    async logComplaint(input) {
      const result = await cases.complaints.log({
        cardmemberId: input.cardmemberId,
        cardAccountId: input.cardAccountId,
        conversationId: input.conversationId,
        category: input.category,
        words: input.words,
        language: input.language,
        idempotencyKey: input.idempotencyKey,
        actor: ASSISTANT,
      });
      return {
        caseId: result.case.id,
        reference: result.case.reference,
        firstResponseDueOn: result.firstResponseDueOn,
        finalResponseDueOn: result.finalResponseDueOn,
      };
    },

    async escalateComplaint(caseId) {
      await cases.complaints.escalate(
        caseId,
        ASSISTANT,
        'The customer asked the assistant for a supervisor.',
      );
    },

    async casesOf(cardmemberId) {
      const list = (await cases.listForCardmember(cardmemberId)).slice(0, MAX_CASES);
      const details = await Promise.all(list.map((c) => cases.detail(c.id, 'customer')));
      return details.map((d) => factsOf(d, now()));
    },

    async caseByReference(cardmemberId, reference) {
      const access = await cases.findByReference(reference);
      // Someone else's case is "not found", exactly like a reference that does not exist.
      if (!access || access.cardmemberId !== cardmemberId) return null;
      return factsOf(await cases.detail(access.caseId, 'customer'), now());
    },
  };
}
