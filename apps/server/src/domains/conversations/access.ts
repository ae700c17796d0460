import type { Conversation } from '@clearline/protocol';
import { AppError } from '../../platform/errors.ts';
import type { AgentPrincipal, Principal } from '../../platform/principal.ts';
import { isSupervisor } from '../../platform/principal.ts';
import { isTerminal } from './conversation-status.ts';

/** The columns access decisions depend on. */
export interface AccessRow {
  cardmemberId: string;
  cardAccountId: string;
  assignedAgentId: string | null;
  status: string;
  queue: string;
  /** The overflow queue whose agents may also take it from `overflowAt` on. */
  overflowQueue?: string | null;
  overflowAt?: Date | null;
  /** Agents taking part now (the assignee, invited agents, supervisors who joined), when loaded. */
  agentParticipants?: readonly string[] | null;
}

/** Customers read their own conversations on accounts their token covers; agents by role and queue. */
export function canRead(principal: Principal, row: AccessRow, at?: Date): boolean {
  if (principal.kind === 'customer') {
    return (
      row.cardmemberId === principal.cardmemberId && principal.cardAccountIds.includes(row.cardAccountId)
    );
  }
  return canAgentRead(principal, row, at);
}

/** Whether a waiting conversation may be taken by this agent (its queue, or its overflow once due). */
export function servesWaiting(agent: AgentPrincipal, row: AccessRow, at?: Date): boolean {
  if (agent.queues.includes(row.queue)) return true;
  return Boolean(
    at &&
      row.overflowQueue &&
      row.overflowAt &&
      row.overflowAt.getTime() <= at.getTime() &&
      agent.queues.includes(row.overflowQueue),
  );
}

export function canAgentRead(agent: AgentPrincipal, row: AccessRow, at?: Date): boolean {
  if (isSupervisor(agent)) return true;
  if (row.assignedAgentId === agent.agentId) return true;
  // Agents invited into the conversation (a conference) read it while they take part.
  if (row.agentParticipants?.includes(agent.agentId)) return true;
  // Waiting conversations are visible to the agents who may take them.
  return row.status === 'queued' && servesWaiting(agent, row, at);
}

/** Why this reader may not write a message now, or null when they may. */
export function writeRefusal(principal: Principal, row: AccessRow): AppError | null {
  const status = row.status as Conversation['status'];
  if (isTerminal(status)) return new AppError('CONVERSATION_CLOSED');
  if (principal.kind === 'agent') {
    const mine =
      row.assignedAgentId === principal.agentId ||
      Boolean(row.agentParticipants?.includes(principal.agentId));
    if (!(mine || isSupervisor(principal)) || (status !== 'assigned' && status !== 'on_hold')) {
      return new AppError('FORBIDDEN', 'Accept the conversation before replying.');
    }
  }
  return null;
}
