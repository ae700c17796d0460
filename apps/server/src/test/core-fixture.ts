import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  coreAuthorizedUsers,
  coreBankAccounts,
  coreCardAccounts,
  coreCardmembers,
  coreCards,
  coreRewards,
  coreStatements,
  coreTransactions,
} from '../domains/accounts/accounts.tables.ts';
import type { CardNetwork, PostalAddress } from '../domains/accounts/index.ts';
import { addDays, addMonths, dueDateForClosing } from '../domains/cases/index.ts';
import type { Db } from '../platform/db.ts';

/*
 * A fresh cardmember in the demo core's tables, with fresh ids, for tests that change an account:
 * a primary card, an authorised user with their own card, a linked checking account, closed monthly
 * statements that add up (purchases, the previous statement paid — on time unless asked otherwise —
 * and a late fee when late), two purchases since the last closing, and rewards.
 */

export interface CoreFixtureOptions {
  /** The New York day the data is placed around. */
  today: string;
  network?: CardNetwork;
  productName?: string;
  /** Closed statements to make (default 6). */
  statements?: number;
  closingDay?: number;
  dueDay?: number;
  openedMonthsAgo?: number;
  creditLimitCents?: number;
  /** Purchase amount (each cycle has two). */
  purchaseCents?: number;
  /** Statements (1 = the most recent closed one) whose previous statement was paid late, with a late fee. */
  latePaidStatements?: number[];
  lateFeeCents?: number;
  pointsBalance?: number;
  centsPerPointX100?: number;
  rewards?: boolean;
}

export interface CoreFixture {
  cardmemberId: string;
  cardAccountId: string;
  primaryCardId: string;
  primaryLast4: string;
  authorizedUserId: string;
  authorizedUserCardId: string;
  bankAccountId: string;
  bankLast4: string;
  address: PostalAddress;
  /** Posted purchases, newest first. */
  purchaseIds: string[];
  /** Posted late fees, newest first. */
  lateFeeIds: string[];
  /** Statement closing dates, newest first. */
  closingDates: string[];
}

