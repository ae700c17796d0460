import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Ack,
  AGENT_EVENT_SCHEMAS,
  CUSTOMER_EVENT_SCHEMAS,
  ERROR_TABLE,
  type ErrorCode,
  type Message,
} from '@clearline/protocol';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCore } from './domains/accounts/index.ts';
import { createLocalStorage } from './domains/documents/index.ts';
import { mintCustomerToken } from './domains/security/index.ts';
import type { Database } from './platform/db.ts';
import type { CustomerPrincipal } from './platform/principal.ts';
import { samplePdf, samplePng } from './test/documents.ts';
import {
  createTestServer,
  handOffToAgent,
  openTestDatabase,
  TEST_TOKEN_SECRET,
  type TestAgent,
  type TestServer,
} from './test/harness.ts';

/*
 * The authorization matrix (issue 4 §6): every HTTP route and every socket event of both namespaces
 * × every role, with the expected outcome, executed against a real server with real sockets. A
 * route or event without a row fails the test. Then: agent-only messages (the assistant's handoff
 * summary, internal notes, supervisor whispers) never reach a customer by any path — only as
 * `withheld` stubs.
 */

type Outcome = 'ok' | ErrorCode;
const CUSTOMER_ROLES = ['owner', 'other'] as const;
const AGENT_ROLES = ['inQueue', 'notInQueue', 'supervisor', 'admin'] as const;
const HTTP_ROLES = ['owner', 'other', 'inQueue', 'notInQueue', 'supervisor', 'admin', 'anonymous'] as const;
type CustomerRole = (typeof CUSTOMER_ROLES)[number];
type AgentRole = (typeof AGENT_ROLES)[number];
type HttpRole = (typeof HTTP_ROLES)[number];

/** What a cell acts on: nothing, the shared conversation, or a fresh one made for that cell alone. */
type Fixture =
  | 'none'
  | 'shared'
  | 'fresh-queued'
  | 'fresh-assigned'
  | 'fresh-resolved'
  | 'fresh-offered'
  | 'fresh-approval'
  | 'fresh-check'
  | 'fresh-identity';

interface Ctx {
  conversationId: string;
  cardAccountId: string;
  challengeId: string;
  clientMessageId: string;
  last4: string;
  zip: string;
}

interface SocketRow<R extends string> {
  fixture: Fixture;
  payload: (c: Ctx) => object;
  /** Join the conversation first (events that need the socket in its room). */
  prejoin?: boolean;
  expect: Record<R, Outcome>;
}

/* ---------- HTTP: every route × every role (HEAD is served by the GET handler) ---------- */

const CUSTOMERS_ONLY: Record<HttpRole, Outcome> = {
  owner: 'ok',
  other: 'ok',
  inQueue: 'UNAUTHENTICATED',
  notInQueue: 'UNAUTHENTICATED',
  supervisor: 'UNAUTHENTICATED',
  admin: 'UNAUTHENTICATED',
  anonymous: 'UNAUTHENTICATED',
};
const AGENTS_ONLY: Record<HttpRole, Outcome> = {
  owner: 'UNAUTHENTICATED',
  other: 'UNAUTHENTICATED',
  inQueue: 'ok',
  notInQueue: 'ok',
  supervisor: 'ok',
  admin: 'ok',
  anonymous: 'UNAUTHENTICATED',
};
const EVERYONE = (o: Outcome): Record<HttpRole, Outcome> =>
  Object.fromEntries(HTTP_ROLES.map((r) => [r, o])) as Record<HttpRole, Outcome>;

/** Cases of the owner made in beforeAll (the shared conversation's account), for the cases rows. */
const fixtures = { caseReference: '', secureMessageId: '', transactionId: '' };

/** On the shared conversation, assigned to the agent of its queue ("inQueue" is the assignee). */
const ASSIGNEE_OR_SUPERVISOR_HTTP: Record<HttpRole, Outcome> = {
  ...AGENTS_ONLY,
  notInQueue: 'CONVERSATION_NOT_FOUND',
};

/** Ids of the documents fixtures (a case of the owner that `inQueue` took part in, its links and a file). */
interface DocumentFixtures {
  caseId: string;
  token: string;
  linkToRevoke: string;
  documentId: string;
}

const HTTP_MATRIX: Record<
  string,
  {
    body?: object | Buffer | (() => object);
    headers?: Record<string, string>;
    /** The URL to call, when the route's parameters are not the shared conversation's id. */
    url?: (d: DocumentFixtures) => string;
    params?: Record<string, string>;
    expect: Record<HttpRole, Outcome>;
  }
