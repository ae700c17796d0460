import { and, asc, desc, eq, gt, gte, ilike, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { type Clock, systemClock } from '../../platform/clock.ts';
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
import type { Card, CardAccount, ContactDetails, IssuerCore, TransactionFilter } from './core.ts';
import { createDemoCoreChanges } from './demo-core-changes.ts';
import {
  type CardAccountRow,
  type CardmemberRow,
  toAddress,
  toAuthorizedUser,
  toCard,
  toCardAccount,
  toCardmember,
  toRewards,
  toStatement,
  toTransaction,
  toTravelBooking,
} from './demo-mappers.ts';

/*
 * The embedded demo issuer core: the IssuerCore port over the core_* tables (seeded by
 * seedDemoCore); its changes live in demo-core-changes.ts. The tables never hold more of a card
 * number than its last four digits.
 */

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

export function createDemoCore(db: Db, options: { clock?: Clock } = {}): IssuerCore {
  const changes = createDemoCoreChanges(db, options.clock ?? systemClock);
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
    ...changes,

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
