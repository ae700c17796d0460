import { z } from 'zod';
import { ZConversationId } from './ids.ts';
import { ZStepUpChallengeId } from './step-up.ts';

/*
 * Cardmember workflows (issue 6 §3-§5): card actions, payments and fees, rewards, account changes,
 * credit and travel. One service carries them out for two front doors, the assistant's flows and the
 * agent console (`POST /api/v1/agent/conversations/:id/workflows/:workflow`). The
 * conversation names the cardmember and the card account: a body never does.
 *
 * `idempotencyKey`: the same key for the same cardmember and workflow acts once and returns the first
 * result (a double-submitted lock, payment or redemption acts once). Sensitive changes carry the id
 * of a verified step-up challenge for their action (see step-up.ts), spent once.
 */

export const WORKFLOW_NAMES = [
  'lock_card',
  'unlock_card',
  'report_lost_stolen',
  'replace_damaged_card',
  'make_payment',
  'change_due_date',
  'request_fee_credit',
  'redeem_points',
  'report_redemption_problem',
  'add_authorized_user',
  'remove_authorized_user',
  'update_contact_details',
  'update_preferences',
  'credit_limit_eligibility',
  'apr_disclosure',
  'product_change_options',
  'travel_itinerary',
] as const;
export const ZWorkflowName = z.enum(WORKFLOW_NAMES);
export type WorkflowName = z.infer<typeof ZWorkflowName>;

export const ZIdempotencyKey = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');

const ZCoreId = z.string().min(1).max(80);
const ZCalendarDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD');

export const ZPostalAddress = z
  .object({
    line1: z.string().trim().min(1).max(100),
    line2: z.string().trim().max(100).optional(),
    city: z.string().trim().min(1).max(60),
    state: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter state code'),
    zip: z.string().regex(/^\d{5}(-\d{4})?$/, 'must be a ZIP code'),
  })
  .strict();
export type PostalAddressInput = z.input<typeof ZPostalAddress>;

const base = { idempotencyKey: ZIdempotencyKey.optional() };
const stepUp = { stepUpChallengeId: ZStepUpChallengeId.optional() };
const ZName = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{M}' .-]+$/u, 'letters, spaces, apostrophes, dots and hyphens only');

/** One body schema per workflow. */
export const WORKFLOW_SCHEMAS = {
  lock_card: z.object({ ...base, cardId: ZCoreId }).strict(),
  unlock_card: z.object({ ...base, cardId: ZCoreId }).strict(),
  report_lost_stolen: z
    .object({
      ...base,
      ...stepUp,
      cardId: ZCoreId,
      reason: z.enum(['lost', 'stolen']),
      /** Ship somewhere other than the address on file (needs a `reissue_new_address` step-up). */
      shipTo: ZPostalAddress.optional(),
    })
    .strict(),
  replace_damaged_card: z
    .object({ ...base, ...stepUp, cardId: ZCoreId, shipTo: ZPostalAddress.optional() })
    .strict(),
  make_payment: z
    .object({
      ...base,
      bankAccountId: ZCoreId,
      amountCents: z.number().int().positive().max(1_000_000_000),
      /** Omitted: now. A later day schedules the payment. */
      paymentDate: ZCalendarDate.optional(),
    })
    .strict(),
  change_due_date: z.object({ ...base, newDueDay: z.number().int().min(1).max(28) }).strict(),
  /** Without a fee id: the most recent late fee not credited yet. */
  request_fee_credit: z.object({ ...base, feeTransactionId: ZCoreId.optional() }).strict(),
  redeem_points: z.object({ ...base, transactionIds: z.array(ZCoreId).min(1).max(50) }).strict(),
  report_redemption_problem: z
    .object({ ...base, description: z.string().trim().min(1).max(1000), redemptionId: ZCoreId.optional() })
    .strict(),
  add_authorized_user: z.object({ ...base, ...stepUp, firstName: ZName, lastName: ZName }).strict(),
  remove_authorized_user: z.object({ ...base, ...stepUp, authorizedUserId: ZCoreId }).strict(),
  /** Each changed field needs a verified step-up of its own action (phone_change, email_change, address_change). */
  update_contact_details: z
    .object({
      ...base,
      phone: z
        .string()
        .trim()
        .regex(/^\+?[\d\s().-]{10,20}$/, 'must be a phone number')
        .optional(),
      email: z.email().max(254).optional(),
      address: ZPostalAddress.optional(),
      stepUpChallengeIds: z
        .object({
          phone: ZStepUpChallengeId.optional(),
          email: ZStepUpChallengeId.optional(),
          address: ZStepUpChallengeId.optional(),
        })
        .strict()
        .default({}),
    })
    .strict()
    .refine((b) => b.phone !== undefined || b.email !== undefined || b.address !== undefined, {
      message: 'change at least one of phone, email, address',
    }),
  update_preferences: z
    .object({
      ...base,
      paperlessStatements: z.boolean().optional(),
      paymentReminders: z
        .object({ email: z.boolean().optional(), sms: z.boolean().optional() })
        .strict()
        .optional(),
      marketingOptIn: z.boolean().optional(),
    })
    .strict(),
  credit_limit_eligibility: z
    .object({ requestedLimitCents: z.number().int().positive().max(100_000_000).optional() })
    .strict(),
  apr_disclosure: z.object({}).strict(),
  product_change_options: z.object({}).strict(),
  travel_itinerary: z.object({ reference: z.string().trim().min(3).max(20) }).strict(),
} satisfies Record<WorkflowName, z.ZodType>;