> = {
  'GET /healthz': { expect: EVERYONE('ok') },
  'GET /readyz': { expect: EVERYONE('ok') },
  /** Prometheus text, no customer data (no-secrets-at-rest.test.ts scans it); open unless METRICS_TOKEN is set (server.test.ts covers the token). */
  'GET /metrics': { expect: EVERYONE('ok') },
  'GET /api/v1/me': { expect: CUSTOMERS_ONLY },
  'GET /api/v1/conversations': { expect: CUSTOMERS_ONLY },
  'GET /api/v1/conversations/:id/transcript': {
    expect: { ...CUSTOMERS_ONLY, other: 'CONVERSATION_NOT_FOUND' },
  },
  /** The same, as a text file to keep. */
  'GET /api/v1/conversations/:id/transcript/download': {
    expect: { ...CUSTOMERS_ONLY, other: 'CONVERSATION_NOT_FOUND' },
  },
  /** Sign-in is open to anyone; an empty body is refused before any lookup. */
  'POST /api/v1/agent/session': { body: {}, expect: EVERYONE('VALIDATION_FAILED') },
  'GET /api/v1/agent/session': { expect: AGENTS_ONLY },
  /** Signing out needs nothing (it ends the session the cookie names, if any); run with throwaway sessions. */
  'DELETE /api/v1/agent/session': { expect: EVERYONE('ok') },
  'GET /api/v1/agent/conversations/:id/transcript': {
    expect: { ...AGENTS_ONLY, notInQueue: 'CONVERSATION_NOT_FOUND' },
  },
  /** Workflows on the conversation's own account (a read-only one here: the APR disclosure). */
  'POST /api/v1/agent/conversations/:id/workflows/:workflow': {
    params: { workflow: 'apr_disclosure' },
    body: {},
    expect: ASSIGNEE_OR_SUPERVISOR_HTTP,
  },
  'GET /api/v1/agent/conversations/:id/account-overview': { expect: ASSIGNEE_OR_SUPERVISOR_HTTP },
  'GET /api/v1/supervisor/conversations': {
    expect: { ...AGENTS_ONLY, inQueue: 'FORBIDDEN', notInQueue: 'FORBIDDEN' },
  },
  'GET /api/v1/supervisor/metrics': {
    expect: { ...AGENTS_ONLY, inQueue: 'FORBIDDEN', notInQueue: 'FORBIDDEN' },
  },
  /* Cases (issue 6): customers their own; agents of accounts they handled a chat on; supervisors all. */
  'GET /api/v1/cases': { expect: CUSTOMERS_ONLY },
  'GET /api/v1/cases/:reference': {
    url: () => `/api/v1/cases/${fixtures.caseReference}`,
    expect: { ...CUSTOMERS_ONLY, other: 'CASE_NOT_FOUND' },
  },
  'GET /api/v1/secure-messages': { expect: CUSTOMERS_ONLY },
  'POST /api/v1/secure-messages/:id/read': {
    url: () => `/api/v1/secure-messages/${fixtures.secureMessageId}/read`,
    expect: { ...CUSTOMERS_ONLY, other: 'SECURE_MESSAGE_NOT_FOUND' },
  },
  'GET /api/v1/agent/cases': {
    url: () => `/api/v1/agent/cases?cardAccountId=${ownerAccount}`,
    expect: { ...AGENTS_ONLY, notInQueue: 'FORBIDDEN' },
  },
  'GET /api/v1/agent/cases/:reference': {
    url: () => `/api/v1/agent/cases/${fixtures.caseReference}`,
    expect: { ...AGENTS_ONLY, notInQueue: 'CASE_NOT_FOUND' },
  },
  /** An internal note: repeatable, so every allowed role gets through. */
  'POST /api/v1/agent/cases/:reference/actions': {
    url: () => `/api/v1/agent/cases/${fixtures.caseReference}/actions`,
    body: { action: 'note', note: 'matrix note' },
    expect: { ...AGENTS_ONLY, notInQueue: 'CASE_NOT_FOUND' },
  },
  /** On the shared conversation: its agent and supervisors (a repeat returns the same dispute). */
  'POST /api/v1/agent/disputes': {
    body: () => ({ conversationId: shared, transactionId: fixtures.transactionId, reason: 'other' }),
    expect: { ...AGENTS_ONLY, notInQueue: 'CONVERSATION_NOT_FOUND' },
  },
  'POST /api/v1/agent/complaints': {
    body: () => ({ conversationId: shared, category: 'other', words: 'matrix complaint' }),
    expect: { ...AGENTS_ONLY, notInQueue: 'CONVERSATION_NOT_FOUND' },
  },
  /** Secure document upload (issue 6 §7): agents who may see the case (supervisors: all); the case's cardmember. */
  'POST /api/v1/agent/cases/:reference/upload-links': {
    body: {},
    url: (d) => `/api/v1/agent/cases/${d.caseId}/upload-links`,
    expect: { ...AGENTS_ONLY, notInQueue: 'CASE_NOT_FOUND' },
  },
  'GET /api/v1/agent/cases/:reference/documents': {
    // Named by its reference here (the upload-links row uses the case id): both resolve to the case.
    url: () => `/api/v1/agent/cases/${fixtures.caseReference}/documents`,
    expect: { ...AGENTS_ONLY, notInQueue: 'CASE_NOT_FOUND' },
  },
  'GET /api/v1/agent/documents/:documentId/content': {
    url: (d) => `/api/v1/agent/documents/${d.documentId}/content`,
    expect: { ...AGENTS_ONLY, notInQueue: 'DOCUMENT_NOT_FOUND' },
  },
  /** Revoking twice is fine (supervisor and admin after inQueue). */
  'DELETE /api/v1/agent/upload-links/:linkId': {
    url: (d) => `/api/v1/agent/upload-links/${d.linkToRevoke}`,
    expect: { ...AGENTS_ONLY, notInQueue: 'UPLOAD_LINK_NOT_FOUND' },
  },
  'GET /api/v1/uploads/:token': {
    url: (d) => `/api/v1/uploads/${d.token}`,
    expect: { ...CUSTOMERS_ONLY, other: 'UPLOAD_LINK_NOT_FOUND' },
  },
  'GET /api/v1/uploads/:token/files': {
    url: (d) => `/api/v1/uploads/${d.token}/files`,
    expect: { ...CUSTOMERS_ONLY, other: 'UPLOAD_LINK_NOT_FOUND' },
  },
  'POST /api/v1/uploads/:token/files': {
    url: (d) => `/api/v1/uploads/${d.token}/files`,
    body: samplePng(),
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': 'receipt.png',
      'idempotency-key': 'matrix-upload-0001',
    },
    expect: { ...CUSTOMERS_ONLY, other: 'UPLOAD_LINK_NOT_FOUND' },
  },
  /** The demo site's upload page (a static page; the token is checked by the API with the customer's token). */
  'GET /upload': { expect: EVERYONE('ok') },
  'GET /api/v1/supervisor/queues': {
    expect: { ...AGENTS_ONLY, inQueue: 'FORBIDDEN', notInQueue: 'FORBIDDEN' },
  },
  /** Writes the general queue's standard configuration back (24/7, no overflow): a real, harmless change. */
  'PUT /api/v1/supervisor/queues': {
    body: {
      queues: [
        {
          name: 'general',
          displayName: 'General',
          timeZone: 'America/New_York',
          hours: null,
          holidays: [],
          overflow: null,
        },
      ],
    },
    expect: { ...AGENTS_ONLY, inQueue: 'FORBIDDEN', notInQueue: 'FORBIDDEN' },
  },
  /** Development mode only (DEMO_DISABLED in production; see server tests). */
  'GET /api/v1/demo/identities': { expect: EVERYONE('ok') },
  'POST /api/v1/demo/token': { body: {}, expect: EVERYONE('VALIDATION_FAILED') },
  /** Static front ends (present when built); without a built widget, `/` says how to build it. */
  'GET /': { expect: EVERYONE('ok') },
  'GET /*': { expect: EVERYONE('ok') },
  // The CORS preflight catch-all (shown at the root when no static app is mounted): nothing outside /api.
  'OPTIONS /*': { expect: EVERYONE('NOT_FOUND') },
  'GET /console': { expect: EVERYONE('ok') },
  'GET /console/*': { expect: EVERYONE('ok') },
};

