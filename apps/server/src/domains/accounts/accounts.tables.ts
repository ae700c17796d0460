import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/*
 * Tables of the embedded demo issuer core. A real deployment talks to the issuer's own core over
 * HTTP instead; these exist only so that Clearline runs end to end on one machine. Card numbers are
 * never stored: only the last four digits and the network.
 */

export const coreCardmembers = pgTable('core_cardmembers', {
  id: text('id').primaryKey(),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  email: text('email').notNull(),
  phone: text('phone').notNull(),
  preferredLanguage: text('preferred_language').notNull().default('en'),
  /** { line1, line2?, city, state, zip } */
  address: jsonb('address').notNull(),
  memberSince: date('member_since').notNull(),
  /** Customer segment: consumer or small_business. */
  segment: text('segment').notNull().default('consumer'),
});

export const coreCardAccounts = pgTable(
  'core_card_accounts',
  {
    id: text('id').primaryKey(),
    cardmemberId: text('cardmember_id')
      .notNull()
      .references(() => coreCardmembers.id),
    productName: text('product_name').notNull(),
    network: text('network').notNull(),
    last4: text('last4').notNull(),
    status: text('status').notNull().default('open'),
    openedOn: date('opened_on').notNull(),
    creditLimitCents: bigint('credit_limit_cents', { mode: 'number' }).notNull(),
    currentBalanceCents: bigint('current_balance_cents', { mode: 'number' }).notNull(),
    purchaseAprBps: integer('purchase_apr_bps').notNull(),
    /** Day of month the payment is due (1-28). */
    dueDay: integer('due_day').notNull(),
    /** Day of month the statement closes (1-28). */
    closingDay: integer('closing_day').notNull(),
  },
  (t) => [index('core_card_accounts_cardmember_idx').on(t.cardmemberId)],
);

export const coreCards = pgTable(
  'core_cards',
  {
    id: text('id').primaryKey(),
    cardAccountId: text('card_account_id')
      .notNull()
      .references(() => coreCardAccounts.id),
    holderName: text('holder_name').notNull(),
    last4: text('last4').notNull(),
    /** primary | authorized_user */
    role: text('role').notNull(),
    /** active | locked | blocked | replaced */
    status: text('status').notNull().default('active'),
    /** YYYY-MM */
    expires: text('expires').notNull(),
    /** [{ wallet: 'apple_pay' | 'google_pay' | 'samsung_pay', status, deviceName }] */
    walletTokens: jsonb('wallet_tokens').notNull().default([]),
  },
  (t) => [index('core_cards_account_idx').on(t.cardAccountId)],
);

export const coreStatements = pgTable(
  'core_statements',
  {
    id: text('id').primaryKey(),
    cardAccountId: text('card_account_id')
      .notNull()
      .references(() => coreCardAccounts.id),
    periodStart: date('period_start').notNull(),
    closingDate: date('closing_date').notNull(),
    dueDate: date('due_date').notNull(),
    previousBalanceCents: bigint('previous_balance_cents', { mode: 'number' }).notNull(),
    statementBalanceCents: bigint('statement_balance_cents', { mode: 'number' }).notNull(),
    minimumDueCents: bigint('minimum_due_cents', { mode: 'number' }).notNull(),
  },
  (t) => [index('core_statements_account_idx').on(t.cardAccountId, t.closingDate)],
);

export const coreTransactions = pgTable(
  'core_transactions',
  {
    id: text('id').primaryKey(),
    cardAccountId: text('card_account_id')
      .notNull()
      .references(() => coreCardAccounts.id),
    /** Null while pending or after the last statement closed. */
    statementId: text('statement_id').references(() => coreStatements.id),
    transactedOn: date('transacted_on').notNull(),
    postedOn: date('posted_on'),
    merchant: text('merchant').notNull(),
    category: text('category').notNull(),
    /** purchase | payment | refund | fee | interest | credit */
    kind: text('kind').notNull(),
    /** Positive charges, negative payments and credits. */
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    cardLast4: text('card_last4').notNull(),
    /** pending | posted */
    status: text('status').notNull().default('posted'),
  },
  (t) => [index('core_transactions_account_idx').on(t.cardAccountId, t.transactedOn)],
);

