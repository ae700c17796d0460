/*
 * Case types and the case status state machine, as pure functions with exhaustive switches.
 *
 * Three lifecycles:
 * - dispute (Regulation Z billing error): open → acknowledged → investigating → resolved_credit (error
 *   found, credited) or resolved_no_error (explanation and amount owed), or withdrawn by the customer;
 *   every outcome is then closed. An acknowledgement is not needed when the dispute is resolved within
 *   30 days, so open may resolve directly.
 * - complaint (CFPB expectations): received → first_response → final_response → closed; a final
 *   response may come first, and the customer may withdraw before the final response.
 * - service requests (card_replacement, fee_credit, account_change, general): open → in_progress →
 *   completed or declined, or withdrawn; then closed.
 * `closed` is terminal for every type: a reopened matter is a new case that links the old reference.
 */

export type CaseType =
  | 'dispute'
  | 'complaint'
  | 'card_replacement'
  | 'fee_credit'
  | 'account_change'
  | 'general';

export const CASE_TYPES: readonly CaseType[] = [
  'dispute',
  'complaint',
  'card_replacement',
  'fee_credit',
  'account_change',
  'general',
];

export type CaseStatus =
  // disputes
  | 'open'
  | 'acknowledged'
  | 'investigating'
  | 'resolved_credit'
  | 'resolved_no_error'
  // complaints
  | 'received'
  | 'first_response'
  | 'final_response'
  // service requests (and `open`)
  | 'in_progress'
  | 'completed'
  | 'declined'
  // every type
  | 'withdrawn'
  | 'closed';

export const CASE_STATUSES: readonly CaseStatus[] = [
  'open',
  'acknowledged',
  'investigating',
  'resolved_credit',
  'resolved_no_error',
  'received',
  'first_response',
  'final_response',
  'in_progress',
  'completed',
  'declined',
  'withdrawn',
  'closed',
];

export type CaseAction =
  | 'acknowledge'
  | 'investigate'
  | 'resolve_credit'
  | 'resolve_no_error'
  | 'send_first_response'
  | 'send_final_response'
  | 'start'
  | 'complete'
  | 'decline'
  | 'withdraw'
  | 'close';

export const CASE_ACTIONS: readonly CaseAction[] = [
  'acknowledge',
  'investigate',
  'resolve_credit',
  'resolve_no_error',
  'send_first_response',
  'send_final_response',
  'start',
  'complete',
  'decline',
  'withdraw',
  'close',
];

export type CaseLifecycle = 'dispute' | 'complaint' | 'service';

export function lifecycleOf(type: CaseType): CaseLifecycle {
  switch (type) {
    case 'dispute':
      return 'dispute';
    case 'complaint':
      return 'complaint';
    case 'card_replacement':
    case 'fee_credit':
    case 'account_change':
    case 'general':
      return 'service';
    default: {
      const exhaustive: never = type;
      return exhaustive;
    }
  }
}

/** The status a new case of this type starts in. */
export function initialCaseStatus(type: CaseType): CaseStatus {
  switch (lifecycleOf(type)) {
    case 'dispute':
    case 'service':
      return 'open';
    case 'complaint':
      return 'received';
  }
}

function nextDisputeStatus(status: CaseStatus, action: CaseAction): CaseStatus | null {
  switch (status) {
    case 'open':
      switch (action) {
        case 'acknowledge':
          return 'acknowledged';
        case 'resolve_credit':
          return 'resolved_credit';
        case 'resolve_no_error':
          return 'resolved_no_error';
        case 'withdraw':
          return 'withdrawn';
        default:
          return null;
      }
    case 'acknowledged':
      switch (action) {
        case 'investigate':
          return 'investigating';
        case 'resolve_credit':
          return 'resolved_credit';
        case 'resolve_no_error':
          return 'resolved_no_error';
        case 'withdraw':
          return 'withdrawn';
        default:
          return null;
      }
    case 'investigating':
      switch (action) {
        case 'resolve_credit':
          return 'resolved_credit';
        case 'resolve_no_error':
          return 'resolved_no_error';
        case 'withdraw':
          return 'withdrawn';
        default:
          return null;
      }
    case 'resolved_credit':
    case 'resolved_no_error':
    case 'withdrawn':
      return action === 'close' ? 'closed' : null;
    case 'closed':
    case 'received':
    case 'first_response':
    case 'final_response':
    case 'in_progress':
    case 'completed':
    case 'declined':
      return null;
    default: {
      const exhaustive: never = status;
      return exhaustive;
    }
  }
}

