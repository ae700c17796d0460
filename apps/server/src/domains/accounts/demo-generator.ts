import type { CardNetwork, TransactionKind } from './core.ts';
import { type CardIssuer, issueAccountCards } from './demo-cards.ts';
import { type Merchant, merchantPool, merchantsIn, REFUNDABLE_CATEGORIES } from './demo-merchants.ts';
import { ACCOUNT_PROFILES, type AccountProfile, CARDMEMBER_PROFILES } from './demo-profiles.ts';
import {
  addDays,
  addYears,
  createRng,
  daysBetween,
  firstDayOfMonthFrom,
  generateCardNumber,
  lastDayOfMonthBefore,
  maxDate,
  minDate,
  type Rng,
  randomDateBetween,
  toIsoDate,
} from './demo-random.ts';
import type {
  AuthorizedUserRow,
  BankAccountRow,
  CardAccountRow,
  CardRow,
  DemoData,
  RewardsRow,
  StatementRow,
  TransactionRow,
} from './demo-rows.ts';
import { buildTravelBooking, TRAVEL_PROFILES, type TravelBookingDraft } from './demo-travel.ts';

/*
 * Builds every row of the demo issuer core, deterministically, around a given day: three closed
 * statements per account whose balances add up (previous balance + the statement's transactions),
 * plus the activity since the last closing. Card numbers exist only inside `issueCard`.
 */

export interface DemoDataOptions {
  /** Test hook: sees each full card number while it exists in memory. It is never stored. */
  onCardNumber?: (card: { cardId: string; network: CardNetwork; number: string }) => void;
}

/** Regulation Z: statements go out at least 21 days before the payment due date. */
export const MIN_DAYS_CLOSING_TO_DUE = 21;
const MINIMUM_PAYMENT_FLOOR_CENTS = 3_500;

/** The first `dueDay` at least 21 days after the closing date: the same day every month. */
export function dueDateFor(closingDate: string, dueDay: number): string {
  return firstDayOfMonthFrom(addDays(closingDate, MIN_DAYS_CLOSING_TO_DUE), dueDay);
}

/** Greater of $35 or 1% of the balance plus the cycle's fees and interest; never more than the balance. */
export function minimumDueFor(balanceCents: number, feesAndInterestCents: number): number {
  if (balanceCents <= 0) return 0;
  const computed = Math.round(balanceCents / 100) + feesAndInterestCents;
  return Math.min(balanceCents, Math.max(MINIMUM_PAYMENT_FLOOR_CENTS, computed));
}

interface Cycle {
  /** 1-3 for the closed statements (oldest first), 0 for the open cycle since the last closing. */
  index: number;
  start: string;
  end: string;
  due: string;
}

interface Draft {
  date: string;
  postedOn: string | null;
  merchant: string;
  category: string;
  kind: TransactionKind;
  amountCents: number;
  cardLast4: string;
  order: number;
}

interface AccountRows {
  account: CardAccountRow;
  cards: CardRow[];
  statements: StatementRow[];
  transactions: TransactionRow[];
  rewards: RewardsRow;
  authorizedUsers: AuthorizedUserRow[];
}

const sum = (drafts: readonly Draft[]): number => drafts.reduce((total, d) => total + d.amountCents, 0);

function amountFor(rng: Rng, merchant: Merchant): number {
  return rng.int(merchant.minCents, merchant.maxCents);
}

