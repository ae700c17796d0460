import type { Tx } from '../../platform/db.ts';
import type { OpenCaseInput, OpenedCase, SecureMessageInput } from '../cases/index.ts';

/*
 * What the workflows need from other parts of Clearline, as a port: cases are opened (and secure
 * messages posted) through `WorkflowCases`, which the cases service implements (server.ts passes it;
 * tests may pass a recording implementation). The shapes are the cases domain's own.
 */

export type { CaseActor, OpenCaseInput, OpenedCase, SecureMessageInput } from '../cases/index.ts';

export interface WorkflowCases {
  open(input: OpenCaseInput, tx?: Tx): Promise<OpenedCase>;
  postSecureMessage(input: SecureMessageInput, tx?: Tx): Promise<{ id: string }>;
  /** The transaction ids of the card account's pending disputes (the cases service's disputes). */
  pendingDisputeTransactionIds(cardAccountId: string): Promise<string[]>;
}
