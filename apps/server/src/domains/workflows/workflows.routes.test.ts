import { randomUUID } from 'node:crypto';
import { AgentClient, CustomerClient } from '@clearline/client';
import { RECENT_CHARGES_DAYS, ZAccountOverview } from '@clearline/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { type CoreFixture, insertCoreFixture } from '../../test/core-fixture.ts';
import {
  createTestServer,
  handOffToAgent,
  openTestDatabase,
  TEST_TOKEN_SECRET,
  type TestServer,
} from '../../test/harness.ts';
import { addDays, issuerDateOf } from '../cases/index.ts';
import { AGENT_SESSION_COOKIE, mintCustomerToken } from '../security/index.ts';

/*
 * The agent console's front door over real HTTP: a cardmember of the demo core chats, asks the
 * assistant for a person, an agent signs in (password + TOTP) and accepts, then acts on the account
 * the conversation is about.
 */

let database: Database;
let t: TestServer;
const closers: Array<() => void> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestServer({ database });
}, 400_000);
afterAll(async () => {
  for (const c of closers) c();
  await t.close();
  await database.close();
});

async function signIn(role: 'agent' | 'supervisor' = 'agent', queues?: string[]) {
  const a = await t.agent({ role, ...(queues ? { queues } : {}) });
  const session = await AgentClient.login(t.url, { email: a.email, password: a.password, totp: a.totp() });
  const token = session.sessionToken ?? '';
  return { id: a.id, token, cookie: `${AGENT_SESSION_COOKIE}=${encodeURIComponent(token)}` };
}

/** A fresh cardmember's chat handed off by the assistant and accepted by a signed-in agent of its queue. */
async function handedOff(): Promise<{
  fixture: CoreFixture;
  conversationId: string;
  agent: { cookie: string };
}> {
  const fixture = await insertCoreFixture(database.db, {
    today: issuerDateOf(new Date()),
    latePaidStatements: [2],
  });
  const { token } = await mintCustomerToken(TEST_TOKEN_SECRET, {
    cardmemberId: fixture.cardmemberId,
    cardAccountIds: [fixture.cardAccountId],
    name: 'Fixture Member',
  });
  const customer = new CustomerClient({ url: t.url, token, transports: ['websocket'] });
  closers.push(() => customer.close());
  await customer.connect();
  const conversation = await customer.startConversation({ cardAccountId: fixture.cardAccountId });
  await customer.follow(conversation.id);
  await handOffToAgent(t.server, customer, conversation.id);
  const queue = (await t.server.services.conversations.peek(conversation.id))!.queue;
  const agent = await signIn('agent', [queue]);
  const principal = await t.server.services.agentAuth.authenticate(agent.token);
  await t.server.services.conversations.accept(principal, conversation.id);
  return { fixture, conversationId: conversation.id, agent };
}

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies read by the assertions below
type Json = any;