export async function insertCoreFixture(db: Db, options: CoreFixtureOptions): Promise<CoreFixture> {
  const suffix = randomUUID().replaceAll('-', '').slice(0, 10);
  const cardmemberId = `cm_fx_${suffix}`;
  const cardAccountId = `ca_fx_${suffix}`;
  const primaryCardId = `card_fx_${suffix}_p`;
  const authorizedUserCardId = `card_fx_${suffix}_au`;
  const authorizedUserId = `au_fx_${suffix}`;
  const bankAccountId = `ba_fx_${suffix}`;
  const closingDay = options.closingDay ?? 5;
  const dueDay = options.dueDay ?? 1;
  const statementsCount = options.statements ?? 6;
  const purchaseCents = options.purchaseCents ?? 5_000;
  const lateFeeCents = options.lateFeeCents ?? 3_200;
  const late = new Set(options.latePaidStatements ?? []);
  const digits = () => String(Math.floor(Math.random() * 10_000)).padStart(4, '0');
  const primaryLast4 = digits();
  let auLast4 = digits();
  while (auLast4 === primaryLast4) auLast4 = digits();
  const bankLast4 = digits();
  const address: PostalAddress = { line1: '12 Test Lane', city: 'Springfield', state: 'IL', zip: '62701' };

  // The last closing strictly before today, then monthly back.
  let last = `${options.today.slice(0, 8)}${String(closingDay).padStart(2, '0')}`;
  if (last >= options.today) last = addMonths(last, -1);
  const closings = Array.from({ length: statementsCount }, (_, i) => addMonths(last, -i)).reverse();
  const opened = addMonths(options.today, -(options.openedMonthsAgo ?? 36));

  await db.insert(coreCardmembers).values({
    id: cardmemberId,
    firstName: 'Fixture',
    lastName: `Member ${suffix.slice(0, 4)}`,
    email: `fixture-${suffix}@example.com`,
    phone: '+1 312-555-0100',
    preferredLanguage: 'en',
    address,
    memberSince: opened,
    segment: 'consumer',
  });
  await db.insert(coreCardAccounts).values({
    id: cardAccountId,
    cardmemberId,
    productName: options.productName ?? 'Gold Rewards Card',
    network: options.network ?? 'amex',
    last4: primaryLast4,
    status: 'open',
    openedOn: opened,
    creditLimitCents: options.creditLimitCents ?? 1_000_000,
    currentBalanceCents: 0,
    purchaseAprBps: 2199,
    dueDay,
    closingDay,
  });
  await db.insert(coreCards).values([
    {
      id: primaryCardId,
      cardAccountId,
      holderName: 'Fixture Member',
      last4: primaryLast4,
      role: 'primary',
      status: 'active',
      expires: '2029-08',
      walletTokens: [{ wallet: 'apple_pay', status: 'active', deviceName: 'iPhone' }],
    },
    {
      id: authorizedUserCardId,
      cardAccountId,
      holderName: 'Alex Member',
      last4: auLast4,
      role: 'authorized_user',
      status: 'active',
      expires: '2029-08',
      walletTokens: [],
    },
  ]);
  await db.insert(coreAuthorizedUsers).values({
    id: authorizedUserId,
    cardAccountId,
    firstName: 'Alex',
    lastName: 'Member',
    cardLast4: auLast4,
    addedOn: addMonths(options.today, -12),
    status: 'active',
  });
  await db.insert(coreBankAccounts).values({
    id: bankAccountId,
    cardmemberId,
    bankName: 'Fixture Savings Bank',
    accountType: 'checking',
    last4: bankLast4,
    isDefault: true,
  });

  const purchaseIds: string[] = [];
  const lateFeeIds: string[] = [];
  let n = 0;
  const tx = (
    statementId: string | null,
    on: string,
    kind: 'purchase' | 'payment' | 'fee',
    amountCents: number,
    merchant: string,
  ) => {
    n++;
    const id = `tx_fx_${suffix}_${String(n).padStart(3, '0')}`;
    if (kind === 'purchase') purchaseIds.unshift(id);
    if (kind === 'fee') lateFeeIds.unshift(id);
    return {
      id,
      cardAccountId,
      statementId,
      transactedOn: on,
      postedOn: on,
      merchant,
      category: kind === 'purchase' ? 'shopping' : kind === 'fee' ? 'fees' : 'payment',
      kind,
      amountCents,
      cardLast4: primaryLast4,
      status: 'posted',
    };
  };

  let previousBalance = 0;
  let previousDue: string | null = null;
  let previousClosing = addMonths(closings[0]!, -1);
  for (const [i, closing] of closings.entries()) {
    const statementId = `st_fx_${suffix}_${i + 1}`;
    const fromNewest = closings.length - i;
    const rows = [
      tx(statementId, addDays(previousClosing, 3), 'purchase', purchaseCents, 'Corner Bookshop'),
      tx(statementId, addDays(previousClosing, 9), 'purchase', purchaseCents + 1_250, 'Fresh Market'),
    ];
    if (previousDue && previousBalance > 0) {
      const payOn = late.has(fromNewest) ? addDays(previousDue, 2) : addDays(previousDue, -3);
      rows.push(tx(statementId, payOn, 'payment', -previousBalance, 'Payment, thank you'));
      if (late.has(fromNewest)) rows.push(tx(statementId, payOn, 'fee', lateFeeCents, 'Late payment fee'));
    }
    const balance = previousBalance + rows.reduce((s, r) => s + r.amountCents, 0);
    const minimum = balance <= 0 ? 0 : Math.min(balance, Math.max(3_500, Math.round(balance / 100)));
    const due = dueDateForClosing(closing, dueDay);
    await db.insert(coreStatements).values({
      id: statementId,
      cardAccountId,
      periodStart: addDays(previousClosing, 1),
      closingDate: closing,
      dueDate: due,
      previousBalanceCents: previousBalance,
      statementBalanceCents: balance,
      minimumDueCents: minimum,
    });
    await db.insert(coreTransactions).values(rows);
    previousBalance = balance;
    previousDue = due;
    previousClosing = closing;
  }
  // Since the last closing: two purchases (posted when there is room before today).
  const since = [
    tx(
      null,
      addDays(last, 1) < options.today ? addDays(last, 1) : options.today,
      'purchase',
      2_500,
      'City Cinema',
    ),
    tx(null, options.today, 'purchase', 4_000, 'Harbor Cafe'),
  ];
  await db.insert(coreTransactions).values(since);
  await db
    .update(coreCardAccounts)
    .set({ currentBalanceCents: previousBalance + since.reduce((s, r) => s + r.amountCents, 0) })
    .where(eq(coreCardAccounts.id, cardAccountId));
  if (options.rewards !== false) {
    await db.insert(coreRewards).values({
      cardAccountId,
      program: 'Membership Rewards',
      pointsBalance: options.pointsBalance ?? 50_000,
      pendingPoints: 0,
      centsPerPoint: options.centsPerPointX100 ?? 100,
      updatedAt: new Date(),
    });
  }
  return {
    cardmemberId,
    cardAccountId,
    primaryCardId,
    primaryLast4,
    authorizedUserId,
    authorizedUserCardId,
    bankAccountId,
    bankLast4,
    address,
    purchaseIds,
    lateFeeIds,
    closingDates: [...closings].reverse(),
  };
}
