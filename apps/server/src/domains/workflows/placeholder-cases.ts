import { randomUUID } from 'node:crypto';
import { newReference } from '../../platform/reference.ts';
import { initialCaseStatus } from '../cases/index.ts';
import type { WorkflowCases } from './ports.ts';

/*
 * replaced by the cases service when branches merge.
 *
 * A stand-in for the WorkflowCases port until the cases branch is merged: it stores nothing and keeps
 * nothing in memory; each case gets a fresh reference number. (A repeated workflow never opens its case
 * twice anyway: the workflow's idempotency record returns the first result.)
 */
export function createPlaceholderWorkflowCases(): WorkflowCases {
  return {
    async open(input) {
      return {
        id: randomUUID(),
        reference: newReference(),
        type: input.type,
        status: input.status ?? initialCaseStatus(input.type),
      };
    },
    async postSecureMessage() {
      return { id: randomUUID() };
    },
  };
}
