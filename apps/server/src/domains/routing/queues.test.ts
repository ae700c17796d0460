import { AgentClient, CustomerClient } from '@clearline/client';
import type { ConversationOffered, QueueConfig } from '@clearline/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';

/*
 * Queue configuration over HTTP and sockets: business hours and holidays (the customer is told when
 * the team opens), overflow to another queue while closed or after N minutes, and the supervisor's
 * validated, audited GET/PUT /api/v1/supervisor/queues.
 */

let database: Database;
let t: TestServer;
let supervisorCookie: string;
let agentCookie: string;
let cleanup: Array<() => Promise<void> | void> = [];
const TZ = 'America/New_York';
const GENERAL: QueueConfig = {
  name: 'general',
  displayName: 'General',
  timeZone: TZ,
  hours: null,
  holidays: [],
  overflow: null,
};

async function cookieFor(role: 'agent' | 'supervisor') {
  const a = await t.agent({ role, queues: ['spanish'] });
  const s = await AgentClient.login(t.url, { email: a.email, password: a.password, totp: a.totp() });
  return `clearline_agent=${encodeURIComponent(s.sessionToken!)}`;
}

async function putQueues(queues: unknown[], cookie = supervisorCookie) {
  const res = await fetch(`${t.url}/api/v1/supervisor/queues`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ queues }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { ok: boolean; data?: unknown; error?: { code: string } },
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestServer({ database, env: { ASSISTANT: 'off' } });
  supervisorCookie = await cookieFor('supervisor');
  agentCookie = await cookieFor('agent');
});
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
  expect((await putQueues([GENERAL])).status).toBe(200);
});
afterAll(async () => {
  await t.close();
  await database.close();
});

async function agent(queues: string[]) {
  const a = await t.agent({ queues });
  const session = await AgentClient.login(t.url, { email: a.email, password: a.password, totp: a.totp() });
  const client = new AgentClient({
    url: t.url,
    sessionToken: session.sessionToken,
    transports: ['websocket'],
  });
  const offered: ConversationOffered[] = [];
  client.on('offered', (o) => offered.push(o));
  cleanup.push(() => client.close());
  await client.connect();
  await eventually(async () =>
    expect((await t.server.services.routing.staffing(queues[0]!)).map((s) => s.id)).toContain(a.id),
  );
  return { a, client, offered };
}

async function customer(language: 'en' | 'es' = 'en') {
  const identity = await t.customer();
  const c = new CustomerClient({ url: t.url, token: identity.token, transports: ['websocket'] });
  await c.connect();
  cleanup.push(async () => {
    for (const conv of await c.listConversations())
      if (conv.status !== 'resolved' && conv.status !== 'abandoned')
        await c.endConversation(conv.id).catch(() => undefined);
    c.close();
  });
  const conv = await c.startConversation({ cardAccountId: identity.cardAccountIds[0]!, language });
  return { c, conv };
}

/** A local date in New York, `days` from today. */
function nyDate(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date(Date.now() + days * 86_400_000));
}
const nyWallClock = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(iso))
    .replace(',', '');
const NINE_TO_FIVE = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ open: '09:00', close: '17:00' }]]),
);