async function post(cookie: string, conversationId: string, workflow: string, body: unknown) {
  const res = await fetch(`${t.url}/api/v1/agent/conversations/${conversationId}/workflows/${workflow}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { ok: boolean; data?: Json; error?: { code: string } },
  };
}

describe('agent workflow routes', () => {
  it("lock a card of the conversation's account, once for a double submit", async () => {
    const { fixture, conversationId, agent } = await handedOff();
    const idempotencyKey = `lock-${randomUUID()}`;
    const first = await post(agent.cookie, conversationId, 'lock_card', {
      cardId: fixture.primaryCardId,
      idempotencyKey,
    });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ workflow: 'lock_card', outcome: 'completed', replayed: false });
    expect(first.body.data.message).toContain(fixture.primaryLast4);
    const again = await post(agent.cookie, conversationId, 'lock_card', {
      cardId: fixture.primaryCardId,
      idempotencyKey,
    });
    expect(again.body.data).toMatchObject({ reference: first.body.data.reference, replayed: true });
    const cards = await t.server.services.issuerCore.listCards(fixture.cardAccountId);
    expect(cards.find((c) => c.id === fixture.primaryCardId)?.status).toBe('locked');
    const audit = await t.server.services.audit.list({
      subject: { type: 'card', id: fixture.primaryCardId },
    });
    expect(audit.filter((e) => e.action === 'card.locked')).toEqual([
      expect.objectContaining({ actor: { kind: 'agent', id: expect.any(String) }, conversationId }),
    ]);
  });

  it('uses the conversation’s account, never ids from the body', async () => {
    const { conversationId, agent } = await handedOff();
    const other = await insertCoreFixture(database.db, { today: issuerDateOf(new Date()) });
    // Fields naming a cardmember or an account are refused outright.
    const named = await post(agent.cookie, conversationId, 'lock_card', {
      cardId: other.primaryCardId,
      cardAccountId: other.cardAccountId,
    });
    expect(named).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    // Another account's card is not on this one.
    const foreign = await post(agent.cookie, conversationId, 'lock_card', { cardId: other.primaryCardId });
    expect(foreign).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    const cards = await t.server.services.issuerCore.listCards(other.cardAccountId);
    expect(cards.every((c) => c.status === 'active')).toBe(true);
  });

  it('makes a payment and credits a first late fee; the overview shows both', async () => {
    const { fixture, conversationId, agent } = await handedOff();
    const paid = await post(agent.cookie, conversationId, 'make_payment', {
      bankAccountId: fixture.bankAccountId,
      amountCents: 4_200,
      idempotencyKey: `pay-${randomUUID()}`,
    });
    expect(paid.status).toBe(200);
    expect(paid.body.data.data.payment).toMatchObject({
      amountCents: 4_200,
      bankAccountLast4: fixture.bankLast4,
    });
    const fee = await post(agent.cookie, conversationId, 'request_fee_credit', {});
    expect(fee.body.data).toMatchObject({
      outcome: 'completed',
      case: { type: 'fee_credit', status: 'completed' },
    });
    expect(fee.body.data.reference).toMatch(/^CL-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The resolution is a real case on the account, with its timeline, tied to the conversation.
    const onAccount = await t.server.services.cases.listForCardAccount(fixture.cardAccountId);
    expect(onAccount).toEqual([
      expect.objectContaining({
        reference: fee.body.data.reference,
        type: 'fee_credit',
        status: 'completed',
      }),
    ]);
    const opened = await t.server.services.cases.findByReference(fee.body.data.reference);
    expect(opened?.conversationId ?? null).toBe(conversationId);

    const res = await fetch(`${t.url}/api/v1/agent/conversations/${conversationId}/account-overview`, {
      headers: { cookie: agent.cookie },
    });
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: Json };
    expect(data.bankAccounts).toEqual([
      expect.objectContaining({ id: fixture.bankAccountId, last4: fixture.bankLast4 }),
    ]);
    expect(data.payments[0]).toMatchObject({ amountCents: 4_200 });
    expect(data.paymentsDue.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.rewards.pointsBalance).toBe(50_000);
    // The protocol's schema: what the core keeps about its owner is not part of the overview.
    expect(data.preferences).toEqual({
      paperlessStatements: expect.any(Boolean),
      paymentReminders: { email: expect.any(Boolean), sms: expect.any(Boolean) },
      marketingOptIn: expect.any(Boolean),
    });
    expect(ZAccountOverview.safeParse(data).success).toBe(true);
  });

  it('lists the recent posted purchases to pick from, with a pending dispute flagged', async () => {
    const { fixture, conversationId, agent } = await handedOff();
    const overview = async () => {
      const res = await fetch(`${t.url}/api/v1/agent/conversations/${conversationId}/account-overview`, {
        headers: { cookie: agent.cookie },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { data: Json }).data;
    };
    const before = await overview();
    const today = issuerDateOf(new Date());
    const since = addDays(today, -RECENT_CHARGES_DAYS);
    const statements = await t.server.services.issuerCore.listStatements(fixture.cardAccountId);
    const transactions = await t.server.services.issuerCore.listTransactions(fixture.cardAccountId);
    const expected = transactions
      .filter((x) => x.kind === 'purchase' && x.status === 'posted' && x.transactedOn >= since)
      .sort((a, b) => b.transactedOn.localeCompare(a.transactedOn) || b.id.localeCompare(a.id));
    // Only purchases (no fees, no payments), of the last 120 days, newest first.
    expect(expected.length).toBeGreaterThan(2);
    expect(expected.length).toBeLessThan(fixture.purchaseIds.length);
    expect(before.recentCharges.map((c: Json) => c.id)).toEqual(expected.map((x) => x.id));
    const billed = expected.find((x) => x.statementId !== null)!;
    expect(before.recentCharges.find((c: Json) => c.id === billed.id)).toEqual({
      id: billed.id,
      transactedOn: billed.transactedOn,
      postedOn: billed.postedOn,
      merchant: billed.merchant,
      amountCents: billed.amountCents,
      cardLast4: fixture.primaryLast4,
      statement: {
        id: billed.statementId,
        closingDate: statements.find((s) => s.id === billed.statementId)!.closingDate,
      },
      disputePending: false,
    });
    const unbilled = expected.find((x) => x.statementId === null);
    if (unbilled) {
      expect(before.recentCharges.find((c: Json) => c.id === unbilled.id).statement).toBeNull();
    }
    expect(before.recentCharges.some((c: Json) => fixture.lateFeeIds.includes(c.id))).toBe(false);

    // The agent opens a dispute of the newest charge: the overview flags it, and only it.
    const chosen = before.recentCharges[0];
    const opened = await fetch(`${t.url}/api/v1/agent/disputes`, {
      method: 'POST',
      headers: { cookie: agent.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId, transactionId: chosen.id, reason: 'not_received' }),
    });
    expect(opened.status).toBe(201);
    const after = await overview();
    expect(after.recentCharges.filter((c: Json) => c.disputePending).map((c: Json) => c.id)).toEqual([
      chosen.id,
    ]);
  });

  it('refuses a contact change without a step-up, and an agent who is not in the conversation', async () => {
    const { conversationId, agent } = await handedOff();
    const refused = await post(agent.cookie, conversationId, 'update_contact_details', {
      email: 'x@example.com',
    });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'STEP_UP_REQUIRED' } } });
    const stranger = await signIn('agent', ['travel', 'disputes', 'general']);
    const outsider = await post(stranger.cookie, conversationId, 'apr_disclosure', {});
    expect(outsider.status).toBe(404);
    expect(outsider.body.error?.code).toBe('CONVERSATION_NOT_FOUND');
    const overview = await fetch(`${t.url}/api/v1/agent/conversations/${conversationId}/account-overview`, {
      headers: { cookie: stranger.cookie },
    });
    expect(overview.status).toBe(404);
    const unknown = await post(agent.cookie, conversationId, 'close_account', {});
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
  });
});
