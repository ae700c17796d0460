import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgentClient, CustomerClient } from '@clearline/client';
import { DOCUMENT_LIMITS } from '@clearline/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestDocumentCases, eicarPdf, fakeExe, samplePdf, samplePng } from '../../test/documents.ts';
import {
  createTestServer,
  openTestDatabase,
  type TestCustomer,
  type TestServer,
} from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';
import { AGENT_SESSION_COOKIE } from '../security/index.ts';
import { createLocalStorage } from './local-storage.ts';

/*
 * The secure upload over real HTTP: an agent sends a link, the cardmember uploads real files with their
 * issuer token, the agent lists and downloads them byte for byte. Strangers, other agents and requests
 * without credentials get nothing.
 */

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let database: Database;
let dir: string;
let t: TestServer;
const cases = createTestDocumentCases();
let owner: TestCustomer;
let stranger: TestCustomer;
let handlerCookie: string;
let outsiderCookie: string;
let caseId: string;
let caseReference: string;
const closers: Array<() => void> = [];

async function signIn(role: 'agent' | 'supervisor' = 'agent') {
  const a = await t.agent({ role, queues: ['disputes'] });
  const res = await fetch(`${t.url}/api/v1/agent/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: a.email, password: a.password, totp: a.totp() }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('clearline_agent='));
  if (!cookie) throw new Error(`sign-in failed: ${await res.text()}`);
  return { id: a.id, cookie: cookie.split(';')[0]! };
}

async function api(path: string, init: RequestInit & { as?: TestCustomer | string | null } = {}) {
  const headers = new Headers(init.headers);
  if (typeof init.as === 'string') headers.set('cookie', init.as);
  else if (init.as) headers.set('authorization', `Bearer ${init.as.token}`);
  const res = await fetch(`${t.url}${path}`, { ...init, headers });
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('application/json') ? await res.json() : Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body };
}

const codeOf = (r: { body: unknown }) => (r.body as { error?: { code: string } }).error?.code ?? 'ok';

function upload(
  token: string,
  bytes: Uint8Array,
  o: { as?: TestCustomer | null; name?: string; key?: string } = {},
) {
  return api(`/api/v1/uploads/${token}/files`, {
    method: 'POST',
    as: o.as === undefined ? owner : o.as,
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(o.name ?? 'file.bin'),
      'idempotency-key': o.key ?? randomUUID(),
    },
    body: new Uint8Array(bytes),
  });
}

async function newLink(): Promise<{ id: string; token: string; url: string }> {
  const res = await api(`/api/v1/agent/cases/${caseId}/upload-links`, {
    method: 'POST',
    as: handlerCookie,
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(res.status).toBe(201);
  return (res.body as { data: { id: string; token: string; url: string } }).data;
}

beforeAll(async () => {
  database = await openTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'clearline-doc-routes-'));
  t = await createTestServer({
    database,
    // Chats go straight to the queue (the assistant's link offer has its own journey).
    env: { ASSISTANT: 'off' },
    overrides: { documentCases: cases.port, documentStorage: createLocalStorage(join(dir, 'documents')) },
  });
  owner = await t.customer();
  stranger = await t.customer();
  const handler = await signIn();
  handlerCookie = handler.cookie;
  outsiderCookie = (await signIn()).cookie;
  const access = cases.addCase({ cardmemberId: owner.cardmemberId, agents: [handler.id] });
  caseId = access.caseId;
  caseReference = access.reference;
}, 120_000);

afterAll(async () => {
  for (const c of closers) c();
  await t?.close();
  await database?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A chat of this customer accepted by a new agent of the general queue (signed in over HTTP and sockets). */
async function acceptedChat(customer: TestCustomer) {
  const a = await t.agent({ queues: ['general', 'disputes'] });
  const session = await AgentClient.login(t.url, { email: a.email, password: a.password, totp: a.totp() });
  const agent = new AgentClient({
    url: t.url,
    sessionToken: session.sessionToken,
    transports: ['websocket'],
  });
  const client = new CustomerClient({ url: t.url, token: customer.token, transports: ['websocket'] });
  closers.push(
    () => agent.close(),
    () => client.close(),
  );
  await Promise.all([agent.connect(), client.connect()]);
  const conversation = await client.startConversation({ cardAccountId: customer.cardAccountIds[0]! });
  await client.follow(conversation.id);
  await agent.accept(conversation.id);
  const cookie = `${AGENT_SESSION_COOKIE}=${encodeURIComponent(session.sessionToken ?? '')}`;
  return { agentId: a.id, cookie, client, conversationId: conversation.id };
}

function postLink(caseRef: string, cookie: string, body: unknown) {
  return api(`/api/v1/agent/cases/${caseRef}/upload-links`, {
    method: 'POST',
    as: cookie,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('an upload link posted to the chat (postToConversation)', () => {
  it('the customer sees the link as a message and uploads through it; others are refused and nothing is created', async () => {
    const customer = await t.customer();
    const chat = await acceptedChat(customer);
    const outsider = await acceptedChat(await t.customer());
    const other = await acceptedChat(await t.customer());
    // Both agents may see the case; only one of them takes part in the customer's chat.
    const access = cases.addCase({
      cardmemberId: customer.cardmemberId,
      agents: [chat.agentId, outsider.agentId, other.agentId],
    });
    const linksNow = async () =>
      (await api(`/api/v1/agent/cases/${access.caseId}/documents`, { as: chat.cookie })).body.data.links
        .length as number;

    // An agent who is not in the conversation: refused, and no link is made.
    const refused = await postLink(access.caseId, outsider.cookie, {
      conversationId: chat.conversationId,
      postToConversation: true,
    });
    expect(refused.status).toBe(404);
    expect(codeOf(refused)).toBe('CONVERSATION_NOT_FOUND');
    // Another cardmember's chat (the agent's own): refused too.
    const elsewhere = await postLink(access.caseId, other.cookie, {
      conversationId: other.conversationId,
      postToConversation: true,
    });
    expect(elsewhere.status).toBe(400);
    expect(codeOf(elsewhere)).toBe('VALIDATION_FAILED');
    expect(await linksNow()).toBe(0);
    expect(chat.client.messages(chat.conversationId).some((m) => m.payload?.type === 'upload_link')).toBe(
      false,
    );

    const posted = await postLink(access.caseId, chat.cookie, {
      conversationId: chat.conversationId,
      postToConversation: true,
    });
    expect(posted.status).toBe(201);
    const link = posted.body.data as {
      token: string;
      url: string;
      expiresAt: string;
      postedMessageId: string;
    };
    expect(link.postedMessageId).toEqual(expect.any(String));
    expect(await linksNow()).toBe(1);

    // The customer receives it live: a system message with the link, the case and the expiry.
    const message = await eventually(() => {
      const m = chat.client.messages(chat.conversationId).find((x) => x.payload?.type === 'upload_link');
      expect(m).toBeDefined();
      return m!;
    });
    expect(message).toMatchObject({
      id: link.postedMessageId,
      author: { kind: 'system' },
      payload: {
        type: 'upload_link',
        caseReference: access.reference,
        url: link.url,
        expiresAt: link.expiresAt,
        maxFiles: 5,
      },
    });
    expect(message.body).toContain(access.reference);
    expect(message.body).toContain(link.url);
    // …and the link in it works with the customer's own token.
    const token = new URL(
      message.payload?.type === 'upload_link' ? message.payload.url : '',
      t.url,
    ).searchParams.get('token')!;
    const uploaded = await chat.client.uploadFile(token, new Uint8Array(samplePng(3)), {
      fileName: 'receipt.png',
      idempotencyKey: randomUUID(),
    });
    expect(uploaded).toMatchObject({ fileName: 'receipt.png', type: 'png' });
    const listed = await api(`/api/v1/agent/cases/${access.caseId}/documents`, { as: chat.cookie });
    expect(listed.body.data.documents).toEqual([
      expect.objectContaining({ fileName: 'receipt.png', type: 'png', scanStatus: 'clean' }),
    ]);
  });
});

describe('secure document upload over HTTP', () => {
  it('agent sends a link; the cardmember uploads a PNG and a PDF; the agent downloads the same bytes', async () => {
    const link = await newLink();
    expect(link.url).toBe(`/upload?token=${link.token}`);

    const info = await api(`/api/v1/uploads/${link.token}`, { as: owner });
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({
      ok: true,
      data: { caseReference, status: 'active', filesLeft: 5, maxFileBytes: DOCUMENT_LIMITS.fileBytes },
    });

    const png = samplePng(4);
    const pdf = samplePdf('Receipt for order 1234');
    const key = randomUUID();
    const up1 = await upload(link.token, png, { name: 'photo of receipt.png', key });
    expect(up1.status).toBe(201);
    expect((up1.body as { data: object }).data).toMatchObject({
      fileName: 'photo of receipt.png',
      type: 'png',
      sha256: sha(png),
    });
    // a retried request (same idempotency key) gets the same document and uses nothing
    const replay = await upload(link.token, png, { name: 'photo of receipt.png', key });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(up1.body);
    const up2 = await upload(link.token, pdf, { name: 'recibo – café.pdf' });
    expect(up2.status).toBe(201);
    expect((up2.body as { data: { fileName: string } }).data.fileName).toBe('recibo – café.pdf');

    const mine = await api(`/api/v1/uploads/${link.token}/files`, { as: owner });
    expect((mine.body as { data: Array<{ sha256: string }> }).data.map((d) => d.sha256)).toEqual([
      sha(png),
      sha(pdf),
    ]);
    expect(JSON.stringify(mine.body)).not.toMatch(/storage|doc_/);
    expect((await api(`/api/v1/uploads/${link.token}`, { as: owner })).body).toMatchObject({
      data: { filesLeft: 3 },
    });

    const listed = await api(`/api/v1/agent/cases/${caseId}/documents`, { as: handlerCookie });
    expect(listed.status).toBe(200);
    const docs = (
      listed.body as { data: { documents: Array<{ id: string; sha256: string; contentType: string }> } }
    ).data.documents;
    expect(docs.map((d) => [d.contentType, d.sha256])).toEqual([
      ['image/png', sha(png)],
      ['application/pdf', sha(pdf)],
    ]);

    for (const [doc, bytes, type] of [
      [docs[0]!, png, 'image/png'],
      [docs[1]!, pdf, 'application/pdf'],
    ] as const) {
      const res = await api(`/api/v1/agent/documents/${doc.id}/content`, { as: handlerCookie });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);
      expect(sha(res.body as Buffer)).toBe(doc.sha256);
    }
    const pdfRes = await api(`/api/v1/agent/documents/${docs[1]!.id}/content`, { as: handlerCookie });
    expect(pdfRes.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''recibo%20%E2%80%93%20caf%C3%A9.pdf",
    );
  });

  it('refuses other customers, other agents and requests without credentials', async () => {
    const link = await newLink();
    const up = await upload(link.token, samplePng());
    const documentId = (up.body as { data: { id: string } }).data.id;

    // another cardmember learns nothing about the link and cannot upload to it
    expect(codeOf(await api(`/api/v1/uploads/${link.token}`, { as: stranger }))).toBe(
      'UPLOAD_LINK_NOT_FOUND',
    );
    expect(codeOf(await api(`/api/v1/uploads/${link.token}/files`, { as: stranger }))).toBe(
      'UPLOAD_LINK_NOT_FOUND',
    );
    expect(codeOf(await upload(link.token, samplePng(), { as: stranger }))).toBe('UPLOAD_LINK_NOT_FOUND');
    // no credentials: nothing
    for (const [path, method] of [
      [`/api/v1/uploads/${link.token}`, 'GET'],
      [`/api/v1/uploads/${link.token}/files`, 'GET'],
      [`/api/v1/agent/cases/${caseId}/documents`, 'GET'],
      [`/api/v1/agent/cases/${caseId}/upload-links`, 'POST'],
      [`/api/v1/agent/documents/${documentId}/content`, 'GET'],
      [`/api/v1/agent/upload-links/${link.id}`, 'DELETE'],
    ] as const) {
      const res = await api(path, { method, as: null });
      expect([path, res.status, codeOf(res)]).toEqual([path, 401, 'UNAUTHENTICATED']);
    }
    const anonymous = await upload(link.token, samplePng(), { as: null });
    expect([anonymous.status, codeOf(anonymous)]).toEqual([401, 'UNAUTHENTICATED']);
    // a customer token is not an agent session, even the owner's
    const asCustomer = await api(`/api/v1/agent/documents/${documentId}/content`, { as: owner });
    expect(codeOf(asCustomer)).toBe('UNAUTHENTICATED');
    // an agent who may not see the case
    expect(codeOf(await api(`/api/v1/agent/cases/${caseId}/documents`, { as: outsiderCookie }))).toBe(
      'CASE_NOT_FOUND',
    );
    const denied = await api(`/api/v1/agent/documents/${documentId}/content`, { as: outsiderCookie });
    expect([denied.status, codeOf(denied)]).toEqual([404, 'DOCUMENT_NOT_FOUND']);
    expect(
      codeOf(await api(`/api/v1/agent/upload-links/${link.id}`, { method: 'DELETE', as: outsiderCookie })),
    ).toBe('UPLOAD_LINK_NOT_FOUND');
    // the files of the link are unchanged by all of that
    expect((await api(`/api/v1/uploads/${link.token}`, { as: owner })).body).toMatchObject({
      data: { filesLeft: 4 },
    });
  });

  it('quarantines an infected PDF: the upload is recorded, the download refused', async () => {
    const link = await newLink();
    const up = await upload(link.token, eicarPdf(), { name: 'statement.pdf' });
    expect(up.status).toBe(201);
    const doc = (up.body as { data: { id: string; scanStatus: string } }).data;
    expect(doc.scanStatus).toBe('infected');
    const res = await api(`/api/v1/agent/documents/${doc.id}/content`, { as: handlerCookie });
    expect([res.status, codeOf(res)]).toEqual([409, 'DOCUMENT_QUARANTINED']);
    const listed = await api(`/api/v1/agent/cases/${caseId}/documents`, { as: handlerCookie });
    const entry = (
      listed.body as { data: { documents: Array<{ id: string; downloadable: boolean }> } }
    ).data.documents.find((d) => d.id === doc.id);
    expect(entry?.downloadable).toBe(false);
    expect(cases.timeline(caseId).some((e) => e.kind === 'document_quarantined')).toBe(true);
  });

  it('refuses renamed executables, empty files, other body types and revoked links with clear codes', async () => {
    const link = await newLink();
    const exe = await upload(link.token, fakeExe(), { name: 'invoice.pdf' });
    expect([exe.status, codeOf(exe)]).toEqual([415, 'FILE_TYPE_NOT_ALLOWED']);
    const empty = await upload(link.token, new Uint8Array(0), { name: 'a.pdf' });
    expect([empty.status, codeOf(empty)]).toEqual([422, 'FILE_EMPTY']);
    const json = await api(`/api/v1/uploads/${link.token}/files`, {
      method: 'POST',
      as: owner,
      headers: {
        'content-type': 'application/json',
        'x-file-name': 'a.pdf',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify({ file: 'x' }),
    });
    expect(json.status).toBe(400);
    const noKey = await api(`/api/v1/uploads/${link.token}/files`, {
      method: 'POST',
      as: owner,
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'a.png' },
      body: new Uint8Array(samplePng()),
    });
    expect(codeOf(noKey)).toBe('VALIDATION_FAILED');

    const revoked = await api(`/api/v1/agent/upload-links/${link.id}`, {
      method: 'DELETE',
      as: handlerCookie,
    });
    expect(revoked.body).toMatchObject({ ok: true, data: { id: link.id, status: 'revoked' } });
    const late = await upload(link.token, samplePng());
    expect([late.status, codeOf(late)]).toEqual([410, 'UPLOAD_LINK_REVOKED']);
    expect((await api(`/api/v1/uploads/${link.token}`, { as: owner })).body).toMatchObject({
      data: { status: 'revoked', filesLeft: 5 },
    });
  });

  it('refuses a file over 10 MiB before reading it, with or without a declared length', async () => {
    const link = await newLink();
    const big = Buffer.alloc(DOCUMENT_LIMITS.fileBytes + 1, 0x20);
    samplePdf().copy(big);
    const send = (chunked: boolean) =>
      new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
        const req = request(`${t.url}/api/v1/uploads/${link.token}/files`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${owner.token}`,
            'content-type': 'application/octet-stream',
            'x-file-name': 'big.pdf',
            'idempotency-key': randomUUID(),
            ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(big.length) }),
          },
        });
        req.on('response', (res) => {
          let body = '';
          res.on('data', (c) => {
            body += c;
          });
          res.on('end', () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }));
        });
        // The server answers (and closes) before taking the whole body: the rest of the write may fail.
        req.on('error', (err) =>
          (err as NodeJS.ErrnoException).code === 'EPIPE' ||
          (err as NodeJS.ErrnoException).code === 'ECONNRESET'
            ? undefined
            : reject(err),
        );
        if (chunked)
          for (let i = 0; i < big.length; i += 64 * 1024) req.write(big.subarray(i, i + 64 * 1024));
        else req.write(big);
        req.end();
      });
    for (const chunked of [false, true]) {
      const res = await send(chunked);
      expect([res.status, JSON.parse(res.body).error.code, res.connection]).toEqual([
        413,
        'FILE_TOO_LARGE',
        'close',
      ]);
    }
    expect((await api(`/api/v1/uploads/${link.token}`, { as: owner })).body).toMatchObject({
      data: { filesLeft: 5 },
    });
    // exactly the limit is fine
    const ok = await upload(link.token, big.subarray(0, DOCUMENT_LIMITS.fileBytes), { name: 'big.pdf' });
    expect(ok.status).toBe(201);
  });
});
