/*
 * The issuer-core port: everything Clearline reads from the card issuer's own systems. The embedded
 * demo core implements it over local tables; a real deployment implements it over the issuer's HTTP
 * API. Amounts are integer cents, dates are `YYYY-MM-DD` strings, card expiry is `YYYY-MM`.
 *
 * No type here may hold a full card number, a security code or a Social Security number: cards are
 * known by their last four digits only.
 *
 * The core does not decide who may see what: callers check `ownsCardAccount` before reading an
 * account on a cardmember's behalf.
 */

export type Language = 'en' | 'es';
export type CustomerSegment = 'consumer' | 'small_business';
export type CardNetwork = 'amex' | 'visa' | 'mastercard' | 'discover';
export type CardAccountStatus = 'open' | 'restricted' | 'closed';
export type CardRole = 'primary' | 'authorized_user';
export type CardStatus = 'active' | 'locked' | 'blocked' | 'replaced';
export type WalletProvider = 'apple_pay' | 'google_pay' | 'samsung_pay';
export type WalletTokenStatus = 'active' | 'suspended' | 'pending';
export type TransactionKind = 'purchase' | 'payment' | 'refund' | 'fee' | 'interest' | 'credit';
export type TransactionStatus = 'pending' | 'posted';
export type AuthorizedUserStatus = 'active' | 'removed';
export type TravelBookingKind = 'flight' | 'hotel' | 'car';
export type TravelBookingStatus = 'booked' | 'cancelled' | 'completed';

export interface PostalAddress {
  line1: string;
  line2?: string;
  city: string;
  /** Two-letter USPS state code. */
  state: string;
  /** Five-digit ZIP code. */
  zip: string;
}

export interface Cardmember {
  id: string;
  firstName: string;
  lastName: string;
  /** Display name: first and last name. */
  name: string;
  email: string;
  /** E.164-style display form, e.g. `+1 312-555-0142`. */
  phone: string;
  preferredLanguage: Language;
  address: PostalAddress;
  /** YYYY-MM-DD */
  memberSince: string;
  segment: CustomerSegment;
}

export interface CardAccount {
  id: string;
  cardmemberId: string;
  productName: string;
  network: CardNetwork;
  /** Last four digits of the primary card. */
  last4: string;
  status: CardAccountStatus;
  /** YYYY-MM-DD */
  openedOn: string;
  creditLimitCents: number;
  /** Posted balance: the last statement balance plus everything posted since. */
  currentBalanceCents: number;
  /** Credit limit minus the current balance and pending charges, never below zero. */
  availableCreditCents: number;
  /** Purchase APR in basis points (2499 = 24.99%). */
  purchaseAprBps: number;
  /** Day of month the payment is due (1-28), the same every month. */
  dueDay: number;
  /** Day of month the statement closes (1-28). */
  closingDay: number;
}

export interface WalletToken {
  wallet: WalletProvider;
  status: WalletTokenStatus;
  deviceName: string;
}

export interface Card {
  id: string;
  cardAccountId: string;
  holderName: string;
  last4: string;
  role: CardRole;
  status: CardStatus;
  /** YYYY-MM */
  expires: string;
  walletTokens: WalletToken[];
}

export interface Statement {
  id: string;
  cardAccountId: string;
  /** First day of the billing period. */
  periodStart: string;
  /** Last day of the billing period. */
  closingDate: string;
  dueDate: string;
  previousBalanceCents: number;
  /** previousBalanceCents + the sum of the statement's transactions. */
  statementBalanceCents: number;
  minimumDueCents: number;
}

export interface Transaction {
  id: string;
  cardAccountId: string;
  /** Null while pending or after the last statement closed. */
  statementId: string | null;
  transactedOn: string;
  /** Null while pending. */
  postedOn: string | null;
  merchant: string;
  category: string;
  kind: TransactionKind;
  /** Positive for charges, negative for payments and credits. */
  amountCents: number;
  /** Last four digits of the card used (a payment carries the account's). */
  cardLast4: string;
  status: TransactionStatus;
}

export interface TransactionFilter {
  statementId?: string;
  /** Inclusive lower bound on the transaction date, YYYY-MM-DD. */
  from?: string;
  /** Inclusive upper bound on the transaction date, YYYY-MM-DD. */
  to?: string;
  /** Case-insensitive substring of the merchant name. */
  merchantContains?: string;
}

