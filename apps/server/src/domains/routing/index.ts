/* The routing domain's public entry: agent capacity and presence, and the wait estimate. */

export { formatOpening, isOpen, nextOpening } from './business-hours.ts';
export { type MetricsSource, registerQueueRoutes, registerRoutingRoutes } from './routing.routes.ts';
export {
  createRoutingService,
  DEFAULT_MAX_CHATS,
  type Presence,
  type QueueRoute,
  type RoutingService,
  STANDARD_QUEUES,
} from './routing.service.ts';
export * from './wait-estimate/index.ts';
