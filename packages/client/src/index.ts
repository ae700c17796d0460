export type {
  AccountOverview,
  OverviewAddress,
  OverviewCard,
  OverviewPayment,
  OverviewReplacementOrder,
  RecentCharge,
  WorkflowResult,
} from './account-overview.ts';
export {
  AgentClient,
  type AgentClientOptions,
  type AgentEvents,
  type QueueMetrics,
  type QueueStatus,
  type SupervisorMetrics,
} from './agent-client.ts';
export {
  BaseClient,
  type BaseClientOptions,
  type BaseEvents,
  type ConnectionStatus,
  type PendingMessage,
} from './base-client.ts';
export { CustomerClient, type CustomerClientOptions, type CustomerEvents } from './customer-client.ts';
export { ClearlineError, type ClientErrorCode, isRetryable } from './errors.ts';
export { eventText, type Translate } from './event-text.ts';
export { Timeline } from './timeline.ts';
