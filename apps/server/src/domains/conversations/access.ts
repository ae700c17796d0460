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
}

/** Customers read their own conversations on accounts their token covers; agents by role and queue. */
export function canRead(principal: Principal, row: AccessRow): boolean {
  if (principal.kind === 'customer') {
    return (
      row.cardmemberId === principal.cardmemberId && principal.cardAccountIds.includes(row.cardAccountId)
    );
  }
  return canAgentRead(principal, row);
}

export function canAgentRead(agent: AgentPrincipal, row: AccessRow): boolean {
  if (isSupervisor(agent)) return true;
  if (row.assignedAgentId === agent.agentId) return true;
  // Waiting conversations are visible to the agents who may take them.
  return row.status === 'queued' && agent.queues.includes(row.queue);
}

/** Why this reader may not write a message now, or null when they may. */
export function writeRefusal(principal: Principal, row: AccessRow): AppError | null {
  const status = row.status as Conversation['status'];
  if (isTerminal(status)) return new AppError('CONVERSATION_CLOSED');
  if (principal.kind === 'agent') {
    const mine = row.assignedAgentId === principal.agentId;
    if (!(mine || isSupervisor(principal)) || (status !== 'assigned' && status !== 'on_hold')) {
      return new AppError('FORBIDDEN', 'Accept the conversation before replying.');
    }
  }
  return null;
}
