import type { CaseDetail, CaseIntakeResult, CaseSummary, SecureMessage } from '@clearline/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import type { CustomerPrincipal } from '../../platform/principal.ts';
import {
  createTestServer,
  handOffToAgent,
  openTestDatabase,
  TEST_TOKEN_SECRET,
  type TestServer,
} from '../../test/harness.ts';
import { seedDemoCore } from '../accounts/index.ts';
import { mintCustomerToken } from '../security/index.ts';

/*
 * Cases over real HTTP: customers see only their own cases and secure messages (another cardmember
 * gets CASE_NOT_FOUND / SECURE_MESSAGE_NOT_FOUND, never the data), agents see cases of card accounts
 * they handled a chat on, supervisors see every case.
 */

const OWNER = 'cm_maria_gonzalez';
const OTHER = 'cm_james_carter';

let database: Database;
let t: TestServer;
let ownerAccount: string;
let conversationId: string;
const tokens: Record<'owner' | 'other', string> = { owner: '', other: '' };
const cookies: Record<'handler' | 'outsider' | 'supervisor', string> = {
  handler: '',
  outsider: '',
  supervisor: '',
};

type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

async function call<T>(
  method: 'GET' | 'POST',
  path: string,
  who: { token?: string; cookie?: string },
  body?: object,
): Promise<{ status: number; body: Envelope<T>; text: string }> {
  const headers: Record<string, string> = {};
  if (who.token) headers.authorization = `Bearer ${who.token}`;
  if (who.cookie) headers.cookie = `clearline_agent=${who.cookie}`;
  if (body) headers['content-type'] = 'application/json';
  const res = await fetch(`${t.url}${path}`, {
    method,
    headers,
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Envelope<T>, text };
}

function data<T>(r: { body: Envelope<T>; text: string }): T {
  if (!r.body.ok) throw new Error(`expected ok, got ${r.text}`);
  return r.body.data;
}

const codeOf = (r: { body: Envelope<unknown> }) => (r.body.ok ? 'ok' : r.body.error.code);

async function tokenFor(cardmemberId: string) {
  const accounts = await t.server.services.issuerCore.listCardAccounts(cardmemberId);
  const { token } = await mintCustomerToken(TEST_TOKEN_SECRET, {
    cardmemberId,
    cardAccountIds: accounts.map((a) => a.id),
    name: cardmemberId,
  });
  return token;
}

async function signIn(role: 'agent' | 'supervisor', queues: string[]) {
  const a = await t.agent({ role, queues });
  const res = await t.server.app.inject({
    method: 'POST',
    url: '/api/v1/agent/session',
    payload: { email: a.email, password: a.password, totp: a.totp() },
  });
  const cookie = res.cookies.find((c) => c.name === 'clearline_agent');
  if (!cookie) throw new Error(`sign-in failed: ${res.body}`);
  return cookie.value;
}

/** A posted purchase billed on one of the account's statements. */
async function billedCharge() {
  const core = t.server.services.issuerCore;
  for (const statement of await core.listStatements(ownerAccount)) {
    const charge = (await core.listTransactions(ownerAccount, { statementId: statement.id })).find(
      (x) => x.kind === 'purchase' && x.amountCents > 0,
    );
    if (charge) return charge;
  }
  throw new Error('no billed purchase');
}

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoCore(database.db, new Date());
  t = await createTestServer({ database });
  const { conversations, agentAuth } = t.server.services;
  [ownerAccount] = (await t.server.services.issuerCore.listCardAccounts(OWNER)).map((a) => a.id) as [string];
  tokens.owner = await tokenFor(OWNER);
  tokens.other = await tokenFor(OTHER);
  const owner: CustomerPrincipal = {
    kind: 'customer',
    cardmemberId: OWNER,
    cardAccountIds: [ownerAccount],
    displayName: OWNER,
    tokenId: 'cases-routes',
    issuedAt: null,
    expiresAt: new Date(Date.now() + 3_600_000),
  };
  const c = await conversations.start(owner, { cardAccountId: ownerAccount, language: 'en' });
  let n = 0;
  await handOffToAgent(
    t.server,
    {
      send: (id, body) =>
        conversations.send(owner, { conversationId: id, body, clientMessageId: `cases-${++n}-x` }),
    },
    c.id,
  );
  const queue = (await conversations.peek(c.id))!.queue;
  cookies.handler = await signIn('agent', [queue]);
  cookies.outsider = await signIn('agent', [queue === 'travel' ? 'rewards' : 'travel']);
  cookies.supervisor = await signIn('supervisor', ['supervisor']);
  await conversations.accept(await agentAuth.authenticate(cookies.handler), c.id);
  conversationId = c.id;
}, 400_000);