/* ---------- customer namespace: every event × owner / other customer ---------- */

const CUSTOMER_MATRIX: Record<string, SocketRow<CustomerRole>> = {
  'conversation.start': {
    fixture: 'none',
    payload: (c) => ({ cardAccountId: c.cardAccountId }),
    expect: { owner: 'ok', other: 'CARD_ACCOUNT_NOT_ALLOWED' },
  },
  'conversation.list': { fixture: 'none', payload: () => ({}), expect: { owner: 'ok', other: 'ok' } },
  'conversation.join': {
    fixture: 'shared',
    payload: (c) => ({ conversationId: c.conversationId }),
    expect: { owner: 'ok', other: 'CONVERSATION_NOT_FOUND' },
  },
  'conversation.end': {
    fixture: 'fresh-queued',
    payload: (c) => ({ conversationId: c.conversationId }),
    expect: { owner: 'ok', other: 'CONVERSATION_NOT_FOUND' },
  },
  'message.send': {
    fixture: 'shared',
    payload: (c) => ({ conversationId: c.conversationId, clientMessageId: c.clientMessageId, body: 'hello' }),
    expect: { owner: 'ok', other: 'CONVERSATION_NOT_FOUND' },
  },
  'message.history': {
    fixture: 'shared',
    payload: (c) => ({ conversationId: c.conversationId }),
    expect: { owner: 'ok', other: 'CONVERSATION_NOT_FOUND' },
  },
  'receipt.update': {
    fixture: 'shared',
    prejoin: true,
    payload: (c) => ({ conversationId: c.conversationId, readSeq: 1 }),
    expect: { owner: 'ok', other: 'CONVERSATION_NOT_FOUND' },
  },
  'typing.set': {
    fixture: 'shared',
    prejoin: true,
    payload: (c) => ({ conversationId: c.conversationId, typing: true }),
    expect: { owner: 'ok', other: 'CONVERSATION_NOT_FOUND' },
  },
  /** Acts on the caller's own account only (there is no target to name); run with throwaway identities. */
  'session.secure': { fixture: 'fresh-identity', payload: () => ({}), expect: { owner: 'ok', other: 'ok' } },
  'stepup.list': { fixture: 'none', payload: () => ({}), expect: { owner: 'ok', other: 'ok' } },
  'stepup.approve': {
    fixture: 'fresh-approval',
    payload: (c) => ({ challengeId: c.challengeId }),
    expect: { owner: 'ok', other: 'STEP_UP_NOT_FOUND' },
  },
  'stepup.answer': {
    fixture: 'fresh-check',
    payload: (c) => ({ challengeId: c.challengeId, last4: c.last4, zip: c.zip }),
    expect: { owner: 'ok', other: 'STEP_UP_NOT_FOUND' },
  },
  /** Only the owner, only once resolved (agents have no such event: UNKNOWN_EVENT in their namespace). */
  'conversation.rate': {
    fixture: 'fresh-resolved',
    payload: (c) => ({ conversationId: c.conversationId, score: 5 }),
    expect: { owner: 'ok', other: 'CONVERSATION_NOT_FOUND' },
  },
};