function generateAccount(
  profile: AccountProfile,
  holderName: string,
  travel: readonly TravelBookingDraft[],
  today: string,
  now: Date,
  issueCard: CardIssuer,
): AccountRows {
  const key = profile.id.replace(/^ca_/, '');
  const rng = createRng(`${profile.id}:activity`);

  // Billing cycles: three closed statements and the open cycle.
  const c3 = lastDayOfMonthBefore(today, profile.closingDay);
  const c2 = lastDayOfMonthBefore(c3, profile.closingDay);
  const c1 = lastDayOfMonthBefore(c2, profile.closingDay);
  const c0 = lastDayOfMonthBefore(c1, profile.closingDay);
  const periods: Cycle[] = [];
  let previousClosing = c0;
  for (const closing of [c1, c2, c3]) {
    const due = dueDateFor(closing, profile.dueDay);
    periods.push({ index: periods.length + 1, start: addDays(previousClosing, 1), end: closing, due });
    previousClosing = closing;
  }
  const current: Cycle = { index: 0, start: addDays(c3, 1), end: today, due: today };
  const periodAt = (index: number): Cycle => periods[index - 1] ?? current;
  const cycleOf = (date: string): Cycle | null =>
    [...periods, current].find((w) => w.start <= date && date <= w.end) ?? null;

  const anniversary = profile.annualFee
    ? addDays(periodAt(profile.annualFee.statement).start, rng.int(2, 8))
    : addDays(today, -rng.int(30, 330));
  const openedOn = addYears(anniversary, -profile.openedYearsAgo);

  const { cards, authorizedUsers, primaryLast4, primaryLast4At, authorizedUserCards } = issueAccountCards(
    profile,
    holderName,
    today,
    issueCard,
  );
  const cardFor = (date: string): string => {
    const usable = authorizedUserCards.filter(
      (c) => c.addedOn <= date && (c.removedOn === null || date < c.removedOn),
    );
    if (usable.length > 0 && rng.chance(0.25)) return rng.pick(usable).last4;
    return primaryLast4At(date);
  };

  // Activity other than payments and interest.
  const drafts: Draft[] = [];
  const add = (draft: Omit<Draft, 'order'>): Draft => {
    const full = { ...draft, order: drafts.length };
    drafts.push(full);
    return full;
  };
  const pool = merchantPool(profile.persona, profile.localMerchants);
  const locked = profile.primaryCardStatus === 'locked';
  // A locked card is declined: nothing new in the last few days.
  const lastPurchaseDay = locked ? addDays(today, -3) : addDays(today, -1);
  const purchase = (date: string, postedOn: string | null, merchant: Merchant, amountCents: number): Draft =>
    add({
      date,
      postedOn,
      merchant: merchant.name,
      category: merchant.category,
      kind: 'purchase',
      amountCents,
      cardLast4: cardFor(date),
    });

  const subscriptionCategories = profile.persona === 'business' ? ['software', 'utilities'] : ['streaming'];
  const subscriptions = subscriptionCategories.map((category) => {
    const merchant = rng.pick(merchantsIn(category));
    return { merchant, amountCents: amountFor(rng, merchant), day: rng.int(1, 28) };
  });

  for (const period of periods) {
    for (const sub of subscriptions) {
      const date = firstDayOfMonthFrom(period.start, sub.day);
      purchase(date, minDate(addDays(date, 1), period.end), sub.merchant, sub.amountCents);
    }
    const count = rng.int(profile.purchasesPerCycle[0], profile.purchasesPerCycle[1]);
    for (let i = 0; i < count; i++) {
      const merchant = rng.pick(pool);
      const date = randomDateBetween(rng, period.start, period.end);
      purchase(date, minDate(addDays(date, rng.int(0, 2)), period.end), merchant, amountFor(rng, merchant));
    }
    // The occasional return, refunded within the same cycle.
    const returnable = drafts.filter(
      (d) =>
        d.kind === 'purchase' &&
        REFUNDABLE_CATEGORIES.has(d.category) &&
        d.date >= period.start &&
        d.date <= addDays(period.end, -3),
    );
    if (returnable.length > 0 && rng.chance(0.5)) {
      const original = rng.pick(returnable);
      const refundOn = minDate(addDays(original.date, rng.int(2, 12)), period.end);
      const amountCents = rng.chance(0.3) ? Math.round(original.amountCents / 2) : original.amountCents;
      add({ ...original, date: refundOn, postedOn: refundOn, kind: 'refund', amountCents: -amountCents });
    }
    if (profile.statementCredit) {
      const date = addDays(period.end, -rng.int(1, 4));
      add({
        date,
        postedOn: date,
        merchant: profile.statementCredit.description,
        category: 'statement_credit',
        kind: 'credit',
        amountCents: -profile.statementCredit.cents,
        cardLast4: primaryLast4At(date),
      });
    }
  }
  if (profile.duplicateCharge) {
    const last = periodAt(3);
    const candidates = drafts.filter(
      (d) =>
        d.kind === 'purchase' &&
        d.date >= last.start &&
        d.date < last.end &&
        d.amountCents >= 2_500 &&
        !d.merchant.startsWith('Travel Center'),
    );
    if (candidates.length > 0) add({ ...rng.pick(candidates) });
  }
  if (profile.annualFee) {
    add({
      date: anniversary,
      postedOn: anniversary,
      merchant: 'Annual membership fee',
      category: 'fees',
      kind: 'fee',
      amountCents: profile.annualFee.cents,
      cardLast4: primaryLast4At(anniversary),
    });
  }

  // The open cycle: a few posted charges, and pending authorisations of the last days.
  const openDays = daysBetween(c3, today);
  const average = (profile.purchasesPerCycle[0] + profile.purchasesPerCycle[1]) / 2;
  for (const sub of subscriptions) {
    const date = firstDayOfMonthFrom(current.start, sub.day);
    if (date <= lastPurchaseDay)
      purchase(date, minDate(addDays(date, 1), today), sub.merchant, sub.amountCents);
  }
  if (current.start <= lastPurchaseDay) {
    const count = Math.max(1, Math.round((average * openDays) / 30));
    for (let i = 0; i < count; i++) {
      const merchant = rng.pick(pool);
      const date = randomDateBetween(rng, current.start, lastPurchaseDay);
      purchase(date, minDate(addDays(date, rng.int(1, 2)), today), merchant, amountFor(rng, merchant));
    }
  }
  if (!locked) {
    const pendingFrom = maxDate(current.start, addDays(today, -2));
    for (let i = rng.int(1, 3); i > 0; i--) {
      const merchant = rng.pick(pool);
      purchase(randomDateBetween(rng, pendingFrom, today), null, merchant, amountFor(rng, merchant));
    }
  }

  // Bookings through the travel service: flights and hotels charged when booked, cars when returned.
  for (const booking of travel) {
    const itinerary = booking.itinerary;
    const title =
      'segments' in itinerary
        ? (itinerary.segments[0]?.carrier ?? 'Airline')
        : 'property' in itinerary
          ? itinerary.property
          : itinerary.company;
    // Travel is booked by the cardmember, on the primary card.
    const charge = (date: string, postedOn: string, category: string, merchant: string): Draft =>
      add({
        date,
        postedOn,
        merchant,
        category,
        kind: 'purchase',
        amountCents: booking.totalCents,
        cardLast4: primaryLast4At(date),
      });
    if (booking.kind === 'car') {
      if (booking.status === 'completed' && booking.endsOn < today) {
        charge(booking.endsOn, minDate(addDays(booking.endsOn, 1), today), 'car_rental', title);
      }
      continue;
    }
    const category = booking.kind === 'flight' ? 'airfare' : 'lodging';
    const original = charge(booking.bookedOn, booking.bookedOn, category, `Travel Center – ${title}`);
    const refundOn = addDays(booking.bookedOn, 9);
    if (booking.status === 'cancelled' && refundOn <= today) {
      add({
        ...original,
        date: refundOn,
        postedOn: refundOn,
        kind: 'refund',
        amountCents: -booking.totalCents,
      });
    }
  }

  // Payments, late fees and interest, cycle by cycle, so that every statement adds up.
  const statements: StatementRow[] = [];
  const statementIdOf = new Map<number, string>();
  let previousBalance = profile.openingBalanceCents;
  let previousMinimum = minimumDueFor(previousBalance, 0);
  let previousDue = dueDateFor(c0, profile.dueDay);
  const paymentFor = (balance: number, minimum: number): number => {
    if (profile.payment === 'full') return balance;
    if (profile.payment === 'minimum') return minimum;
    const share = Math.round((balance * (0.2 + rng.next() * 0.25)) / 500) * 500;
    return Math.min(balance, Math.max(minimum, share));
  };
  const addPayment = (date: string, amountCents: number): void => {
    add({
      date,
      postedOn: date,
      merchant: 'Online payment – thank you',
      category: 'payment',
      kind: 'payment',
      amountCents: -amountCents,
      cardLast4: primaryLast4At(date),
    });
  };
  for (const period of periods) {
    let paid = 0;
    if (previousBalance > 0) {
      paid = paymentFor(previousBalance, previousMinimum);
      const late = profile.latePayment?.statement === period.index && addDays(previousDue, 3) <= period.end;
      const onTime = addDays(previousDue, -rng.int(1, 6));
      const payOn = late
        ? addDays(previousDue, rng.int(2, 3))
        : maxDate(period.start, minDate(onTime, period.end));
      addPayment(payOn, paid);
      if (late && profile.latePayment) {
        const feeOn = addDays(previousDue, 1);
        add({
          date: feeOn,
          postedOn: feeOn,
          merchant: 'Late payment fee',
          category: 'fees',
          kind: 'fee',
          amountCents: profile.latePayment.feeCents,
          cardLast4: primaryLast4At(feeOn),
        });
      }
    }
    const inPeriod = (d: Draft): boolean =>
      d.date >= period.start && d.date <= period.end && d.postedOn !== null;
    const carried = previousBalance - paid;
    if (carried > 0) {
      const purchases = sum(drafts.filter((d) => inPeriod(d) && d.kind === 'purchase'));
      const days = daysBetween(period.start, period.end) + 1;
      const interest = Math.round(
        ((carried + purchases / 2) * profile.purchaseAprBps * days) / (10_000 * 365),
      );
      if (interest > 0) {
        add({
          date: period.end,
          postedOn: period.end,
          merchant: 'Interest charge on purchases',
          category: 'interest',
          kind: 'interest',
          amountCents: interest,
          cardLast4: primaryLast4At(period.end),
        });
      }
    }
    const billed = drafts.filter(inPeriod);
    const balance = previousBalance + sum(billed);
    const feesAndInterest = sum(billed.filter((d) => d.kind === 'fee' || d.kind === 'interest'));
    const minimum = minimumDueFor(balance, feesAndInterest);
    const id = `st_${key}_${period.end.slice(0, 7).replace('-', '_')}`;
    statementIdOf.set(period.index, id);
    statements.push({
      id,
      cardAccountId: profile.id,
      periodStart: period.start,
      closingDate: period.end,
      dueDate: period.due,
      previousBalanceCents: previousBalance,
      statementBalanceCents: balance,
      minimumDueCents: minimum,
    });
    previousBalance = balance;
    previousMinimum = minimum;
    previousDue = period.due;
  }
  if (previousBalance > 0) {
    const payOn = addDays(previousDue, -rng.int(1, 5));
    if (payOn <= today) addPayment(payOn, paymentFor(previousBalance, previousMinimum));
  }

  // Rows, oldest first, so that ids sort the way the activity happened.
  const ordered = drafts
    .filter((d) => cycleOf(d.date) !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  const transactions: TransactionRow[] = ordered.map((d, i) => {
    const cycle = cycleOf(d.date);
    return {
      id: `tx_${key}_${String(i + 1).padStart(4, '0')}`,
      cardAccountId: profile.id,
      statementId: d.postedOn === null || !cycle ? null : (statementIdOf.get(cycle.index) ?? null),
      transactedOn: d.date,
      postedOn: d.postedOn,
      merchant: d.merchant,
      category: d.category,
      kind: d.kind,
      amountCents: d.amountCents,
      cardLast4: d.cardLast4,
      status: d.postedOn === null ? 'pending' : 'posted',
    };
  });
  const unbilled = ordered.filter((d) => d.date > c3);
  const currentBalance = previousBalance + sum(unbilled.filter((d) => d.postedOn !== null));
  const earning = (d: Draft): boolean => d.kind === 'purchase' || d.kind === 'refund';
  const pointsFor = (cents: number): number =>
    Math.max(0, Math.floor((cents / 100) * profile.rewards.pointsPerDollar));

  return {
    account: {
      id: profile.id,
      cardmemberId: profile.cardmemberId,
      productName: profile.productName,
      network: profile.network,
      last4: primaryLast4,
      status: 'open',
      openedOn,
      creditLimitCents: profile.creditLimitCents,
      currentBalanceCents: currentBalance,
      purchaseAprBps: profile.purchaseAprBps,
      dueDay: profile.dueDay,
      closingDay: profile.closingDay,
    },
    cards,
    statements,
    transactions,
    rewards: {
      cardAccountId: profile.id,
      program: profile.rewards.program,
      pointsBalance:
        profile.rewards.basePoints + pointsFor(sum(ordered.filter((d) => d.date <= c3 && earning(d)))),
      pendingPoints: pointsFor(sum(unbilled.filter(earning))),
      centsPerPoint: profile.rewards.centsPerPointX100,
      updatedAt: now,
    },
    authorizedUsers,
  };
}

const BANKS = [
  'First Lakeside Bank',
  'Harbor Federal Credit Union',
  'Cedar Valley Bank',
  'Prairie National Bank',
];

/** The bank accounts a cardmember linked for payments: a default checking account, sometimes savings too. */
function bankAccountsFor(cardmemberId: string): BankAccountRow[] {
  const rng = createRng(`${cardmemberId}:bank`);
  const key = cardmemberId.replace(/^cm_/, '');
  const last4 = () => String(rng.int(0, 9_999)).padStart(4, '0');
  const rows: BankAccountRow[] = [
    {
      id: `ba_${key}_checking`,
      cardmemberId,
      bankName: rng.pick(BANKS),
      accountType: 'checking',
      last4: last4(),
      isDefault: true,
    },
  ];
  if (rng.chance(0.6)) {
    rows.push({
      id: `ba_${key}_savings`,
      cardmemberId,
      bankName: rng.pick(BANKS),
      accountType: 'savings',
      last4: last4(),
      isDefault: false,
    });
  }
  return rows;
}

/** Every row of the demo core, the same for the same day. */
export function generateDemoData(now: Date, options: DemoDataOptions = {}): DemoData {
  const today = toIsoDate(now);
  const usedLast4 = new Set<string>();
  const issueCard: CardIssuer = (cardId, network, amexPrefix) => {
    const rng = createRng(`${cardId}:number`);
    for (;;) {
      const number = generateCardNumber(rng, network, amexPrefix);
      const last4 = number.slice(-4);
      if (usedLast4.has(last4)) continue;
      usedLast4.add(last4);
      options.onCardNumber?.({ cardId, network, number });
      return last4;
    }
  };

  const travel = TRAVEL_PROFILES.map((profile) => buildTravelBooking(profile, today));
  const data: DemoData = {
    cardmembers: [],
    cardAccounts: [],
    cards: [],
    statements: [],
    transactions: [],
    rewards: [],
    authorizedUsers: [],
    travelBookings: travel.map(({ bookedOn: _bookedOn, ...row }) => row),
    bankAccounts: [],
  };
  for (const member of CARDMEMBER_PROFILES) {
    const holderName = `${member.firstName} ${member.lastName}`;
    const opened: string[] = [];
    for (const profile of ACCOUNT_PROFILES.filter((a) => a.cardmemberId === member.id)) {
      const bookings = travel.filter((b) => b.cardAccountId === profile.id);
      const rows = generateAccount(profile, holderName, bookings, today, now, issueCard);
      data.cardAccounts.push(rows.account);
      data.cards.push(...rows.cards);
      data.statements.push(...rows.statements);
      data.transactions.push(...rows.transactions);
      data.rewards.push(rows.rewards);
      data.authorizedUsers.push(...rows.authorizedUsers);
      opened.push(rows.account.openedOn);
    }
    data.cardmembers.push({
      id: member.id,
      firstName: member.firstName,
      lastName: member.lastName,
      email: member.email,
      phone: member.phone,
      preferredLanguage: member.preferredLanguage,
      address: member.address,
      memberSince: opened.sort()[0] ?? today,
      segment: member.segment,
    });
    data.bankAccounts.push(...bankAccountsFor(member.id));
  }
  return data;
}
