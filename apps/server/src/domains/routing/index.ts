/* The routing domain's public entry: agent capacity and presence, and the wait estimate. */

export { type MetricsSource, registerRoutingRoutes } from './routing.routes.ts';
export {
  createRoutingService,
  DEFAULT_MAX_CHATS,
  type Presence,
  type RoutingService,
} from './routing.service.ts';
export * from './wait-estimate/index.ts';
