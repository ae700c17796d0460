import { AgentClient, CustomerClient } from '@clearline/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from './test/harness.ts';

let database: Database;
let t: TestServer;

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestServer({ database, overrides: { seedDemo: true } });
});
afterAll(async () => {
  await t.close();
  await database.close();
});

describe('operations endpoints', () => {
  it('answers /healthz, /readyz and /metrics', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ ok: true, data: { status: 'ok' } });
    const ready = await (await fetch(`${t.url}/readyz`)).json();
    expect(ready).toMatchObject({
      ok: true,
      data: { status: 'ready', database: 'pglite', adapter: 'memory' },
    });
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toContain('clearline_socket_connections');
    expect(metrics).toContain('# TYPE clearline_ack_latency_seconds histogram');
    expect(metrics).toContain('clearline_messages_total');
  });

  it('counts messages and connections', async () => {
    const identity = await t.customer();
    const c = new CustomerClient({ url: t.url, token: identity.token, transports: ['websocket'] });
    await c.connect();
    const conv = await c.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    await c.send(conv.id, 'counting');
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/clearline_messages_total\{author="customer"\} [1-9]/);
    expect(metrics).toMatch(/clearline_socket_connections\{namespace="customer"\} [1-9]/);
    expect(metrics).toMatch(/clearline_ack_latency_seconds_count\{event="message.send",outcome="ok"\} [1-9]/);
    c.close();
  });
});

