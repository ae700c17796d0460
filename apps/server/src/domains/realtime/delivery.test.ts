import { AgentClient, type BaseClient, CustomerClient } from '@clearline/client';
import type { Message } from '@clearline/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually, TcpProxy } from '../../test/tcp-proxy.ts';

/*
 * Exactly-once, in-order display in both directions, proven by cutting real TCP connections
 * mid-conversation, sending while cut, and swallowing acknowledgements.
 */

let database: Database;
let t: TestServer;
const closers: Array<() => unknown> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  // Transport tests: conversations go straight to the queue (the assistant has its own suites).
  t = await createTestServer({ database, env: { ASSISTANT: 'off' } });
});
afterAll(async () => {
  for (const close of closers) await close();
  await t.close();
  await database.close();
});

async function proxied(): Promise<{ proxy: TcpProxy; url: string }> {
  const proxy = new TcpProxy(Number(new URL(t.url).port));
  const url = await proxy.start();
  closers.push(() => proxy.stop());
  return { proxy, url };
}

async function pair() {
  const cp = await proxied();
  const ap = await proxied();
  const identity = await t.customer();
  const customer = new CustomerClient({
    url: cp.url,
    token: identity.token,
    transports: ['websocket'],
    ackTimeoutMs: 1_000,
    reconnectionDelayMs: 50,
    reconnectionDelayMaxMs: 200,
  });
  closers.push(() => customer.close());
  await customer.connect();
  const a = await t.agent();
  const session = await AgentClient.login(t.url, { email: a.email, password: a.password, totp: a.totp() });
  const agent = new AgentClient({
    url: ap.url,
    sessionToken: session.sessionToken,
    transports: ['websocket'],
    ackTimeoutMs: 1_000,
    reconnectionDelayMs: 50,
    reconnectionDelayMaxMs: 200,
  });
  closers.push(() => agent.close());
  await agent.connect();
  const conv = await customer.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
  await agent.accept(conv.id);
  return { customer, agent, conv, customerProxy: cp.proxy, agentProxy: ap.proxy };
}

/** Every displayed message once, seqs 1..n without gaps, and each side's own sends in the order sent. */
function expectExactlyOnceInOrder(displayed: readonly Message[], sentBodies: string[], authorKind: string) {
  expect(displayed.map((m) => m.seq)).toEqual(displayed.map((_, i) => i + 1));
  const mine = displayed.filter((m) => m.author.kind === authorKind).map((m) => m.body);
  expect(mine).toEqual(sentBodies);
}

type Displaying = Pick<BaseClient, 'messages'> & { on(e: 'message', l: (m: Message) => void): unknown };

function recordDisplayed(client: Displaying, conversationId: string): Message[] {
  const shown: Message[] = [...client.messages(conversationId)];
  client.on('message', (m) => m.conversationId === conversationId && shown.push(m));
  return shown;
}

describe('delivery under failure', () => {
  it('both sides see every message exactly once, in order, while connections are cut mid-conversation', async () => {
    const { customer, agent, conv, customerProxy, agentProxy } = await pair();
    const shownToCustomer = recordDisplayed(customer, conv.id);
    const shownToAgent = recordDisplayed(agent, conv.id);
    const customerSent: string[] = [];
    const agentSent: string[] = [];
    const sends: Promise<Message>[] = [];
    for (let i = 0; i < 40; i++) {
      const cBody = `customer ${i}`;
      const aBody = `agent ${i}`;
      customerSent.push(cBody);
      agentSent.push(aBody);
      sends.push(customer.send(conv.id, cBody), agent.send(conv.id, aBody));
      if (i % 7 === 3) customerProxy.cut();
      if (i % 9 === 5) agentProxy.cut();
      await new Promise((r) => setTimeout(r, 15));
    }
    const stored = await Promise.all(sends);
    expect(new Set(stored.map((m) => m.id)).size).toBe(80);

    const transcript = await customer.transcript(conv.id);
    const total = transcript.messages.length;
    await eventually(() => {
      expect(shownToCustomer).toHaveLength(total);
      expect(shownToAgent).toHaveLength(total);
    }, 15_000);
    expectExactlyOnceInOrder(shownToCustomer, customerSent, 'customer');
    expectExactlyOnceInOrder(shownToCustomer, agentSent, 'agent');
    expectExactlyOnceInOrder(shownToAgent, customerSent, 'customer');
    expectExactlyOnceInOrder(shownToAgent, agentSent, 'agent');
    expect(shownToAgent.map((m) => m.id)).toEqual(transcript.messages.map((m) => m.id));
    expect(shownToCustomer.map((m) => m.id)).toEqual(transcript.messages.map((m) => m.id));
  });

  it('messages sent while the network is down are delivered once after it comes back, and the missed ones are caught up', async () => {
    const { customer, agent, conv, customerProxy } = await pair();
    const shown = recordDisplayed(customer, conv.id);
    customerProxy.refuse(true);
    customerProxy.cut();
    await eventually(() => expect(customer.connected).toBe(false));
    const offline = ['sent while offline 1', 'sent while offline 2', 'sent while offline 3'].map((b) =>
      customer.send(conv.id, b),
    );
    expect(customer.pendingCount(conv.id)).toBe(3);
    // Meanwhile the agent keeps talking; the customer misses these live events.
    for (const b of ['agent while cut 1', 'agent while cut 2']) await agent.send(conv.id, b);
    await new Promise((r) => setTimeout(r, 300));
    customerProxy.refuse(false);
    await Promise.all(offline);
    expect(customer.pendingCount()).toBe(0);
    const transcript = await customer.transcript(conv.id);
    await eventually(() => expect(shown.map((m) => m.id)).toEqual(transcript.messages.map((m) => m.id)));
    expect(
      transcript.messages.filter((m) => m.body.startsWith('sent while offline')).map((m) => m.body),
    ).toEqual(['sent while offline 1', 'sent while offline 2', 'sent while offline 3']);
    await eventually(() =>
      expect(agent.messages(conv.id).map((m) => m.id)).toEqual(transcript.messages.map((m) => m.id)),
    );
  });

  it('a send whose acknowledgement was lost is retried with the same id and stored once', async () => {
    const { customer, agent, conv, customerProxy } = await pair();
    const before =
      (await t.server.metrics.registry.getSingleMetric('clearline_message_retries_total')?.get())?.values[0]
        ?.value ?? 0;
    customerProxy.blackholeDownstream(true);
    const pending = customer.send(conv.id, 'did this arrive?');
    // The server stores it (the agent sees it) but the customer never hears the acknowledgement.
    await eventually(() => expect(agent.messages(conv.id).at(-1)?.body).toBe('did this arrive?'));
    await new Promise((r) => setTimeout(r, 200));
    customerProxy.cut();
    customerProxy.blackholeDownstream(false);
    const message = await pending;
    expect(message.body).toBe('did this arrive?');
    const transcript = await customer.transcript(conv.id);
    expect(transcript.messages.filter((m) => m.body === 'did this arrive?')).toHaveLength(1);
    expect(customer.messages(conv.id).filter((m) => m.body === 'did this arrive?')).toHaveLength(1);
    expect(agent.messages(conv.id).filter((m) => m.body === 'did this arrive?')).toHaveLength(1);
    const after =
      (await t.server.metrics.registry.getSingleMetric('clearline_message_retries_total')?.get())?.values[0]
        ?.value ?? 0;
    expect(after).toBeGreaterThan(before);
  });
});
