import type { WorkflowName } from '@clearline/protocol';

/*
 * What `GET /api/v1/agent/conversations/:id/account-overview` answers: the protocol's schema
 * (`ZAccountOverview`), re-exported under the names the console uses. Amounts are integer cents;
 * dates `YYYY-MM-DD` (New York).
 */
export type {
  AccountOverview,
  OverviewAddress,
  OverviewCard,
  OverviewPayment,
  OverviewReplacementOrder,
  RecentCharge,
} from '@clearline/protocol';

/** What a workflow did: its outcome, the reference to give the customer, and what to tell them. */
export interface WorkflowResult<D = Record<string, unknown>> {
  workflow: WorkflowName;
  outcome: 'completed' | 'scheduled' | 'sent_to_agent' | 'answered';
  reference: string;
  case: { id: string; reference: string; type: string; status: string } | null;
  /** In the conversation's language. */
  message: string;
  nextSteps: string[];
  data: D;
  /** An earlier request with the same idempotency key did this; nothing was done again. */
  replayed: boolean;
}