export interface Rewards {
  cardAccountId: string;
  program: string;
  pointsBalance: number;
  /** Points earned on charges not yet billed. */
  pendingPoints: number;
  /** What one point is worth when paying with points, in hundredths of a cent (100 = 1 cent). */
  centsPerPointX100: number;
  /** pointsBalance × the point value, rounded down to whole cents. */
  cashValueCents: number;
  /** ISO 8601 timestamp of the last balance update. */
  updatedAt: string;
}

export interface AuthorizedUser {
  id: string;
  cardAccountId: string;
  firstName: string;
  lastName: string;
  /** Last four digits of the authorised user's own card. */
  cardLast4: string;
  addedOn: string;
  status: AuthorizedUserStatus;
}

export interface ContactDetails {
  cardmemberId: string;
  email: string;
  phone: string;
  address: PostalAddress;
}

export interface FlightSegment {
  carrier: string;
  flightNumber: string;
  /** IATA airport codes. */
  from: string;
  to: string;
  /** Local date and time, `YYYY-MM-DDTHH:mm`. */
  departsAt: string;
  arrivesAt: string;
  cabin: string;
}

export interface FlightItinerary {
  travelers: string[];
  segments: FlightSegment[];
}

export interface HotelItinerary {
  property: string;
  city: string;
  checkIn: string;
  checkOut: string;
  roomType: string;
  guests: number;
}

export interface CarItinerary {
  company: string;
  pickUpLocation: string;
  dropOffLocation: string;
  /** Local date and time, `YYYY-MM-DDTHH:mm`. */
  pickUpAt: string;
  dropOffAt: string;
  carClass: string;
}

interface TravelBookingBase {
  id: string;
  cardmemberId: string;
  /** The card account the booking was charged to. */
  cardAccountId: string;
  /** The booking (record locator / confirmation) reference. */
  reference: string;
  totalCents: number;
  status: TravelBookingStatus;
  startsOn: string;
  endsOn: string;
}

export type TravelBooking =
  | (TravelBookingBase & { kind: 'flight'; itinerary: FlightItinerary })
  | (TravelBookingBase & { kind: 'hotel'; itinerary: HotelItinerary })
  | (TravelBookingBase & { kind: 'car'; itinerary: CarItinerary });

export type ReplacementReason = 'lost' | 'stolen' | 'damaged';
export type ReplacementOrderStatus = 'ordered' | 'shipped' | 'delivered';

/** A card on its way to the cardmember: a replacement for a lost, stolen or damaged card. */
export interface ReplacementOrder {
  id: string;
  cardAccountId: string;
  /** The card being replaced. */
  replacesCardId: string;
  /** The card being shipped (the same card for a damaged one: same number, new plastic). */
  cardId: string;
  reason: ReplacementReason;
  /** Last four digits of the card being shipped: new for lost or stolen, unchanged for damaged. */
  last4: string;
  /** True when the replacement carries a new card number. */
  newNumber: boolean;
  holderName: string;
  shipTo: PostalAddress;
  /** True when shipped to the address on file when ordered. */
  shipsToAddressOnFile: boolean;
  /** YYYY-MM-DD (New York). */
  orderedOn: string;
  status: ReplacementOrderStatus;
  carrier: string;
  /** Set once shipped (or the day it is expected to ship). */
  shipsOn: string;
  /** Business days after the order (Monday to Friday, New York). */
  estimatedDeliveryOn: string;
  /** Set once delivered. */
  deliveredOn: string | null;
}

export type BankAccountType = 'checking' | 'savings';

/** A bank account the cardmember linked for payments. Only its last four digits are known here. */
export interface LinkedBankAccount {
  id: string;
  cardmemberId: string;
  bankName: string;
  accountType: BankAccountType;
  last4: string;
  /** True for the one pre-selected for payments. */
  isDefault: boolean;
}

export type PaymentStatus = 'scheduled' | 'pending' | 'posted' | 'cancelled';

export interface Payment {
  id: string;
  cardAccountId: string;
  bankAccountId: string;
  /** Last four digits of the bank account paid from. */
  bankAccountLast4: string;
  bankName: string;
  amountCents: number;
  /** The day the payment is made (today, or a scheduled future day), New York. */
  paymentDate: string;
  /** The day it counts as received for the due date: after the 5 p.m. Eastern cut-off, the next day. */
  creditedOn: string;
  /** scheduled (future date) | pending (made, not yet posted) | posted | cancelled */
  status: PaymentStatus;
  /** The pending payment transaction it shows as. */
  transactionId: string;
  /** ISO 8601 instant the core received the request. */
  requestedAt: string;
}