describe('queue configuration', () => {
  it('supervisors read and change it, validated and audited; agents may not', async () => {
    const list = await fetch(`${t.url}/api/v1/supervisor/queues`, { headers: { cookie: supervisorCookie } });
    const { data } = (await list.json()) as { data: Array<QueueConfig & { openNow: boolean }> };
    expect(data.map((q) => q.name).sort()).toEqual(
      [
        'credit',
        'disputes',
        'fraud',
        'general',
        'rewards',
        'small_business',
        'spanish',
        'supervisor',
        'travel',
      ].sort(),
    );
    expect(data.find((q) => q.name === 'general')).toMatchObject({ hours: null, openNow: true });

    expect(
      (await putQueues([{ ...GENERAL, overflow: { queue: 'general', afterMinutes: 1 } }])).body.error?.code,
    ).toBe('VALIDATION_FAILED');
    expect((await putQueues([{ ...GENERAL, timeZone: 'Mars/Olympus_Mons' }])).body.error?.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await putQueues([{ ...GENERAL, overflow: { queue: 'nowhere', afterMinutes: 1 } }])).status).toBe(
      400,
    );
    expect(
      (
        await putQueues([
          { ...GENERAL, hours: { ...NINE_TO_FIVE, mon: [{ open: '17:00', close: '09:00' }] } },
        ])
      ).status,
    ).toBe(400);
    expect((await putQueues([GENERAL], agentCookie)).body.error?.code).toBe('FORBIDDEN');

    const changed = await putQueues([{ ...GENERAL, holidays: ['2030-12-25'] }]);
    expect(changed.status).toBe(200);
    const audit = await t.server.services.audit.list({});
    const entry = audit.filter((e) => e.action === 'queue.configured').at(-1);
    expect(entry).toMatchObject({ subject: { type: 'queue', id: 'general' }, actor: { kind: 'supervisor' } });
    expect(entry?.after).toMatchObject({ holidays: ['2030-12-25'] });
  });

  it('a holiday closes the queue: the customer is told when it opens, in their language', async () => {
    expect((await putQueues([{ ...GENERAL, hours: NINE_TO_FIVE, holidays: [nyDate(0)] }])).status).toBe(200);
    const { c, conv } = await customer('es');
    const closed = await eventually(() => {
      const m = c.messages(conv.id).find((x) => x.event === 'queue_closed');
      expect(m).toBeDefined();
      return m!;
    });
    expect(closed.eventData).toMatchObject({ queue: 'general', timeZone: TZ });
    // Closed today (a holiday): it opens tomorrow at 9:00 New York time.
    expect(nyWallClock(closed.eventData!.opensAt!)).toBe(`${nyDate(1)} 09:00`);
    expect(closed.body).toMatch(/^El equipo de General está cerrado ahora; abre el .*asistente.*mensaje/);
    expect((await t.server.services.conversations.peek(conv.id))?.status).toBe('queued');
    // The customer may leave a message for the agent who takes it.
    await c.send(conv.id, 'Necesito ayuda con un cargo.');
    expect((await t.server.services.conversations.peek(conv.id))?.status).toBe('queued');
  });

  it('a closed queue with an open overflow sends the chat to the overflow queue and its agents', async () => {
    expect(
      (
        await putQueues([
          { ...GENERAL, holidays: [nyDate(0)], overflow: { queue: 'travel', afterMinutes: 30 } },
        ])
      ).status,
    ).toBe(200);
    const travel = await agent(['travel']);
    const { c, conv } = await customer();
    await eventually(() => expect(travel.offered.map((o) => o.conversation.id)).toEqual([conv.id]));
    const taken = await travel.client.acceptOffer(conv.id);
    expect(taken.queue).toBe('travel');
    expect(taken.routingReason).toMatch(/General is closed; overflow to Travel/);
    expect(c.messages(conv.id).some((m) => m.event === 'queue_closed')).toBe(false);
  });

  it('after the overflow wait, agents of the overflow queue may be offered and take the chat, not before', async () => {
    const disputes = await agent(['disputes']);
    expect(
      (await putQueues([{ ...GENERAL, overflow: { queue: 'disputes', afterMinutes: 10 } }])).status,
    ).toBe(200);
    const { conv: early } = await customer();
    await eventually(async () => expect(await t.server.services.conversations.offerWaiting()).toBe(0));
    expect(disputes.offered).toEqual([]);
    await expect(disputes.client.accept(early.id)).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });

    expect((await putQueues([{ ...GENERAL, overflow: { queue: 'disputes', afterMinutes: 0 } }])).status).toBe(
      200,
    );
    const { conv: due } = await customer();
    await eventually(() => expect(disputes.offered.map((o) => o.conversation.id)).toEqual([due.id]));
    expect((await disputes.client.listQueue()).map((i) => i.conversation.id)).toContain(due.id);
    const taken = await disputes.client.acceptOffer(due.id);
    expect(taken).toMatchObject({ status: 'assigned', queue: 'general' });
  });
});