/* ---------- agent namespace: every event × agent of the queue / of another queue / supervisor / admin ---------- */

const ref = (c: Ctx) => ({ conversationId: c.conversationId });
const note = (c: Ctx) => ({
  conversationId: c.conversationId,
  clientMessageId: c.clientMessageId,
  body: 'note',
});
const ALL_AGENTS = (o: Outcome): Record<AgentRole, Outcome> => ({
  inQueue: o,
  notInQueue: o,
  supervisor: o,
  admin: o,
});
/** On a conversation assigned to the agent of its queue ("inQueue" is the assignee). */
const ASSIGNEE_OR_SUPERVISOR: Record<AgentRole, Outcome> = {
  inQueue: 'ok',
  notInQueue: 'CONVERSATION_NOT_FOUND',
  supervisor: 'ok',
  admin: 'ok',
};

const AGENT_MATRIX: Record<string, SocketRow<AgentRole>> = {
  'queue.list': { fixture: 'none', payload: () => ({}), expect: ALL_AGENTS('ok') },
  'conversation.list': { fixture: 'none', payload: () => ({}), expect: ALL_AGENTS('ok') },
  'conversation.accept': {
    fixture: 'fresh-queued',
    payload: ref,
    expect: { inQueue: 'ok', notInQueue: 'CONVERSATION_NOT_FOUND', supervisor: 'ok', admin: 'ok' },
  },
  /** Takes the next conversation of the agent's own queues (null when there is none). */
  'conversation.accept_next': { fixture: 'none', payload: () => ({}), expect: ALL_AGENTS('ok') },
  'conversation.join': { fixture: 'fresh-assigned', payload: ref, expect: ASSIGNEE_OR_SUPERVISOR },
  'conversation.resolve': { fixture: 'fresh-assigned', payload: ref, expect: ASSIGNEE_OR_SUPERVISOR },
  'conversation.transfer': {
    fixture: 'fresh-assigned',
    payload: (c) => ({ conversationId: c.conversationId, toQueue: 'general' }),
    expect: ASSIGNEE_OR_SUPERVISOR,
  },
  'conversation.hold': { fixture: 'fresh-assigned', payload: ref, expect: ASSIGNEE_OR_SUPERVISOR },
  'canned.list': { fixture: 'fresh-assigned', payload: ref, expect: ASSIGNEE_OR_SUPERVISOR },
  'conversation.resume': {
    fixture: 'fresh-assigned',
    payload: ref,
    // Not on hold: the status machine refuses once access is granted.
    expect: {
      inQueue: 'INVALID_TRANSITION',
      notInQueue: 'CONVERSATION_NOT_FOUND',
      supervisor: 'INVALID_TRANSITION',
      admin: 'INVALID_TRANSITION',
    },
  },
  'conversation.barge': {
    fixture: 'fresh-assigned',
    payload: ref,
    expect: { inQueue: 'FORBIDDEN', notInQueue: 'FORBIDDEN', supervisor: 'ok', admin: 'ok' },
  },
  'message.send': {
    fixture: 'fresh-assigned',
    payload: (c) => ({ conversationId: c.conversationId, clientMessageId: c.clientMessageId, body: 'hi' }),
    expect: ASSIGNEE_OR_SUPERVISOR,
  },
  'message.note': { fixture: 'fresh-assigned', payload: note, expect: ASSIGNEE_OR_SUPERVISOR },
  'message.whisper': {
    fixture: 'fresh-assigned',
    payload: note,
    expect: { inQueue: 'FORBIDDEN', notInQueue: 'FORBIDDEN', supervisor: 'ok', admin: 'ok' },
  },
  'message.history': { fixture: 'fresh-assigned', payload: ref, expect: ASSIGNEE_OR_SUPERVISOR },
  'receipt.update': {
    fixture: 'fresh-assigned',
    prejoin: true,
    payload: (c) => ({ conversationId: c.conversationId, readSeq: 1 }),
    expect: ASSIGNEE_OR_SUPERVISOR,
  },
  'typing.set': {
    fixture: 'fresh-assigned',
    prejoin: true,
    payload: (c) => ({ conversationId: c.conversationId, typing: true }),
    expect: ASSIGNEE_OR_SUPERVISOR,
  },
  'stepup.request': {
    fixture: 'fresh-assigned',
    payload: (c) => ({ conversationId: c.conversationId, action: 'address_change', method: 'approve' }),
    // Only the agent handling the chat asks the customer to verify.
    expect: {
      inQueue: 'ok',
      notInQueue: 'CONVERSATION_NOT_FOUND',
      supervisor: 'FORBIDDEN',
      admin: 'FORBIDDEN',
    },
  },
  'session.extend': { fixture: 'none', payload: () => ({}), expect: ALL_AGENTS('ok') },
  /** Offered to "inQueue" (the one online agent of the queue); others have no offer, or may not see it. */
  'conversation.offer_accept': {
    fixture: 'fresh-offered',
    payload: ref,
    expect: {
      inQueue: 'ok',
      notInQueue: 'CONVERSATION_NOT_FOUND',
      supervisor: 'OFFER_NOT_FOUND',
      admin: 'OFFER_NOT_FOUND',
    },
  },
  'conversation.offer_decline': {
    fixture: 'fresh-offered',
    payload: ref,
    expect: {
      inQueue: 'ok',
      notInQueue: 'CONVERSATION_NOT_FOUND',
      supervisor: 'OFFER_NOT_FOUND',
      admin: 'OFFER_NOT_FOUND',
    },
  },
  /** An escalation: the assignee or a supervisor asks for a supervisor. */
  'conversation.invite': {
    fixture: 'fresh-assigned',
    payload: (c) => ({ conversationId: c.conversationId, queue: 'supervisor' }),
    expect: ASSIGNEE_OR_SUPERVISOR,
  },
  /** Only an invited participant leaves; the assignee transfers or resolves instead. */
  'conversation.leave': {
    fixture: 'fresh-assigned',
    payload: ref,
    expect: {
      inQueue: 'INVALID_TRANSITION',
      notInQueue: 'CONVERSATION_NOT_FOUND',
      supervisor: 'FORBIDDEN',
      admin: 'FORBIDDEN',
    },
  },
  'conversation.monitor': {
    fixture: 'fresh-assigned',
    payload: ref,
    expect: { inQueue: 'FORBIDDEN', notInQueue: 'FORBIDDEN', supervisor: 'ok', admin: 'ok' },
  },
};

