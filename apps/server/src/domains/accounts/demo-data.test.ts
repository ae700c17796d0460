import { describe, expect, it } from 'vitest';
import type { CardNetwork } from './core.ts';
import { DEMO_CARDMEMBER_IDS } from './demo-data.ts';
import { generateDemoData, MIN_DAYS_CLOSING_TO_DUE, minimumDueFor } from './demo-generator.ts';
import { addDays, dayOfMonth, daysBetween, isLuhnValid, toIsoDate } from './demo-random.ts';
import type { DemoData } from './demo-rows.ts';

/* The demo data generator, without a database: the seed writes exactly these rows. */

const DAYS = [
  new Date(),
  new Date('2024-02-29T12:00:00Z'),
  new Date('2025-01-01T00:00:00Z'),
  new Date('2025-03-03T08:00:00Z'), // a closing day of some accounts
  new Date('2025-07-14T23:59:59Z'),
  new Date('2025-12-31T12:00:00Z'),
];

function generateWithNumbers(today: Date): {
  data: DemoData;
  numbers: { cardId: string; network: CardNetwork; number: string }[];
} {
  const numbers: { cardId: string; network: CardNetwork; number: string }[] = [];
  const data = generateDemoData(today, { onCardNumber: (card) => numbers.push(card) });
  return { data, numbers };
}