afterAll(async () => {
  await t?.close();
  await database?.close();
});

describe('cases over HTTP', () => {
  let dispute: CaseDetail;
  let complaint: CaseDetail;

  it('lets the agent in the conversation take a dispute and a complaint; others cannot, a repeat returns the same case', async () => {
    const charge = await billedCharge();
    const intake = {
      conversationId,
      transactionId: charge.id,
      reason: 'not_received',
      merchantContact: 'emailed them',
    };
    const outsider = await call('POST', '/api/v1/agent/disputes', { cookie: cookies.outsider }, intake);
    expect(outsider.status).toBe(404);
    expect(codeOf(outsider)).toBe('CONVERSATION_NOT_FOUND');

    const taken = await call<CaseIntakeResult>(
      'POST',
      '/api/v1/agent/disputes',
      { cookie: cookies.handler },
      intake,
    );
    expect(taken.status).toBe(201);
    dispute = data(taken).case;
    expect(data(taken).created).toBe(true);
    expect(dispute).toMatchObject({
      type: 'dispute',
      status: 'open',
      cardmemberId: OWNER,
      cardAccountId: ownerAccount,
      conversationId,
      dispute: { transactionId: charge.id, amountCents: charge.amountCents, pending: true },
    });
    expect(dispute.reference).toMatch(/^CL-/);

    const again = await call<CaseIntakeResult>(
      'POST',
      '/api/v1/agent/disputes',
      { cookie: cookies.supervisor },
      intake,
    );
    expect(again.status).toBe(200);
    expect(data(again)).toMatchObject({ created: false, case: { id: dispute.id } });

    const pendingOrMissing = await call(
      'POST',
      '/api/v1/agent/disputes',
      { cookie: cookies.handler },
      { ...intake, transactionId: 'txn_does_not_exist' },
    );
    expect(codeOf(pendingOrMissing)).toBe('TRANSACTION_NOT_FOUND');

    const logged = await call<CaseIntakeResult>(
      'POST',
      '/api/v1/agent/complaints',
      { cookie: cookies.handler },
      { conversationId, category: 'fees_and_interest', words: 'The annual fee was never explained to me.' },
    );
    expect(logged.status).toBe(201);
    complaint = data(logged).case;
    expect(complaint.complaint).toMatchObject({ category: 'fees_and_interest', escalated: false });
  });

  it('runs agent actions through the state machine with clear codes', async () => {
    const path = `/api/v1/agent/cases/${dispute.reference}/actions`;
    const handler = { cookie: cookies.handler };
    expect(
      codeOf(await call('POST', path, handler, { action: 'note', note: 'INTERNAL-ONLY merchant is slow' })),
    ).toBe('ok');
    const acked = await call<CaseDetail>('POST', path, handler, { action: 'acknowledge' });
    expect(data(acked).status).toBe('acknowledged');
    const refused = await call('POST', path, handler, { action: 'close' });
    expect(refused.status).toBe(409);
    expect(codeOf(refused)).toBe('CASE_ACTION_NOT_ALLOWED');
    expect(codeOf(await call('POST', path, handler, { action: 'resolve_no_error' }))).toBe(
      'VALIDATION_FAILED',
    );
    const resolved = await call<CaseDetail>('POST', path, handler, {
      action: 'resolve_no_error',
      explanation: 'The merchant shows delivery with a signature.',
      amountOwedCents: dispute.dispute!.amountCents,
    });
    expect(data(resolved)).toMatchObject({
      status: 'resolved_no_error',
      dispute: { outcome: 'no_error', pending: false, amountOwedCents: dispute.dispute!.amountCents },
    });
    expect(data(resolved).dispute!.delinquencyReportEarliestOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const escalated = await call<CaseDetail>(
      'POST',
      `/api/v1/agent/cases/${complaint.reference}/actions`,
      handler,
      {
        action: 'escalate',
      },
    );
    expect(data(escalated).complaint!.escalated).toBe(true);
    expect(
      codeOf(
        await call('POST', `/api/v1/agent/cases/${dispute.reference}/actions`, handler, {
          action: 'escalate',
        }),
      ),
    ).toBe('CASE_ACTION_NOT_ALLOWED');
  });

  it('shows customers their own cases with the timeline meant for them, and nobody else’s', async () => {
    const mine = data(await call<CaseSummary[]>('GET', '/api/v1/cases', { token: tokens.owner }));
    expect(mine.map((c) => c.reference).sort()).toEqual([dispute.reference, complaint.reference].sort());

    const detail = data(
      await call<CaseDetail>('GET', `/api/v1/cases/${dispute.reference.toLowerCase()}`, {
        token: tokens.owner,
      }),
    );
    expect(detail.status).toBe('resolved_no_error');
    expect(detail.details).toBeNull();
    expect(detail.allowedActions).toEqual([]);
    expect(detail.timeline.every((e) => e.visibility === 'all' && e.data === null)).toBe(true);
    expect(JSON.stringify(detail)).not.toContain('INTERNAL-ONLY');
    expect(detail.timeline.map((e) => e.toStatus).filter(Boolean)).toEqual([
      'open',
      'acknowledged',
      'resolved_no_error',
    ]);

    const theirs = await call('GET', `/api/v1/cases/${dispute.reference}`, { token: tokens.other });
    expect(theirs.status).toBe(404);
    expect(codeOf(theirs)).toBe('CASE_NOT_FOUND');
    expect(theirs.text).not.toContain(dispute.dispute!.merchant);
    expect(data(await call<CaseSummary[]>('GET', '/api/v1/cases', { token: tokens.other }))).toEqual([]);
    expect(codeOf(await call('GET', '/api/v1/cases/CL-0000-0000', { token: tokens.owner }))).toBe(
      'CASE_NOT_FOUND',
    );
    expect(codeOf(await call('GET', '/api/v1/cases', {}))).toBe('UNAUTHENTICATED');
  });

  it('keeps secure messages to their cardmember, with the notices of every step', async () => {
    const messages = data(
      await call<SecureMessage[]>('GET', '/api/v1/secure-messages', { token: tokens.owner }),
    );
    const subjects = messages.filter((m) => m.caseId === dispute.id).map((m) => m.subject);
    expect(subjects).toEqual([
      `The result of your dispute (${dispute.reference})`,
      `Your dispute is being investigated (${dispute.reference})`,
      `We received your dispute (${dispute.reference})`,
    ]);
    expect(messages.some((m) => m.caseReference === complaint.reference)).toBe(true);
    const [latest] = messages;
    expect(
      data(await call<SecureMessage[]>('GET', '/api/v1/secure-messages', { token: tokens.other })),
    ).toEqual([]);
    const stolen = await call('POST', `/api/v1/secure-messages/${latest!.id}/read`, { token: tokens.other });
    expect(codeOf(stolen)).toBe('SECURE_MESSAGE_NOT_FOUND');
    expect(stolen.text).not.toContain(latest!.subject);
    const read = data(
      await call<SecureMessage>('POST', `/api/v1/secure-messages/${latest!.id}/read`, {
        token: tokens.owner,
      }),
    );
    expect(read.readAt).not.toBeNull();
  });

  it('lets agents see cases of accounts they handled, supervisors every case', async () => {
    const byAccount = `/api/v1/agent/cases?cardAccountId=${encodeURIComponent(ownerAccount)}`;
    const listed = data(await call<CaseSummary[]>('GET', byAccount, { cookie: cookies.handler }));
    expect(listed.map((c) => c.id).sort()).toEqual([dispute.id, complaint.id].sort());
    expect(codeOf(await call('GET', byAccount, { cookie: cookies.outsider }))).toBe('FORBIDDEN');
    expect(data(await call<CaseSummary[]>('GET', byAccount, { cookie: cookies.supervisor }))).toHaveLength(2);

    const path = `/api/v1/agent/cases/${dispute.reference}`;
    const full = data(await call<CaseDetail>('GET', path, { cookie: cookies.handler }));
    expect(full.timeline.some((e) => e.kind === 'note' && e.text?.includes('INTERNAL-ONLY'))).toBe(true);
    expect(full.dispute).toMatchObject({
      acknowledgementDueOn: expect.any(String),
      resolutionDueOn: expect.any(String),
    });
    const outsider = await call('GET', path, { cookie: cookies.outsider });
    expect(codeOf(outsider)).toBe('CASE_NOT_FOUND');
    expect(outsider.text).not.toContain(dispute.dispute!.merchant);
    expect(codeOf(await call('GET', path, { cookie: cookies.supervisor }))).toBe('ok');
    expect(codeOf(await call('GET', path, { token: tokens.owner }))).toBe('UNAUTHENTICATED');
  });
});