/* ---------- the server and the people ---------- */

const OWNER = 'cm_maria_gonzalez';
const OTHER = 'cm_james_carter';

let database: Database;
let t: TestServer;
let queue: string;
const tokens = {} as Record<CustomerRole, string>;
const agents = {} as Record<AgentRole, TestAgent & { sessionToken: string }>;
let ownerAccount: string;
let ownerLast4: string;
let ownerZip: string;
let shared: string;
let docs: DocumentFixtures;
let documentsDir: string;
let n = 0;
const sockets: Socket[] = [];

async function tokenFor(cardmemberId: string): Promise<string> {
  const accounts = await t.server.services.issuerCore.listCardAccounts(cardmemberId);
  const { token } = await mintCustomerToken(TEST_TOKEN_SECRET, {
    cardmemberId,
    cardAccountIds: accounts.map((a) => a.id),
    name: cardmemberId,
  });
  return token;
}

async function signIn(role: 'agent' | 'supervisor' | 'admin', queues: string[]) {
  const a = await t.agent({ role, queues });
  const res = await t.server.app.inject({
    method: 'POST',
    url: '/api/v1/agent/session',
    payload: { email: a.email, password: a.password, totp: a.totp() },
  });
  const cookie = res.cookies.find((c) => c.name === 'clearline_agent');
  if (!cookie) throw new Error(`sign-in failed: ${res.body}`);
  return { ...a, sessionToken: cookie.value };
}

function connect(namespace: '/customer' | '/agent', auth: object): Promise<Socket> {
  const socket = io(`${t.url}${namespace}`, { auth, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => reject(err));
  });
}

const outcomeOf = (ack: Ack<unknown>): Outcome => (ack.ok ? 'ok' : ack.error.code);

/** The owner as the services see them (fixtures are made through the services, not the sockets under test). */
function ownerPrincipal(): CustomerPrincipal {
  return {
    kind: 'customer',
    cardmemberId: OWNER,
    cardAccountIds: [ownerAccount],
    displayName: OWNER,
    tokenId: 'matrix-fixtures',
    issuedAt: null,
    expiresAt: new Date(Date.now() + 3_600_000),
  };
}

/** A conversation of the owner, handed to an agent by the assistant: queued, or accepted by `inQueue`. */
async function conversation(state: 'queued' | 'assigned'): Promise<string> {
  const { conversations } = t.server.services;
  const c = await conversations.start(ownerPrincipal(), { cardAccountId: ownerAccount, language: 'en' });
  await handOffToAgent(
    t.server,
    {
      send: (conversationId, body) =>
        conversations.send(ownerPrincipal(), {
          conversationId,
          body,
          clientMessageId: `fx-${++n}-${Date.now()}`,
        }),
    },
    c.id,
  );
  if (state === 'assigned') {
    const agent = await t.server.services.agentAuth.authenticate(agents.inQueue.sessionToken);
    await t.server.services.conversations.accept(agent, c.id);
  }
  return c.id;
}

