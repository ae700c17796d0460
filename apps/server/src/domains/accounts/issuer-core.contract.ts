import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CardAccount, IssuerCore, Statement, Transaction } from './core.ts';

/*
 * The contract every IssuerCore adapter must pass (demo core, HTTP adapter, ...). The setup names a
 * cardmember with at least one card account, statements and transactions, and a second cardmember
 * with at least one card account of their own. The suite reads, and the one change it makes (a card
 * lock) it undoes, so it works on shared data.
 */

export interface IssuerCoreContractSetup {
  core: IssuerCore;
  cardmemberId: string;
  otherCardmemberId: string;
  fresh(options?: { pointsBalance?: number }): Promise<{ cardmemberId: string; cardAccountId: string }>;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_KEYS = new Set([
  'memberSince',
  'openedOn',
  'periodStart',
  'closingDate',
  'dueDate',
  'transactedOn',
  'postedOn',
  'addedOn',
  'startsOn',
  'endsOn',
  'orderedOn',
  'shipsOn',
  'estimatedDeliveryOn',
  'deliveredOn',
  'paymentDate',
  'creditedOn',
  'requestedOn',
  'transitionClosingDate',
  'firstNewDueDate',
  'noLateFeeThrough',
  'redeemedOn',
]);
/** Field names that would mean the adapter passes on a full card number, security code, PIN or SSN. */
const FORBIDDEN_KEYS =
  /^(pan|number|cardNumber|card_number|fullNumber|primaryAccountNumber|accountNumber|cvv|cvv2|cvc|cid|securityCode|pin|ssn|socialSecurityNumber|taxId)$/i;

const UNKNOWN = 'zz_does_not_exist';

function isValidDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Calls `visit` for every (key, value) pair of a JSON-like value, depth first. */
function walk(value: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      visit(key, inner);
      walk(inner, visit);
    }
  }
}

/** Everything the core returns about a cardmember, as plain data. */
async function everythingAbout(core: IssuerCore, cardmemberId: string): Promise<unknown[]> {
  const out: unknown[] = [
    await core.getCardmember(cardmemberId),
    await core.getContactDetails(cardmemberId),
    await core.listTravelBookings(cardmemberId),
    await core.listBankAccounts(cardmemberId),
    await core.getCommunicationPreferences(cardmemberId),
  ];
  for (const account of await core.listCardAccounts(cardmemberId)) {
    out.push(
      account,
      await core.getCardAccount(account.id),
      await core.listCards(account.id),
      await core.listTransactions(account.id),
      await core.getRewards(account.id),
      await core.listAuthorizedUsers(account.id),
      await core.listReplacementOrders(account.id),
      await core.listPayments(account.id),
      await core.getDueDateChange(account.id),
      await core.listFeeCredits(account.id),
      await core.listProductChangeOptions(account.id),
    );
    for (const statement of await core.listStatements(account.id)) {
      out.push(statement, await core.getStatement(statement.id));
    }
  }
  return out;
}

