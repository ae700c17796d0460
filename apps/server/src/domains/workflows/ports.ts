import type { Tx } from '../../platform/db.ts';
import type { CaseStatus, CaseType } from '../cases/index.ts';

/*
 * What the workflows need from other parts of Clearline, as ports (INTERFACES.md): cases are opened
 * through `WorkflowCases` (the cases service when the branches merge), with exactly these shapes.
 */

/** Who acts in a workflow (and in a case event). */
export type CaseActor = { kind: 'customer' | 'assistant' | 'agent' | 'supervisor' | 'system'; id?: string };

export interface OpenCaseInput {
  type: CaseType;
  cardmemberId: string;
  cardAccountId: string;
  conversationId?: string | null;
  actor: CaseActor;
  /** Short, already redacted. */
  title: string;
  language: 'en' | 'es';
  /** Type-specific facts (JSON). */
  details?: Record<string, unknown>;
  /** Open a service request already finished (e.g. a fee credited at once). */
  status?: 'completed' | 'declined';
  /** Same key + cardmember → the same case, no second one. */
  idempotencyKey?: string;
}

export interface OpenedCase {
  id: string;
  reference: string;
  type: CaseType;
  status: CaseStatus;
}

export interface SecureMessageInput {
  cardmemberId: string;
  cardAccountId?: string | null;
  caseId?: string | null;
  conversationId?: string | null;
  kind: 'case_update' | 'notice' | 'chat_summary' | 'upload_request';
  subject: string;
  body: string;
  language: 'en' | 'es';
}

export interface WorkflowCases {
  open(input: OpenCaseInput, tx?: Tx): Promise<OpenedCase>;
  postSecureMessage(input: SecureMessageInput, tx?: Tx): Promise<{ id: string }>;
  /** The transaction ids of the card account's pending disputes (the cases service's disputes). */
  pendingDisputeTransactionIds(cardAccountId: string): Promise<string[]>;
}
