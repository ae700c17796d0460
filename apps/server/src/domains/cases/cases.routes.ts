import {
  type CaseDetail,
  type CaseIntakeResult,
  ZAgentCasesQuery,
  ZCaseActionRequest,
  ZCaseReferenceParams,
  ZComplaintIntakeRequest,
  ZDisputeIntakeRequest,
  ZSecureMessageParams,
} from '@clearline/protocol';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { parseWith, sendOk } from '../../platform/http.ts';
import { type AgentPrincipal, type CustomerPrincipal, isSupervisor } from '../../platform/principal.ts';
import type { CaseActor, CaseService } from './cases.service.ts';

function actorOf(agent: AgentPrincipal): CaseActor {
  return { kind: isSupervisor(agent) ? 'supervisor' : 'agent', id: agent.agentId };
}

const asAgent = (agent: AgentPrincipal) => ({ id: agent.agentId, role: agent.role });

/**
 * Cases over HTTP. Customers (bearer token) read their own cases, with the timeline entries meant
 * for them, and their secure messages; agents (session cookie) read and act on the cases of card
 * accounts they have handled a conversation on (supervisors: every case), and take disputes and
 * complaints in a conversation they are in. Another person's case is CASE_NOT_FOUND, never its data.
 */
export function registerCaseRoutes(
  app: FastifyInstance,
  deps: {
    cases: CaseService;
    auth: {
      customer(req: unknown): Promise<CustomerPrincipal>;
      agent(req: unknown): Promise<AgentPrincipal>;
    };
  },
) {
  const { cases, auth } = deps;

  /** The case a reference names, if this agent may see it; CASE_NOT_FOUND otherwise. */
  async function caseForAgent(agent: AgentPrincipal, params: unknown) {
    const { reference } = parseWith(ZCaseReferenceParams, params);
    const found = await cases.findByReference(reference);
    if (!found || !(await cases.agentMayAccess(asAgent(agent), found.caseId)))
      throw new AppError('CASE_NOT_FOUND');
    return found;
  }

  /* ---------- customers: their own cases and secure messages ---------- */

  app.get('/api/v1/cases', async (req, reply) => {
    const customer = await auth.customer(req);
    return sendOk(reply, await cases.listForCardmember(customer.cardmemberId));
  });

  app.get('/api/v1/cases/:reference', async (req, reply) => {
    const customer = await auth.customer(req);
    const { reference } = parseWith(ZCaseReferenceParams, req.params);
    const found = await cases.findByReference(reference);
    if (!found || found.cardmemberId !== customer.cardmemberId) throw new AppError('CASE_NOT_FOUND');
    return sendOk(reply, await cases.detail(found.caseId, 'customer'));
  });

  app.get('/api/v1/secure-messages', async (req, reply) => {
    const customer = await auth.customer(req);
    return sendOk(reply, await cases.listSecureMessages(customer.cardmemberId));
  });

  app.post('/api/v1/secure-messages/:id/read', async (req, reply) => {
    const customer = await auth.customer(req);
    const { id } = parseWith(ZSecureMessageParams, req.params);
    return sendOk(reply, await cases.markSecureMessageRead(customer.cardmemberId, id));
  });

  /* ---------- agents ---------- */

  app.get('/api/v1/agent/cases', async (req, reply) => {
    const agent = await auth.agent(req);
    const { cardAccountId } = parseWith(ZAgentCasesQuery, req.query);
    if (!isSupervisor(agent) && !(await cases.agentWasOnAccount(agent.agentId, cardAccountId)))
      throw new AppError('FORBIDDEN', 'You have not handled a conversation on this card account.');
    return sendOk(reply, await cases.listForCardAccount(cardAccountId));
  });

  app.get('/api/v1/agent/cases/:reference', async (req, reply) => {
    const agent = await auth.agent(req);
    const found = await caseForAgent(agent, req.params);
    return sendOk(reply, await cases.detail(found.caseId, 'agent'));
  });

  app.post('/api/v1/agent/cases/:reference/actions', async (req, reply) => {
    const agent = await auth.agent(req);
    const found = await caseForAgent(agent, req.params);
    const body = parseWith(ZCaseActionRequest, req.body);
    const actor = actorOf(agent);
    const { caseId } = found;
    const current: CaseDetail = await cases.detail(caseId, 'agent');
    switch (body.action) {
      case 'note':
        if (!body.note) throw new AppError('VALIDATION_FAILED', 'note: a note needs its text');
        await cases.addTimelineEvent(caseId, { actor, kind: 'note', text: body.note });
        break;
      case 'escalate':
        await cases.complaints.escalate(caseId, actor, body.note);
        break;
      case 'resolve_credit':
        if (current.type !== 'dispute') throw new AppError('CASE_ACTION_NOT_ALLOWED');
        if (body.creditCents === undefined)
          throw new AppError('VALIDATION_FAILED', 'creditCents: the amount credited is required');
        await cases.disputes.resolve(
          caseId,
          { errorFound: true, creditCents: body.creditCents },
          actor,
          body.note,
        );
        break;
      case 'resolve_no_error':
        if (current.type !== 'dispute') throw new AppError('CASE_ACTION_NOT_ALLOWED');
        if (body.explanation === undefined || body.amountOwedCents === undefined)
          throw new AppError(
            'VALIDATION_FAILED',
            'explanation and amountOwedCents: a no-error resolution needs both',
          );
        await cases.disputes.resolve(
          caseId,
          { errorFound: false, explanation: body.explanation, amountOwedCents: body.amountOwedCents },
          actor,
          body.note,
        );
        break;
      case 'send_first_response':
      case 'send_final_response':
        if (current.type === 'complaint') {
          await cases.complaints.respond(
            caseId,
            body.action === 'send_first_response' ? 'first' : 'final',
            actor,
            body.explanation,
            body.note,
          );
          break;
        }
        await cases.transition(caseId, body.action, actor, body.note);
        break;
      default:
        await cases.transition(caseId, body.action, actor, body.note);
    }
    return sendOk(reply, await cases.detail(caseId, 'agent'));
  });

  app.post('/api/v1/agent/disputes', async (req, reply) => {
    const agent = await auth.agent(req);
    const body = parseWith(ZDisputeIntakeRequest, req.body);
    const conversation = await cases.conversationForAgent(asAgent(agent), body.conversationId);
    const result = await cases.disputes.intake({
      cardmemberId: conversation.cardmemberId,
      cardAccountId: conversation.cardAccountId,
      conversationId: conversation.conversationId,
      transactionId: body.transactionId,
      reason: body.reason,
      merchantContact: body.merchantContact ?? null,
      actor: actorOf(agent),
      language: conversation.language,
      ...(body.idempotencyKey ? { idempotencyKey: body.idempotencyKey } : {}),
    });
    const data: CaseIntakeResult = {
      case: await cases.detail(result.case.id, 'agent'),
      created: result.created,
    };
    return sendOk(reply, data, result.created ? 201 : 200);
  });

  app.post('/api/v1/agent/complaints', async (req, reply) => {
    const agent = await auth.agent(req);
    const body = parseWith(ZComplaintIntakeRequest, req.body);
    const conversation = await cases.conversationForAgent(asAgent(agent), body.conversationId);
    const result = await cases.complaints.log({
      cardmemberId: conversation.cardmemberId,
      cardAccountId: conversation.cardAccountId,
      conversationId: conversation.conversationId,
      category: body.category,
      words: body.words,
      actor: actorOf(agent),
      language: conversation.language,
      ...(body.idempotencyKey ? { idempotencyKey: body.idempotencyKey } : {}),
    });
    const data: CaseIntakeResult = {
      case: await cases.detail(result.case.id, 'agent'),
      created: result.created,
    };
    return sendOk(reply, data, result.created ? 201 : 200);
  });
}