export interface MakePaymentInput {
  cardAccountId: string;
  bankAccountId: string;
  /** Positive whole cents. */
  amountCents: number;
  /** YYYY-MM-DD; omitted or today = now; a later day schedules it (up to 60 days ahead). */
  paymentDate?: string;
  /** The caller's idempotency key: the same id makes one payment. */
  requestId: string;
}

/** A due-date change, stored with the plan that was shown to the cardmember (planDueDateChange). */
export interface DueDateChange {
  cardAccountId: string;
  previousDueDay: number;
  newDueDay: number;
  /** Closing date of the first statement that carries the new due day. */
  transitionClosingDate: string;
  firstNewDueDate: string;
  /** No late fee on the transition statement for a payment credited by this day. */
  noLateFeeThrough: string;
  /** YYYY-MM-DD (New York). */
  requestedOn: string;
}

export interface DueDateChangeInput {
  cardAccountId: string;
  requestedOn: string;
  newDueDay: number;
  transitionClosingDate: string;
  firstNewDueDate: string;
  noLateFeeThrough: string;
}

export type FeeCreditReason = 'goodwill' | 'agent_adjustment' | 'billing_error';

export interface FeeCredit {
  /** The fee transaction credited. */
  feeTransactionId: string;
  /** The credit transaction (negative amount). */
  creditTransactionId: string;
  amountCents: number;
  reason: FeeCreditReason;
  creditedOn: string;
}

export interface PointsRedemption {
  id: string;
  cardAccountId: string;
  /** Points taken from the balance. */
  points: number;
  /** Total statement credit, in cents. */
  creditCents: number;
  centsPerPointX100: number;
  /** One statement credit per charge paid with points. */
  credits: Array<{
    chargeTransactionId: string;
    creditTransactionId: string;
    amountCents: number;
    points: number;
  }>;
  pointsBalanceAfter: number;
  redeemedOn: string;
}

export interface ContactDetailsChange {
  email?: string;
  phone?: string;
  address?: PostalAddress;
}

export interface CommunicationPreferences {
  cardmemberId: string;
  paperlessStatements: boolean;
  paymentReminders: { email: boolean; sms: boolean };
  marketingOptIn: boolean;
}

export interface CommunicationPreferencesChange {
  paperlessStatements?: boolean;
  paymentReminders?: { email?: boolean; sms?: boolean };
  marketingOptIn?: boolean;
}

/** A card the account could move to (upgrade or downgrade) in the issuer's catalogue. */
export interface ProductChangeOption {
  productCode: string;
  productName: string;
  network: CardNetwork;
  direction: 'upgrade' | 'downgrade' | 'lateral';
  annualFeeCents: number;
  purchaseAprBps: number;
  rewardsProgram: string;
  /** Plain-words highlights, English and Spanish. */
  highlights: { en: string; es: string };
}

export interface AddAuthorizedUserInput {
  cardAccountId: string;
  firstName: string;
  lastName: string;
  requestId: string;
}

/** The card issuer's core systems, as Clearline sees them. Unknown ids give null or []. */
export interface IssuerCore {
  /** Every cardmember (the demo site's sign-in list). */
  listCardmembers(): Promise<Cardmember[]>;
  getCardmember(cardmemberId: string): Promise<Cardmember | null>;
  listCardAccounts(cardmemberId: string): Promise<CardAccount[]>;
  getCardAccount(cardAccountId: string): Promise<CardAccount | null>;
  /** Primary card first, then authorised users' cards. */
  listCards(cardAccountId: string): Promise<Card[]>;
  /** Newest first. */
  listStatements(cardAccountId: string): Promise<Statement[]>;
  getStatement(statementId: string): Promise<Statement | null>;
  /** Newest first (by transaction date). */
  listTransactions(cardAccountId: string, filter?: TransactionFilter): Promise<Transaction[]>;
  getRewards(cardAccountId: string): Promise<Rewards | null>;
  listAuthorizedUsers(cardAccountId: string): Promise<AuthorizedUser[]>;
  getContactDetails(cardmemberId: string): Promise<ContactDetails | null>;
  listTravelBookings(cardmemberId: string): Promise<TravelBooking[]>;
  ownsCardAccount(cardmemberId: string, cardAccountId: string): Promise<boolean>;

