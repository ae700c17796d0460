import { randomUUID } from 'node:crypto';
import { AgentClient, CustomerClient } from '@clearline/client';
import type { QueuePosition } from '@clearline/protocol';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';

/*
 * What a waiting customer sees: their place in line and an estimated wait from the live service
 * rate, updated as the queue moves; an honest "shortly" when nobody is staffed.
 */

let database: Database;
let t: TestServer;
const closers: Array<() => void> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  // A queue test: chats go straight to the queue (the assistant's handoff is tested elsewhere).
  t = await createTestServer({ database, env: { ASSISTANT: 'off' } });
});
afterAll(async () => {
  for (const c of closers) c();
  await t.close();
  await database.close();
});

async function waitingCustomer() {
  const identity = await t.customer();
  const c = new CustomerClient({ url: t.url, token: identity.token, transports: ['websocket'] });
  closers.push(() => c.close());
  await c.connect();
  const conv = await c.startConversation({ cardAccountId: identity.cardAccountIds[0]!, language: 'en' });
  return { c, conv };
}

async function onlineAgent(queues: string[]) {
  const { agent: a, client } = await t.signedInAgent({ queues });
  return { a, client };
}

/** Recent history of the queue: chats handled in about 4 minutes each over the last half hour. */
async function history(queue: string, n: number) {
  const now = Date.now();
  for (let i = 0; i < n; i++) {
    const closed = new Date(now - (i + 1) * 90_000);
    const assigned = new Date(closed.getTime() - (200 + (i % 5) * 20) * 1000);
    const queued = new Date(assigned.getTime() - 60_000);
    await database.db.execute(sql`insert into conversations
      (id, cardmember_id, card_account_id, status, queue, language, queued_at, assigned_at, closed_at, created_at, updated_at)
      values (${randomUUID()}::uuid, 'cm_hist', 'ca_hist', 'resolved', ${queue}, 'en', ${queued}, ${assigned}, ${closed}, ${queued}, ${closed})`);
  }
}

describe('place in line and estimated wait', () => {
  it('says "shortly" when nobody is staffed, then a range that moves as the queue moves', async () => {
    const first = await waitingCustomer();
    await eventually(() => expect(first.c.positions.get(first.conv.id)?.position).toBe(1));
    expect(first.c.positions.get(first.conv.id)).toMatchObject({
      estimate: { kind: 'unknown' },
      text: "You're next. We'll be with you shortly.",
    });

    await history('general', 12);
    const { client: agent } = await onlineAgent(['general']);
    // The agent takes the first customer and two more chats: full (capacity 3), so a line forms.
    await agent.accept(first.conv.id);
    const busy = [await waitingCustomer(), await waitingCustomer()];
    for (const b of busy) await agent.accept(b.conv.id);
    const second = await waitingCustomer();
    const third = await waitingCustomer();
    const updates: QueuePosition[] = [];
    third.c.on('queuePosition', (p) => updates.push(p));

    await eventually(() => {
      expect(second.c.positions.get(second.conv.id)).toMatchObject({
        position: 1,
        estimate: { kind: 'range' },
      });
      expect(third.c.positions.get(third.conv.id)).toMatchObject({
        position: 2,
        estimate: { kind: 'range' },
      });
    });
    const p1 = second.c.positions.get(second.conv.id)!;
    const p2 = third.c.positions.get(third.conv.id)!;
    if (p1.estimate.kind !== 'range' || p2.estimate.kind !== 'range') throw new Error('no range');
    // About a 3-4 minute handle time, 3 slots: the next slot frees within minutes, not hours.
    expect(p1.estimate.highSeconds).toBeLessThan(20 * 60);
    expect(p2.estimate.highSeconds).toBeGreaterThan(p1.estimate.highSeconds);
    expect(p2.text).toMatch(/^You're number 2 in line\. Estimated wait: .*minute/);

    // A chat ends and the agent takes the next: the third customer moves up, live.
    await agent.resolve(first.conv.id);
    expect((await agent.acceptNext())?.id).toBe(second.conv.id);
    await eventually(() => expect(third.c.positions.get(third.conv.id)?.position).toBe(1));
    expect(updates.at(-1)?.text).toMatch(/^You're next\./);
  });

  it('gives supervisors live and historical figures per queue, per agent and for the assistant', async () => {
    const { a: sup } = await (async () => {
      const a = await t.agent({ role: 'supervisor', queues: ['general'] });
      return { a };
    })();
    const session = await AgentClient.login(t.url, {
      email: sup.email,
      password: sup.password,
      totp: sup.totp(),
    });
    const cookie = `clearline_agent=${encodeURIComponent(session.sessionToken!)}`;
    const since = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString());
    const res = await fetch(`${t.url}/api/v1/supervisor/metrics?targetSeconds=120&since=${since}`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as {
      data: { queues: Array<Record<string, unknown>>; agents: unknown[]; assistant: Record<string, unknown> };
    };
    const general = data.queues.find((q) => q.queue === 'general')!;
    // From the first test: one customer still waiting, four chats answered at once, one resolved by an agent.
    expect(general).toMatchObject({
      waitingNow: 1,
      answered: 16,
      abandoned: 0,
      abandonmentRate: 0,
      serviceLevel: 1,
    });
    expect(general.averageSpeedOfAnswerSeconds).toBeGreaterThanOrEqual(0);
    expect(general.agentsOnline).toBeGreaterThanOrEqual(1);
    expect(data.agents.length).toBeGreaterThanOrEqual(1);
    expect(data.assistant).toMatchObject({ handoffRate: 1, containmentRate: expect.any(Number) });

    const plain = await t.agent({ queues: ['general'] });
    const plainSession = await AgentClient.login(t.url, {
      email: plain.email,
      password: plain.password,
      totp: plain.totp(),
    });
    const refused = await fetch(`${t.url}/api/v1/supervisor/metrics`, {
      headers: { cookie: `clearline_agent=${encodeURIComponent(plainSession.sessionToken!)}` },
    });
    expect(refused.status).toBe(403);
  });

  it('asks a silent customer in line whether they are still there, keeps the place on an answer, frees it otherwise', async () => {
    const { c, conv } = await waitingCustomer();
    const sweep = (warnAfterMs: number, abandonAfterMs: number) =>
      t.server.services.conversations.sweepIdle({ warnAfterMs, abandonAfterMs });
    await sweep(0, 60_000);
    const warning = await eventually(() => {
      const m = c.messages(conv.id).find((x) => x.payload?.type === 'quick_replies');
      expect(m?.body).toMatch(/Are you still there\? .* within 1 minute\./);
      return m!;
    });
    expect(warning.payload).toMatchObject({ options: [{ value: 'still_here' }] });
    // A fresh warning is not repeated, and nothing is abandoned before its time.
    await sweep(0, 60_000);
    expect(c.messages(conv.id).filter((x) => x.payload?.type === 'quick_replies')).toHaveLength(1);
    expect((await t.server.services.conversations.peek(conv.id))?.status).toBe('queued');

    // Answering keeps the place: the next sweep starts over with a new warning, not an abandonment.
    await c.send(conv.id, "I'm still here", { quickReply: 'still_here' });
    await sweep(0, 0);
    expect((await t.server.services.conversations.peek(conv.id))?.status).toBe('queued');
    // No answer to that warning: the place is freed.
    await sweep(0, 0);
    expect((await t.server.services.conversations.peek(conv.id))?.status).toBe('abandoned');
    await eventually(() => expect(c.messages(conv.id).some((m) => m.event === 'abandoned')).toBe(true));
  });
});
