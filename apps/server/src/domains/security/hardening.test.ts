import { CUSTOMER_NAMESPACE } from '@clearline/protocol';
import { io as connectSocket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createMemoryRateLimiter, createRedisRateLimiter, parseRateRule } from '../../platform/rate-limit.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';

/* Security headers, CORS, socket origins and rate limits, through real HTTP and real sockets. */

let database: Database;
const servers: TestServer[] = [];
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await database.close();
});

async function server(env: Record<string, string> = {}): Promise<TestServer> {
  const t = await createTestServer({ database, env: { ASSISTANT: 'off', ...env } });
  servers.push(t);
  return t;
}

function login(t: TestServer, body: { email: string; password: string; totp: string }) {
  return fetch(`${t.url}/api/v1/agent/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Resolves to null on connect, or to the connect_error's data. */
function socketOutcome(t: TestServer, options: { token?: string; origin?: string }) {
  return new Promise<null | { code?: string; message?: string } | string>((resolve) => {
    const socket = connectSocket(`${t.url}${CUSTOMER_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      auth: options.token ? { token: options.token } : {},
      extraHeaders: options.origin ? { origin: options.origin } : {},
    });
    socket.on('connect', () => {
      socket.disconnect();
      resolve(null);
    });
    socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      socket.disconnect();
      resolve(err.data ?? err.message);
    });
  });
}