const sumOf = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('demo data generator', () => {
  it('is deterministic for a given day', () => {
    const day = new Date('2025-05-20T10:00:00Z');
    expect(generateDemoData(day)).toEqual(generateDemoData(new Date('2025-05-20T10:00:00Z')));
    const later = generateDemoData(new Date('2025-06-20T10:00:00Z'));
    expect(later.statements[0]?.closingDate).not.toBe(generateDemoData(day).statements[0]?.closingDate);
  });

  it('meets the minimums: cardmembers, accounts, statements, users, wallets, travel', () => {
    const data = generateDemoData(new Date());
    expect(data.cardmembers.map((m) => m.id)).toEqual([...DEMO_CARDMEMBER_IDS]);
    expect(data.cardmembers.length).toBeGreaterThanOrEqual(6);
    expect(new Set(data.cardmembers.map((m) => m.preferredLanguage))).toEqual(new Set(['en', 'es']));
    expect(data.cardmembers.filter((m) => m.segment === 'small_business').length).toBeGreaterThanOrEqual(1);
    for (const member of data.cardmembers) {
      expect(member.id).toMatch(/^cm_[a-z]+_[a-z]+$/);
      expect(data.cardAccounts.some((a) => a.cardmemberId === member.id)).toBe(true);
      expect((member.address as { zip: string }).zip).toMatch(/^\d{5}$/);
    }
    expect(data.cardAccounts.length).toBeGreaterThanOrEqual(10);
    for (const account of data.cardAccounts) {
      expect(account.id).toMatch(/^ca_[a-z]+_[a-z]+$/);
      expect(data.statements.filter((s) => s.cardAccountId === account.id)).toHaveLength(3);
      expect(data.rewards.filter((r) => r.cardAccountId === account.id)).toHaveLength(1);
    }
    const networks = new Set(data.cardAccounts.map((a) => a.network));
    expect(networks).toEqual(new Set(['amex', 'visa', 'mastercard', 'discover']));

    const accountsWithUsers = new Set(data.authorizedUsers.map((u) => u.cardAccountId));
    expect(accountsWithUsers.size).toBeGreaterThanOrEqual(3);
    for (const user of data.authorizedUsers) {
      const card = data.cards.find((c) => c.last4 === user.cardLast4);
      expect(card?.role).toBe('authorized_user');
      expect(card?.cardAccountId).toBe(user.cardAccountId);
    }
    expect(data.cards.filter((c) => (c.walletTokens as unknown[]).length > 0).length).toBeGreaterThanOrEqual(
      3,
    );

    expect(new Set(data.travelBookings.map((b) => b.kind))).toEqual(new Set(['flight', 'hotel', 'car']));
    expect(new Set(data.travelBookings.map((b) => b.cardmemberId)).size).toBeGreaterThanOrEqual(3);
    for (const booking of data.travelBookings) {
      const account = data.cardAccounts.find((a) => a.id === booking.cardAccountId);
      expect(account?.cardmemberId).toBe(booking.cardmemberId);
    }

    const kinds = new Set(data.transactions.map((t) => t.kind));
    expect(kinds).toEqual(new Set(['purchase', 'payment', 'refund', 'fee', 'interest', 'credit']));
    expect(data.transactions.some((t) => t.status === 'pending')).toBe(true);
  });

  it('derives last4 from Luhn-valid numbers it never stores: 15 digits 34/37 for Amex, 16 for others', () => {
    const { data, numbers } = generateWithNumbers(new Date());
    expect(numbers).toHaveLength(data.cards.length);
    const json = JSON.stringify(data);
    for (const { cardId, network, number } of numbers) {
      expect(isLuhnValid(number), number).toBe(true);
      if (network === 'amex') expect(number).toMatch(/^3[47]\d{13}$/);
      if (network === 'visa') expect(number).toMatch(/^4\d{15}$/);
      if (network === 'mastercard')
        expect(number).toMatch(/^(5[1-5]\d{14}|2(2[2-9]|[3-6]\d|7[01])\d{13}|2720\d{12})$/);
      if (network === 'discover') expect(number).toMatch(/^(6011|65\d{2}|64[4-9]\d)\d{12}$/);
      const card = data.cards.find((c) => c.id === cardId);
      expect(card?.last4).toBe(number.slice(-4));
      expect(json).not.toContain(number);
    }
    for (const account of data.cardAccounts) {
      const primary = numbers.find((n) => n.cardId === `card_${account.id.slice(3)}_primary`);
      expect(account.last4).toBe(primary?.number.slice(-4));
      expect(primary?.number.length).toBe(account.network === 'amex' ? 15 : 16);
    }
    expect(new Set(data.cards.map((c) => c.last4)).size).toBe(data.cards.length);
    expect(json).not.toMatch(/\d{12,}/);
  });

  for (const now of DAYS) {
    const today = toIsoDate(now);
    it(`places three reconciled statements before ${today} and the open cycle after them`, () => {
      const data = generateDemoData(now);
      for (const account of data.cardAccounts) {
        const statements = data.statements
          .filter((s) => s.cardAccountId === account.id)
          .sort((a, b) => a.closingDate.localeCompare(b.closingDate));
        const transactions = data.transactions.filter((t) => t.cardAccountId === account.id);
        let previousClosing: string | null = null;
        for (const s of statements) {
          expect(dayOfMonth(s.closingDate)).toBe(account.closingDay);
          expect(dayOfMonth(s.dueDate)).toBe(account.dueDay);
          expect(daysBetween(s.closingDate, s.dueDate)).toBeGreaterThanOrEqual(MIN_DAYS_CLOSING_TO_DUE);
          expect(daysBetween(s.closingDate, s.dueDate)).toBeLessThan(MIN_DAYS_CLOSING_TO_DUE + 28);
          if (previousClosing) expect(s.periodStart).toBe(addDays(previousClosing, 1));
          previousClosing = s.closingDate;
          const billed = transactions.filter((t) => t.statementId === s.id);
          expect(billed.length).toBeGreaterThan(3);
          for (const t of billed) {
            expect(t.transactedOn >= s.periodStart && t.transactedOn <= s.closingDate).toBe(true);
            expect(t.postedOn !== null && t.postedOn !== undefined && t.postedOn <= s.closingDate).toBe(true);
          }
          expect(s.previousBalanceCents + sumOf(billed.map((t) => t.amountCents))).toBe(
            s.statementBalanceCents,
          );
          const feesAndInterest = sumOf(
            billed.filter((t) => t.kind === 'fee' || t.kind === 'interest').map((t) => t.amountCents),
          );
          expect(s.minimumDueCents).toBe(minimumDueFor(s.statementBalanceCents, feesAndInterest));
        }
        const last = statements[2];
        expect(last && last.closingDate < today && daysBetween(last.closingDate, today) <= 31).toBe(true);
        const unbilled = transactions.filter((t) => t.statementId === null);
        for (const t of unbilled) {
          expect(t.transactedOn > (last?.closingDate ?? '') && t.transactedOn <= today).toBe(true);
          expect(t.status === 'pending').toBe(t.postedOn === null);
        }
        const posted = sumOf(unbilled.filter((t) => t.status === 'posted').map((t) => t.amountCents));
        expect(account.currentBalanceCents).toBe((last?.statementBalanceCents ?? 0) + posted);
        expect(account.currentBalanceCents).toBeLessThanOrEqual(account.creditLimitCents);
        const ids = transactions.map((t) => t.id);
        expect([...ids].sort()).toEqual(ids);
      }
    });
  }

  it('tells the demo stories: late fee, annual fee, duplicate charge, replaced and locked cards', () => {
    const data = generateDemoData(new Date());
    const txOf = (id: string) => data.transactions.filter((t) => t.cardAccountId === id);
    expect(
      txOf('ca_luis_cash').some((t) => t.merchant === 'Late payment fee' && t.statementId !== null),
    ).toBe(true);
    expect(txOf('ca_james_platinum').some((t) => t.merchant === 'Annual membership fee')).toBe(true);
    const maria = txOf('ca_maria_gold').filter((t) => t.kind === 'purchase' && t.statementId !== null);
    const keys = maria.map((t) => `${t.transactedOn}|${t.merchant}|${t.amountCents}`);
    expect(new Set(keys).size).toBe(keys.length - 1);
    const robertCards = data.cards.filter((c) => c.cardAccountId === 'ca_robert_cash');
    const replaced = robertCards.find((c) => c.status === 'replaced');
    expect(replaced).toBeDefined();
    expect(txOf('ca_robert_cash').some((t) => t.cardLast4 === replaced?.last4)).toBe(true);
    expect(data.cards.find((c) => c.id === 'card_emily_everyday_primary')?.status).toBe('locked');
  });
});
