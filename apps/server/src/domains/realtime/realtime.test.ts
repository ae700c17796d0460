import { AgentClient, ClearlineError, CustomerClient } from '@clearline/client';
import { LIMITS } from '@clearline/protocol';
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';

let database: Database;
let t: TestServer;
const clients: Array<{ close(): void }> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  // Transport tests: conversations go straight to the queue (the assistant has its own suites).
  t = await createTestServer({ database, env: { ASSISTANT: 'off' } });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await t.close();
  await database.close();
});

async function customer(opts?: Parameters<TestServer['customer']>[0]) {
  const identity = await t.customer(opts);
  const client = new CustomerClient({ url: t.url, token: identity.token, transports: ['websocket'] });
  clients.push(client);
  await client.connect();
  return { identity, client };
}

async function agent(opts?: Parameters<TestServer['agent']>[0]) {
  const a = await t.agent(opts);
  const session = await AgentClient.login(t.url, { email: a.email, password: a.password, totp: a.totp() });
  const client = new AgentClient({
    url: t.url,
    sessionToken: session.sessionToken,
    transports: ['websocket'],
  });
  clients.push(client);
  await client.connect();
  return { a, client };
}

function rawSocket(namespace: string, auth: object): Promise<Socket> {
  const s = ioClient(`${t.url}${namespace}`, {
    transports: ['websocket'],
    auth,
    forceNew: true,
    reconnection: false,
  });
  clients.push({ close: () => s.disconnect() });
  return new Promise((resolve, reject) => {
    s.on('connect', () => resolve(s));
    s.on('connect_error', reject);
  });
}