  /** Replacement cards of the account, newest first, with their delivery status as of today. */
  listReplacementOrders(cardAccountId: string): Promise<ReplacementOrder[]>;
  /** Bank accounts the cardmember linked for payments (last four digits only). */
  listBankAccounts(cardmemberId: string): Promise<LinkedBankAccount[]>;
  /** Payments made or scheduled through Clearline, newest first. */
  listPayments(cardAccountId: string): Promise<Payment[]>;
  /** The latest due-date change, or null. */
  getDueDateChange(cardAccountId: string): Promise<DueDateChange | null>;
  /** Fees credited back, newest first. */
  listFeeCredits(cardAccountId: string): Promise<FeeCredit[]>;
  /** Null for an unknown cardmember; defaults when never set. */
  getCommunicationPreferences(cardmemberId: string): Promise<CommunicationPreferences | null>;
  /** Other cards of the issuer's catalogue the account could change to (same network). */
  listProductChangeOptions(cardAccountId: string): Promise<ProductChangeOption[]>;

  /* ---------- changes (callers have checked ownership, confirmation and any step-up) ---------- */

  /**
   * Locks (temporarily freezes) or unlocks one card of the account. Idempotent: locking a locked
   * card changes nothing. Only active and locked cards change; a blocked or replaced card is
   * returned as it is. Null when the card is not on that account.
   */
  setCardLocked(cardAccountId: string, cardId: string, locked: boolean): Promise<Card | null>;

  /**
   * Lost or stolen: blocks the card at once and orders a replacement with a new number, shipped to
   * the address on file (or `shipTo`). Idempotent per `requestId`, and reporting a card that is
   * already blocked returns its open replacement order. Null when the card is not on that account.
   */
  reportCardLostOrStolen(input: {
    cardAccountId: string;
    cardId: string;
    reason: 'lost' | 'stolen';
    shipTo?: PostalAddress;
    requestId: string;
  }): Promise<ReplacementOrder | null>;
  /**
   * Damaged: orders new plastic with the same number (the card keeps working meanwhile). Idempotent
   * per `requestId`. Null when the card is not on that account; WORKFLOW_REFUSED for a card that is
   * blocked or replaced.
   */
  replaceDamagedCard(input: {
    cardAccountId: string;
    cardId: string;
    shipTo?: PostalAddress;
    requestId: string;
  }): Promise<ReplacementOrder | null>;
  /**
   * Pays from a linked bank account of the account's cardmember (NOT_FOUND otherwise). The payment
   * shows at once as a pending payment transaction. Idempotent per `requestId`.
   */
  makePayment(input: MakePaymentInput): Promise<Payment>;
  /** Stores a due-date change (the plan from planDueDateChange). */
  changeDueDate(input: DueDateChangeInput): Promise<DueDateChange>;
  /**
   * Credits a posted fee back with a credit transaction. Idempotent: a fee is credited once (the
   * first credit is returned again). Null when the fee is not a posted fee of that account.
   */
  creditFee(input: {
    cardAccountId: string;
    feeTransactionId: string;
    reason: FeeCreditReason;
  }): Promise<FeeCredit | null>;
  /**
   * Pays chosen posted purchases with points at the account's point value: one statement credit per
   * charge, points deducted. INSUFFICIENT_POINTS when the balance is short; WORKFLOW_REFUSED when a
   * charge is not a posted purchase of the account or was already paid with points. Idempotent per
   * `requestId`.
   */
  redeemPoints(input: {
    cardAccountId: string;
    transactionIds: string[];
    requestId: string;
  }): Promise<PointsRedemption>;
  /** Adds an authorised user with their own new card. Idempotent per `requestId`. */
  addAuthorizedUser(input: AddAuthorizedUserInput): Promise<AuthorizedUser>;
  /** Removes an authorised user and blocks their card. Idempotent; null when not on that account. */
  removeAuthorizedUser(cardAccountId: string, authorizedUserId: string): Promise<AuthorizedUser | null>;
  /** Changes phone, e-mail and/or mailing address; null for an unknown cardmember. */
  updateContactDetails(cardmemberId: string, change: ContactDetailsChange): Promise<ContactDetails | null>;
  /** Changes communication preferences; null for an unknown cardmember. */
  updateCommunicationPreferences(
    cardmemberId: string,
    change: CommunicationPreferencesChange,
  ): Promise<CommunicationPreferences | null>;
}
