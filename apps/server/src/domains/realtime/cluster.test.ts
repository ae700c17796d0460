import { createConnection } from 'node:net';
import { AgentClient, CustomerClient } from '@clearline/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';

/*
 * Two Clearline nodes sharing one database and one Redis: a customer on node A and an agent on node B
 * talk through the Socket.IO Redis Streams adapter. Redis is mandatory in CI; elsewhere the suite
 * is skipped loudly when no Redis answers on 127.0.0.1:6379.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const s = createConnection({ host: hostname, port: Number(port || 6379) });
    s.setTimeout(1000);
    s.on('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.on('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}

const available = await redisAnswers();
if (!available && process.env.CI) throw new Error(`CI must run the cluster suite: no Redis at ${REDIS_URL}`);
if (!available)
  console.warn(
    `\n*** No Redis at ${REDIS_URL}: the two-node cluster suite is SKIPPED (mandatory in CI) ***\n`,
  );

describe.skipIf(!available)('two nodes through Redis', () => {
  let database: Database;
  let a: TestServer;
  let b: TestServer;
  const closers: Array<() => void> = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    a = await createTestServer({ database, env: { REDIS_URL, ASSISTANT: 'off' } });
    b = await createTestServer({ database, env: { REDIS_URL, ASSISTANT: 'off' } });
  });
  afterAll(async () => {
    for (const c of closers) c();
    await a?.close();
    await b?.close();
    await database?.close();
  });

  it('a customer on one node and an agent on another see each other live', async () => {
    const identity = await a.customer();
    const customer = new CustomerClient({ url: a.url, token: identity.token, transports: ['websocket'] });
    closers.push(() => customer.close());
    await customer.connect();
    const staff = await b.agent();
    const session = await AgentClient.login(b.url, {
      email: staff.email,
      password: staff.password,
      totp: staff.totp(),
    });
    const agent = new AgentClient({
      url: b.url,
      sessionToken: session.sessionToken,
      transports: ['websocket'],
    });
    closers.push(() => agent.close());
    await agent.connect();

    const conv = await customer.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    // The queue update produced on node A reaches the agent connected to node B.
    await eventually(() =>
      expect(agent.queues.get('general')?.some((i) => i.conversation.id === conv.id)).toBe(true),
    );
    await agent.accept(conv.id);
    await eventually(() =>
      expect(customer.messages(conv.id).some((m) => m.event === 'agent_joined')).toBe(true),
    );

    await customer.send(conv.id, 'hello from node A');
    await eventually(() => expect(agent.messages(conv.id).at(-1)?.body).toBe('hello from node A'));
    const typing: boolean[] = [];
    customer.on('typing', (t) => typing.push(t.typing));
    await agent.setTyping(conv.id, true);
    await agent.send(conv.id, 'hello from node B');
    await eventually(() => expect(customer.messages(conv.id).at(-1)?.body).toBe('hello from node B'));
    await eventually(() => expect(typing).toContain(true));
    expect(customer.messages(conv.id).map((m) => m.id)).toEqual(agent.messages(conv.id).map((m) => m.id));
  });

  it('both nodes report the Redis adapter as ready', async () => {
    for (const node of [a, b]) {
      const ready = await (await fetch(`${node.url}/readyz`)).json();
      expect(ready.data.adapter).toBe('redis');
    }
  });
});
