import type {
  coreAuthorizedUsers,
  coreCardAccounts,
  coreCardmembers,
  coreCards,
  coreRewards,
  coreStatements,
  coreTransactions,
  coreTravelBookings,
} from './accounts.tables.ts';
import type {
  AuthorizedUser,
  Card,
  CardAccount,
  Cardmember,
  CarItinerary,
  FlightItinerary,
  HotelItinerary,
  PostalAddress,
  Rewards,
  Statement,
  Transaction,
  TravelBooking,
  WalletToken,
} from './core.ts';

/* Rows of the core_* tables → the IssuerCore port's types (shared by the demo core's reads and changes). */

export type CardmemberRow = typeof coreCardmembers.$inferSelect;
export type CardAccountRow = typeof coreCardAccounts.$inferSelect;
export type CardRow = typeof coreCards.$inferSelect;
export type StatementRow = typeof coreStatements.$inferSelect;
export type TransactionRow = typeof coreTransactions.$inferSelect;
export type RewardsRow = typeof coreRewards.$inferSelect;
export type AuthorizedUserRow = typeof coreAuthorizedUsers.$inferSelect;
export type TravelBookingRow = typeof coreTravelBookings.$inferSelect;

/** A stored enum value, checked: a row the core does not understand is a bug, not data to pass on. */
export function oneOf<const T extends string>(value: string, allowed: readonly T[], column: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`demo core: unexpected ${column} value ${JSON.stringify(value)}`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function toAddress(value: unknown): PostalAddress {
  const record = isRecord(value) ? value : {};
  const text = (key: string): string => {
    const field = record[key];
    return typeof field === 'string' ? field : '';
  };
  const address: PostalAddress = {
    line1: text('line1'),
    city: text('city'),
    state: text('state'),
    zip: text('zip'),
  };
  if (text('line2')) address.line2 = text('line2');
  return address;
}

export function toWalletTokens(value: unknown): WalletToken[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((token) => ({
    wallet: oneOf(String(token.wallet), ['apple_pay', 'google_pay', 'samsung_pay'], 'wallet'),
    status: oneOf(String(token.status), ['active', 'suspended', 'pending'], 'wallet token status'),
    deviceName: typeof token.deviceName === 'string' ? token.deviceName : '',
  }));
}

export function toCardmember(row: CardmemberRow): Cardmember {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    name: `${row.firstName} ${row.lastName}`,
    email: row.email,
    phone: row.phone,
    preferredLanguage: oneOf(row.preferredLanguage, ['en', 'es'], 'preferred_language'),
    address: toAddress(row.address),
    memberSince: row.memberSince,
    segment: oneOf(row.segment, ['consumer', 'small_business'], 'segment'),
  };
}

export function toCardAccount(row: CardAccountRow, pendingChargesCents: number): CardAccount {
  return {
    id: row.id,
    cardmemberId: row.cardmemberId,
    productName: row.productName,
    network: oneOf(row.network, ['amex', 'visa', 'mastercard', 'discover'], 'network'),
    last4: row.last4,
    status: oneOf(row.status, ['open', 'restricted', 'closed'], 'account status'),
    openedOn: row.openedOn,
    creditLimitCents: row.creditLimitCents,
    currentBalanceCents: row.currentBalanceCents,
    availableCreditCents: Math.max(0, row.creditLimitCents - row.currentBalanceCents - pendingChargesCents),
    purchaseAprBps: row.purchaseAprBps,
    dueDay: row.dueDay,
    closingDay: row.closingDay,
  };
}

export function toCard(row: CardRow): Card {
  return {
    id: row.id,
    cardAccountId: row.cardAccountId,
    holderName: row.holderName,
    last4: row.last4,
    role: oneOf(row.role, ['primary', 'authorized_user'], 'card role'),
    status: oneOf(row.status, ['active', 'locked', 'blocked', 'replaced'], 'card status'),
    expires: row.expires,
    walletTokens: toWalletTokens(row.walletTokens),
  };
}

export function toStatement(row: StatementRow): Statement {
  return {
    id: row.id,
    cardAccountId: row.cardAccountId,
    periodStart: row.periodStart,
    closingDate: row.closingDate,
    dueDate: row.dueDate,
    previousBalanceCents: row.previousBalanceCents,
    statementBalanceCents: row.statementBalanceCents,
    minimumDueCents: row.minimumDueCents,
  };
}

export function toTransaction(row: TransactionRow): Transaction {
  return {
    id: row.id,
    cardAccountId: row.cardAccountId,
    statementId: row.statementId,
    transactedOn: row.transactedOn,
    postedOn: row.postedOn,
    merchant: row.merchant,
    category: row.category,
    kind: oneOf(row.kind, ['purchase', 'payment', 'refund', 'fee', 'interest', 'credit'], 'transaction kind'),
    amountCents: row.amountCents,
    cardLast4: row.cardLast4,
    status: oneOf(row.status, ['pending', 'posted'], 'transaction status'),
  };
}

export function toRewards(row: RewardsRow): Rewards {
  return {
    cardAccountId: row.cardAccountId,
    program: row.program,
    pointsBalance: row.pointsBalance,
    pendingPoints: row.pendingPoints,
    // The column is cents_per_point_x100: hundredths of a cent per point.
    centsPerPointX100: row.centsPerPoint,
    cashValueCents: Math.floor((row.pointsBalance * row.centsPerPoint) / 100),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toAuthorizedUser(row: AuthorizedUserRow): AuthorizedUser {
  return {
    id: row.id,
    cardAccountId: row.cardAccountId,
    firstName: row.firstName,
    lastName: row.lastName,
    cardLast4: row.cardLast4,
    addedOn: row.addedOn,
    status: oneOf(row.status, ['active', 'removed'], 'authorized user status'),
  };
}

export function toTravelBooking(row: TravelBookingRow): TravelBooking {
  const base = {
    id: row.id,
    cardmemberId: row.cardmemberId,
    cardAccountId: row.cardAccountId,
    reference: row.reference,
    totalCents: row.totalCents,
    status: oneOf(row.status, ['booked', 'cancelled', 'completed'], 'booking status'),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
  };
  if (!isRecord(row.itinerary)) throw new Error(`demo core: booking ${row.id} has no itinerary`);
  // The itinerary is written by seedDemoCore in exactly these shapes.
  const kind = oneOf(row.kind, ['flight', 'hotel', 'car'], 'booking kind');
  switch (kind) {
    case 'flight':
      return { ...base, kind, itinerary: row.itinerary as unknown as FlightItinerary };
    case 'hotel':
      return { ...base, kind, itinerary: row.itinerary as unknown as HotelItinerary };
    case 'car':
      return { ...base, kind, itinerary: row.itinerary as unknown as CarItinerary };
  }
}