export type WorkflowInput<W extends WorkflowName> = z.output<(typeof WORKFLOW_SCHEMAS)[W]>;
export type WorkflowBody<W extends WorkflowName> = z.input<(typeof WORKFLOW_SCHEMAS)[W]>;

export const ZWorkflowParams = z.object({
  id: ZConversationId,
  workflow: ZWorkflowName,
});

export const ZAccountOverviewParams = z.object({ id: ZConversationId });

/*
 * What `GET /api/v1/agent/conversations/:id/account-overview` answers: the account at a glance for the
 * agent console, from the issuer core (last four digits only). Amounts are integer cents; dates
 * `YYYY-MM-DD` (New York).
 */

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ZOverviewAddress = z.object({
  line1: z.string(),
  line2: z.string().optional(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
});
export type OverviewAddress = z.infer<typeof ZOverviewAddress>;

export const ZOverviewCard = z.object({
  id: z.string(),
  holderName: z.string(),
  last4: z.string(),
  role: z.enum(['primary', 'authorized_user']),
  status: z.enum(['active', 'locked', 'blocked', 'replaced']),
  /** YYYY-MM */
  expires: z.string(),
});
export type OverviewCard = z.infer<typeof ZOverviewCard>;

export const ZOverviewReplacementOrder = z.object({
  id: z.string(),
  replacesCardId: z.string(),
  cardId: z.string(),
  reason: z.enum(['lost', 'stolen', 'damaged']),
  last4: z.string(),
  newNumber: z.boolean(),
  holderName: z.string(),
  shipTo: ZOverviewAddress,
  shipsToAddressOnFile: z.boolean(),
  orderedOn: ZDay,
  status: z.enum(['ordered', 'shipped', 'delivered']),
  carrier: z.string(),
  shipsOn: ZDay,
  estimatedDeliveryOn: ZDay,
  deliveredOn: ZDay.nullable(),
});
export type OverviewReplacementOrder = z.infer<typeof ZOverviewReplacementOrder>;

export const ZOverviewPayment = z.object({
  id: z.string(),
  bankAccountId: z.string(),
  bankAccountLast4: z.string(),
  bankName: z.string(),
  amountCents: z.number().int(),
  paymentDate: ZDay,
  creditedOn: ZDay,
  status: z.enum(['scheduled', 'pending', 'posted', 'cancelled']),
  transactionId: z.string(),
  requestedAt: z.string(),
});
export type OverviewPayment = z.infer<typeof ZOverviewPayment>;

/** A posted purchase the agent can pick (to dispute it, or to pay it with points). */
export const ZRecentCharge = z.object({
  /** The transaction id the dispute intake and `redeem_points` take. */
  id: z.string(),
  transactedOn: ZDay,
  postedOn: ZDay,
  merchant: z.string(),
  /** Positive. */
  amountCents: z.number().int(),
  /** Last four digits of the card used. */
  cardLast4: z.string(),
  /** The statement it first appeared on; null while it has not been billed yet. */
  statement: z.object({ id: z.string(), closingDate: ZDay }).nullable(),
  /** True while a dispute of this charge is pending (Regulation Z protections apply). */
  disputePending: z.boolean(),
});
export type RecentCharge = z.infer<typeof ZRecentCharge>;

/** How far back `recentCharges` goes, in days before today (New York). */
export const RECENT_CHARGES_DAYS = 120;
/** At most this many charges are listed. */
export const RECENT_CHARGES_MAX = 100;

export const ZAccountOverview = z.object({
  asOf: ZDay,
  account: z.object({
    id: z.string(),
    productName: z.string(),
    network: z.string(),
    last4: z.string(),
    status: z.enum(['open', 'restricted', 'closed']),
    creditLimitCents: z.number().int(),
    currentBalanceCents: z.number().int(),
    availableCreditCents: z.number().int(),
    purchaseAprBps: z.number().int(),
    dueDay: z.number().int(),
    closingDay: z.number().int(),
  }),
  cards: z.array(ZOverviewCard),
  replacementOrders: z.array(ZOverviewReplacementOrder),
  /** Linked bank accounts (last four only). */
  bankAccounts: z.array(
    z.object({
      id: z.string(),
      bankName: z.string(),
      accountType: z.enum(['checking', 'savings']),
      last4: z.string(),
      isDefault: z.boolean(),
    }),
  ),
  paymentsDue: z
    .object({
      statementClosingDate: ZDay,
      dueDate: ZDay,
      statementBalanceCents: z.number().int(),
      minimumDueCents: z.number().int(),
      paidSinceStatementCents: z.number().int(),
      remainingMinimumCents: z.number().int(),
      remainingStatementBalanceCents: z.number().int(),
      pastDue: z.boolean(),
      cutoff: z.object({ hour: z.number().int(), minute: z.number().int(), zone: z.string() }),
    })
    .nullable(),
  /** The ten latest payments. */
  payments: z.array(ZOverviewPayment),
  /** Posted purchases of the last `RECENT_CHARGES_DAYS` days, newest first. */
  recentCharges: z.array(ZRecentCharge),
  dueDateChange: z
    .object({
      previousDueDay: z.number().int(),
      newDueDay: z.number().int(),
      transitionClosingDate: ZDay,
      firstNewDueDate: ZDay,
      noLateFeeThrough: ZDay,
      requestedOn: ZDay,
    })
    .nullable(),
  rewards: z
    .object({
      program: z.string(),
      pointsBalance: z.number().int(),
      pendingPoints: z.number().int(),
      centsPerPointX100: z.number().int(),
      cashValueCents: z.number().int(),
      updatedAt: z.string(),
    })
    .nullable(),
  authorizedUsers: z.array(
    z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      cardLast4: z.string(),
      addedOn: ZDay,
      status: z.enum(['active', 'removed']),
    }),
  ),
  contact: z.object({ email: z.string(), phone: z.string(), address: ZOverviewAddress }).nullable(),
  preferences: z
    .object({
      paperlessStatements: z.boolean(),
      paymentReminders: z.object({ email: z.boolean(), sms: z.boolean() }),
      marketingOptIn: z.boolean(),
    })
    .nullable(),
});
export type AccountOverview = z.infer<typeof ZAccountOverview>;
