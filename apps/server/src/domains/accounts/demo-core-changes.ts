import { randomBytes, randomInt } from 'node:crypto';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { addDays, creditDateOf, isCalendarDate, issuerDateOf } from '../cases/index.ts';
import {
  coreAuthorizedUsers,
  coreBankAccounts,
  coreCardAccounts,
  coreCardmembers,
  coreCards,
  coreCommunicationPreferences,
  coreDueDateChanges,
  coreFeeCredits,
  corePayments,
  corePointsRedemptions,
  coreRedeemedCharges,
  coreReplacementOrders,
  coreRequests,
  coreRewards,
  coreTransactions,
} from './accounts.tables.ts';
import type {
  CommunicationPreferences,
  ContactDetails,
  DueDateChange,
  FeeCredit,
  IssuerCore,
  LinkedBankAccount,
  Payment,
  PointsRedemption,
  PostalAddress,
  ReplacementOrder,
} from './core.ts';
import { isRecord, oneOf, toAddress, toAuthorizedUser } from './demo-mappers.ts';
import { productChangeOptionsFor } from './demo-products.ts';
import { deliveryStatus, shippingPlan } from './demo-shipping.ts';

/*
 * The demo core's changes made through Clearline (issue 6 §3-§5): replacement cards, payments,
 * due-date changes, fee credits, paying with points, authorised users, contact details and
 * preferences. Each runs in one transaction; changes that create something take the caller's request
 * id and make it once (core_requests' primary key), and the rows they change are locked first.
 * Card numbers are never generated here: a new card is known by four random digits only.
 */

type ChangeMethods =
  | 'listReplacementOrders'
  | 'listBankAccounts'
  | 'listPayments'
  | 'getDueDateChange'
  | 'listFeeCredits'
  | 'getCommunicationPreferences'
  | 'listProductChangeOptions'
  | 'reportCardLostOrStolen'
  | 'replaceDamagedCard'
  | 'makePayment'
  | 'changeDueDate'
  | 'creditFee'
  | 'redeemPoints'
  | 'addAuthorizedUser'
  | 'removeAuthorizedUser'
  | 'updateContactDetails'
  | 'updateCommunicationPreferences';

type OrderRow = typeof coreReplacementOrders.$inferSelect;
type PaymentRow = typeof corePayments.$inferSelect;
type BankRow = typeof coreBankAccounts.$inferSelect;
type DueDateChangeRow = typeof coreDueDateChanges.$inferSelect;
type FeeCreditRow = typeof coreFeeCredits.$inferSelect;
type CardRow = typeof coreCards.$inferSelect;

/** How far ahead a payment may be scheduled. */
export const MAX_PAYMENT_SCHEDULE_DAYS = 60;
const MAX_PAYMENT_CENTS = 10_000_000_00;
const MAX_REDEEMED_CHARGES = 50;

export const DEFAULT_COMMUNICATION_PREFERENCES = {
  paperlessStatements: false,
  paymentReminders: { email: true, sms: false },
  marketingOptIn: false,
} as const;

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;

function sameAddress(a: PostalAddress, b: PostalAddress): boolean {
  const norm = (s: string | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toUpperCase();
  return (
    norm(a.line1) === norm(b.line1) &&
    norm(a.line2) === norm(b.line2) &&
    norm(a.city) === norm(b.city) &&
    norm(a.state) === norm(b.state) &&
    norm(a.zip).slice(0, 5) === norm(b.zip).slice(0, 5)
  );
}

function checkAddress(address: PostalAddress): PostalAddress {
  const clean: PostalAddress = {
    line1: address.line1.trim(),
    city: address.city.trim(),
    state: address.state.trim().toUpperCase(),
    zip: address.zip.trim(),
  };
  if (address.line2?.trim()) clean.line2 = address.line2.trim();
  if (!clean.line1 || !clean.city || !/^[A-Z]{2}$/.test(clean.state) || !/^\d{5}(-\d{4})?$/.test(clean.zip)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The address needs a street, a city, a state code and a ZIP code.',
    );
  }
  return clean;
}

function toOrder(row: OrderRow, today: string): ReplacementOrder {
  const status = deliveryStatus(row, today);
  return {
    id: row.id,
    cardAccountId: row.cardAccountId,
    replacesCardId: row.replacesCardId,
    cardId: row.cardId,
    reason: oneOf(row.reason, ['lost', 'stolen', 'damaged'], 'replacement reason'),
    last4: row.last4,
    newNumber: row.newNumber,
    holderName: row.holderName,
    shipTo: toAddress(row.shipTo),
    shipsToAddressOnFile: row.shipsToAddressOnFile,
    orderedOn: row.orderedOn,
    status,
    carrier: row.carrier,
    shipsOn: row.shipsOn,
    estimatedDeliveryOn: row.estimatedDeliveryOn,
    deliveredOn: status === 'delivered' ? row.estimatedDeliveryOn : null,
  };
}

