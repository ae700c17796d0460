import {
  type Conversation,
  WORKFLOW_SCHEMAS,
  ZAccountOverviewParams,
  ZWorkflowParams,
} from '@clearline/protocol';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { parseWith, sendOk } from '../../platform/http.ts';
import { type AgentPrincipal, isSupervisor } from '../../platform/principal.ts';
import type { CaseActor } from './ports.ts';
import type { WorkflowContext, WorkflowService } from './workflows.service.ts';

/*
 * The agent console's front door to the workflows. The conversation names the cardmember and the card
 * account; the agent must be taking part in it (its assigned agent, or a supervisor, who may barge in).
 */

const CLOSED = new Set(['resolved', 'abandoned']);

export function registerWorkflowRoutes(
  app: FastifyInstance,
  deps: {
    workflows: WorkflowService;
    /** The conversations service's `get`: CONVERSATION_NOT_FOUND when the agent may not read it. */
    conversations: { get(agent: AgentPrincipal, conversationId: string): Promise<Conversation> };
    auth: { agent(req: unknown): Promise<AgentPrincipal> };
  },
) {
  const { workflows, conversations, auth } = deps;

  async function contextFor(
    agent: AgentPrincipal,
    conversationId: string,
    options: { acting: boolean },
  ): Promise<WorkflowContext> {
    const conversation = await conversations.get(agent, conversationId);
    if (conversation.assignedAgentId !== agent.agentId && !isSupervisor(agent)) {
      throw new AppError('FORBIDDEN', 'Accept the conversation before acting on the account.');
    }
    if (options.acting && CLOSED.has(conversation.status)) throw new AppError('CONVERSATION_CLOSED');
    const actor: CaseActor = { kind: agent.role === 'agent' ? 'agent' : 'supervisor', id: agent.agentId };
    return {
      cardmemberId: conversation.cardmemberId,
      cardAccountId: conversation.cardAccountId,
      conversationId: conversation.id,
      actor,
      language: conversation.language,
    };
  }

  app.post('/api/v1/agent/conversations/:id/workflows/:workflow', async (req, reply) => {
    const agent = await auth.agent(req);
    const { id: conversationId, workflow } = parseWith(ZWorkflowParams, req.params);
    const body = parseWith(WORKFLOW_SCHEMAS[workflow], req.body) as { idempotencyKey?: string };
    const ctx = await contextFor(agent, conversationId, { acting: true });
    const { idempotencyKey, ...input } = body;
    return sendOk(
      reply,
      await workflows.run(workflow, { ...ctx, ...(idempotencyKey ? { idempotencyKey } : {}) }, input),
    );
  });

  app.get('/api/v1/agent/conversations/:id/account-overview', async (req, reply) => {
    const agent = await auth.agent(req);
    const { id: conversationId } = parseWith(ZAccountOverviewParams, req.params);
    const ctx = await contextFor(agent, conversationId, { acting: false });
    return sendOk(reply, await workflows.accountOverview(ctx));
  });
}