describe('security headers', () => {
  it('sets CSP, frame-ancestors, nosniff and a referrer policy on every response; no HSTS in development', async () => {
    const t = await server();
    for (const path of ['/healthz', '/api/v1/agent/session', '/no-such-page']) {
      const res = await fetch(`${t.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('takes frame-ancestors from FRAME_ANCESTORS and sends HSTS in production', async () => {
    const t = await server({
      CLEARLINE_MODE: 'production',
      FRAME_ANCESTORS: 'self, https://www.bank.example https://*.cards.example',
    });
    const res = await fetch(`${t.url}/healthz`);
    expect(res.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://www.bank.example https://*.cards.example",
    );
    expect(res.headers.get('x-frame-options')).toBeNull(); // cannot express an allow-list
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});

describe('CORS and socket origins', () => {
  it('answers /api/* only for allowed origins, with credentials; same origin only by default', async () => {
    const open = await server({ CORS_ORIGINS: 'https://www.bank.example/' });
    const allowed = await fetch(`${open.url}/api/v1/agent/session`, {
      headers: { origin: 'https://www.bank.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.bank.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await fetch(`${open.url}/api/v1/agent/session`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${open.url}/api/v1/agent/session`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.bank.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');

    const closed = await server();
    const res = await fetch(`${closed.url}/api/v1/agent/session`, {
      headers: { origin: 'https://www.bank.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses socket handshakes from other origins, WebSocket included', async () => {
    const t = await server({ CORS_ORIGINS: 'https://www.bank.example' });
    const c = await t.customer();
    expect(await socketOutcome(t, { token: c.token, origin: 'https://www.bank.example' })).toBeNull();
    expect(await socketOutcome(t, { token: c.token, origin: t.url })).toBeNull();
    expect(await socketOutcome(t, { token: c.token })).toBeNull(); // not a browser
    expect(await socketOutcome(t, { token: c.token, origin: 'https://evil.example' })).not.toBeNull();
  });
});

describe('rate limits', () => {
  it('limits sign-in attempts per account, with RATE_LIMITED and Retry-After', async () => {
    const t = await server({ RATE_LIMIT_LOGIN_ACCOUNT: '3/15m' });
    const a = await t.agent();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (await login(t, { email: a.email, password: 'not-the-password', totp: '000000' })).status,
      );
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await login(t, { email: a.email.toUpperCase(), password: a.password, totp: a.totp() });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe('RATE_LIMITED');
    // Another account from the same IP is not affected by that account's limit.
    const b = await t.agent();
    expect((await login(t, { email: b.email, password: b.password, totp: b.totp() })).status).toBe(200);
  });

  it('limits failed sign-ins per IP across accounts (password spraying)', async () => {
    const t = await server({ RATE_LIMIT_LOGIN_IP: '2/15m' });
    for (const email of ['x1@test.example', 'x2@test.example'])
      expect((await login(t, { email, password: 'Summer2026!!', totp: '000000' })).status).toBe(401);
    const a = await t.agent();
    const res = await login(t, { email: a.email, password: a.password, totp: a.totp() });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBeTruthy();
  });

  it('limits HTTP API requests per IP', async () => {
    const t = await server({ RATE_LIMIT_API_IP: '3/1m' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${t.url}/api/v1/agent/session`)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200); // not an API route
  });

  it('limits customer token use per cardmember, refused tokens per IP, and socket connections per IP', async () => {
    const perCustomer = await server({ RATE_LIMIT_CUSTOMER: '2/1m' });
    const c = await perCustomer.customer();
    expect(await socketOutcome(perCustomer, { token: c.token })).toBeNull();
    expect(await socketOutcome(perCustomer, { token: c.token })).toBeNull();
    expect(await socketOutcome(perCustomer, { token: c.token })).toMatchObject({ code: 'RATE_LIMITED' });
    const other = await perCustomer.customer();
    expect(await socketOutcome(perCustomer, { token: other.token })).toBeNull();
    // HTTP requests with the token count too, with Retry-After.
    const res = await fetch(`${perCustomer.url}/api/v1/conversations`, {
      headers: { authorization: `Bearer ${c.token}` },
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBeTruthy();
    const fresh = await perCustomer.customer();
    const ok = await fetch(`${perCustomer.url}/api/v1/conversations`, {
      headers: { authorization: `Bearer ${fresh.token}` },
    });
    expect(ok.status).toBe(200);

    const failures = await server({ RATE_LIMIT_TOKEN_FAILURES_IP: '2/15m' });
    const good = await failures.customer();
    expect(await socketOutcome(failures, { token: 'not.a.token' })).toMatchObject({ code: 'TOKEN_INVALID' });
    expect(await socketOutcome(failures, { token: 'still.not.token' })).toMatchObject({
      code: 'TOKEN_INVALID',
    });
    expect(await socketOutcome(failures, { token: good.token })).toMatchObject({ code: 'RATE_LIMITED' });

    const connects = await server({ RATE_LIMIT_CONNECT_IP: '2/1m' });
    const d = await connects.customer();
    expect(await socketOutcome(connects, { token: d.token })).toBeNull();
    expect(await socketOutcome(connects, { token: d.token })).toBeNull();
    expect(await socketOutcome(connects, { token: d.token })).toMatchObject({ code: 'RATE_LIMITED' });
  });
});

describe('rate limiter', () => {
  it('parses rules', () => {
    expect(parseRateRule('20/15m')).toEqual({ limit: 20, windowMs: 900_000 });
    expect(parseRateRule('5/s')).toEqual({ limit: 5, windowMs: 1_000 });
    expect(parseRateRule('5 per minute')).toBeNull();
    expect(parseRateRule('0/1m')).toBeNull();
  });

  it('counts in fixed windows and resets (memory)', async () => {
    let now = 1_000_000;
    const limiter = createMemoryRateLimiter(() => now);
    const rule = { limit: 2, windowMs: 60_000 };
    expect((await limiter.hit('t', 'k', rule)).allowed).toBe(true);
    expect((await limiter.peek('t', 'k', rule)).allowed).toBe(true);
    expect((await limiter.hit('t', 'k', rule)).allowed).toBe(true);
    expect((await limiter.peek('t', 'k', rule)).allowed).toBe(false);
    const third = await limiter.hit('t', 'k', rule);
    expect(third).toMatchObject({ allowed: false, count: 3 });
    expect(third.retryAfterSeconds).toBe(20);
    expect((await limiter.hit('t', 'other', rule)).allowed).toBe(true);
    now += 60_000;
    expect((await limiter.hit('t', 'k', rule)).allowed).toBe(true);
  });

  it('shares counters across nodes through Redis', async () => {
    const { createClient } = await import('redis');
    const url = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const a = createClient({ url, socket: { reconnectStrategy: false } });
    const b = createClient({ url, socket: { reconnectStrategy: false } });
    try {
      await Promise.all([a.connect(), b.connect()]);
    } catch (err) {
      if (process.env.CI) throw err;
      console.warn(`\n*** No Redis at ${url}: the shared rate-limit test is SKIPPED (mandatory in CI) ***\n`);
      return;
    }
    try {
      const key = `k-${Date.now()}-${Math.random()}`;
      const rule = { limit: 3, windowMs: 3_600_000 };
      const nodes = [createRedisRateLimiter(a), createRedisRateLimiter(b)];
      const results = await Promise.all([0, 1, 2, 3, 4].map((i) => nodes[i % 2]!.hit('test', key, rule)));
      expect(results.filter((r) => r.allowed)).toHaveLength(3);
      expect((await nodes[0]!.peek('test', key, rule)).allowed).toBe(false);
    } finally {
      await Promise.all([a.quit(), b.quit()]);
    }
  });
});