function toBankAccount(row: BankRow): LinkedBankAccount {
  return {
    id: row.id,
    cardmemberId: row.cardmemberId,
    bankName: row.bankName,
    accountType: oneOf(row.accountType, ['checking', 'savings'], 'bank account type'),
    last4: row.last4,
    isDefault: row.isDefault,
  };
}

function toPayment(row: PaymentRow, bank: BankRow): Payment {
  return {
    id: row.id,
    cardAccountId: row.cardAccountId,
    bankAccountId: row.bankAccountId,
    bankAccountLast4: bank.last4,
    bankName: bank.bankName,
    amountCents: row.amountCents,
    paymentDate: row.paymentDate,
    creditedOn: row.creditedOn,
    status: oneOf(row.status, ['scheduled', 'pending', 'posted', 'cancelled'], 'payment status'),
    transactionId: row.transactionId,
    requestedAt: row.requestedAt.toISOString(),
  };
}

function toDueDateChange(row: DueDateChangeRow): DueDateChange {
  return {
    cardAccountId: row.cardAccountId,
    previousDueDay: row.previousDueDay,
    newDueDay: row.newDueDay,
    transitionClosingDate: row.transitionClosingDate,
    firstNewDueDate: row.firstNewDueDate,
    noLateFeeThrough: row.noLateFeeThrough,
    requestedOn: row.requestedOn,
  };
}

function toFeeCredit(row: FeeCreditRow): FeeCredit {
  return {
    feeTransactionId: row.feeTransactionId,
    creditTransactionId: row.creditTransactionId,
    amountCents: row.amountCents,
    reason: oneOf(row.reason, ['goodwill', 'agent_adjustment', 'billing_error'], 'fee credit reason'),
    creditedOn: row.creditedOn,
  };
}

function toPreferences(
  cardmemberId: string,
  row: typeof coreCommunicationPreferences.$inferSelect | undefined,
): CommunicationPreferences {
  if (!row) {
    return {
      cardmemberId,
      paperlessStatements: DEFAULT_COMMUNICATION_PREFERENCES.paperlessStatements,
      paymentReminders: { ...DEFAULT_COMMUNICATION_PREFERENCES.paymentReminders },
      marketingOptIn: DEFAULT_COMMUNICATION_PREFERENCES.marketingOptIn,
    };
  }
  return {
    cardmemberId,
    paperlessStatements: row.paperlessStatements,
    paymentReminders: { email: row.reminderEmail, sms: row.reminderSms },
    marketingOptIn: row.marketingOptIn,
  };
}

/** Four random digits not used by another card of the account. */
async function freshLast4(tx: Tx, cardAccountId: string): Promise<string> {
  const used = new Set(
    (
      await tx
        .select({ last4: coreCards.last4 })
        .from(coreCards)
        .where(eq(coreCards.cardAccountId, cardAccountId))
    ).map((r) => r.last4),
  );
  for (;;) {
    const last4 = String(randomInt(0, 10_000)).padStart(4, '0');
    if (!used.has(last4)) return last4;
  }
}

/** A new card's expiry: four years from the month it is issued. */
function expiryFrom(today: string): string {
  return `${Number(today.slice(0, 4)) + 4}-${today.slice(5, 7)}`;
}

