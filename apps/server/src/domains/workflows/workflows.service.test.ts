import { randomUUID } from 'node:crypto';
import type { StepUpAction } from '@clearline/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { migrateDatabase, openDatabase } from '../../platform/db.ts';
import { insertCoreFixture } from '../../test/core-fixture.ts';
import { createDemoCore, type IssuerCore } from '../accounts/index.ts';
import { issuerDateOf } from '../cases/index.ts';
import { type AuditLog, createAuditLog, createStepUpService, type StepUpService } from '../security/index.ts';
import type { OpenCaseInput, OpenedCase, WorkflowCases } from './ports.ts';
import { createWorkflowService, type WorkflowContext, type WorkflowService } from './workflows.service.ts';

/*
 * The workflows service over the demo core, the real step-up service and the real audit log: on one
 * PGlite for this file and on PostgreSQL when DATABASE_URL is set (two requests at once really run in
 * parallel there). Cases go to a small recording implementation of the WorkflowCases port.
 */

const opened: Database[] = [];
afterAll(async () => {
  await Promise.all(opened.map((d) => d.close()));
});

interface World {
  db: Database['db'];
  core: IssuerCore;
  audit: AuditLog;
  stepUp: StepUpService;
  workflows: WorkflowService;
  cases: OpenCaseInput[];
  clock: { now(): Date; set(iso: string): void };
}

function recordingCases(list: OpenCaseInput[]): WorkflowCases {
  return {
    async open(input) {
      list.push(input);
      const status = input.status ?? 'open';
      return {
        id: randomUUID(),
        reference: `CL-TEST-${list.length}`,
        type: input.type,
        status,
      } as OpenedCase;
    },
    async postSecureMessage() {
      return { id: randomUUID() };
    },
    async pendingDisputeTransactionIds() {
      return [];
    },
  };
}

async function makeWorld(database: Database): Promise<World> {
  let now = new Date();
  const clock = {
    now: () => now,
    set: (iso: string) => {
      now = new Date(iso);
    },
  };
  const { db } = database;
  const core = createDemoCore(db, { clock });
  const audit = createAuditLog({ db, clock });
  const stepUp = createStepUpService({ db, clock, audit, core });
  const cases: OpenCaseInput[] = [];
  const workflows = createWorkflowService({
    db,
    clock,
    core,
    stepUp,
    audit: (entry, tx) => audit.append(entry, tx),
    cases: recordingCases(cases),
  });
  return { db, core, audit, stepUp, workflows, cases, clock };
}

