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

  /* ---------- changes (callers have checked ownership, confirmation and any step-up) ---------- */

  /**
   * Locks (temporarily freezes) or unlocks one card of the account. Idempotent: locking a locked
   * card changes nothing. Only active and locked cards change; a blocked or replaced card is
   * returned as it is. Null when the card is not on that account.
   */
  setCardLocked(cardAccountId: string, cardId: string, locked: boolean): Promise<Card | null>;
}