export function createDemoCoreChanges(db: Db, clock: Clock): Pick<IssuerCore, ChangeMethods> {
  const today = () => issuerDateOf(clock.now());

  /**
   * Claims a request id for a change. Null when it is new (the caller makes `resultId`); the id of
   * what the first request made otherwise. A concurrent claim of the same id waits on the primary
   * key until the first transaction ends.
   */
  async function claim(
    tx: Tx,
    request: { requestId: string; kind: string; cardAccountId: string; resultId: string },
  ): Promise<string | null> {
    if (!request.requestId || request.requestId.length > 200) {
      throw new AppError('VALIDATION_FAILED', 'A request id (1-200 characters) is required.');
    }
    const inserted = await tx
      .insert(coreRequests)
      .values({ ...request, createdAt: clock.now() })
      .onConflictDoNothing()
      .returning({ requestId: coreRequests.requestId });
    if (inserted.length > 0) return null;
    const [prior] = await tx.select().from(coreRequests).where(eq(coreRequests.requestId, request.requestId));
    if (!prior || prior.kind !== request.kind || prior.cardAccountId !== request.cardAccountId) {
      throw new AppError('VALIDATION_FAILED', 'This request id was used for a different request.');
    }
    return prior.resultId;
  }

  async function orderById(tx: Tx | Db, id: string): Promise<ReplacementOrder> {
    const [row] = await tx.select().from(coreReplacementOrders).where(eq(coreReplacementOrders.id, id));
    if (!row) throw new Error(`demo core: replacement order ${id} is missing`);
    return toOrder(row, today());
  }

  async function lockCard(tx: Tx, cardAccountId: string, cardId: string): Promise<CardRow | null> {
    const [card] = await tx
      .select()
      .from(coreCards)
      .where(and(eq(coreCards.id, cardId), eq(coreCards.cardAccountId, cardAccountId)))
      .for('update');
    return card ?? null;
  }

  async function addressOnFile(tx: Tx, cardAccountId: string): Promise<PostalAddress> {
    const [row] = await tx
      .select({ address: coreCardmembers.address })
      .from(coreCardAccounts)
      .innerJoin(coreCardmembers, eq(coreCardmembers.id, coreCardAccounts.cardmemberId))
      .where(eq(coreCardAccounts.id, cardAccountId));
    if (!row) throw new AppError('NOT_FOUND', 'No such card account.');
    return toAddress(row.address);
  }

  async function insertOrder(
    tx: Tx,
    values: Pick<
      OrderRow,
      'id' | 'cardAccountId' | 'replacesCardId' | 'cardId' | 'reason' | 'last4' | 'newNumber' | 'holderName'
    > & { shipTo: PostalAddress; onFile: PostalAddress },
  ): Promise<ReplacementOrder> {
    const now = clock.now();
    const orderedOn = issuerDateOf(now);
    const reason = oneOf(values.reason, ['lost', 'stolen', 'damaged'], 'replacement reason');
    const { onFile, shipTo, ...rest } = values;
    const [row] = await tx
      .insert(coreReplacementOrders)
      .values({
        ...rest,
        shipTo,
        shipsToAddressOnFile: sameAddress(shipTo, onFile),
        orderedAt: now,
        orderedOn,
        ...shippingPlan(orderedOn, reason),
      })
      .returning();
    return toOrder(row!, orderedOn);
  }

  async function cardLast4Of(tx: Tx, cardAccountId: string): Promise<string> {
    const [account] = await tx
      .select({ last4: coreCardAccounts.last4 })
      .from(coreCardAccounts)
      .where(eq(coreCardAccounts.id, cardAccountId));
    if (!account) throw new AppError('NOT_FOUND', 'No such card account.');
    return account.last4;
  }

  async function postCredit(
    tx: Tx,
    input: { cardAccountId: string; merchant: string; category: string; amountCents: number; on: string },
  ): Promise<string> {
    const id = newId('tx');
    const cardLast4 = await cardLast4Of(tx, input.cardAccountId);
    await tx.insert(coreTransactions).values({
      id,
      cardAccountId: input.cardAccountId,
      statementId: null,
      transactedOn: input.on,
      postedOn: input.on,
      merchant: input.merchant,
      category: input.category,
      kind: 'credit',
      amountCents: -input.amountCents,
      cardLast4,
      status: 'posted',
    });
    // The posted balance moves with every posted transaction.
    const [account] = await tx
      .select({ balance: coreCardAccounts.currentBalanceCents })
      .from(coreCardAccounts)
      .where(eq(coreCardAccounts.id, input.cardAccountId))
      .for('update');
    await tx
      .update(coreCardAccounts)
      .set({ currentBalanceCents: (account?.balance ?? 0) - input.amountCents })
      .where(eq(coreCardAccounts.id, input.cardAccountId));
    return id;
  }

  async function paymentById(tx: Tx | Db, id: string): Promise<Payment> {
    const [row] = await tx
      .select()
      .from(corePayments)
      .innerJoin(coreBankAccounts, eq(coreBankAccounts.id, corePayments.bankAccountId))
      .where(eq(corePayments.id, id));
    if (!row) throw new Error(`demo core: payment ${id} is missing`);
    return toPayment(row.core_payments, row.core_bank_accounts);
  }

  async function redemptionById(tx: Tx | Db, id: string): Promise<PointsRedemption> {
    const [row] = await tx.select().from(corePointsRedemptions).where(eq(corePointsRedemptions.id, id));
    if (!row) throw new Error(`demo core: redemption ${id} is missing`);
    const credits = await tx
      .select()
      .from(coreRedeemedCharges)
      .where(eq(coreRedeemedCharges.redemptionId, id))
      .orderBy(asc(coreRedeemedCharges.chargeTransactionId));
    return {
      id: row.id,
      cardAccountId: row.cardAccountId,
      points: row.points,
      creditCents: row.creditCents,
      centsPerPointX100: row.centsPerPointX100,
      credits: credits.map((c) => ({
        chargeTransactionId: c.chargeTransactionId,
        creditTransactionId: c.creditTransactionId,
        amountCents: c.amountCents,
        points: c.points,
      })),
      pointsBalanceAfter: row.pointsBalanceAfter,
      redeemedOn: row.redeemedOn,
    };
  }

  async function contactOf(tx: Tx | Db, cardmemberId: string): Promise<ContactDetails | null> {
    const [row] = await tx.select().from(coreCardmembers).where(eq(coreCardmembers.id, cardmemberId));
    if (!row) return null;
    return { cardmemberId: row.id, email: row.email, phone: row.phone, address: toAddress(row.address) };
  }

  return {
    async listReplacementOrders(cardAccountId) {
      const rows = await db
        .select()
        .from(coreReplacementOrders)
        .where(eq(coreReplacementOrders.cardAccountId, cardAccountId))
        .orderBy(desc(coreReplacementOrders.orderedAt), desc(coreReplacementOrders.id));
      const day = today();
      return rows.map((row) => toOrder(row, day));
    },

    async listBankAccounts(cardmemberId) {
      const rows = await db
        .select()
        .from(coreBankAccounts)
        .where(eq(coreBankAccounts.cardmemberId, cardmemberId))
        .orderBy(desc(coreBankAccounts.isDefault), asc(coreBankAccounts.id));
      return rows.map(toBankAccount);
    },

    async listPayments(cardAccountId) {
      const rows = await db
        .select()
        .from(corePayments)
        .innerJoin(coreBankAccounts, eq(coreBankAccounts.id, corePayments.bankAccountId))
        .where(eq(corePayments.cardAccountId, cardAccountId))
        .orderBy(desc(corePayments.requestedAt), desc(corePayments.id));
      return rows.map((r) => toPayment(r.core_payments, r.core_bank_accounts));
    },

    async getDueDateChange(cardAccountId) {
      const [row] = await db
        .select()
        .from(coreDueDateChanges)
        .where(eq(coreDueDateChanges.cardAccountId, cardAccountId))
        .orderBy(desc(coreDueDateChanges.createdAt), desc(coreDueDateChanges.id))
        .limit(1);
      return row ? toDueDateChange(row) : null;
    },

    async listFeeCredits(cardAccountId) {
      const rows = await db
        .select()
        .from(coreFeeCredits)
        .where(eq(coreFeeCredits.cardAccountId, cardAccountId))
        .orderBy(desc(coreFeeCredits.creditedOn), asc(coreFeeCredits.feeTransactionId));
      return rows.map(toFeeCredit);
    },

    async getCommunicationPreferences(cardmemberId) {
      const [member] = await db
        .select({ id: coreCardmembers.id })
        .from(coreCardmembers)
        .where(eq(coreCardmembers.id, cardmemberId));
      if (!member) return null;
      const [row] = await db
        .select()
        .from(coreCommunicationPreferences)
        .where(eq(coreCommunicationPreferences.cardmemberId, cardmemberId));
      return toPreferences(cardmemberId, row);
    },

    async listProductChangeOptions(cardAccountId) {
      const [row] = await db
        .select({ productName: coreCardAccounts.productName, network: coreCardAccounts.network })
        .from(coreCardAccounts)
        .where(eq(coreCardAccounts.id, cardAccountId));
      if (!row) return [];
      return productChangeOptionsFor({
        productName: row.productName,
        network: oneOf(row.network, ['amex', 'visa', 'mastercard', 'discover'], 'network'),
      });
    },

    async reportCardLostOrStolen(input) {
      return db.transaction(async (tx) => {
        const card = await lockCard(tx, input.cardAccountId, input.cardId);
        if (!card) return null;
        const base = { requestId: input.requestId, kind: 'lost_stolen', cardAccountId: input.cardAccountId };
        if (card.status === 'blocked' || card.status === 'replaced') {
          // Reported already: the replacement on its way is the answer.
          const [open] = await tx
            .select()
            .from(coreReplacementOrders)
            .where(
              and(
                eq(coreReplacementOrders.replacesCardId, card.id),
                inArray(coreReplacementOrders.reason, ['lost', 'stolen']),
              ),
            )
            .orderBy(desc(coreReplacementOrders.orderedAt))
            .limit(1);
          if (!open) throw new AppError('WORKFLOW_REFUSED', 'This card is closed and cannot be replaced.');
          const prior = await claim(tx, { ...base, resultId: open.id });
          return orderById(tx, prior ?? open.id);
        }
        const orderId = newId('ro');
        const prior = await claim(tx, { ...base, resultId: orderId });
        if (prior) return orderById(tx, prior);

        const onFile = await addressOnFile(tx, input.cardAccountId);
        const shipTo = input.shipTo ? checkAddress(input.shipTo) : onFile;
        const last4 = await freshLast4(tx, input.cardAccountId);
        const newCardId = newId('card');
        await tx.insert(coreCards).values({
          id: newCardId,
          cardAccountId: input.cardAccountId,
          holderName: card.holderName,
          last4,
          role: card.role,
          status: 'active',
          expires: expiryFrom(today()),
          walletTokens: [],
        });
        // Blocked at once; its wallet tokens stop working with it.
        const tokens = Array.isArray(card.walletTokens) ? card.walletTokens : [];
        await tx
          .update(coreCards)
          .set({
            status: 'blocked',
            walletTokens: tokens.filter(isRecord).map((t) => ({ ...t, status: 'suspended' })),
          })
          .where(eq(coreCards.id, card.id));
        if (card.role === 'primary') {
          await tx
            .update(coreCardAccounts)
            .set({ last4 })
            .where(eq(coreCardAccounts.id, input.cardAccountId));
        } else {
          await tx
            .update(coreAuthorizedUsers)
            .set({ cardLast4: last4 })
            .where(
              and(
                eq(coreAuthorizedUsers.cardAccountId, input.cardAccountId),
                eq(coreAuthorizedUsers.cardLast4, card.last4),
                eq(coreAuthorizedUsers.status, 'active'),
              ),
            );
        }
        return insertOrder(tx, {
          id: orderId,
          cardAccountId: input.cardAccountId,
          replacesCardId: card.id,
          cardId: newCardId,
          reason: input.reason,
          last4,
          newNumber: true,
          holderName: card.holderName,
          shipTo,
          onFile,
        });
      });
    },

    async replaceDamagedCard(input) {
      return db.transaction(async (tx) => {
        const card = await lockCard(tx, input.cardAccountId, input.cardId);
        if (!card) return null;
        if (card.status === 'blocked' || card.status === 'replaced') {
          throw new AppError(
            'WORKFLOW_REFUSED',
            'This card is blocked or replaced; a lost or stolen card gets a new number instead.',
          );
        }
        const base = { requestId: input.requestId, kind: 'damaged', cardAccountId: input.cardAccountId };
        // New plastic already on its way for this card: that order is the answer.
        const day = today();
        const [open] = await tx
          .select()
          .from(coreReplacementOrders)
          .where(and(eq(coreReplacementOrders.cardId, card.id), eq(coreReplacementOrders.reason, 'damaged')))
          .orderBy(desc(coreReplacementOrders.orderedAt))
          .limit(1);
        if (open && deliveryStatus(open, day) !== 'delivered') {
          const prior = await claim(tx, { ...base, resultId: open.id });
          return orderById(tx, prior ?? open.id);
        }
        const orderId = newId('ro');
        const prior = await claim(tx, { ...base, resultId: orderId });
        if (prior) return orderById(tx, prior);
        const onFile = await addressOnFile(tx, input.cardAccountId);
        return insertOrder(tx, {
          id: orderId,
          cardAccountId: input.cardAccountId,
          replacesCardId: card.id,
          cardId: card.id,
          reason: 'damaged',
          last4: card.last4,
          newNumber: false,
          holderName: card.holderName,
          shipTo: input.shipTo ? checkAddress(input.shipTo) : onFile,
          onFile,
        });
      });
    },

    async makePayment(input) {
      if (
        !Number.isSafeInteger(input.amountCents) ||
        input.amountCents <= 0 ||
        input.amountCents > MAX_PAYMENT_CENTS
      ) {
        throw new AppError('VALIDATION_FAILED', 'The payment amount must be a positive number of cents.');
      }
      const now = clock.now();
      const day = issuerDateOf(now);
      const paymentDate = input.paymentDate ?? day;
      if (!isCalendarDate(paymentDate)) {
        throw new AppError('VALIDATION_FAILED', 'The payment date must be a YYYY-MM-DD date.');
      }
      if (paymentDate < day)
        throw new AppError('VALIDATION_FAILED', 'The payment date cannot be in the past.');
      if (paymentDate > addDays(day, MAX_PAYMENT_SCHEDULE_DAYS)) {
        throw new AppError(
          'VALIDATION_FAILED',
          `A payment can be scheduled up to ${MAX_PAYMENT_SCHEDULE_DAYS} days ahead.`,
        );
      }
      // Made now: the 5 p.m. Eastern cut-off decides the credit day. Scheduled: made that morning.
      const creditedOn = paymentDate === day ? creditDateOf(now) : paymentDate;
      return db.transaction(async (tx) => {
        const [account] = await tx
          .select()
          .from(coreCardAccounts)
          .where(eq(coreCardAccounts.id, input.cardAccountId));
        if (!account) throw new AppError('NOT_FOUND', 'No such card account.');
        const [bank] = await tx
          .select()
          .from(coreBankAccounts)
          .where(
            and(
              eq(coreBankAccounts.id, input.bankAccountId),
              eq(coreBankAccounts.cardmemberId, account.cardmemberId),
            ),
          );
        if (!bank) throw new AppError('NOT_FOUND', 'No such linked bank account.');
        const paymentId = newId('pay');
        const prior = await claim(tx, {
          requestId: input.requestId,
          kind: 'payment',
          cardAccountId: input.cardAccountId,
          resultId: paymentId,
        });
        if (prior) return paymentById(tx, prior);
        const transactionId = newId('tx');
        await tx.insert(coreTransactions).values({
          id: transactionId,
          cardAccountId: account.id,
          statementId: null,
          transactedOn: paymentDate,
          postedOn: null,
          merchant: `Payment from ${bank.bankName} account ending ${bank.last4}`,
          category: 'payment',
          kind: 'payment',
          amountCents: -input.amountCents,
          cardLast4: account.last4,
          status: 'pending',
        });
        const [row] = await tx
          .insert(corePayments)
          .values({
            id: paymentId,
            cardAccountId: account.id,
            bankAccountId: bank.id,
            amountCents: input.amountCents,
            paymentDate,
            creditedOn,
            status: paymentDate === day ? 'pending' : 'scheduled',
            transactionId,
            requestedAt: now,
          })
          .returning();
        return toPayment(row!, bank);
      });
    },

    async changeDueDate(input) {
      if (!Number.isInteger(input.newDueDay) || input.newDueDay < 1 || input.newDueDay > 28) {
        throw new AppError('VALIDATION_FAILED', 'The due day must be 1-28.');
      }
      for (const d of [
        input.requestedOn,
        input.transitionClosingDate,
        input.firstNewDueDate,
        input.noLateFeeThrough,
      ]) {
        if (!isCalendarDate(d)) throw new AppError('VALIDATION_FAILED', 'Dates must be YYYY-MM-DD.');
      }
      return db.transaction(async (tx) => {
        const [account] = await tx
          .select()
          .from(coreCardAccounts)
          .where(eq(coreCardAccounts.id, input.cardAccountId))
          .for('update');
        if (!account) throw new AppError('NOT_FOUND', 'No such card account.');
        const [latest] = await tx
          .select()
          .from(coreDueDateChanges)
          .where(eq(coreDueDateChanges.cardAccountId, input.cardAccountId))
          .orderBy(desc(coreDueDateChanges.createdAt), desc(coreDueDateChanges.id))
          .limit(1);
        // The same change asked again: stored once.
        if (
          latest &&
          latest.newDueDay === input.newDueDay &&
          latest.transitionClosingDate === input.transitionClosingDate
        ) {
          return toDueDateChange(latest);
        }
        const [row] = await tx
          .insert(coreDueDateChanges)
          .values({
            id: newId('ddc'),
            cardAccountId: input.cardAccountId,
            previousDueDay: account.dueDay,
            newDueDay: input.newDueDay,
            transitionClosingDate: input.transitionClosingDate,
            firstNewDueDate: input.firstNewDueDate,
            noLateFeeThrough: input.noLateFeeThrough,
            requestedOn: input.requestedOn,
            createdAt: clock.now(),
          })
          .returning();
        return toDueDateChange(row!);
      });
    },

    async creditFee(input) {
      return db.transaction(async (tx) => {
        const [fee] = await tx
          .select()
          .from(coreTransactions)
          .where(
            and(
              eq(coreTransactions.id, input.feeTransactionId),
              eq(coreTransactions.cardAccountId, input.cardAccountId),
              eq(coreTransactions.kind, 'fee'),
              eq(coreTransactions.status, 'posted'),
            ),
          )
          .for('update');
        if (!fee || fee.amountCents <= 0) return null;
        const [existing] = await tx
          .select()
          .from(coreFeeCredits)
          .where(eq(coreFeeCredits.feeTransactionId, fee.id));
        if (existing) return toFeeCredit(existing);
        const on = today();
        const creditTransactionId = await postCredit(tx, {
          cardAccountId: input.cardAccountId,
          merchant: `Credit: ${fee.merchant}`,
          category: 'fees',
          amountCents: fee.amountCents,
          on,
        });
        const [row] = await tx
          .insert(coreFeeCredits)
          .values({
            feeTransactionId: fee.id,
            cardAccountId: input.cardAccountId,
            creditTransactionId,
            amountCents: fee.amountCents,
            reason: input.reason,
            creditedOn: on,
          })
          .returning();
        return toFeeCredit(row!);
      });
    },

    async redeemPoints(input) {
      const ids = [...new Set(input.transactionIds)];
      if (
        ids.length === 0 ||
        ids.length !== input.transactionIds.length ||
        ids.length > MAX_REDEEMED_CHARGES
      ) {
        throw new AppError('VALIDATION_FAILED', `Choose 1-${MAX_REDEEMED_CHARGES} different charges.`);
      }
      return db.transaction(async (tx) => {
        const [rewards] = await tx
          .select()
          .from(coreRewards)
          .where(eq(coreRewards.cardAccountId, input.cardAccountId))
          .for('update');
        if (!rewards) throw new AppError('WORKFLOW_REFUSED', 'This account has no rewards programme.');
        const redemptionId = newId('rdm');
        const prior = await claim(tx, {
          requestId: input.requestId,
          kind: 'redemption',
          cardAccountId: input.cardAccountId,
          resultId: redemptionId,
        });
        if (prior) return redemptionById(tx, prior);

        const charges = await tx
          .select()
          .from(coreTransactions)
          .where(
            and(inArray(coreTransactions.id, ids), eq(coreTransactions.cardAccountId, input.cardAccountId)),
          )
          .orderBy(asc(coreTransactions.id));
        const payable = charges.filter(
          (c) => c.kind === 'purchase' && c.status === 'posted' && c.amountCents > 0,
        );
        if (payable.length !== ids.length) {
          throw new AppError(
            'WORKFLOW_REFUSED',
            'Only posted purchases of this account can be paid with points.',
          );
        }
        const redeemed = await tx
          .select({ id: coreRedeemedCharges.chargeTransactionId })
          .from(coreRedeemedCharges)
          .where(inArray(coreRedeemedCharges.chargeTransactionId, ids));
        if (redeemed.length > 0) {
          throw new AppError('WORKFLOW_REFUSED', 'A chosen charge was already paid with points.');
        }
        const cpp = rewards.centsPerPoint;
        const lines = payable.map((c) => ({
          charge: c,
          points: Math.ceil((c.amountCents * 100) / cpp),
        }));
        const points = lines.reduce((sum, l) => sum + l.points, 0);
        const creditCents = lines.reduce((sum, l) => sum + l.charge.amountCents, 0);
        if (points > rewards.pointsBalance) {
          throw new AppError(
            'INSUFFICIENT_POINTS',
            `These charges need ${points} points; the balance is ${rewards.pointsBalance}.`,
          );
        }
        const on = today();
        const after = rewards.pointsBalance - points;
        await tx.insert(corePointsRedemptions).values({
          id: redemptionId,
          cardAccountId: input.cardAccountId,
          points,
          creditCents,
          centsPerPointX100: cpp,
          pointsBalanceAfter: after,
          redeemedOn: on,
          createdAt: clock.now(),
        });
        for (const line of lines) {
          const creditTransactionId = await postCredit(tx, {
            cardAccountId: input.cardAccountId,
            merchant: `Paid with points: ${line.charge.merchant}`,
            category: 'rewards',
            amountCents: line.charge.amountCents,
            on,
          });
          await tx.insert(coreRedeemedCharges).values({
            chargeTransactionId: line.charge.id,
            redemptionId,
            creditTransactionId,
            amountCents: line.charge.amountCents,
            points: line.points,
          });
        }
        await tx
          .update(coreRewards)
          .set({ pointsBalance: after, updatedAt: clock.now() })
          .where(eq(coreRewards.cardAccountId, input.cardAccountId));
        return redemptionById(tx, redemptionId);
      });
    },

    async addAuthorizedUser(input) {
      const firstName = input.firstName.trim();
      const lastName = input.lastName.trim();
      if (!firstName || !lastName || firstName.length > 40 || lastName.length > 40) {
        throw new AppError(
          'VALIDATION_FAILED',
          'A first and last name (up to 40 characters each) are required.',
        );
      }
      return db.transaction(async (tx) => {
        const [account] = await tx
          .select({ id: coreCardAccounts.id })
          .from(coreCardAccounts)
          .where(eq(coreCardAccounts.id, input.cardAccountId))
          .for('update');
        if (!account) throw new AppError('NOT_FOUND', 'No such card account.');
        const userId = newId('au');
        const prior = await claim(tx, {
          requestId: input.requestId,
          kind: 'authorized_user',
          cardAccountId: input.cardAccountId,
          resultId: userId,
        });
        const id = prior ?? userId;
        if (!prior) {
          const last4 = await freshLast4(tx, input.cardAccountId);
          const day = today();
          await tx.insert(coreCards).values({
            id: newId('card'),
            cardAccountId: input.cardAccountId,
            holderName: `${firstName} ${lastName}`,
            last4,
            role: 'authorized_user',
            status: 'active',
            expires: expiryFrom(day),
            walletTokens: [],
          });
          await tx.insert(coreAuthorizedUsers).values({
            id: userId,
            cardAccountId: input.cardAccountId,
            firstName,
            lastName,
            cardLast4: last4,
            addedOn: day,
            status: 'active',
          });
        }
        const [row] = await tx.select().from(coreAuthorizedUsers).where(eq(coreAuthorizedUsers.id, id));
        return toAuthorizedUser(row!);
      });
    },

    async removeAuthorizedUser(cardAccountId, authorizedUserId) {
      return db.transaction(async (tx) => {
        const [user] = await tx
          .select()
          .from(coreAuthorizedUsers)
          .where(
            and(
              eq(coreAuthorizedUsers.id, authorizedUserId),
              eq(coreAuthorizedUsers.cardAccountId, cardAccountId),
            ),
          )
          .for('update');
        if (!user) return null;
        if (user.status === 'removed') return toAuthorizedUser(user);
        const [removed] = await tx
          .update(coreAuthorizedUsers)
          .set({ status: 'removed' })
          .where(eq(coreAuthorizedUsers.id, user.id))
          .returning();
        await tx
          .update(coreCards)
          .set({ status: 'blocked' })
          .where(
            and(
              eq(coreCards.cardAccountId, cardAccountId),
              eq(coreCards.last4, user.cardLast4),
              eq(coreCards.role, 'authorized_user'),
              inArray(coreCards.status, ['active', 'locked']),
            ),
          );
        return toAuthorizedUser(removed!);
      });
    },

    async updateContactDetails(cardmemberId, change) {
      const set: Partial<typeof coreCardmembers.$inferInsert> = {};
      if (change.email !== undefined) {
        const email = change.email.trim();
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
          throw new AppError('VALIDATION_FAILED', 'The e-mail address is not valid.');
        }
        set.email = email;
      }
      if (change.phone !== undefined) {
        const phone = change.phone.trim();
        if (!/^\+?[\d\s().-]{10,20}$/.test(phone))
          throw new AppError('VALIDATION_FAILED', 'The phone number is not valid.');
        set.phone = phone;
      }
      if (change.address !== undefined) set.address = checkAddress(change.address);
      return db.transaction(async (tx) => {
        const [member] = await tx
          .select({ id: coreCardmembers.id })
          .from(coreCardmembers)
          .where(eq(coreCardmembers.id, cardmemberId))
          .for('update');
        if (!member) return null;
        if (Object.keys(set).length > 0) {
          await tx.update(coreCardmembers).set(set).where(eq(coreCardmembers.id, cardmemberId));
        }
        return contactOf(tx, cardmemberId);
      });
    },

    async updateCommunicationPreferences(cardmemberId, change) {
      return db.transaction(async (tx) => {
        const [member] = await tx
          .select({ id: coreCardmembers.id })
          .from(coreCardmembers)
          .where(eq(coreCardmembers.id, cardmemberId))
          .for('update');
        if (!member) return null;
        const [row] = await tx
          .select()
          .from(coreCommunicationPreferences)
          .where(eq(coreCommunicationPreferences.cardmemberId, cardmemberId));
        const current = toPreferences(cardmemberId, row);
        const next = {
          paperlessStatements: change.paperlessStatements ?? current.paperlessStatements,
          reminderEmail: change.paymentReminders?.email ?? current.paymentReminders.email,
          reminderSms: change.paymentReminders?.sms ?? current.paymentReminders.sms,
          marketingOptIn: change.marketingOptIn ?? current.marketingOptIn,
          updatedAt: clock.now(),
        };
        const [saved] = await tx
          .insert(coreCommunicationPreferences)
          .values({ cardmemberId, ...next })
          .onConflictDoUpdate({ target: coreCommunicationPreferences.cardmemberId, set: next })
          .returning();
        return toPreferences(cardmemberId, saved);
      });
    },
  };
}
