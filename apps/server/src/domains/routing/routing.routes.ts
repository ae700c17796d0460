import { ZQueuesUpdate } from '@clearline/protocol';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { parseWith, sendOk } from '../../platform/http.ts';
import { type AgentPrincipal, isSupervisor } from '../../platform/principal.ts';
import type { RoutingService } from './routing.service.ts';

const ZMetricsQuery = z
  .object({
    /** Start of the period (ISO 8601); default: the start of today (UTC). */
    since: z.iso.datetime({ offset: true }).optional(),
    /** Service-level target: answered within this many seconds. */
    targetSeconds: z.coerce.number().int().min(1).max(3600).default(60),
  })
  .strict();

export interface MetricsSource {
  metrics(
    since: Date,
    targetSeconds: number,
  ): Promise<{
    since: string;
    queues: Array<{ queue: string } & Record<string, unknown>>;
    agents: Array<{ agentId: string } & Record<string, unknown>>;
    assistant: Record<string, unknown>;
  }>;
  loads(agentIds: string[]): Promise<Record<string, number>>;
}

/** Supervisors' live and historical figures: GET /api/v1/supervisor/metrics. */
export function registerRoutingRoutes(
  app: FastifyInstance,
  deps: {
    routing: RoutingService;
    source: MetricsSource;
    auth: { agent(req: unknown): Promise<AgentPrincipal> };
    now: () => Date;
  },
) {
  app.get('/api/v1/supervisor/metrics', async (req, reply) => {
    const agent = await deps.auth.agent(req);
    if (!isSupervisor(agent)) throw new AppError('FORBIDDEN', 'Supervisors only.');
    const q = parseWith(ZMetricsQuery, req.query);
    const now = deps.now();
    const since = q.since ? new Date(q.since) : new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
    const figures = await deps.source.metrics(since, q.targetSeconds);
    const queues = await Promise.all(
      figures.queues.map(async (row) => {
        const staffed = await deps.routing.staffing(row.queue);
        const loads = await deps.source.loads(staffed.map((a) => a.id));
        return {
          ...row,
          agentsOnline: staffed.length,
          agentsAvailable: staffed.filter((a) => a.accepting && (loads[a.id] ?? 0) < a.capacity).length,
        };
      }),
    );
    return sendOk(reply, { ...figures, queues, targetSeconds: q.targetSeconds });
  });
}

/**
 * Queue configuration for supervisors: GET /api/v1/supervisor/queues (every queue with its hours,
 * holidays, overflow rule, whether it is open now and when it next opens) and PUT (replaces the
 * named queues' configuration; validated as a whole and audited).
 */
export function registerQueueRoutes(
  app: FastifyInstance,
  deps: { routing: RoutingService; auth: { agent(req: unknown): Promise<AgentPrincipal> } },
) {
  const supervisor = async (req: unknown) => {
    const agent = await deps.auth.agent(req);
    if (!isSupervisor(agent)) throw new AppError('FORBIDDEN', 'Supervisors only.');
    return agent;
  };
  app.get('/api/v1/supervisor/queues', async (req, reply) => {
    await supervisor(req);
    return sendOk(reply, await deps.routing.listQueues());
  });
  app.put('/api/v1/supervisor/queues', async (req, reply) => {
    const agent = await supervisor(req);
    const body = parseWith(ZQueuesUpdate, req.body);
    await deps.routing.putQueues(agent, body.queues);
    return sendOk(reply, await deps.routing.listQueues());
  });
}
