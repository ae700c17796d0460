import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../platform/clock.ts';
import { type Database, migrateDatabase, openDatabase } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { newReference } from '../../platform/reference.ts';
import {
  type CardAccount,
  createDemoCore,
  type IssuerCore,
  type Statement,
  seedDemoCore,
  type Transaction,
} from '../accounts/index.ts';
import { type AuditLog, createAuditLog } from '../security/index.ts';
import { addDays, addMonths, instantAt, issuerDateOf } from './calendar.ts';
import { createCaseService } from './cases.service.ts';

/*
 * The cases repository suite: the same tests on the embedded PGlite and on a real PostgreSQL.
 * The demo issuer core's data is real; every test sees it under fresh ids (a thin renaming core),
 * so runs on a shared PostgreSQL never meet each other's cases.
 */
const targets: Array<{ name: string; open: () => Promise<Database> }> = [
  { name: 'PGlite', open: () => openDatabase({ memory: true }) },
];
if (process.env.DATABASE_URL) {
  targets.push({ name: 'PostgreSQL', open: () => openDatabase({ url: process.env.DATABASE_URL! }) });
} else if (process.env.CI) {
  throw new Error('CI must run the repository suite on PostgreSQL: set DATABASE_URL');
} else {
  console.warn('\n*** DATABASE_URL is not set: the PostgreSQL run of the cases suite is SKIPPED ***\n');
}

/** The demo core with every id suffixed by a fresh tag (ids in, ids out). */
function renamedCore(demo: IssuerCore, tag: string): IssuerCore {
  const out = (id: string) => `${id}~${tag}`;
  const inn = (id: string) => (id.endsWith(`~${tag}`) ? id.slice(0, -(tag.length + 1)) : `missing:${id}`);
  const account = (a: CardAccount): CardAccount => ({
    ...a,
    id: out(a.id),
    cardmemberId: out(a.cardmemberId),
  });
  const statement = (s: Statement): Statement => ({
    ...s,
    id: out(s.id),
    cardAccountId: out(s.cardAccountId),
  });
  const transaction = (t: Transaction): Transaction => ({
    ...t,
    id: out(t.id),
    cardAccountId: out(t.cardAccountId),
    statementId: t.statementId ? out(t.statementId) : null,
  });
  return {
    ...demo,
    ownsCardAccount: (cm, ca) => demo.ownsCardAccount(inn(cm), inn(ca)),
    getCardAccount: async (ca) => {
      const a = await demo.getCardAccount(inn(ca));
      return a ? account(a) : null;
    },
    listCardAccounts: async (cm) => (await demo.listCardAccounts(inn(cm))).map(account),
    listStatements: async (ca) => (await demo.listStatements(inn(ca))).map(statement),
    getStatement: async (id) => {
      const s = await demo.getStatement(inn(id));
      return s ? statement(s) : null;
    },
    listTransactions: async (ca, filter) =>
      (
        await demo.listTransactions(
          inn(ca),
          filter?.statementId ? { ...filter, statementId: inn(filter.statementId) } : filter,
        )
      ).map(transaction),
  };
}

class TestClock implements Clock {
  at = new Date();
  now() {
    return new Date(this.at.getTime());
  }
}

const DEMO_MEMBER = 'cm_maria_gonzalez';
const OTHER_MEMBER = 'cm_james_carter';

function caught(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'ok',
    (err: unknown) => (err instanceof AppError ? err.code : `not an AppError: ${String(err)}`),
  );
}