export function describeIssuerCoreContract(
  name: string,
  setup: () => Promise<IssuerCoreContractSetup>,
): void {
  describe(`IssuerCore contract: ${name}`, () => {
    let core: IssuerCore;
    let cardmemberId: string;
    let otherCardmemberId: string;
    let accounts: CardAccount[];
    let otherAccounts: CardAccount[];

    let fresh: IssuerCoreContractSetup['fresh'];

    beforeAll(async () => {
      ({ core, cardmemberId, otherCardmemberId, fresh } = await setup());
      accounts = await core.listCardAccounts(cardmemberId);
      otherAccounts = await core.listCardAccounts(otherCardmemberId);
      expect(accounts.length, 'the setup cardmember needs card accounts').toBeGreaterThan(0);
      expect(otherAccounts.length, 'the other cardmember needs card accounts').toBeGreaterThan(0);
    });

    it('knows both cardmembers, with a usable profile', async () => {
      const ids = (await core.listCardmembers()).map((m) => m.id);
      expect(ids).toContain(cardmemberId);
      expect(ids).toContain(otherCardmemberId);
      for (const id of [cardmemberId, otherCardmemberId]) {
        const member = await core.getCardmember(id);
        expect(member?.id).toBe(id);
        if (!member) continue;
        expect(member.name.trim().length).toBeGreaterThan(0);
        expect(['en', 'es']).toContain(member.preferredLanguage);
        expect(['consumer', 'small_business']).toContain(member.segment);
        expect(member.address.zip).toMatch(/^\d{5}(-\d{4})?$/);
        expect(member.address.state).toMatch(/^[A-Z]{2}$/);
        expect(isValidDate(member.memberSince)).toBe(true);
      }
    });

    it('gives contact details that match the profile', async () => {
      const member = await core.getCardmember(cardmemberId);
      expect(await core.getContactDetails(cardmemberId)).toEqual({
        cardmemberId,
        email: member?.email,
        phone: member?.phone,
        address: member?.address,
      });
    });

    it("lists only the cardmember's own card accounts, and ownership agrees", async () => {
      const mine = new Set(accounts.map((a) => a.id));
      for (const account of accounts) {
        expect(account.cardmemberId).toBe(cardmemberId);
        expect(await core.getCardAccount(account.id)).toEqual(account);
        expect(await core.ownsCardAccount(cardmemberId, account.id)).toBe(true);
        expect(await core.ownsCardAccount(otherCardmemberId, account.id)).toBe(false);
      }
      for (const account of otherAccounts) {
        expect(mine.has(account.id)).toBe(false);
        expect(account.cardmemberId).toBe(otherCardmemberId);
        expect(await core.ownsCardAccount(cardmemberId, account.id)).toBe(false);
        expect(await core.ownsCardAccount(otherCardmemberId, account.id)).toBe(true);
      }
    });

    it('denies ownership for unknown cardmembers and accounts', async () => {
      const accountId = accounts[0]?.id ?? '';
      expect(await core.ownsCardAccount(UNKNOWN, accountId)).toBe(false);
      expect(await core.ownsCardAccount(cardmemberId, UNKNOWN)).toBe(false);
      expect(await core.ownsCardAccount('', '')).toBe(false);
    });

    it('answers unknown ids with null or []', async () => {
      expect(await core.getCardmember(UNKNOWN)).toBeNull();
      expect(await core.getContactDetails(UNKNOWN)).toBeNull();
      expect(await core.listCardAccounts(UNKNOWN)).toEqual([]);
      expect(await core.listTravelBookings(UNKNOWN)).toEqual([]);
      expect(await core.getCardAccount(UNKNOWN)).toBeNull();
      expect(await core.listCards(UNKNOWN)).toEqual([]);
      expect(await core.listStatements(UNKNOWN)).toEqual([]);
      expect(await core.getStatement(UNKNOWN)).toBeNull();
      expect(await core.listTransactions(UNKNOWN)).toEqual([]);
      expect(await core.getRewards(UNKNOWN)).toBeNull();
      expect(await core.listAuthorizedUsers(UNKNOWN)).toEqual([]);
      expect(await core.listReplacementOrders(UNKNOWN)).toEqual([]);
      expect(await core.listBankAccounts(UNKNOWN)).toEqual([]);
      expect(await core.listPayments(UNKNOWN)).toEqual([]);
      expect(await core.getDueDateChange(UNKNOWN)).toBeNull();
      expect(await core.listFeeCredits(UNKNOWN)).toEqual([]);
      expect(await core.getCommunicationPreferences(UNKNOWN)).toBeNull();
      expect(await core.listProductChangeOptions(UNKNOWN)).toEqual([]);
      expect(await core.updateContactDetails(UNKNOWN, { phone: '+1 312-555-0199' })).toBeNull();
      expect(await core.updateCommunicationPreferences(UNKNOWN, { marketingOptIn: true })).toBeNull();
      expect(await core.removeAuthorizedUser(UNKNOWN, UNKNOWN)).toBeNull();
    });

    it('describes card accounts consistently', () => {
      for (const account of [...accounts, ...otherAccounts]) {
        expect(account.last4).toMatch(/^\d{4}$/);
        expect(['amex', 'visa', 'mastercard', 'discover']).toContain(account.network);
        expect(['open', 'restricted', 'closed']).toContain(account.status);
        expect(account.availableCreditCents).toBeGreaterThanOrEqual(0);
        expect(account.availableCreditCents).toBeLessThanOrEqual(
          Math.max(0, account.creditLimitCents - account.currentBalanceCents),
        );
        expect(account.dueDay).toBeGreaterThanOrEqual(1);
        expect(account.dueDay).toBeLessThanOrEqual(28);
        expect(account.closingDay).toBeGreaterThanOrEqual(1);
        expect(account.closingDay).toBeLessThanOrEqual(28);
      }
    });

    it("lists the primary card first, and every active authorised user's own card", async () => {
      for (const account of accounts) {
        const cards = await core.listCards(account.id);
        expect(cards[0]?.role).toBe('primary');
        expect(cards.some((c) => c.role === 'primary' && c.last4 === account.last4)).toBe(true);
        for (const card of cards) {
          expect(card.cardAccountId).toBe(account.id);
          expect(card.last4).toMatch(/^\d{4}$/);
          expect(card.expires).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        }
        for (const user of await core.listAuthorizedUsers(account.id)) {
          expect(user.cardAccountId).toBe(account.id);
          expect(user.cardLast4).toMatch(/^\d{4}$/);
          expect(['active', 'removed']).toContain(user.status);
          if (user.status === 'active') {
            const card = cards.find((c) => c.last4 === user.cardLast4);
            expect(card?.role).toBe('authorized_user');
            expect(card?.status).not.toBe('replaced');
          }
        }
      }
    });

    it('lists statements newest first, chained, and due at least 21 days after closing', async () => {
      for (const account of accounts) {
        const statements = await core.listStatements(account.id);
        expect(statements.length).toBeGreaterThan(0);
        statements.forEach((statement, i) => {
          expect(statement.cardAccountId).toBe(account.id);
          expect(statement.periodStart <= statement.closingDate).toBe(true);
          expect(statement.dueDate >= plusDays(statement.closingDate, 21)).toBe(true);
          expect(Number(statement.dueDate.slice(8, 10))).toBe(account.dueDay);
          expect(statement.minimumDueCents).toBeGreaterThanOrEqual(0);
          expect(statement.minimumDueCents).toBeLessThanOrEqual(Math.max(0, statement.statementBalanceCents));
          const older = statements[i + 1];
          if (older) {
            expect(older.closingDate < statement.closingDate).toBe(true);
            expect(statement.periodStart).toBe(plusDays(older.closingDate, 1));
            expect(statement.previousBalanceCents).toBe(older.statementBalanceCents);
          }
        });
        for (const statement of statements) expect(await core.getStatement(statement.id)).toEqual(statement);
      }
    });

    it('reconciles every statement with its transactions', async () => {
      let seen = 0;
      for (const account of accounts) {
        for (const statement of await core.listStatements(account.id)) {
          const transactions = await core.listTransactions(account.id, { statementId: statement.id });
          seen += transactions.length;
          let total = statement.previousBalanceCents;
          for (const t of transactions) {
            expect(t.statementId).toBe(statement.id);
            expect(t.status).toBe('posted');
            expect(t.postedOn !== null && t.postedOn >= statement.periodStart).toBe(true);
            expect(t.postedOn !== null && t.postedOn <= statement.closingDate).toBe(true);
            total += t.amountCents;
          }
          expect(total, `statement ${statement.id}`).toBe(statement.statementBalanceCents);
        }
      }
      expect(seen, 'the setup cardmember needs billed transactions').toBeGreaterThan(0);
    });

    it('lists transactions newest first; unbilled ones come after the last closing', async () => {
      for (const account of accounts) {
        const statements = await core.listStatements(account.id);
        const statementIds = new Set(statements.map((s) => s.id));
        const lastClosing = statements[0]?.closingDate ?? '0000-00-00';
        const transactions = await core.listTransactions(account.id);
        transactions.forEach((t, i) => {
          expect(t.cardAccountId).toBe(account.id);
          expect(t.cardLast4).toMatch(/^\d{4}$/);
          const next = transactions[i + 1];
          if (next) expect(next.transactedOn <= t.transactedOn).toBe(true);
          if (t.status === 'pending') {
            expect(t.postedOn).toBeNull();
            expect(t.statementId).toBeNull();
          }
          if (t.statementId === null)
            expect(t.status === 'pending' || (t.postedOn ?? '') > lastClosing).toBe(true);
          else expect(statementIds.has(t.statementId)).toBe(true);
        });
      }
    });

    it('filters transactions by dates (inclusive), merchant (any case) and statement', async () => {
      const account = accounts[0] as CardAccount;
      const all = await core.listTransactions(account.id);
      const sample = all[Math.floor(all.length / 2)] as Transaction;
      const day = sample.transactedOn;

      const from = await core.listTransactions(account.id, { from: day });
      expect(from.every((t) => t.transactedOn >= day)).toBe(true);
      expect(from.map((t) => t.id)).toContain(sample.id);
      const to = await core.listTransactions(account.id, { to: day });
      expect(to.every((t) => t.transactedOn <= day)).toBe(true);
      expect(from.length + to.length - all.filter((t) => t.transactedOn === day).length).toBe(all.length);
      expect((await core.listTransactions(account.id, { from: day, to: day })).map((t) => t.id)).toContain(
        sample.id,
      );
      expect(await core.listTransactions(account.id, { from: plusDays(day, 1), to: day })).toEqual([]);

      const needle = sample.merchant.slice(1, Math.min(sample.merchant.length, 6)).toUpperCase();
      const byMerchant = await core.listTransactions(account.id, { merchantContains: needle });
      expect(byMerchant.map((t) => t.id)).toContain(sample.id);
      expect(byMerchant.every((t) => t.merchant.toUpperCase().includes(needle))).toBe(true);
      expect(await core.listTransactions(account.id, { merchantContains: '%_no such merchant_%' })).toEqual(
        [],
      );

      const foreign = (await core.listStatements((otherAccounts[0] as CardAccount).id))[0] as Statement;
      expect(await core.listTransactions(account.id, { statementId: foreign.id })).toEqual([]);
    });

    it('reports rewards of the account asked for', async () => {
      for (const account of accounts) {
        const rewards = await core.getRewards(account.id);
        if (!rewards) continue;
        expect(rewards.cardAccountId).toBe(account.id);
        expect(rewards.pointsBalance).toBeGreaterThanOrEqual(0);
        expect(rewards.pendingPoints).toBeGreaterThanOrEqual(0);
        expect(rewards.cashValueCents).toBeGreaterThanOrEqual(0);
      }
    });

    it("lists travel bookings charged to the cardmember's own accounts", async () => {
      for (const booking of await core.listTravelBookings(cardmemberId)) {
        expect(booking.cardmemberId).toBe(cardmemberId);
        expect(await core.ownsCardAccount(cardmemberId, booking.cardAccountId)).toBe(true);
        expect(['flight', 'hotel', 'car']).toContain(booking.kind);
        expect(booking.startsOn <= booking.endsOn).toBe(true);
        expect(booking.reference.length).toBeGreaterThan(0);
      }
    });

    it('uses integer cents and YYYY-MM-DD dates everywhere', async () => {
      const everything = [
        ...(await everythingAbout(core, cardmemberId)),
        ...(await everythingAbout(core, otherCardmemberId)),
      ];
      walk(everything, (key, value) => {
        if (key.endsWith('Cents')) expect(Number.isSafeInteger(value), key).toBe(true);
        if (DATE_KEYS.has(key) && value !== null)
          expect(isValidDate(String(value)), `${key}: ${value}`).toBe(true);
        if (/last4$/i.test(key)) expect(value, key).toMatch(/^\d{4}$/);
      });
    });

    it('never returns a full card number, a security code or a Social Security number', async () => {
      const everything = [
        await core.listCardmembers(),
        ...(await everythingAbout(core, cardmemberId)),
        ...(await everythingAbout(core, otherCardmemberId)),
      ];
      const json = JSON.stringify(everything);
      expect(json).not.toMatch(/\d{12,}/);
      // Also when grouped with spaces or dashes, as card numbers are printed.
      expect(json).not.toMatch(/(?:\d[ -]?){12,}/);
      expect(json).not.toMatch(/\b\d{3}-\d{2}-\d{4}\b/);
      walk(everything, (key) => expect(key).not.toMatch(FORBIDDEN_KEYS));
    });

    it('locks and unlocks a card idempotently, and only on its own account', async () => {
      const [account] = await core.listCardAccounts(cardmemberId);
      const [otherAccount] = await core.listCardAccounts(otherCardmemberId);
      const card = (await core.listCards(account!.id)).find((c) => c.status === 'active');
      expect(card, 'the setup has an active card').toBeDefined();
      expect(await core.setCardLocked(otherAccount!.id, card!.id, true)).toBeNull();
      expect((await core.setCardLocked(account!.id, card!.id, true))?.status).toBe('locked');
      expect((await core.setCardLocked(account!.id, card!.id, true))?.status).toBe('locked');
      const listed = (await core.listCards(account!.id)).find((c) => c.id === card!.id);
      expect(listed?.status).toBe('locked');
      expect((await core.setCardLocked(account!.id, card!.id, false))?.status).toBe('active');
      expect((await core.setCardLocked(account!.id, card!.id, false))?.status).toBe('active');
      expect(await core.setCardLocked(account!.id, UNKNOWN, true)).toBeNull();
    });

    /* ---------- changes (issue 6 §3-§5), on fresh accounts ---------- */

    const rid = () => `req-${randomUUID()}`;
    const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

    it('lost or stolen: blocks the card at once and ships a new number to the address on file, once', async () => {
      const { cardmemberId: member, cardAccountId } = await fresh();
      const before = await core.listCards(cardAccountId);
      const primary = before.find((c) => c.role === 'primary' && c.status === 'active')!;
      const contact = await core.getContactDetails(member);
      const requestId = rid();
      const order = await core.reportCardLostOrStolen({
        cardAccountId,
        cardId: primary.id,
        reason: 'stolen',
        requestId,
      });
      expect(order).toMatchObject({
        cardAccountId,
        replacesCardId: primary.id,
        reason: 'stolen',
        newNumber: true,
        status: 'ordered',
        shipTo: contact?.address,
        shipsToAddressOnFile: true,
        deliveredOn: null,
      });
      expect(order!.last4).toMatch(/^\d{4}$/);
      expect(order!.last4).not.toBe(primary.last4);
      expect(order!.estimatedDeliveryOn > order!.orderedOn).toBe(true);
      expect([0, 6]).not.toContain(weekday(order!.estimatedDeliveryOn));
      expect(order!.carrier.length).toBeGreaterThan(0);

      const after = await core.listCards(cardAccountId);
      expect(after.find((c) => c.id === primary.id)?.status).toBe('blocked');
      const replacement = after.find((c) => c.id === order!.cardId);
      expect(replacement).toMatchObject({ role: 'primary', status: 'active', last4: order!.last4 });
      expect(after[0]?.id).toBe(order!.cardId);
      expect((await core.getCardAccount(cardAccountId))?.last4).toBe(order!.last4);
      // A locked or blocked card cannot be unlocked back into use.
      expect((await core.setCardLocked(cardAccountId, primary.id, false))?.status).toBe('blocked');

      // The same request, or reporting the blocked card again, makes nothing new.
      expect(
        await core.reportCardLostOrStolen({ cardAccountId, cardId: primary.id, reason: 'stolen', requestId }),
      ).toEqual(order);
      expect(
        await core.reportCardLostOrStolen({
          cardAccountId,
          cardId: primary.id,
          reason: 'lost',
          requestId: rid(),
        }),
      ).toEqual(order);
      expect(await core.listCards(cardAccountId)).toHaveLength(before.length + 1);
      expect(await core.listReplacementOrders(cardAccountId)).toEqual([order]);

      const [otherAccount] = await core.listCardAccounts(otherCardmemberId);
      expect(
        await core.reportCardLostOrStolen({
          cardAccountId: otherAccount!.id,
          cardId: order!.cardId,
          reason: 'lost',
          requestId: rid(),
        }),
      ).toBeNull();
    });

    it("lost: an authorised user's card gets a new number and the user keeps a working card", async () => {
      const { cardAccountId } = await fresh();
      const [user] = (await core.listAuthorizedUsers(cardAccountId)).filter((u) => u.status === 'active');
      const card = (await core.listCards(cardAccountId)).find((c) => c.last4 === user!.cardLast4)!;
      const order = await core.reportCardLostOrStolen({
        cardAccountId,
        cardId: card.id,
        reason: 'lost',
        requestId: rid(),
      });
      const users = await core.listAuthorizedUsers(cardAccountId);
      expect(users.find((u) => u.id === user!.id)?.cardLast4).toBe(order!.last4);
      const account = await core.getCardAccount(cardAccountId);
      expect(
        (await core.listCards(cardAccountId)).some((c) => c.role === 'primary' && c.last4 === account?.last4),
      ).toBe(true);
    });

    it('damaged: new plastic with the same number, the card keeps working, one order per card at a time', async () => {
      const { cardAccountId } = await fresh();
      const primary = (await core.listCards(cardAccountId)).find((c) => c.role === 'primary')!;
      const shipTo = { line1: '500 Temporary Way', city: 'Austin', state: 'TX', zip: '73301' };
      const requestId = rid();
      const order = await core.replaceDamagedCard({ cardAccountId, cardId: primary.id, shipTo, requestId });
      expect(order).toMatchObject({
        reason: 'damaged',
        newNumber: false,
        last4: primary.last4,
        cardId: primary.id,
        shipTo,
        shipsToAddressOnFile: false,
        status: 'ordered',
      });
      expect(order!.estimatedDeliveryOn > order!.shipsOn).toBe(true);
      expect((await core.listCards(cardAccountId)).find((c) => c.id === primary.id)?.status).toBe('active');
      expect(await core.replaceDamagedCard({ cardAccountId, cardId: primary.id, requestId })).toEqual(order);
      expect(await core.replaceDamagedCard({ cardAccountId, cardId: primary.id, requestId: rid() })).toEqual(
        order,
      );
      expect(await core.replaceDamagedCard({ cardAccountId, cardId: UNKNOWN, requestId: rid() })).toBeNull();
      expect(await core.listReplacementOrders(cardAccountId)).toHaveLength(1);
    });

    it('lists linked bank accounts by their last four digits, and pays only from the cardmember’s own', async () => {
      const { cardmemberId: member, cardAccountId } = await fresh();
      const banks = await core.listBankAccounts(member);
      expect(banks.length).toBeGreaterThan(0);
      for (const bank of banks) {
        expect(bank.cardmemberId).toBe(member);
        expect(bank.last4).toMatch(/^\d{4}$/);
        expect(['checking', 'savings']).toContain(bank.accountType);
      }
      expect(banks.filter((b) => b.isDefault)).toHaveLength(1);
      const theirs = await core.listBankAccounts(otherCardmemberId);
      if (theirs[0]) {
        await expect(
          core.makePayment({
            cardAccountId,
            bankAccountId: theirs[0].id,
            amountCents: 1_000,
            requestId: rid(),
          }),
        ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
    });

    it('makes a payment once per request id; it shows as a pending payment transaction', async () => {
      const { cardmemberId: member, cardAccountId } = await fresh();
      const [bank] = await core.listBankAccounts(member);
      const requestId = rid();
      const payment = await core.makePayment({
        cardAccountId,
        bankAccountId: bank!.id,
        amountCents: 12_345,
        requestId,
      });
      expect(payment).toMatchObject({
        cardAccountId,
        bankAccountId: bank!.id,
        bankAccountLast4: bank!.last4,
        amountCents: 12_345,
        status: 'pending',
      });
      expect(payment.creditedOn >= payment.paymentDate).toBe(true);
      expect(plusDays(payment.paymentDate, 1) >= payment.creditedOn).toBe(true);
      const again = await core.makePayment({
        cardAccountId,
        bankAccountId: bank!.id,
        amountCents: 12_345,
        requestId,
      });
      expect(again).toEqual(payment);
      const transactions = (await core.listTransactions(cardAccountId)).filter(
        (t) => t.id === payment.transactionId,
      );
      expect(transactions).toEqual([
        expect.objectContaining({
          kind: 'payment',
          status: 'pending',
          amountCents: -12_345,
          postedOn: null,
          statementId: null,
        }),
      ]);
      expect(await core.listPayments(cardAccountId)).toEqual([payment]);
    });

    it('schedules a payment for a later day and refuses a past day or a bad amount', async () => {
      const { cardmemberId: member, cardAccountId } = await fresh();
      const [bank] = await core.listBankAccounts(member);
      const today = (
        await core.makePayment({ cardAccountId, bankAccountId: bank!.id, amountCents: 100, requestId: rid() })
      ).paymentDate;
      const later = plusDays(today, 10);
      const scheduled = await core.makePayment({
        cardAccountId,
        bankAccountId: bank!.id,
        amountCents: 5_000,
        paymentDate: later,
        requestId: rid(),
      });
      expect(scheduled).toMatchObject({ status: 'scheduled', paymentDate: later, creditedOn: later });
      await expect(
        core.makePayment({
          cardAccountId,
          bankAccountId: bank!.id,
          amountCents: 5_000,
          paymentDate: plusDays(today, -1),
          requestId: rid(),
        }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      for (const amountCents of [0, -5, 1.5]) {
        await expect(
          core.makePayment({ cardAccountId, bankAccountId: bank!.id, amountCents, requestId: rid() }),
        ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      }
      expect(await core.listPayments(cardAccountId)).toHaveLength(2);
    });

    it('stores a due-date change with its plan, once', async () => {
      const { cardAccountId } = await fresh();
      const account = await core.getCardAccount(cardAccountId);
      const newDueDay = account!.dueDay === 15 ? 16 : 15;
      const input = {
        cardAccountId,
        requestedOn: '2026-03-02',
        newDueDay,
        transitionClosingDate: '2026-03-05',
        firstNewDueDate: `2026-04-${newDueDay}`,
        noLateFeeThrough: `2026-04-${newDueDay}`,
      };
      const change = await core.changeDueDate(input);
      expect(change).toEqual({
        cardAccountId,
        previousDueDay: account!.dueDay,
        newDueDay,
        transitionClosingDate: '2026-03-05',
        firstNewDueDate: input.firstNewDueDate,
        noLateFeeThrough: input.noLateFeeThrough,
        requestedOn: '2026-03-02',
      });
      expect(await core.changeDueDate(input)).toEqual(change);
      expect(await core.getDueDateChange(cardAccountId)).toEqual(change);
      await expect(core.changeDueDate({ ...input, newDueDay: 31 })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    });

    it('credits a posted fee once, with a credit transaction that lowers the balance', async () => {
      const { cardAccountId } = await fresh();
      const fee = (await core.listTransactions(cardAccountId)).find(
        (t) => t.kind === 'fee' && t.status === 'posted',
      )!;
      const before = await core.getCardAccount(cardAccountId);
      const credit = await core.creditFee({ cardAccountId, feeTransactionId: fee.id, reason: 'goodwill' });
      expect(credit).toMatchObject({
        feeTransactionId: fee.id,
        amountCents: fee.amountCents,
        reason: 'goodwill',
      });
      expect(await core.creditFee({ cardAccountId, feeTransactionId: fee.id, reason: 'goodwill' })).toEqual(
        credit,
      );
      const creditTx = (await core.listTransactions(cardAccountId)).find(
        (t) => t.id === credit!.creditTransactionId,
      );
      expect(creditTx).toMatchObject({ kind: 'credit', amountCents: -fee.amountCents });
      expect((await core.getCardAccount(cardAccountId))?.currentBalanceCents).toBe(
        before!.currentBalanceCents - fee.amountCents,
      );
      expect(await core.listFeeCredits(cardAccountId)).toEqual([credit]);
      const purchase = (await core.listTransactions(cardAccountId)).find((t) => t.kind === 'purchase')!;
      expect(
        await core.creditFee({ cardAccountId, feeTransactionId: purchase.id, reason: 'goodwill' }),
      ).toBeNull();
    });

    it('pays chosen charges with points at the point value, once; refuses a short balance and a second payment', async () => {
      const { cardAccountId } = await fresh();
      const rewards = await core.getRewards(cardAccountId);
      const charges = (await core.listTransactions(cardAccountId))
        .filter((t) => t.kind === 'purchase' && t.status === 'posted')
        .slice(0, 2);
      const needed = charges.map((c) => Math.ceil((c.amountCents * 100) / rewards!.centsPerPointX100));
      const total = needed[0]! + needed[1]!;
      expect(rewards!.pointsBalance).toBeGreaterThanOrEqual(total);
      const requestId = rid();
      const ids = charges.map((c) => c.id);
      const redemption = await core.redeemPoints({ cardAccountId, transactionIds: ids, requestId });
      expect(redemption).toMatchObject({
        points: total,
        creditCents: charges[0]!.amountCents + charges[1]!.amountCents,
        pointsBalanceAfter: rewards!.pointsBalance - total,
      });
      expect(redemption.credits.map((c) => c.chargeTransactionId).sort()).toEqual([...ids].sort());
      expect(await core.redeemPoints({ cardAccountId, transactionIds: ids, requestId })).toEqual(redemption);
      expect((await core.getRewards(cardAccountId))?.pointsBalance).toBe(rewards!.pointsBalance - total);
      const credits = (await core.listTransactions(cardAccountId)).filter((t) =>
        redemption.credits.some((c) => c.creditTransactionId === t.id),
      );
      expect(credits.map((t) => t.amountCents).sort()).toEqual(charges.map((c) => -c.amountCents).sort());
      await expect(
        core.redeemPoints({ cardAccountId, transactionIds: [ids[0]!], requestId: rid() }),
      ).rejects.toMatchObject({ code: 'WORKFLOW_REFUSED' });

      const poor = await fresh({ pointsBalance: 10 });
      const charge = (await core.listTransactions(poor.cardAccountId)).find((t) => t.kind === 'purchase')!;
      await expect(
        core.redeemPoints({
          cardAccountId: poor.cardAccountId,
          transactionIds: [charge.id],
          requestId: rid(),
        }),
      ).rejects.toMatchObject({ code: 'INSUFFICIENT_POINTS' });
      expect((await core.getRewards(poor.cardAccountId))?.pointsBalance).toBe(10);
    });

    it('adds an authorised user with their own card (once per request id) and removes one, blocking the card', async () => {
      const { cardAccountId } = await fresh();
      const requestId = rid();
      const added = await core.addAuthorizedUser({
        cardAccountId,
        firstName: 'Jamie',
        lastName: 'Rivera',
        requestId,
      });
      expect(added).toMatchObject({
        firstName: 'Jamie',
        lastName: 'Rivera',
        status: 'active',
        cardAccountId,
      });
      expect(
        await core.addAuthorizedUser({ cardAccountId, firstName: 'Jamie', lastName: 'Rivera', requestId }),
      ).toEqual(added);
      const card = (await core.listCards(cardAccountId)).find((c) => c.last4 === added.cardLast4);
      expect(card).toMatchObject({ role: 'authorized_user', status: 'active', holderName: 'Jamie Rivera' });
      const removed = await core.removeAuthorizedUser(cardAccountId, added.id);
      expect(removed?.status).toBe('removed');
      expect(await core.removeAuthorizedUser(cardAccountId, added.id)).toEqual(removed);
      expect((await core.listCards(cardAccountId)).find((c) => c.id === card!.id)?.status).toBe('blocked');
      const [otherAccount] = await core.listCardAccounts(otherCardmemberId);
      expect(await core.removeAuthorizedUser(otherAccount!.id, added.id)).toBeNull();
    });

    it('updates contact details and communication preferences', async () => {
      const { cardmemberId: member } = await fresh();
      const address = { line1: '77 New Street', line2: 'Apt 4', city: 'Denver', state: 'CO', zip: '80202' };
      const contact = await core.updateContactDetails(member, {
        phone: '+1 720-555-0123',
        email: 'new.address@example.com',
        address,
      });
      expect(contact).toEqual({
        cardmemberId: member,
        phone: '+1 720-555-0123',
        email: 'new.address@example.com',
        address,
      });
      expect(await core.getContactDetails(member)).toEqual(contact);
      await expect(core.updateContactDetails(member, { email: 'not an e-mail' })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
      const defaults = await core.getCommunicationPreferences(member);
      expect(defaults?.cardmemberId).toBe(member);
      const changed = await core.updateCommunicationPreferences(member, {
        paperlessStatements: !defaults!.paperlessStatements,
        paymentReminders: { sms: true },
      });
      expect(changed).toEqual({
        cardmemberId: member,
        paperlessStatements: !defaults!.paperlessStatements,
        paymentReminders: { email: defaults!.paymentReminders.email, sms: true },
        marketingOptIn: defaults!.marketingOptIn,
      });
      expect(await core.getCommunicationPreferences(member)).toEqual(changed);
    });

    it('offers product changes on the same network, never the current card', async () => {
      for (const account of accounts) {
        const options = await core.listProductChangeOptions(account.id);
        for (const option of options) {
          expect(option.network).toBe(account.network);
          expect(option.productName).not.toBe(account.productName);
          expect(['upgrade', 'downgrade', 'lateral']).toContain(option.direction);
          expect(Number.isSafeInteger(option.annualFeeCents)).toBe(true);
          expect(option.highlights.en.length).toBeGreaterThan(0);
          expect(option.highlights.es.length).toBeGreaterThan(0);
        }
      }
    });
  });
}