function describeWorkflows(name: string, open: () => Promise<Database>) {
  describe(`workflows service on ${name}`, () => {
    let w: World;
    beforeAll(async () => {
      w = await makeWorld(await open());
    });

    const key = () => `key-${randomUUID()}`;
    async function account(options: Parameters<typeof insertCoreFixture>[1] | object = {}) {
      const fixture = await insertCoreFixture(w.db, { today: issuerDateOf(w.clock.now()), ...options });
      const ctx: WorkflowContext = {
        cardmemberId: fixture.cardmemberId,
        cardAccountId: fixture.cardAccountId,
        conversationId: null,
        actor: { kind: 'customer' },
        language: 'en',
      };
      return { fixture, ctx };
    }
    async function verifiedChallenge(cardmemberId: string, action: StepUpAction): Promise<string> {
      const challenge = await w.stepUp.require({
        cardmemberId,
        action,
        method: 'approve',
        requestedBy: { kind: 'assistant' },
      });
      await w.stepUp.approve(
        {
          kind: 'customer',
          cardmemberId,
          cardAccountIds: [],
          displayName: 'x',
          tokenId: randomUUID(),
          issuedAt: null,
          expiresAt: new Date(Date.now() + 3_600_000),
        },
        challenge.id,
      );
      return challenge.id;
    }
    async function auditCount(action: string, type: string, id: string): Promise<number> {
      const entries = await w.audit.list({ subject: { type, id }, limit: 1000 });
      return entries.filter((e) => e.action === action).length;
    }

    it('refuses an account the cardmember does not own, changing nothing', async () => {
      w.clock.set(new Date().toISOString());
      const mine = await account();
      const theirs = await account();
      const ctx = { ...mine.ctx, cardAccountId: theirs.fixture.cardAccountId };
      await expect(w.workflows.lockCard(ctx, { cardId: theirs.fixture.primaryCardId })).rejects.toMatchObject(
        { code: 'CARD_ACCOUNT_NOT_ALLOWED' },
      );
      await expect(
        w.workflows.makePayment(ctx, { bankAccountId: mine.fixture.bankAccountId, amountCents: 100 }),
      ).rejects.toMatchObject({ code: 'CARD_ACCOUNT_NOT_ALLOWED' });
      await expect(w.workflows.accountOverview(ctx)).rejects.toMatchObject({
        code: 'CARD_ACCOUNT_NOT_ALLOWED',
      });
      const cards = await w.core.listCards(theirs.fixture.cardAccountId);
      expect(cards.every((c) => c.status === 'active')).toBe(true);
      // Another cardmember's bank account is not one to pay from.
      await expect(
        w.workflows.makePayment(mine.ctx, { bankAccountId: theirs.fixture.bankAccountId, amountCents: 100 }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('locks a card once for a double submit, and answers the repeat with the first result', async () => {
      const { fixture, ctx } = await account();
      const k = key();
      const first = await w.workflows.lockCard(
        { ...ctx, idempotencyKey: k },
        { cardId: fixture.primaryCardId },
      );
      expect(first).toMatchObject({ outcome: 'completed', replayed: false, data: { status: 'locked' } });
      expect(first.message).toContain(fixture.primaryLast4);
      const again = await w.workflows.lockCard(
        { ...ctx, idempotencyKey: k },
        { cardId: fixture.primaryCardId },
      );
      expect(again).toEqual({ ...first, replayed: true });
      expect(await auditCount('card.locked', 'card', fixture.primaryCardId)).toBe(1);
      const unlocked = await w.workflows.unlockCard(ctx, { cardId: fixture.primaryCardId });
      expect(unlocked.data).toMatchObject({ status: 'active' });
    });

    it('makes one payment for two identical requests sent at the same moment', async () => {
      const { fixture, ctx } = await account();
      const k = key();
      const input = { bankAccountId: fixture.bankAccountId, amountCents: 7_777 };
      const results = await Promise.all([
        w.workflows.makePayment({ ...ctx, idempotencyKey: k }, input),
        w.workflows.makePayment({ ...ctx, idempotencyKey: k }, input),
      ]);
      expect(results[0].reference).toBe(results[1].reference);
      expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
      const payments = await w.core.listPayments(fixture.cardAccountId);
      expect(payments).toHaveLength(1);
      expect(
        (await w.core.listTransactions(fixture.cardAccountId)).filter(
          (t) => t.kind === 'payment' && t.status === 'pending',
        ),
      ).toHaveLength(1);
      expect(await auditCount('payment.made', 'payment', payments[0]!.id)).toBe(1);
    });

    it('pays with points once for two identical requests at the same moment', async () => {
      const { fixture, ctx } = await account({ pointsBalance: 100_000 });
      const k = key();
      const input = { transactionIds: fixture.purchaseIds.slice(0, 2) };
      const [a, b] = await Promise.all([
        w.workflows.redeemPoints({ ...ctx, idempotencyKey: k }, input),
        w.workflows.redeemPoints({ ...ctx, idempotencyKey: k }, input),
      ]);
      expect(a.data).toEqual(b.data);
      const rewards = await w.core.getRewards(fixture.cardAccountId);
      expect(rewards?.pointsBalance).toBe(100_000 - a.data.redemption.points);
    });

    it('credits a payment made before 5 p.m. Eastern the same day, and one made after it the next day', async () => {
      const { fixture, ctx } = await account({ today: '2026-01-14' });
      w.clock.set('2026-01-14T21:59:00Z'); // 4:59 p.m. EST
      const before = await w.workflows.makePayment(ctx, {
        bankAccountId: fixture.bankAccountId,
        amountCents: 5_000,
      });
      expect(before.data).toMatchObject({
        madeAfterCutoff: false,
        payment: { paymentDate: '2026-01-14', creditedOn: '2026-01-14', status: 'pending' },
      });
      w.clock.set('2026-01-14T22:01:00Z'); // 5:01 p.m. EST
      const after = await w.workflows.makePayment(ctx, {
        bankAccountId: fixture.bankAccountId,
        amountCents: 5_000,
      });
      expect(after.data).toMatchObject({
        madeAfterCutoff: true,
        payment: { paymentDate: '2026-01-14', creditedOn: '2026-01-15' },
      });
      expect(after.nextSteps.join(' ')).toContain('after 5 p.m. Eastern');
      const scheduled = await w.workflows.makePayment(ctx, {
        bankAccountId: fixture.bankAccountId,
        amountCents: 5_000,
        paymentDate: '2026-01-20',
      });
      expect(scheduled).toMatchObject({
        outcome: 'scheduled',
        data: { payment: { creditedOn: '2026-01-20' } },
      });
      w.clock.set(new Date().toISOString());
    });

    it('credits a first late fee in 12 months at once, on a completed fee_credit case', async () => {
      const { fixture, ctx } = await account({ latePaidStatements: [2] });
      const before = await w.core.getCardAccount(fixture.cardAccountId);
      const result = await w.workflows.requestFeeCredit(ctx, {});
      expect(result).toMatchObject({
        outcome: 'completed',
        case: { type: 'fee_credit', status: 'completed' },
        data: { feeTransactionId: fixture.lateFeeIds[0], credited: true, feeAmountCents: 3_200 },
      });
      expect(result.reference).toBe(result.case?.reference);
      expect(w.cases.at(-1)).toMatchObject({
        type: 'fee_credit',
        status: 'completed',
        cardmemberId: ctx.cardmemberId,
      });
      expect((await w.core.getCardAccount(fixture.cardAccountId))?.currentBalanceCents).toBe(
        before!.currentBalanceCents - 3_200,
      );
      // Asked again: the fee is credited, nothing more to credit.
      await expect(w.workflows.requestFeeCredit(ctx, {})).rejects.toMatchObject({ code: 'WORKFLOW_REFUSED' });
    });

    it('sends a second late fee within 12 months to an agent, with the rule explained', async () => {
      const { fixture, ctx } = await account({ latePaidStatements: [1, 3] });
      const result = await w.workflows.requestFeeCredit({ ...ctx, language: 'es' }, {});
      expect(result).toMatchObject({
        outcome: 'sent_to_agent',
        case: { type: 'fee_credit', status: 'open' },
        data: { feeTransactionId: fixture.lateFeeIds[0], credited: false, creditTransactionId: null },
      });
      expect(result.data.reasons.map((r) => r.rule)).toContain('first_late_fee_in_window');
      expect(result.nextSteps.join(' ')).toContain(
        'Hubo otro cargo por pago atrasado en los últimos 12 meses',
      );
      expect(w.cases.at(-1)?.status).toBeUndefined();
      expect(await w.core.listFeeCredits(fixture.cardAccountId)).toEqual([]);
    });

    it('changes the due date by the plan, and refuses invalid or unchanged days', async () => {
      const { fixture, ctx } = await account({ dueDay: 1, closingDay: 5 });
      for (const newDueDay of [0, 29, 31, 2.5]) {
        await expect(w.workflows.changeDueDate(ctx, { newDueDay })).rejects.toMatchObject({
          code: 'VALIDATION_FAILED',
        });
      }
      await expect(w.workflows.changeDueDate(ctx, { newDueDay: 1 })).rejects.toMatchObject({
        code: 'WORKFLOW_REFUSED',
      });
      expect(await w.core.getDueDateChange(fixture.cardAccountId)).toBeNull();
      const result = await w.workflows.changeDueDate(ctx, { newDueDay: 15 });
      expect(result).toMatchObject({
        outcome: 'completed',
        case: { type: 'account_change', status: 'completed' },
      });
      const stored = await w.core.getDueDateChange(fixture.cardAccountId);
      expect(stored).toMatchObject({
        previousDueDay: 1,
        newDueDay: 15,
        firstNewDueDate: result.data.plan.firstNewDueDate,
        noLateFeeThrough: result.data.plan.noLateFeeThrough,
      });
      expect(stored!.firstNewDueDate.slice(8)).toBe('15');
      expect(result.message).toContain('day 15');
    });

    it('refuses to pay with more points than the balance, redeeming nothing', async () => {
      const { fixture, ctx } = await account({ pointsBalance: 100 });
      await expect(
        w.workflows.redeemPoints(ctx, { transactionIds: [fixture.purchaseIds[0]!] }),
      ).rejects.toMatchObject({ code: 'INSUFFICIENT_POINTS' });
      expect((await w.core.getRewards(fixture.cardAccountId))?.pointsBalance).toBe(100);
      const problem = await w.workflows.reportRedemptionProblem(ctx, {
        description: 'My points did not apply',
      });
      expect(problem).toMatchObject({ outcome: 'sent_to_agent', case: { type: 'general' } });
    });

    it('needs a verified step-up for a contact change, spends it once, and a repeat does not spend another', async () => {
      const { fixture, ctx } = await account();
      await expect(
        w.workflows.updateContactDetails(ctx, { phone: '+1 415-555-0188', stepUpChallengeIds: {} }),
      ).rejects.toMatchObject({ code: 'STEP_UP_REQUIRED' });
      const wrongAction = await verifiedChallenge(ctx.cardmemberId, 'email_change');
      await expect(
        w.workflows.updateContactDetails(ctx, {
          phone: '+1 415-555-0188',
          stepUpChallengeIds: { phone: wrongAction },
        }),
      ).rejects.toMatchObject({ code: 'STEP_UP_REQUIRED' });
      expect((await w.core.getContactDetails(ctx.cardmemberId))?.phone).toBe('+1 312-555-0100');
      expect(await w.stepUp.isVerified(wrongAction)).toBe(true);

      const challengeId = await verifiedChallenge(ctx.cardmemberId, 'phone_change');
      const k = key();
      const input = { phone: '+1 415-555-0188', stepUpChallengeIds: { phone: challengeId } };
      const done = await w.workflows.updateContactDetails({ ...ctx, idempotencyKey: k }, input);
      expect(done).toMatchObject({
        outcome: 'completed',
        case: { type: 'account_change', status: 'completed' },
      });
      expect((await w.core.getContactDetails(ctx.cardmemberId))?.phone).toBe('+1 415-555-0188');
      expect((await w.stepUp.get(challengeId))?.status).toBe('used');
      expect(await w.workflows.updateContactDetails({ ...ctx, idempotencyKey: k }, input)).toEqual({
        ...done,
        replayed: true,
      });
      // A new request cannot reuse the spent challenge.
      await expect(
        w.workflows.updateContactDetails(
          { ...ctx, idempotencyKey: key() },
          { ...input, phone: '+1 415-555-0199' },
        ),
      ).rejects.toMatchObject({ code: 'STEP_UP_REQUIRED' });
      expect(await auditCount('stepup.used', 'step_up', challengeId)).toBe(1);
      expect(await auditCount('contact.updated', 'cardmember', fixture.cardmemberId)).toBe(1);
    });

    it('needs a step-up for authorized-user changes', async () => {
      const { fixture, ctx } = await account();
      await expect(
        w.workflows.removeAuthorizedUser(ctx, { authorizedUserId: fixture.authorizedUserId }),
      ).rejects.toMatchObject({ code: 'STEP_UP_REQUIRED' });
      const removed = await w.workflows.removeAuthorizedUser(ctx, {
        authorizedUserId: fixture.authorizedUserId,
        stepUpChallengeId: await verifiedChallenge(ctx.cardmemberId, 'authorized_users'),
      });
      expect(removed.data.authorizedUser.status).toBe('removed');
      const added = await w.workflows.addAuthorizedUser(ctx, {
        firstName: 'Río',
        lastName: "O'Neil",
        stepUpChallengeId: await verifiedChallenge(ctx.cardmemberId, 'authorized_users'),
      });
      expect(added.data.authorizedUser).toMatchObject({ firstName: 'Río', status: 'active' });
    });

    it('reports a stolen card: blocked, new number to the address on file, $0/$50 liability notice, case', async () => {
      const { fixture, ctx } = await account();
      const result = await w.workflows.reportLostOrStolen(ctx, {
        cardId: fixture.primaryCardId,
        reason: 'stolen',
      });
      expect(result).toMatchObject({
        outcome: 'completed',
        case: { type: 'card_replacement' },
        data: {
          blockedCard: { id: fixture.primaryCardId, last4: fixture.primaryLast4 },
          replacement: { newNumber: true, shipsToAddressOnFile: true, shipTo: fixture.address },
          liability: { maxByLawCents: 5_000, underIssuerPolicyCents: 0 },
        },
      });
      expect(result.data.liability.notice).toContain('$50');
      expect(result.data.liability.notice).toContain('$0');
      expect(result.data.replacement.estimatedDeliveryOn > issuerDateOf(w.clock.now())).toBe(true);
      const cards = await w.core.listCards(fixture.cardAccountId);
      expect(cards.find((c) => c.id === fixture.primaryCardId)?.status).toBe('blocked');
    });

    it('needs a step-up to ship a replacement anywhere but the address on file', async () => {
      const { fixture, ctx } = await account();
      const shipTo = { line1: '9 Elsewhere Rd', city: 'Reno', state: 'NV', zip: '89501' };
      await expect(
        w.workflows.replaceDamagedCard(ctx, { cardId: fixture.primaryCardId, shipTo }),
      ).rejects.toMatchObject({ code: 'STEP_UP_REQUIRED' });
      expect(await w.core.listReplacementOrders(fixture.cardAccountId)).toEqual([]);
      const sameAsOnFile = await w.workflows.replaceDamagedCard(ctx, {
        cardId: fixture.authorizedUserCardId,
        shipTo: { ...fixture.address, city: fixture.address.city.toUpperCase() },
      });
      expect(sameAsOnFile.data.replacement.shipsToAddressOnFile).toBe(true);
      const challengeId = await verifiedChallenge(ctx.cardmemberId, 'reissue_new_address');
      const shipped = await w.workflows.replaceDamagedCard(ctx, {
        cardId: fixture.primaryCardId,
        shipTo,
        stepUpChallengeId: challengeId,
      });
      expect(shipped.data.replacement).toMatchObject({
        shipTo,
        shipsToAddressOnFile: false,
        newNumber: false,
      });
      expect((await w.stepUp.get(challengeId))?.status).toBe('used');
    });

    it('answers credit-limit eligibility from the real statements and payments', async () => {
      const good = await account({ statements: 8, creditLimitCents: 1_000_000 });
      const approve = await w.workflows.creditLimitEligibility(good.ctx);
      expect(approve.decision).toBe('approve');
      expect(approve.newLimitCents).toBe(1_500_000);
      expect(approve.explanation.en).toContain('eligible');
      expect(approve.explanation.es).toContain('elegible');
      const late = await account({ statements: 8, latePaidStatements: [2] });
      const decline = await w.workflows.creditLimitEligibility(late.ctx);
      expect(decline.decision).toBe('decline');
      expect(decline.reasons.map((r) => r.code)).toContain('late_payments');
    });

    it('gives the APR disclosure, product-change options and the console overview', async () => {
      const { fixture, ctx } = await account();
      const apr = await w.workflows.aprDisclosure(ctx);
      expect(apr).toMatchObject({ purchaseAprBps: 2199, purchaseApr: '21.99%' });
      expect(apr.text.es).toContain('21.99%');
      const products = await w.workflows.productChangeOptions(ctx);
      expect(products.options.length).toBeGreaterThan(0);
      expect(
        products.options.every((o) => o.network === 'amex' && o.productName !== 'Gold Rewards Card'),
      ).toBe(true);
      const overview = await w.workflows.accountOverview(ctx);
      expect(overview.bankAccounts).toEqual([
        {
          id: fixture.bankAccountId,
          bankName: 'Fixture Savings Bank',
          accountType: 'checking',
          last4: fixture.bankLast4,
          isDefault: true,
        },
      ]);
      expect(overview.paymentsDue?.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(overview.cards.map((c) => c.id)).toContain(fixture.primaryCardId);
      expect(JSON.stringify(overview)).not.toMatch(/\d{12,}/);
    });
  });
}

describeWorkflows('PGlite', async () => {
  const database = await openDatabase({ memory: true });
  opened.push(database);
  await migrateDatabase(database);
  return database;
});

const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  describeWorkflows('PostgreSQL', async () => {
    const database = await openDatabase({ url: databaseUrl });
    opened.push(database);
    await migrateDatabase(database);
    return database;
  });
} else {
  console.warn('⚠ DATABASE_URL is not set: the workflows service is tested on PGlite only.');
}