describe('metrics scrape token', () => {
  it('with METRICS_TOKEN set, /metrics answers only the scraper holding it', async () => {
    const token = 'scrape-token-0123456789abcdef';
    const guarded = await createTestServer({ database, env: { METRICS_TOKEN: token, ASSISTANT: 'off' } });
    try {
      const anonymous = await fetch(`${guarded.url}/metrics`);
      expect(anonymous.status).toBe(401);
      expect((await anonymous.json()).error.code).toBe('UNAUTHENTICATED');
      const wrong = await fetch(`${guarded.url}/metrics`, {
        headers: { authorization: `Bearer ${token.slice(0, -1)}x` },
      });
      expect(wrong.status).toBe(401);
      const scraper = await fetch(`${guarded.url}/metrics`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(scraper.status).toBe(200);
      expect(await scraper.text()).toContain('clearline_socket_connections');
      // Health checks stay open for the load balancer.
      expect((await fetch(`${guarded.url}/healthz`)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe('REST envelope and bad input', () => {
  it('unknown routes, malformed JSON and oversize bodies get codes', async () => {
    const missing = await fetch(`${t.url}/api/v1/nothing-here`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('NOT_FOUND');
    const malformed = await fetch(`${t.url}/api/v1/agent/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('VALIDATION_FAILED');
    const big = await fetch(`${t.url}/api/v1/agent/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(70_000), totp: '123456' }),
    });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    const wrongShape = await fetch(`${t.url}/api/v1/agent/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'not-an-email', password: '', totp: 'abc' }),
    });
    expect((await wrongShape.json()).error.code).toBe('VALIDATION_FAILED');
  });

  it('customer REST needs the bearer token and never accepts it in the URL', async () => {
    const identity = await t.customer();
    const noAuth = await fetch(`${t.url}/api/v1/conversations`);
    expect(noAuth.status).toBe(401);
    const inUrl = await fetch(`${t.url}/api/v1/conversations?token=${identity.token}`);
    expect(inUrl.status).toBe(401);
    const ok = await fetch(`${t.url}/api/v1/conversations`, {
      headers: { authorization: `Bearer ${identity.token}` },
    });
    expect(await ok.json()).toEqual({ ok: true, data: [] });
  });
});

describe('demo sign-in (development mode)', () => {
  it('lists seeded cardmembers with their cards as last four only, and mints working tokens', async () => {
    const identities = await CustomerClient.demoIdentities(t.url);
    expect(identities.length).toBeGreaterThanOrEqual(6);
    expect(identities.flatMap((i) => i.accounts).length).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(identities)).not.toMatch(/\d{12,}/);
    const first = identities[0]!;
    const { token, identity } = await CustomerClient.demoToken(t.url, first.id);
    const client = new CustomerClient({ url: t.url, token, transports: ['websocket'] });
    await client.connect();
    const me = await client.me();
    expect(me.id).toBe(first.id);
    expect(me.accounts.map((a) => a.id)).toEqual(identity.accounts.map((a) => a.id));
    const conv = await client.startConversation({ cardAccountId: me.accounts[0]!.id });
    expect(conv.cardmemberId).toBe(first.id);
    // Agents see which card the chat is about, as product and last four only.
    expect(conv.card).toEqual({ productName: me.accounts[0]!.productName, last4: me.accounts[0]!.last4 });
    client.close();
  });

  it("refuses a chat on a card account the issuer core says is someone else's, even if a token lists it", async () => {
    const { mintCustomerToken } = await import('./domains/security/index.ts');
    const { TEST_TOKEN_SECRET } = await import('./test/harness.ts');
    const { token } = await mintCustomerToken(TEST_TOKEN_SECRET, {
      cardmemberId: 'cm_james_carter',
      cardAccountIds: ['ca_james_platinum', 'ca_maria_gold'],
    });
    const client = new CustomerClient({ url: t.url, token, transports: ['websocket'] });
    await client.connect();
    await expect(client.startConversation({ cardAccountId: 'ca_maria_gold' })).rejects.toMatchObject({
      code: 'CARD_ACCOUNT_NOT_ALLOWED',
    });
    expect((await client.startConversation({ cardAccountId: 'ca_james_platinum' })).card?.last4).toMatch(
      /^\d{4}$/,
    );
    client.close();
  });

  it('seeds the demo agents, who can sign in with their TOTP secret', async () => {
    expect(t.server.demoAgents.map((a) => a.role).sort()).toEqual(['admin', 'agent', 'agent', 'supervisor']);
    const { totpCode } = await import('./domains/security/index.ts');
    const sam = t.server.demoAgents.find((a) => a.role === 'supervisor')!;
    const session = await AgentClient.login(t.url, {
      email: sam.email,
      password: sam.password,
      totp: totpCode(sam.totpSecret),
    });
    expect(session.agent.role).toBe('supervisor');
    expect(session.sessionToken).toBeTruthy();
  });
});

describe('production mode', () => {
  it('has no demo sign-in and sets Secure session cookies', async () => {
    const prod = await createTestServer({ database, env: { CLEARLINE_MODE: 'production' } });
    try {
      const res = await fetch(`${prod.url}/api/v1/demo/identities`);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('DEMO_DISABLED');
      const a = await prod.agent();
      const login = await fetch(`${prod.url}/api/v1/agent/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: a.email, password: a.password, totp: a.totp() }),
      });
      const cookie = login.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/Secure/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
    } finally {
      await prod.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('stores every acknowledged message, half-writes nothing, and closes the sockets', async () => {
    const local = await createTestServer({ database });
    const identity = await local.customer();
    const c = new CustomerClient({ url: local.url, token: identity.token, transports: ['websocket'] });
    await c.connect();
    const conv = await c.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    const sends = Array.from({ length: 10 }, (_, i) => c.send(conv.id, `before shutdown ${i}`));
    await new Promise((r) => setTimeout(r, 5));
    const closing = local.server.close();
    await closing;
    // Whatever the server acknowledged is stored; nothing half-written.
    const rows = await database.db.execute(
      `select count(*)::int as n from messages where conversation_id = '${conv.id}' and author_kind = 'customer'` as never,
    );
    const stored = (rows as unknown as { rows: Array<{ n: number }> }).rows[0]!.n;
    const settled = await Promise.race([
      Promise.allSettled(sends),
      new Promise((r) => setTimeout(() => r('pending'), 300)),
    ]);
    if (settled !== 'pending') {
      const acked = (settled as PromiseSettledResult<unknown>[]).filter(
        (s) => s.status === 'fulfilled',
      ).length;
      expect(stored).toBeGreaterThanOrEqual(acked);
    }
    expect(stored).toBeLessThanOrEqual(10);
    expect(c.connected).toBe(false);
    c.close();
  });
});