async function context(fixture: Fixture): Promise<Ctx & { cleanup: string | null }> {
  n++;
  const base = {
    cardAccountId: ownerAccount,
    clientMessageId: `matrix-${n}-${Date.now()}`,
    last4: ownerLast4,
    zip: ownerZip,
    challengeId: 'su_none0000000',
    conversationId: shared,
    cleanup: null as string | null,
  };
  if (fixture === 'fresh-queued' || fixture === 'fresh-assigned') {
    const id = await conversation(fixture === 'fresh-queued' ? 'queued' : 'assigned');
    return { ...base, conversationId: id, cleanup: id };
  }
  if (fixture === 'fresh-resolved') {
    const id = await conversation('assigned');
    const agent = await t.server.services.agentAuth.authenticate(agents.inQueue.sessionToken);
    await t.server.services.conversations.resolve(agent, id);
    return { ...base, conversationId: id };
  }
  if (fixture === 'fresh-offered') {
    // The agent of the queue is online; the chat is offered to them (by the server's own dispatcher
    // or this pass, whichever runs first).
    const { routing, conversations } = t.server.services;
    await routing.heartbeat([{ agentId: agents.inQueue.id, queues: [queue] }]);
    const id = await conversation('queued');
    for (let i = 0; i < 200; i++) {
      await conversations.offerWaiting();
      if ((await conversations.offersFor(agents.inQueue.id)).some((o) => o.conversationId === id)) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    return { ...base, conversationId: id, cleanup: id };
  }
  if (fixture === 'fresh-approval' || fixture === 'fresh-check') {
    const challenge = await t.server.services.stepUp.require({
      cardmemberId: OWNER,
      conversationId: shared,
      action: 'address_change',
      method: fixture === 'fresh-approval' ? 'approve' : 'last4_zip',
      requestedBy: { kind: 'assistant' },
    });
    return { ...base, challengeId: challenge.id };
  }
  return base;
}

/** Ends a cell's own conversation (and whatever accept_next took), so queues and capacity stay clean. */
async function cleanUp(ids: Array<string | null>) {
  for (const id of ids)
    if (id) await t.server.services.conversations.endByCustomer(ownerPrincipal(), id).catch(() => undefined);
}

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoCore(database.db, new Date());
  documentsDir = await mkdtemp(join(tmpdir(), 'clearline-matrix-docs-'));
  t = await createTestServer({
    database,
    overrides: {
      documentStorage: createLocalStorage(join(documentsDir, 'documents')),
    },
    env: {
      // The matrix opens a socket per cell: the per-identity and per-IP limits are tested elsewhere.
      RATE_LIMIT_CUSTOMER: '100000/1m',
      RATE_LIMIT_CONNECT_IP: '100000/1m',
      RATE_LIMIT_API_IP: '100000/1m',
      RATE_LIMIT_LOGIN_IP: '100000/1m',
      RATE_LIMIT_LOGIN_ACCOUNT: '100000/1m',
    },
  });
  const core = t.server.services.issuerCore;
  [ownerAccount] = (await core.listCardAccounts(OWNER)).map((a) => a.id) as [string];
  ownerLast4 = (await core.listCardAccounts(OWNER))[0]!.last4;
  ownerZip = (await core.getContactDetails(OWNER))!.address.zip;
  tokens.owner = await tokenFor(OWNER);
  tokens.other = await tokenFor(OTHER);

  // Where the assistant sends "I want to talk to an agent" decides which agents are "of the queue".
  const firstId = await conversation('queued');
  queue = (await t.server.services.conversations.peek(firstId))!.queue;
  const elsewhere = queue === 'travel' ? 'disputes' : 'travel';
  agents.inQueue = await signIn('agent', [queue]);
  agents.notInQueue = await signIn('agent', [elsewhere]);
  agents.supervisor = await signIn('supervisor', [elsewhere]);
  agents.admin = await signIn('admin', [elsewhere]);
  await t.server.services.conversations.accept(
    await t.server.services.agentAuth.authenticate(agents.inQueue.sessionToken),
    firstId,
  );
  shared = firstId;

  const { cases } = t.server.services;
  const opened = await cases.open({
    type: 'general',
    cardmemberId: OWNER,
    cardAccountId: ownerAccount,
    conversationId: shared,
    actor: { kind: 'assistant' },
    title: 'Matrix case',
    language: 'en',
  });
  fixtures.caseReference = opened.reference;
  fixtures.secureMessageId = (
    await cases.postSecureMessage({
      cardmemberId: OWNER,
      cardAccountId: ownerAccount,
      caseId: opened.id,
      kind: 'notice',
      subject: 'Matrix notice',
      body: 'For the authorization matrix.',
      language: 'en',
    })
  ).id;
  for (const statement of await core.listStatements(ownerAccount)) {
    const charge = (await core.listTransactions(ownerAccount, { statementId: statement.id })).find(
      (x) => x.kind === 'purchase' && x.amountCents > 0,
    );
    if (charge) {
      fixtures.transactionId = charge.id;
      break;
    }
  }
  // Documents attach to the real case above (inQueue handled the shared conversation on its account).
  const { documents } = t.server.services;
  const link = await documents.createUploadLink({ caseId: opened.id, actor: { kind: 'assistant' } });
  const toRevoke = await documents.createUploadLink({ caseId: opened.id, actor: { kind: 'assistant' } });
  const uploaded = await documents.upload(ownerPrincipal(), link.token, {
    fileName: 'statement.pdf',
    idempotencyKey: 'matrix-fixture-0001',
    body: samplePdf(),
  });
  docs = {
    caseId: opened.id,
    token: link.token,
    linkToRevoke: toRevoke.id,
    documentId: uploaded.document.id,
  };
}, 400_000);

afterAll(async () => {
  for (const s of sockets) s.close();
  await t?.close();
  await database?.close();
  if (documentsDir) await rm(documentsDir, { recursive: true, force: true });
});

