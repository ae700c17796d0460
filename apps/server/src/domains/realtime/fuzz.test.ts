import { AgentClient, CustomerClient } from '@clearline/client';
import { AGENT_EVENT_SCHEMAS, CUSTOMER_EVENT_SCHEMAS, ZAckFailure, ZErrorCode } from '@clearline/protocol';
import fc from 'fast-check';
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';

/*
 * Random payloads at every event of both namespaces: each gets a well-formed ack (success or a
 * known error code), the socket and the server keep serving, and nobody else's data changes.
 */

let database: Database;
let t: TestServer;
const closers: Array<() => void> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestServer({ database });
});
afterAll(async () => {
  for (const c of closers) c();
  await t.close();
  await database.close();
});

function connectRaw(
  namespace: string,
  options: { auth?: object; extraHeaders?: Record<string, string> },
): Promise<Socket> {
  const s = ioClient(`${t.url}${namespace}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    ...options,
  });
  closers.push(() => s.disconnect());
  return new Promise((resolve, reject) => {
    s.on('connect', () => resolve(s));
    s.on('connect_error', reject);
  });
}

const anyJson = fc.jsonValue({ maxDepth: 3 });
const nearlyValid = (conversationId: string) =>
  fc.record(
    {
      conversationId: fc.oneof(fc.constant(conversationId), fc.uuid(), fc.string(), fc.integer()),
      clientMessageId: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), fc.string(), fc.constant(null)),
      body: fc.oneof(fc.string({ maxLength: 200 }), fc.constant(''), fc.integer(), fc.constant(null)),
      afterSeq: fc.oneof(fc.nat(), fc.integer({ min: -5, max: -1 }), fc.double(), fc.string()),
      limit: fc.oneof(fc.nat({ max: 500 }), fc.string()),
      typing: fc.oneof(fc.boolean(), fc.string()),
      readSeq: fc.oneof(fc.nat(), fc.string()),
      cardAccountId: fc.oneof(fc.string(), fc.constant('ca_other')),
      language: fc.oneof(fc.constantFrom('en', 'es', 'fr'), fc.integer()),
    },
    { requiredKeys: [] },
  );

async function fuzzNamespace(socket: Socket, events: string[], conversationId: string, runs: number) {
  const knownCodes = new Set(ZErrorCode.options);
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.constantFrom(...events), fc.string({ maxLength: 30 })),
      fc.oneof(anyJson, nearlyValid(conversationId)),
      async (event, payload) => {
        const ack = await socket.timeout(5000).emitWithAck(event, payload);
        expect(typeof ack).toBe('object');
        if (ack.ok === false) {
          expect(ZAckFailure.safeParse(ack).success).toBe(true);
          expect(knownCodes.has(ack.error.code)).toBe(true);
          expect(ack.error.code).not.toBe('INTERNAL');
        } else {
          expect(ack.ok).toBe(true);
        }
        // Stay under the rate limit so the property tests validation, not throttling.
        await new Promise((r) => setTimeout(r, 30));
      },
    ),
    { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261123) },
  );
  expect(socket.connected).toBe(true);
}

describe('random payloads never break the server', () => {
  it('customer namespace', async () => {
    const victim = await t.customer();
    const victimClient = new CustomerClient({ url: t.url, token: victim.token, transports: ['websocket'] });
    closers.push(() => victimClient.close());
    await victimClient.connect();
    const victimConv = await victimClient.startConversation({ cardAccountId: victim.cardAccountIds[0]! });
    await victimClient.send(victimConv.id, 'the victim says this once');
    const before = await victimClient.transcript(victimConv.id);

    const attacker = await t.customer();
    const socket = await connectRaw('/customer', { auth: { token: attacker.token } });
    // Aim half of the payloads at the victim's conversation id.
    // session.secure (tested in secure-account.test.ts) would legitimately end the fuzzing socket itself.
    const events = Object.keys(CUSTOMER_EVENT_SCHEMAS).filter((e) => e !== 'session.secure');
    await fuzzNamespace(socket, events, victimConv.id, 150);

    const after = await victimClient.transcript(victimConv.id);
    expect(after.messages.map((m) => m.id)).toEqual(before.messages.map((m) => m.id));
    expect(after.conversation.status).toBe(before.conversation.status);
    expect(await victimClient.send(victimConv.id, 'still works')).toMatchObject({ body: 'still works' });
  });

  it('agent namespace', async () => {
    const a = await t.agent();
    const session = await AgentClient.login(t.url, { email: a.email, password: a.password, totp: a.totp() });
    const socket = await connectRaw('/agent', { auth: { sessionToken: session.sessionToken } });
    const other = await t.customer();
    const oc = new CustomerClient({ url: t.url, token: other.token, transports: ['websocket'] });
    closers.push(() => oc.close());
    await oc.connect();
    const conv = await oc.startConversation({ cardAccountId: other.cardAccountIds[0]! });
    await fuzzNamespace(socket, Object.keys(AGENT_EVENT_SCHEMAS), conv.id, 100);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});
