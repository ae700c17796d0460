/* The workflows domain's public entry (issue 6 §3-§5): one service for the assistant and the agent console. */
export type { CaseActor, OpenCaseInput, OpenedCase, SecureMessageInput, WorkflowCases } from './ports.ts';
export { registerWorkflowRoutes } from './workflows.routes.ts';
export {
  createWorkflowService,
  statementPayments,
  type WorkflowContext,
  type WorkflowDeps,
  type WorkflowOutcome,
  type WorkflowResult,
  type WorkflowService,
} from './workflows.service.ts';
