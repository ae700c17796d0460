import type { ConversationStatus } from '@clearline/protocol';

/** What can happen to a conversation. Each action is allowed from some statuses only. */
export type ConversationAction =
  | 'handoff'
  | 'accept'
  | 'hold'
  | 'resume'
  | 'transfer'
  | 'resolve'
  | 'abandon'
  | 'return_to_assistant';

export const CONVERSATION_ACTIONS: readonly ConversationAction[] = [
  'handoff',
  'accept',
  'hold',
  'resume',
  'transfer',
  'resolve',
  'abandon',
  'return_to_assistant',
];

/**
 * The conversation state machine, as a pure function: the next status, or null when the action is
 * not allowed from this status. Terminal statuses (resolved, abandoned) allow nothing.
 */
export function nextConversationStatus(
  status: ConversationStatus,
  action: ConversationAction,
): ConversationStatus | null {
  switch (status) {
    case 'assistant':
      switch (action) {
        case 'handoff':
          return 'queued';
        case 'resolve':
          return 'resolved';
        case 'abandon':
          return 'abandoned';
        default:
          return null;
      }
    case 'queued':
      switch (action) {
        case 'accept':
          return 'assigned';
        case 'abandon':
          return 'abandoned';
        case 'return_to_assistant':
          return 'assistant';
        case 'transfer':
          return 'queued';
        default:
          return null;
      }
    case 'assigned':
      switch (action) {
        case 'hold':
          return 'on_hold';
        case 'transfer':
          return 'queued';
        case 'resolve':
          return 'resolved';
        // A customer who leaves a conversation an agent is handling ends it; it is not abandonment.
        case 'abandon':
          return 'resolved';
        default:
          return null;
      }
    case 'on_hold':
      switch (action) {
        case 'resume':
          return 'assigned';
        case 'transfer':
          return 'queued';
        case 'resolve':
          return 'resolved';
        case 'abandon':
          return 'resolved';
        default:
          return null;
      }
    case 'resolved':
    case 'abandoned':
      return null;
    default: {
      const exhaustive: never = status;
      return exhaustive;
    }
  }
}

export function isTerminal(status: ConversationStatus): boolean {
  return status === 'resolved' || status === 'abandoned';
}

/** Statuses in which the customer may still write. */
export function acceptsCustomerMessages(status: ConversationStatus): boolean {
  return !isTerminal(status);
}