describe('authorization matrix', () => {
  it('has a row for every HTTP route, and each role gets the expected outcome', async () => {
    // Fastify's route tree, one node a line, children indented by four columns under their parent.
    const routes = new Set<string>();
    const stack: string[] = [];
    for (const line of t.server.app.printRoutes({ commonPrefix: false }).split('\n')) {
      const at = line.indexOf('── ');
      const m = /^(\S+)(?: \(([A-Z, ]+)\))?/.exec(line.slice(at + 3));
      if (at < 0 || !m) continue;
      const depth = Math.round(at / 4);
      stack.length = depth;
      stack.push(m[1]!);
      const path = stack
        .join('')
        .replace(/([^/])\*$/, '$1/*')
        .replace(/^\*$/, '/*');
      const methods = m[2]?.split(', ') ?? [];
      for (const method of methods) {
        if (method === 'HEAD' && methods.includes('GET')) continue;
        routes.add(`${method} ${path}`);
      }
    }
    expect(routes.size).toBeGreaterThan(10);
    expect([...routes].filter((r) => !(r in HTTP_MATRIX))).toEqual([]);

    const actual: Record<string, Record<string, Outcome>> = {};
    const expected: Record<string, Record<string, Outcome>> = {};
    for (const route of routes) {
      const row = HTTP_MATRIX[route]!;
      const [method, path] = route.split(' ') as [string, string];
      let url = row.url?.(docs) ?? path.replace(':id', shared).replace('*', 'index.html');
      for (const [name, value] of Object.entries(row.params ?? {})) url = url.replace(`:${name}`, value);
      const body = typeof row.body === 'function' ? row.body() : row.body;
      expected[route] = row.expect;
      actual[route] = {};
      for (const role of HTTP_ROLES) {
        const headers: Record<string, string> = { ...row.headers };
        const cookies: Record<string, string> = {};
        if (role === 'owner' || role === 'other') headers.authorization = `Bearer ${tokens[role]}`;
        else if (role !== 'anonymous') {
          // Signing out ends the session: that row runs with a throwaway one.
          const session =
            route === 'DELETE /api/v1/agent/session'
              ? (await signIn(role === 'inQueue' || role === 'notInQueue' ? 'agent' : role, [queue]))
                  .sessionToken
              : agents[role].sessionToken;
          cookies.clearline_agent = session;
        }
        const res = await t.server.app.inject({
          method: method as 'GET',
          url,
          headers,
          cookies,
          ...(body ? { payload: body } : {}),
        });
        let outcome: Outcome;
        if (res.statusCode < 400) outcome = 'ok';
        else {
          const code = (res.json() as { error?: { code?: ErrorCode } }).error?.code ?? 'INTERNAL';
          expect(res.statusCode, `${route} as ${role}`).toBe(ERROR_TABLE[code].status);
          outcome = code;
        }
        actual[route][role] = outcome;
      }
    }
    expect(actual).toEqual(expected);
  });

  it('refuses socket connections without the namespace’s credentials', async () => {
    const refused = async (namespace: '/customer' | '/agent', auth: object) =>
      connect(namespace, auth).then(
        () => 'connected',
        (err: Error & { data?: { code?: string } }) => err.data?.code,
      );
    expect(await refused('/customer', {})).toBe('UNAUTHENTICATED');
    expect(await refused('/customer', { token: agents.inQueue.sessionToken })).toBe('TOKEN_INVALID');
    expect(await refused('/agent', {})).toBe('UNAUTHENTICATED');
    expect(await refused('/agent', { sessionToken: tokens.owner })).toBe('UNAUTHENTICATED');
  });

  it('has a row for every customer event, and each customer gets the expected outcome', async () => {
    expect(Object.keys(CUSTOMER_EVENT_SCHEMAS).filter((e) => !(e in CUSTOMER_MATRIX))).toEqual([]);
    const actual: Record<string, Record<string, Outcome>> = {};
    const expected: Record<string, Record<string, Outcome>> = {};
    for (const event of Object.keys(CUSTOMER_EVENT_SCHEMAS)) {
      const row = CUSTOMER_MATRIX[event]!;
      expected[event] = row.expect;
      actual[event] = {};
      for (const role of CUSTOMER_ROLES) {
        const ctx = await context(row.fixture);
        const token =
          row.fixture === 'fresh-identity' ? (await t.customer()).token : (tokens[role] as string);
        const socket = await connect('/customer', { token });
        if (row.prejoin)
          await socket.emitWithAck('conversation.join', { conversationId: ctx.conversationId });
        const ack = (await socket.emitWithAck(event, row.payload(ctx))) as Ack<{ id?: string }>;
        actual[event][role] = outcomeOf(ack);
        socket.close();
        await cleanUp([ctx.cleanup, event === 'conversation.start' && ack.ok ? (ack.data.id ?? null) : null]);
      }
    }
    expect(actual).toEqual(expected);
  });

  it('has a row for every agent event, and each agent role gets the expected outcome', async () => {
    expect(Object.keys(AGENT_EVENT_SCHEMAS).filter((e) => !(e in AGENT_MATRIX))).toEqual([]);
    const actual: Record<string, Record<string, Outcome>> = {};
    const expected: Record<string, Record<string, Outcome>> = {};
    for (const event of Object.keys(AGENT_EVENT_SCHEMAS)) {
      const row = AGENT_MATRIX[event]!;
      expected[event] = row.expect;
      actual[event] = {};
      for (const role of AGENT_ROLES) {
        const ctx = await context(row.fixture);
        const socket = await connect('/agent', { sessionToken: agents[role].sessionToken });
        if (row.prejoin)
          await socket.emitWithAck('conversation.join', { conversationId: ctx.conversationId });
        const ack = (await socket.emitWithAck(event, row.payload(ctx))) as Ack<{ id?: string } | null>;
        actual[event][role] = outcomeOf(ack);
        socket.close();
        const taken = event === 'conversation.accept_next' && ack.ok ? (ack.data?.id ?? null) : null;
        await cleanUp([ctx.cleanup, taken]);
      }
    }
    expect(actual).toEqual(expected);
  });
});

