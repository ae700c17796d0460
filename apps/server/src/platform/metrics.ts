import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** One registry per server instance, so that tests may run several servers in one process. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'clearline_' });
  return {
    registry,
    connections: new Gauge({
      name: 'clearline_socket_connections',
      help: 'Open Socket.IO connections on this node',
      labelNames: ['namespace'] as const,
      registers: [registry],
    }),
    messages: new Counter({
      name: 'clearline_messages_total',
      help: 'Chat messages stored, by author kind',
      labelNames: ['author'] as const,
      registers: [registry],
    }),
    duplicateSends: new Counter({
      name: 'clearline_message_retries_total',
      help: 'Sends answered with an already stored message (client retries)',
      registers: [registry],
    }),
    ackLatency: new Histogram({
      name: 'clearline_ack_latency_seconds',
      help: 'Time from receiving a client event to sending its acknowledgement',
      labelNames: ['event', 'outcome'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'clearline_errors_total',
      help: 'Errors returned to clients, by code',
      labelNames: ['code'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
