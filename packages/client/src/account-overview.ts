import type { WorkflowName } from '@clearline/protocol';

/*
 * What `GET /api/v1/agent/conversations/:id/account-overview` and the workflow routes answer. The
 * server builds these from the issuer core; the protocol has no schema for them yet, so their shape is
 * written down here for the console. Amounts are integer cents; dates `YYYY-MM-DD` (New York).
 */

export interface OverviewAddress {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  zip: string;
}

export interface OverviewCard {
  id: string;
  holderName: string;
  last4: string;
  role: 'primary' | 'authorized_user';
  status: 'active' | 'locked' | 'blocked' | 'replaced';
  /** YYYY-MM */
  expires: string;
}

export interface OverviewReplacementOrder {
  id: string;
  replacesCardId: string;
  cardId: string;
  reason: 'lost' | 'stolen' | 'damaged';
  last4: string;
  newNumber: boolean;
  holderName: string;
  shipTo: OverviewAddress;
  shipsToAddressOnFile: boolean;
  orderedOn: string;
  status: 'ordered' | 'shipped' | 'delivered';
  carrier: string;
  shipsOn: string;
  estimatedDeliveryOn: string;
  deliveredOn: string | null;
}

export interface OverviewPayment {
  id: string;
  bankAccountId: string;
  bankAccountLast4: string;
  bankName: string;
  amountCents: number;
  paymentDate: string;
  creditedOn: string;
  status: 'scheduled' | 'pending' | 'posted' | 'cancelled';
  transactionId: string;
  requestedAt: string;
}

export interface AccountOverview {
  asOf: string;
  account: {
    id: string;
    productName: string;
    network: string;
    last4: string;
    status: 'open' | 'restricted' | 'closed';
    creditLimitCents: number;
    currentBalanceCents: number;
    availableCreditCents: number;
    purchaseAprBps: number;
    dueDay: number;
    closingDay: number;
  };
  cards: OverviewCard[];
  replacementOrders: OverviewReplacementOrder[];
  bankAccounts: Array<{
    id: string;
    bankName: string;
    accountType: 'checking' | 'savings';
    last4: string;
    isDefault: boolean;
  }>;
  paymentsDue: {
    statementClosingDate: string;
    dueDate: string;
    statementBalanceCents: number;
    minimumDueCents: number;
    paidSinceStatementCents: number;
    remainingMinimumCents: number;
    remainingStatementBalanceCents: number;
    pastDue: boolean;
    cutoff: { hour: number; minute: number; zone: string };
  } | null;
  payments: OverviewPayment[];
  dueDateChange: {
    previousDueDay: number;
    newDueDay: number;
    transitionClosingDate: string;
    firstNewDueDate: string;
    noLateFeeThrough: string;
    requestedOn: string;
  } | null;
  rewards: {
    program: string;
    pointsBalance: number;
    pendingPoints: number;
    centsPerPointX100: number;
    cashValueCents: number;
    updatedAt: string;
  } | null;
  authorizedUsers: Array<{
    id: string;
    firstName: string;
    lastName: string;
    cardLast4: string;
    addedOn: string;
    status: 'active' | 'removed';
  }>;
  contact: { email: string; phone: string; address: OverviewAddress } | null;
  preferences: {
    paperlessStatements: boolean;
    paymentReminders: { email: boolean; sms: boolean };
    marketingOptIn: boolean;
  } | null;
}

/** What a workflow did: its outcome, the reference to give the customer, and what to tell them. */
export interface WorkflowResult<D = Record<string, unknown>> {
  workflow: WorkflowName;
  outcome: 'completed' | 'scheduled' | 'sent_to_agent' | 'answered';
  reference: string;
  case: { id: string; reference: string; type: string; status: string } | null;
  /** In the conversation's language. */
  message: string;
  nextSteps: string[];
  data: D;
  /** An earlier request with the same idempotency key did this; nothing was done again. */
  replayed: boolean;
}