describe('agent-only messages never reach a customer', () => {
  it('reach customers only as withheld stubs: live, on join, in history and in the transcript', async () => {
    const secret = `AGENTS-ONLY-${Date.now()}`;
    const live: Message[] = [];
    const customer = await connect('/customer', { token: tokens.owner });
    customer.on('message.created', (m: Message) => live.push(m));

    // The assistant's handoff summary is written while the customer's socket is in the room.
    const started = (await customer.emitWithAck('conversation.start', {
      cardAccountId: ownerAccount,
    })) as Ack<{
      id: string;
    }>;
    if (!started.ok) throw new Error(started.error.message);
    const id = started.data.id;
    const sent = (await customer.emitWithAck('message.send', {
      conversationId: id,
      clientMessageId: `withheld-${Date.now()}`,
      body: 'I want to talk to an agent',
    })) as Ack<Message>;
    expect(sent.ok).toBe(true);
    await handOffToAgent(t.server, { send: async () => undefined }, id);

    const agent = await connect('/agent', { sessionToken: agents.inQueue.sessionToken });
    expect(outcomeOf(await agent.emitWithAck('conversation.accept', { conversationId: id }))).toBe('ok');
    const supervisor = await connect('/agent', { sessionToken: agents.supervisor.sessionToken });
    await supervisor.emitWithAck('conversation.join', { conversationId: id });
    const noted = await agent.emitWithAck('message.note', {
      conversationId: id,
      clientMessageId: `note-${Date.now()}`,
      body: `${secret} note`,
    });
    const whispered = await supervisor.emitWithAck('message.whisper', {
      conversationId: id,
      clientMessageId: `whisper-${Date.now()}`,
      body: `${secret} whisper`,
    });
    expect([outcomeOf(noted), outcomeOf(whispered)]).toEqual(['ok', 'ok']);
    const reply = (await agent.emitWithAck('message.send', {
      conversationId: id,
      clientMessageId: `reply-${Date.now()}`,
      body: 'Hello, I can help',
    })) as Ack<Message>;
    if (!reply.ok) throw new Error(reply.error.message);

    // What the agent sees (the control): the summary, the note and the whisper in full.
    const agentView = (await agent.emitWithAck('message.history', { conversationId: id })) as Ack<{
      messages: Message[];
    }>;
    if (!agentView.ok) throw new Error(agentView.error.message);
    const agentOnly = agentView.data.messages.filter((m) => m.visibility === 'agents');
    expect(agentOnly.map((m) => m.kind)).toContain('handoff_summary');
    expect(agentOnly.filter((m) => m.body.includes(secret))).toHaveLength(2);

    // The customer: live events (until the agent's reply arrived), join, history, REST transcript.
    await new Promise<void>((resolve) => {
      if (live.some((m) => m.seq >= reply.data.seq)) resolve();
      else customer.on('message.created', (m: Message) => m.seq >= reply.data.seq && resolve());
    });
    const joined = (await customer.emitWithAck('conversation.join', { conversationId: id })) as Ack<{
      messages: Message[];
    }>;
    const history = (await customer.emitWithAck('message.history', { conversationId: id })) as Ack<{
      messages: Message[];
    }>;
    const transcript = await t.server.app.inject({
      method: 'GET',
      url: `/api/v1/conversations/${id}/transcript`,
      headers: { authorization: `Bearer ${tokens.owner}` },
    });
    if (!joined.ok || !history.ok) throw new Error('customer read failed');
    const paths: Record<string, Message[]> = {
      live,
      join: joined.data.messages,
      history: history.data.messages,
      transcript: (transcript.json() as { data: { messages: Message[] } }).data.messages,
    };
    const agentOnlySeqs = agentOnly.map((m) => m.seq).sort((a, b) => a - b);
    for (const [path, messages] of Object.entries(paths)) {
      const stubs = messages.filter((m) => agentOnlySeqs.includes(m.seq));
      expect(
        stubs.map((m) => m.seq).sort((a, b) => a - b),
        path,
      ).toEqual(agentOnlySeqs);
      for (const m of stubs) expect(m, path).toMatchObject({ kind: 'withheld', body: '', payload: null });
      expect(JSON.stringify(messages), path).not.toContain(secret);
      expect(
        messages.filter(
          (m) => m.kind === 'handoff_summary' || (m.kind !== 'withheld' && m.visibility === 'agents'),
        ),
        path,
      ).toEqual([]);
    }
  });
});
