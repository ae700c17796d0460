import { ZConversationId } from '@clearline/protocol';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseWith, sendOk } from '../../platform/http.ts';
import type { AgentPrincipal, CustomerPrincipal } from '../../platform/principal.ts';
import type { ConversationService } from './conversations.service.ts';
import { transcriptFileName, transcriptText } from './transcript-text.ts';

const ZIdParams = z.object({ id: ZConversationId });

export function registerConversationRoutes(
  app: FastifyInstance,
  deps: {
    conversations: ConversationService;
    auth: {
      customer(req: unknown): Promise<CustomerPrincipal>;
      agent(req: unknown): Promise<AgentPrincipal>;
    };
  },
) {
  const { conversations, auth } = deps;

  /* The customer's own conversations and transcripts. */
  app.get('/api/v1/conversations', async (req, reply) => {
    const customer = await auth.customer(req);
    return sendOk(reply, await conversations.listForCustomer(customer));
  });
  app.get('/api/v1/conversations/:id/transcript', async (req, reply) => {
    const customer = await auth.customer(req);
    const { id } = parseWith(ZIdParams, req.params);
    return sendOk(reply, await conversations.transcript(customer, id));
  });

  /* The same transcript as a text file to keep (customer-visible messages only, already redacted). */
  app.get('/api/v1/conversations/:id/transcript/download', async (req, reply) => {
    const customer = await auth.customer(req);
    const { id } = parseWith(ZIdParams, req.params);
    const transcript = await conversations.transcript(customer, id);
    return reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('content-disposition', `attachment; filename="${transcriptFileName(transcript)}"`)
      .header('cache-control', 'no-store')
      .send(transcriptText(transcript, 'customer'));
  });

  /* Supervisors: every conversation agents are handling now (to monitor, whisper, barge in, reassign). */
  app.get('/api/v1/supervisor/conversations', async (req, reply) => {
    const agent = await auth.agent(req);
    return sendOk(reply, await conversations.listHandled(agent));
  });

  /* Agents: what their role and queues allow. */
  app.get('/api/v1/agent/conversations/:id/transcript', async (req, reply) => {
    const agent = await auth.agent(req);
    const { id } = parseWith(ZIdParams, req.params);
    return sendOk(reply, await conversations.transcript(agent, id));
  });
}