export const coreRewards = pgTable('core_rewards', {
  cardAccountId: text('card_account_id')
    .primaryKey()
    .references(() => coreCardAccounts.id),
  program: text('program').notNull(),
  pointsBalance: bigint('points_balance', { mode: 'number' }).notNull(),
  pendingPoints: bigint('pending_points', { mode: 'number' }).notNull().default(0),
  /** Cents one point is worth when paying with points. */
  centsPerPoint: integer('cents_per_point_x100').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const coreAuthorizedUsers = pgTable(
  'core_authorized_users',
  {
    id: text('id').primaryKey(),
    cardAccountId: text('card_account_id')
      .notNull()
      .references(() => coreCardAccounts.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    cardLast4: text('card_last4').notNull(),
    addedOn: date('added_on').notNull(),
    /** active | removed */
    status: text('status').notNull().default('active'),
  },
  (t) => [index('core_authorized_users_account_idx').on(t.cardAccountId)],
);

export const coreTravelBookings = pgTable(
  'core_travel_bookings',
  {
    id: text('id').primaryKey(),
    cardmemberId: text('cardmember_id')
      .notNull()
      .references(() => coreCardmembers.id),
    cardAccountId: text('card_account_id')
      .notNull()
      .references(() => coreCardAccounts.id),
    reference: text('reference').notNull(),
    /** flight | hotel | car */
    kind: text('kind').notNull(),
    /** Free-form itinerary: segments, property, dates. */
    itinerary: jsonb('itinerary').notNull(),
    totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
    /** booked | cancelled | completed */
    status: text('status').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [index('core_travel_bookings_cardmember_idx').on(t.cardmemberId)],
);

/* ---------- changes made through Clearline (issue 6 §3-§5) ---------- */

/** Replacement cards: lost or stolen (new number) or damaged (same number). Status follows from the dates. */
export const coreReplacementOrders = pgTable(
  'core_replacement_orders',
  {
    id: text('id').primaryKey(),
    cardAccountId: text('card_account_id')
      .notNull()
      .references(() => coreCardAccounts.id),
    replacesCardId: text('replaces_card_id')
      .notNull()
      .references(() => coreCards.id),
    cardId: text('card_id')
      .notNull()
      .references(() => coreCards.id),
    /** lost | stolen | damaged */
    reason: text('reason').notNull(),
    last4: text('last4').notNull(),
    newNumber: boolean('new_number').notNull(),
    holderName: text('holder_name').notNull(),
    /** { line1, line2?, city, state, zip } */
    shipTo: jsonb('ship_to').notNull(),
    shipsToAddressOnFile: boolean('ships_to_address_on_file').notNull(),
    orderedAt: timestamp('ordered_at', { withTimezone: true }).notNull(),
    orderedOn: date('ordered_on').notNull(),
    carrier: text('carrier').notNull(),
    shipsOn: date('ships_on').notNull(),
    estimatedDeliveryOn: date('estimated_delivery_on').notNull(),
  },
  (t) => [index('core_replacement_orders_account_idx').on(t.cardAccountId, t.orderedAt)],
);

/** Bank accounts linked for payments: the bank's name and the last four digits, never the full number. */
export const coreBankAccounts = pgTable(
  'core_bank_accounts',
  {
    id: text('id').primaryKey(),
    cardmemberId: text('cardmember_id')
      .notNull()
      .references(() => coreCardmembers.id),
    bankName: text('bank_name').notNull(),
    /** checking | savings */
    accountType: text('account_type').notNull(),
    last4: text('last4').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
  },
  (t) => [index('core_bank_accounts_cardmember_idx').on(t.cardmemberId)],
);

export const corePayments = pgTable(
  'core_payments',
  {
    id: text('id').primaryKey(),
    cardAccountId: text('card_account_id')
      .notNull()
      .references(() => coreCardAccounts.id),
    bankAccountId: text('bank_account_id')
      .notNull()
      .references(() => coreBankAccounts.id),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    paymentDate: date('payment_date').notNull(),
    creditedOn: date('credited_on').notNull(),
    /** scheduled | pending | posted | cancelled */
    status: text('status').notNull(),
    transactionId: text('transaction_id')
      .notNull()
      .references(() => coreTransactions.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('core_payments_account_idx').on(t.cardAccountId, t.requestedAt)],
);

export const coreDueDateChanges = pgTable(
  'core_due_date_changes',
  {
    id: text('id').primaryKey(),
    cardAccountId: text('card_account_id')
      .notNull()
      .references(() => coreCardAccounts.id),
    previousDueDay: integer('previous_due_day').notNull(),
    newDueDay: integer('new_due_day').notNull(),
    transitionClosingDate: date('transition_closing_date').notNull(),
    firstNewDueDate: date('first_new_due_date').notNull(),
    noLateFeeThrough: date('no_late_fee_through').notNull(),
    requestedOn: date('requested_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('core_due_date_changes_account_idx').on(t.cardAccountId, t.createdAt)],
);

/** One row per credited fee: the primary key makes a fee credited at most once. */
export const coreFeeCredits = pgTable(
  'core_fee_credits',
  {
    feeTransactionId: text('fee_transaction_id')
      .primaryKey()
      .references(() => coreTransactions.id),
    cardAccountId: text('card_account_id')
      .notNull()
      .references(() => coreCardAccounts.id),
    creditTransactionId: text('credit_transaction_id')
      .notNull()
      .references(() => coreTransactions.id),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    /** goodwill | agent_adjustment | billing_error */
    reason: text('reason').notNull(),
    creditedOn: date('credited_on').notNull(),
  },
  (t) => [index('core_fee_credits_account_idx').on(t.cardAccountId, t.creditedOn)],
);

export const corePointsRedemptions = pgTable(
  'core_points_redemptions',
  {
    id: text('id').primaryKey(),
    cardAccountId: text('card_account_id')
      .notNull()
      .references(() => coreCardAccounts.id),
    points: bigint('points', { mode: 'number' }).notNull(),
    creditCents: bigint('credit_cents', { mode: 'number' }).notNull(),
    centsPerPointX100: integer('cents_per_point_x100').notNull(),
    pointsBalanceAfter: bigint('points_balance_after', { mode: 'number' }).notNull(),
    redeemedOn: date('redeemed_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('core_points_redemptions_account_idx').on(t.cardAccountId, t.createdAt)],
);

/** Each charge paid with points once: the primary key refuses a second redemption of the same charge. */
export const coreRedeemedCharges = pgTable('core_redeemed_charges', {
  chargeTransactionId: text('charge_transaction_id')
    .primaryKey()
    .references(() => coreTransactions.id),
  redemptionId: text('redemption_id')
    .notNull()
    .references(() => corePointsRedemptions.id),
  creditTransactionId: text('credit_transaction_id')
    .notNull()
    .references(() => coreTransactions.id),
  amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  points: bigint('points', { mode: 'number' }).notNull(),
});

export const coreCommunicationPreferences = pgTable('core_communication_preferences', {
  cardmemberId: text('cardmember_id')
    .primaryKey()
    .references(() => coreCardmembers.id),
  paperlessStatements: boolean('paperless_statements').notNull(),
  reminderEmail: boolean('reminder_email').notNull(),
  reminderSms: boolean('reminder_sms').notNull(),
  marketingOptIn: boolean('marketing_opt_in').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * The core's own idempotency: a request id seen before returns what it made the first time (the id of
 * the order, payment, redemption or authorised user), under the primary key's lock.
 */
export const coreRequests = pgTable('core_requests', {
  requestId: text('request_id').primaryKey(),
  /** lost_stolen | damaged | payment | redemption | authorized_user */
  kind: text('kind').notNull(),
  cardAccountId: text('card_account_id').notNull(),
  resultId: text('result_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