describe('customer ↔ agent over real sockets', () => {
  it('a customer opens a chat, an agent accepts it, and both see each other in order', async () => {
    const { identity, client: c } = await customer();
    const { a, client: ag } = await agent();
    const conv = await c.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    expect(conv.status).toBe('queued');
    expect(conv.cardAccountId).toBe(identity.cardAccountIds[0]);

    const sent = await c.send(conv.id, 'My card was declined at the grocery store');
    expect(sent.seq).toBeGreaterThan(0);
    expect(sent.author.kind).toBe('customer');

    await eventually(async () => {
      const queue = await ag.listQueue();
      const item = queue.find((q) => q.conversation.id === conv.id);
      expect(item?.preview).toContain('declined');
      expect(item?.cardmemberName).toBe(identity.name);
    });

    const accepted = await ag.accept(conv.id);
    expect(accepted.status).toBe('assigned');
    expect(accepted.assignedAgentId).toBe(a.id);
    await eventually(() => expect(c.messages(conv.id).some((m) => m.event === 'agent_joined')).toBe(true));
    const joined = c.messages(conv.id).find((m) => m.event === 'agent_joined')!;
    expect(joined.eventData).toEqual({ agentName: a.displayName });

    await ag.send(conv.id, 'Hi, I can help with that.');
    await eventually(() => expect(c.messages(conv.id).at(-1)?.body).toBe('Hi, I can help with that.'));
    await c.send(conv.id, 'Thank you!');
    await eventually(() => expect(ag.messages(conv.id).at(-1)?.body).toBe('Thank you!'));

    const seqs = c.messages(conv.id).map((m) => m.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(ag.messages(conv.id).map((m) => m.id)).toEqual(c.messages(conv.id).map((m) => m.id));

    const resolved = await ag.resolve(conv.id);
    expect(resolved.status).toBe('resolved');
    await eventually(() => expect(c.messages(conv.id).at(-1)?.event).toBe('resolved'));
    await expect(c.send(conv.id, 'one more thing')).rejects.toMatchObject({ code: 'CONVERSATION_CLOSED' });
  });

  it('queue updates reach agents of the queue live', async () => {
    const { client: ag } = await agent();
    const { identity, client: c } = await customer();
    const conv = await c.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    await eventually(() =>
      expect(ag.queues.get('general')?.some((i) => i.conversation.id === conv.id)).toBe(true),
    );
  });

  it('only one of two agents racing for a conversation gets it', async () => {
    const { identity, client: c } = await customer();
    const conv = await c.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    const [{ client: a1 }, { client: a2 }] = await Promise.all([agent(), agent()]);
    const results = await Promise.allSettled([a1.accept(conv.id), a2.accept(conv.id)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((failed.reason as ClearlineError).code).toBe('ALREADY_ASSIGNED');
  });

  it('typing indicators and read receipts reach the other side', async () => {
    const { identity, client: c } = await customer();
    const { client: ag } = await agent();
    const conv = await c.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    await ag.accept(conv.id);
    const typing: boolean[] = [];
    ag.on('typing', (u) => u.conversationId === conv.id && typing.push(u.typing));
    await c.setTyping(conv.id, true);
    await eventually(() => expect(typing).toContain(true));

    const reply = await ag.send(conv.id, 'Are you still there?');
    await eventually(() => expect(c.lastSeq(conv.id)).toBe(reply.seq));
    const seen: number[] = [];
    ag.on('receipt', (r) => r.reader === 'customer' && seen.push(r.readSeq));
    const receipt = await c.markRead(conv.id);
    expect(receipt.readSeq).toBe(reply.seq);
    await eventually(() => expect(seen).toContain(reply.seq));
    // Cursors never move back.
    const again = await c.markRead(conv.id, 1);
    expect(again.readSeq).toBe(reply.seq);
  });
});

describe('who may read what', () => {
  it("a customer cannot join, read, write or end another customer's conversation", async () => {
    const { identity: owner, client: oc } = await customer();
    const conv = await oc.startConversation({ cardAccountId: owner.cardAccountIds[0]! });
    await oc.send(conv.id, 'private words');
    const { client: intruder } = await customer();
    for (const attempt of [
      () => intruder.follow(conv.id),
      () => intruder.request('message.history', { conversationId: conv.id }),
      () =>
        intruder.request('message.send', {
          conversationId: conv.id,
          clientMessageId: 'intruder-0001',
          body: 'hi',
        }),
      () => intruder.endConversation(conv.id),
      () => intruder.request('typing.set', { conversationId: conv.id, typing: true }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    }
    expect(intruder.messages(conv.id)).toEqual([]);
    const res = await fetch(`${t.url}/api/v1/conversations/${conv.id}/transcript`, {
      headers: { authorization: `Bearer ${(await t.customer()).token}` },
    });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('CONVERSATION_NOT_FOUND');
    // The owner still has exactly their conversation.
    expect((await oc.transcript(conv.id)).messages.some((m) => m.body === 'private words')).toBe(true);
  });

  it('a customer cannot open a chat on a card account their token does not cover', async () => {
    const { client: c } = await customer();
    await expect(c.startConversation({ cardAccountId: 'ca_someone_else' })).rejects.toMatchObject({
      code: 'CARD_ACCOUNT_NOT_ALLOWED',
    });
  });

  it('an agent outside the queue cannot see or take the conversation; the assignee alone replies', async () => {
    const { identity, client: c } = await customer();
    const conv = await c.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    const { client: outsider } = await agent({ queues: ['travel'] });
    expect((await outsider.listQueue()).some((q) => q.conversation.id === conv.id)).toBe(false);
    await expect(outsider.accept(conv.id)).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    const { client: owner } = await agent();
    const { client: colleague } = await agent();
    await owner.accept(conv.id);
    await expect(colleague.send(conv.id, 'hello')).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    const { client: supervisor } = await agent({ role: 'supervisor' });
    expect((await supervisor.follow(conv.id)).id).toBe(conv.id);
  });
});

describe('authentication', () => {
  it('refuses missing, forged and expired customer tokens with a code', async () => {
    const good = await t.customer();
    const forged = `${good.token.slice(0, -4)}AAAA`;
    const expired = await t.customer({ ttlSeconds: -10 });
    for (const [token, code] of [
      [undefined, 'UNAUTHENTICATED'],
      ['not-a-jwt', 'TOKEN_INVALID'],
      [forged, 'TOKEN_INVALID'],
      [expired.token, 'TOKEN_EXPIRED'],
    ] as const) {
      const client = new CustomerClient({ url: t.url, token: token ?? '', transports: ['websocket'] });
      clients.push(client);
      await expect(client.connect()).rejects.toMatchObject({ code });
    }
  });

  it('refuses agents without a valid session', async () => {
    const client = new AgentClient({ url: t.url, sessionToken: 'x'.repeat(43), transports: ['websocket'] });
    clients.push(client);
    await expect(client.connect()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('bad input gets a code and changes nothing', () => {
  it('unknown events, wrong shapes, oversize bodies and missing acks', async () => {
    const { identity, client: c } = await customer();
    const conv = await c.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    const s = await rawSocket('/customer', { token: identity.token });
    const ask = (event: string, ...args: unknown[]) => s.timeout(3000).emitWithAck(event, ...args);

    expect(await ask('admin.drop_tables', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_EVENT' } });
    expect(await ask('message.send', 'hello')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(
      await ask('message.send', { conversationId: conv.id, clientMessageId: 'short', body: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(
      await ask('message.send', {
        conversationId: conv.id,
        clientMessageId: 'abcdefgh-1',
        body: 'x'.repeat(LIMITS.messageChars + 1),
      }),
    ).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(
      await ask('message.send', { conversationId: conv.id, clientMessageId: 'abcdefgh-2', body: '   ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(
      await ask('message.send', {
        conversationId: conv.id,
        clientMessageId: 'abcdefgh-3',
        body: 'hi',
        extra: 1,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    s.emit('message.send', { conversationId: conv.id, clientMessageId: 'abcdefgh-4', body: 'no ack' });
    // Nothing was stored by the bad sends; the one without an ack was stored once.
    await eventually(async () => {
      const transcript = await c.transcript(conv.id);
      expect(transcript.messages.filter((m) => m.author.kind === 'customer').map((m) => m.body)).toEqual([
        'no ack',
      ]);
    });
    expect(s.connected).toBe(true);
  });

  it('a flood is rate-limited and the socket keeps working afterwards', async () => {
    const { identity } = await customer();
    const s = await rawSocket('/customer', { token: identity.token });
    const answers = await Promise.all(
      Array.from({ length: LIMITS.eventBurst + 30 }, () =>
        s.timeout(5000).emitWithAck('conversation.list', {}),
      ),
    );
    const limited = answers.filter((a) => a.ok === false && a.error.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await s.timeout(3000).emitWithAck('conversation.list', {})).toMatchObject({ ok: true });
  });

  it('a frame over the size limit closes only that connection; the server keeps serving', async () => {
    const { identity } = await customer();
    const s = await rawSocket('/customer', { token: identity.token });
    const closed = new Promise<string>((resolve) => s.on('disconnect', (reason) => resolve(reason)));
    s.emit('message.send', { body: 'x'.repeat(LIMITS.frameBytes + 10) });
    expect(await closed).toBeTruthy();
    const { client } = await customer();
    expect(await client.listConversations()).toEqual([]);
  });
});

describe('errors surface as ClearlineError', () => {
  it('keeps the server code', async () => {
    const { client } = await customer();
    const err = (await client
      .request('conversation.end', { conversationId: crypto.randomUUID() })
      .catch((e) => e)) as ClearlineError;
    expect(err).toBeInstanceOf(ClearlineError);
    expect(err.code).toBe('CONVERSATION_NOT_FOUND');
  });
});