function nextComplaintStatus(status: CaseStatus, action: CaseAction): CaseStatus | null {
  switch (status) {
    case 'received':
      switch (action) {
        case 'send_first_response':
          return 'first_response';
        case 'send_final_response':
          return 'final_response';
        case 'withdraw':
          return 'withdrawn';
        default:
          return null;
      }
    case 'first_response':
      switch (action) {
        case 'send_final_response':
          return 'final_response';
        case 'withdraw':
          return 'withdrawn';
        default:
          return null;
      }
    case 'final_response':
    case 'withdrawn':
      return action === 'close' ? 'closed' : null;
    case 'closed':
    case 'open':
    case 'acknowledged':
    case 'investigating':
    case 'resolved_credit':
    case 'resolved_no_error':
    case 'in_progress':
    case 'completed':
    case 'declined':
      return null;
    default: {
      const exhaustive: never = status;
      return exhaustive;
    }
  }
}

function nextServiceStatus(status: CaseStatus, action: CaseAction): CaseStatus | null {
  switch (status) {
    case 'open':
      switch (action) {
        case 'start':
          return 'in_progress';
        case 'complete':
          return 'completed';
        case 'decline':
          return 'declined';
        case 'withdraw':
          return 'withdrawn';
        default:
          return null;
      }
    case 'in_progress':
      switch (action) {
        case 'complete':
          return 'completed';
        case 'decline':
          return 'declined';
        case 'withdraw':
          return 'withdrawn';
        default:
          return null;
      }
    case 'completed':
    case 'declined':
    case 'withdrawn':
      return action === 'close' ? 'closed' : null;
    case 'closed':
    case 'acknowledged':
    case 'investigating':
    case 'resolved_credit':
    case 'resolved_no_error':
    case 'received':
    case 'first_response':
    case 'final_response':
      return null;
    default: {
      const exhaustive: never = status;
      return exhaustive;
    }
  }
}

/**
 * The case state machine: the next status, or null when the action is not allowed for this type in
 * this status (including a status that does not belong to the type's lifecycle).
 */
export function nextCaseStatus(type: CaseType, status: CaseStatus, action: CaseAction): CaseStatus | null {
  const lifecycle = lifecycleOf(type);
  switch (lifecycle) {
    case 'dispute':
      return nextDisputeStatus(status, action);
    case 'complaint':
      return nextComplaintStatus(status, action);
    case 'service':
      return nextServiceStatus(status, action);
    default: {
      const exhaustive: never = lifecycle;
      return exhaustive;
    }
  }
}

/** The statuses a case of this type can be in. */
export function caseStatusesFor(type: CaseType): readonly CaseStatus[] {
  switch (lifecycleOf(type)) {
    case 'dispute':
      return [
        'open',
        'acknowledged',
        'investigating',
        'resolved_credit',
        'resolved_no_error',
        'withdrawn',
        'closed',
      ];
    case 'complaint':
      return ['received', 'first_response', 'final_response', 'withdrawn', 'closed'];
    case 'service':
      return ['open', 'in_progress', 'completed', 'declined', 'withdrawn', 'closed'];
  }
}

/** The actions allowed now, for the agent console's buttons. */
export function allowedCaseActions(type: CaseType, status: CaseStatus): CaseAction[] {
  return CASE_ACTIONS.filter((action) => nextCaseStatus(type, status, action) !== null);
}

export function isTerminalCaseStatus(status: CaseStatus): boolean {
  return status === 'closed';
}

/**
 * Whether the matter is still pending: for a dispute, the Regulation Z protections apply (the disputed
 * amount is not collected or reported delinquent) and the clocks run; for a complaint, the response
 * clocks run until the final response.
 */
export function isPendingCaseStatus(type: CaseType, status: CaseStatus): boolean {
  switch (lifecycleOf(type)) {
    case 'dispute':
      return status === 'open' || status === 'acknowledged' || status === 'investigating';
    case 'complaint':
      return status === 'received' || status === 'first_response';
    case 'service':
      return status === 'open' || status === 'in_progress';
  }
}