describe.each(targets)('cases on $name', ({ open }) => {
  let database: Database;
  let demo: IssuerCore;
  let audit: AuditLog;
  const clock = new TestClock();

  /** A fresh world: the demo data under new ids, and a case service over it. */
  async function world(options: { newReference?: () => string } = {}) {
    const tag = randomUUID().slice(0, 8);
    const core = renamedCore(demo, tag);
    const cases = createCaseService({
      db: database.db,
      clock,
      core,
      audit: (entry, tx) => audit.append(entry, tx),
      ...options,
    });
    const member = `${DEMO_MEMBER}~${tag}`;
    const [account] = await core.listCardAccounts(member);
    const other = `${OTHER_MEMBER}~${tag}`;
    const [otherAccount] = await core.listCardAccounts(other);
    return { core, cases, member, account: account!, other, otherAccount: otherAccount! };
  }

  /** A posted purchase on the account's oldest statement, with that statement. */
  async function billedCharge(core: IssuerCore, cardAccountId: string) {
    const statements = await core.listStatements(cardAccountId);
    for (const statement of [...statements].reverse()) {
      const txns = await core.listTransactions(cardAccountId, { statementId: statement.id });
      const charge = txns.find((t) => t.kind === 'purchase' && t.status === 'posted' && t.amountCents > 0);
      if (charge) return { statement, charge };
    }
    throw new Error('no billed purchase in the demo data');
  }

  async function auditActions(subjectId: string): Promise<string[]> {
    const result = await database.db.execute(
      sql`select action from audit_log where subject_id = ${subjectId} order by seq`,
    );
    return (result as unknown as { rows: Array<{ action: string }> }).rows.map((r) => r.action);
  }

  beforeAll(async () => {
    database = await open();
    await migrateDatabase(database);
    await seedDemoCore(database.db, new Date());
    demo = createDemoCore(database.db);
    audit = createAuditLog({ db: database.db, clock });
  }, 120_000);
  afterAll(() => database?.close());

  describe('cases', () => {
    it('opens a case with a valid reference, its first timeline entry and an audit entry; the same key opens it once', async () => {
      const { cases, member, account } = await world();
      const input = {
        type: 'general' as const,
        cardmemberId: member,
        cardAccountId: account.id,
        actor: { kind: 'assistant' as const },
        title: 'Question about my statement',
        language: 'en' as const,
        idempotencyKey: `key-${randomUUID()}`,
      };
      const [first, again] = await Promise.all([cases.open(input), cases.open(input)]);
      expect(again.id).toBe(first.id);
      expect(first.reference).toMatch(/^CL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(first.status).toBe('open');
      expect(await cases.listForCardmember(member)).toHaveLength(1);
      const timeline = await cases.timeline(first.id, 'customer');
      expect(timeline).toEqual([
        expect.objectContaining({ seq: 1, kind: 'opened', toStatus: 'open', visibility: 'all' }),
      ]);
      expect(timeline[0]!.text).toContain('Question about my statement');
      expect(await auditActions(first.id)).toEqual(['case.opened']);
      expect(await cases.findByReference(first.reference.toLowerCase())).toMatchObject({
        caseId: first.id,
        cardmemberId: member,
      });
    });

    it('refuses a card account the cardmember does not own', async () => {
      const { cases, member, otherAccount } = await world();
      const code = await caught(
        cases.open({
          type: 'general',
          cardmemberId: member,
          cardAccountId: otherAccount.id,
          actor: { kind: 'agent', id: 'ag_x' },
          title: 'x',
          language: 'en',
        }),
      );
      expect(code).toBe('CARD_ACCOUNT_NOT_ALLOWED');
      expect(await cases.listForCardmember(member)).toEqual([]);
    });

    it('retries when a new reference collides with an existing one', async () => {
      const taken = newReference();
      const fresh = newReference();
      const queue = [taken, taken, fresh];
      const { cases, member, account } = await world({ newReference: () => queue.shift() ?? newReference() });
      const base = {
        type: 'general' as const,
        cardmemberId: member,
        cardAccountId: account.id,
        actor: { kind: 'system' as const },
        language: 'en' as const,
      };
      const a = await cases.open({ ...base, title: 'first' });
      const b = await cases.open({ ...base, title: 'second' });
      expect(a.reference).toBe(taken);
      expect(b.reference).toBe(fresh);
    });

    it('opens a service request already finished, moves cases through the state machine, refuses what it forbids', async () => {
      const { cases, member, account } = await world();
      const base = {
        cardmemberId: member,
        cardAccountId: account.id,
        actor: { kind: 'assistant' as const },
        language: 'es' as const,
      };
      const done = await cases.open({
        ...base,
        type: 'fee_credit',
        title: 'Crédito de cargo',
        status: 'completed',
      });
      expect(done.status).toBe('completed');
      const doneTimeline = await cases.timeline(done.id, 'customer');
      expect(doneTimeline.map((e) => [e.seq, e.kind, e.toStatus])).toEqual([
        [1, 'opened', 'open'],
        [2, 'status_changed', 'completed'],
      ]);
      expect(doneTimeline[1]!.text).toBe('Su solicitud está completa.');

      const req = await cases.open({ ...base, type: 'card_replacement', title: 'Tarjeta dañada' });
      const agent = { kind: 'agent' as const, id: 'ag_state' };
      expect((await cases.transition(req.id, 'start', agent)).status).toBe('in_progress');
      expect(await caught(cases.transition(req.id, 'acknowledge', agent))).toBe('CASE_ACTION_NOT_ALLOWED');
      expect(await caught(cases.transition(req.id, 'close', agent))).toBe('CASE_ACTION_NOT_ALLOWED');
      expect((await cases.transition(req.id, 'complete', agent, 'sent by courier')).status).toBe('completed');
      expect((await cases.transition(req.id, 'close', agent)).status).toBe('closed');
      expect(await caught(cases.transition(req.id, 'start', agent))).toBe('CASE_ACTION_NOT_ALLOWED');
      const detail = await cases.detail(req.id, 'agent');
      expect(detail.status).toBe('closed');
      expect(detail.closedAt).not.toBeNull();
      expect(detail.allowedActions).toEqual([]);
      expect(await caught(cases.transition(randomUUID(), 'start', agent))).toBe('CASE_NOT_FOUND');
      expect(await auditActions(req.id)).toEqual([
        'case.opened',
        'case.status_changed',
        'case.status_changed',
        'case.status_changed',
      ]);
    });

    it('numbers timeline entries without gaps under concurrent writers; customers see only entries meant for them', async () => {
      const { cases, member, account } = await world();
      const c = await cases.open({
        type: 'general',
        cardmemberId: member,
        cardAccountId: account.id,
        actor: { kind: 'agent', id: 'ag_t' },
        title: 'Timeline',
        language: 'en',
      });
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          cases.addTimelineEvent(c.id, {
            actor: { kind: 'agent', id: 'ag_t' },
            kind: 'note',
            text: `internal ${i}`,
            ...(i % 4 === 0 ? { visibility: 'all' as const } : {}),
          }),
        ),
      );
      const all = await cases.timeline(c.id, 'agent');
      expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
      const customer = await cases.timeline(c.id, 'customer');
      expect(customer).toHaveLength(1 + 3);
      expect(customer.every((e) => e.visibility === 'all' && e.data === null)).toBe(true);
    });

    it('keeps secure messages to their cardmember; mark-read keeps the first time', async () => {
      const { cases, member, account, other } = await world();
      const { id } = await cases.postSecureMessage({
        cardmemberId: member,
        cardAccountId: account.id,
        kind: 'chat_summary',
        subject: 'Your chat summary',
        body: 'We talked about your statement.',
        language: 'en',
      });
      expect(await cases.listSecureMessages(other)).toEqual([]);
      expect(await caught(cases.markSecureMessageRead(other, id))).toBe('SECURE_MESSAGE_NOT_FOUND');
      const [listed] = await cases.listSecureMessages(member);
      expect(listed).toMatchObject({ id, subject: 'Your chat summary', readAt: null, caseReference: null });
      const read = await cases.markSecureMessageRead(member, id);
      expect(read.readAt).not.toBeNull();
      clock.at = new Date(clock.at.getTime() + 60_000);
      expect((await cases.markSecureMessageRead(member, id)).readAt).toBe(read.readAt);
      clock.at = new Date();
    });

    it('lets supervisors see every case and agents only cases of accounts they handled a chat on', async () => {
      const { cases, member, account } = await world();
      const c = await cases.open({
        type: 'general',
        cardmemberId: member,
        cardAccountId: account.id,
        actor: { kind: 'assistant' },
        title: 'Access',
        language: 'en',
      });
      expect(await cases.accessOf(c.id)).toEqual({
        caseId: c.id,
        reference: c.reference,
        cardmemberId: member,
        cardAccountId: account.id,
        conversationId: null,
      });
      expect(await cases.accessOf(randomUUID())).toBeNull();
      const agentId = `ag_access_${randomUUID().slice(0, 8)}`;
      expect(await cases.agentMayAccess({ id: 'ag_boss', role: 'supervisor' }, c.id)).toBe(true);
      expect(await cases.agentMayAccess({ id: agentId, role: 'agent' }, c.id)).toBe(false);
      // A past conversation on the same account, which the agent has left.
      const conversationId = randomUUID();
      await database.db.execute(sql`
        insert into conversations (id, cardmember_id, card_account_id, status, queue, language)
        values (${conversationId}, ${member}, ${account.id}, 'resolved', 'general', 'en')`);
      await database.db.execute(sql`
        insert into conversation_participants (conversation_id, kind, participant_id, display_name, left_at)
        values (${conversationId}, 'agent', ${agentId}, 'Agent', now())`);
      expect(await cases.agentMayAccess({ id: agentId, role: 'agent' }, c.id)).toBe(true);
      expect(await cases.agentMayAccess({ id: agentId, role: 'agent' }, randomUUID())).toBe(false);
    });
  });

  describe('disputes', () => {
    it('takes a dispute of a charge on a real statement with the Regulation Z clocks, and tells the customer', async () => {
      const { cases, core, member, account } = await world();
      const { statement, charge } = await billedCharge(core, account.id);
      // Ten days after the statement closed, at noon in New York.
      const receivedOn = addDays(statement.closingDate, 10);
      clock.at = instantAt(receivedOn, 12);
      const result = await cases.disputes.intake({
        cardmemberId: member,
        cardAccountId: account.id,
        transactionId: charge.id,
        reason: 'not_received',
        merchantContact: 'Called them twice, card 4111 1111 1111 1111, no answer',
        actor: { kind: 'customer', id: member },
        language: 'en',
      });
      expect(result.created).toBe(true);
      expect(result.withinWindow).toBe(true);
      const detail = await cases.detail(result.case.id, 'agent');
      const d = detail.dispute!;
      expect(d).toMatchObject({
        transactionId: charge.id,
        statementId: statement.id,
        statementClosingDate: statement.closingDate,
        amountCents: charge.amountCents,
        merchant: charge.merchant,
        reason: 'not_received',
        receivedAt: clock.at.toISOString(),
        noticeWindowEndsOn: addDays(statement.closingDate, 60),
        withinWindow: true,
        acknowledgementDueOn: addDays(receivedOn, 30),
        // Received in the cycle after the statement's: two complete cycles end three closings later,
        // before receipt + 90 days.
        resolutionDueOn: addMonths(statement.closingDate, 3),
        resolutionDueBy: 'two_billing_cycles',
        pending: true,
        deadlines: { acknowledgement: 'pending', resolution: 'pending' },
      });
      expect(d.merchantContact).not.toMatch(/4111/);
      expect(detail.status).toBe('open');
      expect(detail.allowedActions).toEqual([
        'acknowledge',
        'resolve_credit',
        'resolve_no_error',
        'withdraw',
      ]);

      const [message] = await cases.listSecureMessages(member);
      expect(message).toMatchObject({
        caseId: result.case.id,
        caseReference: result.case.reference,
        kind: 'case_update',
      });
      expect(message!.body).toContain(result.case.reference);
      expect(message!.body).toContain('will not try to collect the disputed amount');
      const due = new Date(`${addMonths(statement.closingDate, 3)}T00:00:00Z`).toLocaleDateString('en-US', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      });
      expect(message!.body).toContain(due);
      expect(await auditActions(result.case.id)).toEqual(['case.opened', 'dispute.received']);
      clock.at = new Date();
    });

    it('accepts a notice after the 60-day window, flagged for agents', async () => {
      const { cases, core, member, account } = await world();
      const { statement, charge } = await billedCharge(core, account.id);
      clock.at = instantAt(addDays(statement.closingDate, 61), 10);
      const result = await cases.disputes.intake({
        cardmemberId: member,
        cardAccountId: account.id,
        transactionId: charge.id,
        reason: 'wrong_amount',
        actor: { kind: 'assistant' },
        language: 'es',
      });
      expect(result).toMatchObject({ created: true, withinWindow: false });
      const agentView = await cases.timeline(result.case.id, 'agent');
      expect(agentView.map((e) => e.kind)).toContain('notice_window_missed');
      const customerView = await cases.timeline(result.case.id, 'customer');
      expect(customerView.map((e) => e.kind)).not.toContain('notice_window_missed');
      const [message] = await cases.listSecureMessages(member);
      expect(message!.subject).toContain('Recibimos su disputa');
      expect(message!.body).toContain('más de 60 días');
      clock.at = new Date();
    });

    it('returns the open dispute instead of a second one for the same charge', async () => {
      const { cases, core, member, account } = await world();
      const { charge } = await billedCharge(core, account.id);
      const input = {
        cardmemberId: member,
        cardAccountId: account.id,
        transactionId: charge.id,
        reason: 'duplicate' as const,
        actor: { kind: 'assistant' as const },
        language: 'en' as const,
      };
      const [a, b] = await Promise.all([cases.disputes.intake(input), cases.disputes.intake(input)]);
      expect(b.case.id).toBe(a.case.id);
      expect([a.created, b.created].sort()).toEqual([false, true]);
      expect(await cases.listForCardmember(member)).toHaveLength(1);
      expect(await cases.listSecureMessages(member)).toHaveLength(1);
      // Once withdrawn, the same charge may be disputed again.
      await cases.disputes.withdraw(a.case.id, { kind: 'customer', id: member });
      const again = await cases.disputes.intake(input);
      expect(again.created).toBe(true);
      expect(again.case.id).not.toBe(a.case.id);
    });

    it('refuses pending charges and charges of other accounts with clear codes', async () => {
      const { cases, core, member, account, otherAccount } = await world();
      const base = {
        cardmemberId: member,
        cardAccountId: account.id,
        reason: 'other' as const,
        actor: { kind: 'assistant' as const },
        language: 'en' as const,
      };
      // The demo data has authorisations of the last days still pending on the cardmember's accounts.
      const pendingOn: Array<{ cardAccountId: string; id: string }> = [];
      for (const a of await core.listCardAccounts(member))
        for (const t of await core.listTransactions(a.id))
          if (t.status === 'pending') pendingOn.push({ cardAccountId: a.id, id: t.id });
      expect(pendingOn.length).toBeGreaterThan(0);
      const [pending] = pendingOn;
      expect(
        await caught(
          cases.disputes.intake({
            ...base,
            cardAccountId: pending!.cardAccountId,
            transactionId: pending!.id,
          }),
        ),
      ).toBe('TRANSACTION_PENDING');
      const { charge: foreign } = await billedCharge(core, otherAccount.id);
      expect(await caught(cases.disputes.intake({ ...base, transactionId: foreign.id }))).toBe(
        'TRANSACTION_NOT_FOUND',
      );
      expect(
        await caught(
          cases.disputes.intake({ ...base, cardAccountId: otherAccount.id, transactionId: foreign.id }),
        ),
      ).toBe('CARD_ACCOUNT_NOT_ALLOWED');
      expect(await cases.listForCardmember(member)).toEqual([]);
    });

    it('uses the time the assistant recorded the request in the conversation as the receipt time', async () => {
      const { cases, core, member, account } = await world();
      const { charge } = await billedCharge(core, account.id);
      const conversationId = randomUUID();
      const said = new Date(Date.now() - 3 * 86_400_000);
      await database.db.execute(sql`
        insert into recorded_requests (id, conversation_id, cardmember_id, card_account_id, kind, intent, message_seq, words, entities, received_at)
        values (${randomUUID()}, ${conversationId}, ${member}, ${account.id}, 'dispute', 'dispute_charge', 3, 'I want to dispute a charge', '[]'::jsonb, ${said})`);
      clock.at = new Date();
      const result = await cases.disputes.intake({
        cardmemberId: member,
        cardAccountId: account.id,
        transactionId: charge.id,
        reason: 'not_as_agreed',
        conversationId,
        actor: { kind: 'agent', id: 'ag_rr' },
        language: 'en',
      });
      expect(result.receivedAt.toISOString()).toBe(said.toISOString());
      expect(result.acknowledgementDueOn).toBe(addDays(issuerDateOf(said), 30));
    });

    it('acknowledges and resolves with a credit: notices, timeline, and the amount due leaves the dispute out only while pending', async () => {
      const { cases, core, member, account } = await world();
      const [latest] = await core.listStatements(account.id);
      const charges = await core.listTransactions(account.id, { statementId: latest!.id });
      const charge = charges.find((t) => t.kind === 'purchase' && t.amountCents > 0)!;
      const before = (await cases.disputes.amountDueExcludingDisputes(account.id))!;
      expect(before.withheldCents).toBe(0);
      const { case: c } = await cases.disputes.intake({
        cardmemberId: member,
        cardAccountId: account.id,
        transactionId: charge.id,
        reason: 'unauthorized',
        actor: { kind: 'assistant' },
        language: 'en',
      });
      const during = (await cases.disputes.amountDueExcludingDisputes(account.id))!;
      expect(during.withheldCents).toBe(charge.amountCents);
      expect(during.amountDueCents).toBe(Math.max(0, latest!.statementBalanceCents - charge.amountCents));
      expect(await cases.disputes.disputeHolds(account.id)).toEqual([
        expect.objectContaining({ amountCents: charge.amountCents, pending: true }),
      ]);

      const agent = { kind: 'agent' as const, id: 'ag_res' };
      await cases.transition(c.id, 'acknowledge', agent);
      await cases.transition(c.id, 'investigate', agent, 'asked the merchant for the receipt');
      expect(await caught(cases.transition(c.id, 'resolve_credit', agent))).toBe('VALIDATION_FAILED');
      await cases.disputes.resolve(c.id, { errorFound: true, creditCents: charge.amountCents }, agent);
      const detail = await cases.detail(c.id, 'agent');
      expect(detail.status).toBe('resolved_credit');
      expect(detail.dispute).toMatchObject({
        pending: false,
        outcome: 'credit',
        creditedCents: charge.amountCents,
        deadlines: { acknowledgement: 'met', resolution: 'met' },
      });
      expect(detail.dispute!.acknowledgedAt).not.toBeNull();
      expect(detail.timeline.map((e) => e.toStatus).filter(Boolean)).toEqual([
        'open',
        'acknowledged',
        'investigating',
        'resolved_credit',
      ]);
      const subjects = (await cases.listSecureMessages(member)).map((m) => m.subject);
      expect(subjects).toEqual([
        `Your dispute is resolved (${c.reference})`,
        `Your dispute is being investigated (${c.reference})`,
        `We received your dispute (${c.reference})`,
      ]);
      expect((await cases.disputes.amountDueExcludingDisputes(account.id))!.withheldCents).toBe(0);
      expect(await caught(cases.disputes.withdraw(c.id, agent))).toBe('CASE_ACTION_NOT_ALLOWED');
    });

    it('resolves with no error: the amount owed and the earliest delinquency report date (the later of grace period and 10 days)', async () => {
      const { cases, core, member, account } = await world();
      const { charge } = await billedCharge(core, account.id);
      const open = async () =>
        (
          await cases.disputes.intake({
            cardmemberId: member,
            cardAccountId: account.id,
            transactionId: charge.id,
            reason: 'other',
            actor: { kind: 'assistant' },
            language: 'en',
          })
        ).case;
      const agent = { kind: 'agent' as const, id: 'ag_ne' };
      const dueDay = String(account.dueDay).padStart(2, '0');

      // Notice the day before a due date: the grace period ends tomorrow, so 10 days is longer.
      const month = issuerDateOf(new Date()).slice(0, 7);
      const noticeA = addDays(`${month}-${dueDay}`, -1);
      let c = await open();
      clock.at = instantAt(noticeA, 14);
      await cases.disputes.resolve(
        c.id,
        {
          errorFound: false,
          explanation: 'The merchant showed a signed receipt.',
          amountOwedCents: charge.amountCents,
        },
        agent,
      );
      let d = (await cases.detail(c.id, 'customer')).dispute!;
      expect(d).toMatchObject({ outcome: 'no_error', pending: false, amountOwedCents: charge.amountCents });
      expect(d.delinquencyReportEarliestOn).toBe(addDays(noticeA, 11));

      // Notice the day after a due date: the grace period runs to next month's due date, longer than 10 days.
      const noticeB = addDays(`${month}-${dueDay}`, 1);
      clock.at = new Date();
      c = await open();
      clock.at = instantAt(noticeB, 14);
      await cases.disputes.resolve(
        c.id,
        { errorFound: false, explanation: 'Billed as agreed.', amountOwedCents: 0 },
        agent,
      );
      d = (await cases.detail(c.id, 'customer')).dispute!;
      expect(d.delinquencyReportEarliestOn).toBe(addDays(addMonths(`${month}-${dueDay}`, 1), 1));
      const [notice] = await cases.listSecureMessages(member);
      expect(notice!.body).toContain('Billed as agreed.');
      expect(notice!.body).toContain('Amount you owe: $0.00');
      clock.at = new Date();
    });
  });

  describe('complaints', () => {
    it('logs a complaint with the 15- and 60-day clocks in New York days, redacted words and an acknowledgement', async () => {
      const { cases, member, account } = await world();
      // 11:30 p.m. in New York on January 10 is already January 11 in UTC.
      const receivedAt = new Date('2027-01-11T04:30:00Z');
      const result = await cases.complaints.log({
        cardmemberId: member,
        cardAccountId: account.id,
        actor: { kind: 'assistant' },
        language: 'en',
        category: 'customer_service',
        words: 'Nobody called me back. My card is 4111 1111 1111 1111.',
        receivedAt,
      });
      expect(result).toMatchObject({
        created: true,
        firstResponseDueOn: '2027-01-25',
        finalResponseDueOn: '2027-03-11',
      });
      expect(result.case.status).toBe('received');
      clock.at = new Date('2027-01-12T15:00:00Z');
      const detail = await cases.detail(result.case.id, 'agent');
      expect(detail.complaint).toMatchObject({
        category: 'customer_service',
        escalated: false,
        clocks: { firstResponse: 'pending', finalResponse: 'pending', daysToNextDue: 13 },
      });
      expect(detail.complaint!.words).toContain('Nobody called me back.');
      expect(detail.complaint!.words).not.toMatch(/4111/);
      const [message] = await cases.listSecureMessages(member);
      expect(message!.body).toContain(result.case.reference);
      expect(message!.body).toContain('January 25, 2027');
      expect(message!.body).toContain('March 11, 2027');

      const agent = { kind: 'agent' as const, id: 'ag_c' };
      await cases.complaints.escalate(result.case.id, agent, 'customer asked for a supervisor');
      await cases.complaints.escalate(result.case.id, agent);
      await cases.complaints.respond(result.case.id, 'first', agent, 'We are reviewing the call records.');
      clock.at = new Date('2027-03-20T15:00:00Z');
      await cases.complaints.respond(result.case.id, 'final', agent, 'We have coached the team.');
      const after = await cases.detail(result.case.id, 'customer');
      expect(after.status).toBe('final_response');
      expect(after.complaint!.clocks).toMatchObject({ firstResponse: 'met', finalResponse: 'missed' });
      expect(after.timeline.filter((e) => e.kind === 'escalated')).toHaveLength(1);
      expect(after.timeline.some((e) => e.kind === 'note')).toBe(false);
      const [final] = await cases.listSecureMessages(member);
      expect(final!.body).toContain('We have coached the team.');
      expect(await caught(cases.complaints.respond(result.case.id, 'first', agent))).toBe(
        'CASE_ACTION_NOT_ALLOWED',
      );
      clock.at = new Date();
    });

    it('CaseService.open for a complaint sets its clocks; a conversation’s recorded complaint sets the receipt', async () => {
      const { cases, member, account } = await world();
      const conversationId = randomUUID();
      const said = new Date(Date.now() - 2 * 86_400_000);
      await database.db.execute(sql`
        insert into recorded_requests (id, conversation_id, cardmember_id, card_account_id, kind, intent, message_seq, words, entities, received_at)
        values (${randomUUID()}, ${conversationId}, ${member}, ${account.id}, 'complaint', 'complaint', 2, 'I want to complain', '[]'::jsonb, ${said})`);
      const opened = await cases.open({
        type: 'complaint',
        cardmemberId: member,
        cardAccountId: account.id,
        conversationId,
        actor: { kind: 'assistant' },
        title: 'Complaint about fees',
        language: 'en',
        details: { category: 'fees_and_interest', words: 'The fee was not explained.' },
      });
      const detail = await cases.detail(opened.id, 'agent');
      expect(detail.complaint).toMatchObject({
        category: 'fees_and_interest',
        receivedAt: said.toISOString(),
        firstResponseDueOn: addDays(issuerDateOf(said), 15),
      });
    });
  });
});
