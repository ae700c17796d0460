import { and, asc, desc, eq, gt, gte, ilike, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import {
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
  ContactDetails,
  FlightItinerary,
  HotelItinerary,
  IssuerCore,
  PostalAddress,
  Rewards,
  Statement,
  Transaction,
  TransactionFilter,
  TravelBooking,
  WalletToken,
} from './core.ts';

/*
 * The embedded demo issuer core: the IssuerCore port over the core_* tables (seeded by
 * seedDemoCore). Read-only; the tables never hold more of a card number than its last four digits.
 */

type CardmemberRow = typeof coreCardmembers.$inferSelect;
type CardAccountRow = typeof coreCardAccounts.$inferSelect;
type CardRow = typeof coreCards.$inferSelect;
type StatementRow = typeof coreStatements.$inferSelect;
type TransactionRow = typeof coreTransactions.$inferSelect;
type RewardsRow = typeof coreRewards.$inferSelect;
type AuthorizedUserRow = typeof coreAuthorizedUsers.$inferSelect;
type TravelBookingRow = typeof coreTravelBookings.$inferSelect;

/** A stored enum value, checked: a row the core does not understand is a bug, not data to pass on. */
function oneOf<const T extends string>(value: string, allowed: readonly T[], column: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`demo core: unexpected ${column} value ${JSON.stringify(value)}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toAddress(value: unknown): PostalAddress {
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

function toWalletTokens(value: unknown): WalletToken[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((token) => ({
    wallet: oneOf(String(token.wallet), ['apple_pay', 'google_pay', 'samsung_pay'], 'wallet'),
    status: oneOf(String(token.status), ['active', 'suspended', 'pending'], 'wallet token status'),
    deviceName: typeof token.deviceName === 'string' ? token.deviceName : '',
  }));
}

function toCardmember(row: CardmemberRow): Cardmember {
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

function toCardAccount(row: CardAccountRow, pendingChargesCents: number): CardAccount {
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

function toCard(row: CardRow): Card {
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

function toStatement(row: StatementRow): Statement {
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

function toTransaction(row: TransactionRow): Transaction {
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

function toRewards(row: RewardsRow): Rewards {
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

function toAuthorizedUser(row: AuthorizedUserRow): AuthorizedUser {
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

function toTravelBooking(row: TravelBookingRow): TravelBooking {
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

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function checkDate(value: string | undefined, name: string): void {
  if (value !== undefined && !ISO_DATE.test(value)) {
    throw new AppError('VALIDATION_FAILED', `${name} must be a YYYY-MM-DD date.`);
  }
}

/** LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const CARD_ORDER: Record<Card['status'], number> = { active: 0, locked: 0, blocked: 1, replaced: 1 };

export function createDemoCore(db: Db): IssuerCore {
  /** Sums of pending charges (authorisation holds) per account. */
  async function pendingChargesByAccount(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .select({
        cardAccountId: coreTransactions.cardAccountId,
        cents: sql<number>`coalesce(sum(${coreTransactions.amountCents}), 0)`.mapWith(Number),
      })
      .from(coreTransactions)
      .where(
        and(
          inArray(coreTransactions.cardAccountId, ids),
          eq(coreTransactions.status, 'pending'),
          gt(coreTransactions.amountCents, 0),
        ),
      )
      .groupBy(coreTransactions.cardAccountId);
    return new Map(rows.map((r) => [r.cardAccountId, r.cents]));
  }

  async function withAvailableCredit(rows: CardAccountRow[]): Promise<CardAccount[]> {
    const pending = await pendingChargesByAccount(rows.map((r) => r.id));
    return rows.map((row) => toCardAccount(row, pending.get(row.id) ?? 0));
  }

  async function findCardmember(cardmemberId: string): Promise<CardmemberRow | null> {
    const rows = await db.select().from(coreCardmembers).where(eq(coreCardmembers.id, cardmemberId)).limit(1);
    return rows[0] ?? null;
  }

  return {
    async listCardmembers() {
      const rows = await db
        .select()
        .from(coreCardmembers)
        .orderBy(asc(coreCardmembers.lastName), asc(coreCardmembers.firstName), asc(coreCardmembers.id));
      return rows.map(toCardmember);
    },

    async getCardmember(cardmemberId) {
      const row = await findCardmember(cardmemberId);
      return row ? toCardmember(row) : null;
    },

    async listCardAccounts(cardmemberId) {
      const rows = await db
        .select()
        .from(coreCardAccounts)
        .where(eq(coreCardAccounts.cardmemberId, cardmemberId))
        .orderBy(asc(coreCardAccounts.openedOn), asc(coreCardAccounts.id));
      return withAvailableCredit(rows);
    },

    async getCardAccount(cardAccountId) {
      const rows = await db
        .select()
        .from(coreCardAccounts)
        .where(eq(coreCardAccounts.id, cardAccountId))
        .limit(1);
      const [account] = await withAvailableCredit(rows);
      return account ?? null;
    },

    async listCards(cardAccountId) {
      const rows = await db
        .select()
        .from(coreCards)
        .where(eq(coreCards.cardAccountId, cardAccountId))
        .orderBy(asc(coreCards.holderName), asc(coreCards.id));
      return rows
        .map(toCard)
        .sort(
          (a, b) =>
            Number(a.role !== 'primary') - Number(b.role !== 'primary') ||
            CARD_ORDER[a.status] - CARD_ORDER[b.status],
        );
    },

    async listStatements(cardAccountId) {
      const rows = await db
        .select()
        .from(coreStatements)
        .where(eq(coreStatements.cardAccountId, cardAccountId))
        .orderBy(desc(coreStatements.closingDate), desc(coreStatements.id));
      return rows.map(toStatement);
    },

    async getStatement(statementId) {
      const rows = await db.select().from(coreStatements).where(eq(coreStatements.id, statementId)).limit(1);
      return rows[0] ? toStatement(rows[0]) : null;
    },

    async listTransactions(cardAccountId, filter: TransactionFilter = {}) {
      checkDate(filter.from, 'from');
      checkDate(filter.to, 'to');
      const conditions: SQL[] = [eq(coreTransactions.cardAccountId, cardAccountId)];
      if (filter.statementId !== undefined)
        conditions.push(eq(coreTransactions.statementId, filter.statementId));
      if (filter.from !== undefined) conditions.push(gte(coreTransactions.transactedOn, filter.from));
      if (filter.to !== undefined) conditions.push(lte(coreTransactions.transactedOn, filter.to));
      if (filter.merchantContains) {
        conditions.push(ilike(coreTransactions.merchant, containsPattern(filter.merchantContains)));
      }
      const rows = await db
        .select()
        .from(coreTransactions)
        .where(and(...conditions))
        .orderBy(desc(coreTransactions.transactedOn), desc(coreTransactions.id));
      return rows.map(toTransaction);
    },

    async getRewards(cardAccountId) {
      const rows = await db
        .select()
        .from(coreRewards)
        .where(eq(coreRewards.cardAccountId, cardAccountId))
        .limit(1);
      return rows[0] ? toRewards(rows[0]) : null;
    },

    async listAuthorizedUsers(cardAccountId) {
      const rows = await db
        .select()
        .from(coreAuthorizedUsers)
        .where(eq(coreAuthorizedUsers.cardAccountId, cardAccountId))
        .orderBy(asc(coreAuthorizedUsers.addedOn), asc(coreAuthorizedUsers.id));
      return rows.map(toAuthorizedUser);
    },

    async getContactDetails(cardmemberId): Promise<ContactDetails | null> {
      const row = await findCardmember(cardmemberId);
      if (!row) return null;
      return { cardmemberId: row.id, email: row.email, phone: row.phone, address: toAddress(row.address) };
    },

    async listTravelBookings(cardmemberId) {
      const rows = await db
        .select()
        .from(coreTravelBookings)
        .where(eq(coreTravelBookings.cardmemberId, cardmemberId))
        .orderBy(desc(coreTravelBookings.startsOn), asc(coreTravelBookings.id));
      return rows.map(toTravelBooking);
    },

    async setCardLocked(cardAccountId, cardId, locked) {
      const [updated] = await db
        .update(coreCards)
        .set({ status: locked ? 'locked' : 'active' })
        .where(
          and(
            eq(coreCards.id, cardId),
            eq(coreCards.cardAccountId, cardAccountId),
            inArray(coreCards.status, ['active', 'locked']),
          ),
        )
        .returning();
      if (updated) return toCard(updated);
      const [row] = await db
        .select()
        .from(coreCards)
        .where(and(eq(coreCards.id, cardId), eq(coreCards.cardAccountId, cardAccountId)));
      return row ? toCard(row) : null;
    },

    async ownsCardAccount(cardmemberId, cardAccountId) {
      const rows = await db
        .select({ id: coreCardAccounts.id })
        .from(coreCardAccounts)
        .where(and(eq(coreCardAccounts.id, cardAccountId), eq(coreCardAccounts.cardmemberId, cardmemberId)))
        .limit(1);
      return rows.length > 0;
    },
  };
}
