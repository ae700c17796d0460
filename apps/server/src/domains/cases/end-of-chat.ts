/*
 * The end-of-chat summary as the conversations domain asks for it: what was done (the assistant's
 * steps), the cases opened from this chat with their next dates, and the reference numbers given; kept
 * for the customer in secure messages in the transaction that ends the chat.
 */
import type { CaseDetail } from '@clearline/protocol';
import type { Tx } from '../../platform/db.ts';
import type { CaseService } from './cases.service.ts';
import { buildChatSummary, type SummaryCase, type SummaryDeadline } from './chat-summary.ts';

export interface EndOfChatInput {
  conversationId: string;
  cardmemberId: string;
  cardAccountId: string;
  language: 'en' | 'es';
  agentName: string | null;
  references: Array<{ reference: string; action: string }>;
  endedAt: Date;
}

export interface PreparedSummary {
  subject: string;
  body: string;
  references: string[];
}

/** The dates a customer should know for a case, as far as its state shows them. */
export function deadlinesOf(detail: CaseDetail): SummaryDeadline[] {
  const out: SummaryDeadline[] = [];
  if (detail.dispute?.pending) {
    if (!detail.dispute.acknowledgedAt)
      out.push({ kind: 'acknowledge_by', date: detail.dispute.acknowledgementDueOn });
    out.push({ kind: 'resolve_by', date: detail.dispute.resolutionDueOn });
  }
  if (detail.complaint && !detail.complaint.finalRespondedAt) {
    if (!detail.complaint.firstRespondedAt)
      out.push({ kind: 'first_response_by', date: detail.complaint.firstResponseDueOn });
    out.push({ kind: 'final_response_by', date: detail.complaint.finalResponseDueOn });
  }
  return out;
}

export function createEndOfChat(deps: {
  cases: CaseService;
  /** The assistant's steps for the customer in this conversation (empty without an assistant). */
  steps: (conversationId: string) => Promise<string[]>;
}) {
  return {
    async prepare(input: EndOfChatInput): Promise<PreparedSummary | null> {
      const opened = (await deps.cases.listForCardAccount(input.cardAccountId)).filter(
        (c) => c.conversationId === input.conversationId,
      );
      const cases: SummaryCase[] = [];
      for (const c of opened.reverse()) {
        const detail = await deps.cases.detail(c.id, 'customer');
        cases.push({
          reference: c.reference,
          type: c.type,
          status: c.status,
          title: c.title,
          deadlines: deadlinesOf(detail),
        });
      }
      return buildChatSummary({
        language: input.language,
        endedAt: input.endedAt,
        steps: await deps.steps(input.conversationId),
        references: input.references,
        cases,
        agentName: input.agentName,
      });
    },
    async keep(tx: Tx, input: EndOfChatInput, summary: PreparedSummary): Promise<void> {
      await deps.cases.postSecureMessage(
        {
          cardmemberId: input.cardmemberId,
          cardAccountId: input.cardAccountId,
          conversationId: input.conversationId,
          kind: 'chat_summary',
          subject: summary.subject,
          body: summary.body,
          language: input.language,
        },
        tx,
      );
    },
  };
}
