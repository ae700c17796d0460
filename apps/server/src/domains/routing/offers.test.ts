import { AgentClient, CustomerClient } from '@clearline/client';
import type { ConversationOffered, Offer } from '@clearline/protocol';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';

/*
 * Push offers over real sockets with several agents: a waiting chat is offered to the longest-idle
 * online agent who serves its queue and has room; a decline or a timeout moves it to the next agent
 * (never back to the one who let it go); priority first; manual accept still works.
 * Each test closes its agents and ends its chats, so the next one starts with nobody online.
 */

let database: Database;
let t: TestServer;
let cleanup: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestServer({ database, env: { ASSISTANT: 'off' } });
});
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});
afterAll(async () => {
  await t.close();
  await database.close();
});

const services = () => t.server.services;

/** An online agent; `idleMinutes` sets how long ago they last got a chat (longest idle first). */
async function agent(opts: { queues?: string[]; idleMinutes?: number; capacity?: number } = {}) {
  const a = await t.agent({ queues: opts.queues ?? ['general'] });
  if (opts.capacity) await services().routing.setCapacity(a.id, opts.capacity);
  const session = await AgentClient.login(t.url, { email: a.email, password: a.password, totp: a.totp() });
  const client = new AgentClient({
    url: t.url,
    sessionToken: session.sessionToken,
    transports: ['websocket'],
  });
  const offered: ConversationOffered[] = [];
  const ended: Offer[] = [];
  client.on('offered', (o) => offered.push(o));
  client.on('offerEnded', (o) => ended.push(o));
  cleanup.push(() => client.close());
  await client.connect();
  await eventually(async () => {
    const staffed = await services().routing.staffing((opts.queues ?? ['general'])[0]!);
    expect(staffed.map((s) => s.id)).toContain(a.id);
  });
  if (opts.idleMinutes !== undefined) {
    const at = new Date(Date.now() - opts.idleMinutes * 60_000);
    await database.db.execute(
      sql`update agent_states set last_assigned_at = ${at}, last_offered_at = null where agent_id = ${a.id}`,
    );
  }
  return { a, client, offered, ended };
}

async function customer() {
  const identity = await t.customer();
  const c = new CustomerClient({ url: t.url, token: identity.token, transports: ['websocket'] });
  await c.connect();
  cleanup.push(async () => {
    for (const conv of await c.listConversations())
      if (conv.status !== 'resolved' && conv.status !== 'abandoned')
        await c.endConversation(conv.id).catch(() => undefined);
    c.close();
  });
  const conv = await c.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
  return { c, conv };
}

/** Waits for the dispatcher to settle: one more pass of our own offers nothing new. */
async function settled() {
  await eventually(async () => expect(await services().conversations.offerWaiting()).toBe(0));
}

describe('push offers', () => {
  it('go to the longest-idle online agent of the queue with room; accepting claims the chat', async () => {
    const newest = await agent({ idleMinutes: 1 });
    const longest = await agent({ idleMinutes: 30 });
    const middle = await agent({ idleMinutes: 10 });
    const otherSkill = await agent({ queues: ['disputes'], idleMinutes: 600 });
    const { c, conv } = await customer();

    const offer = await eventually(() => {
      expect(longest.offered.map((o) => o.conversation.id)).toEqual([conv.id]);
      return longest.offered[0]!;
    });
    await settled();
    for (const other of [newest, middle, otherSkill]) expect(other.offered).toEqual([]);
    expect(offer.offer).toMatchObject({ kind: 'assign', state: 'offered' });
    const window = Date.parse(offer.offer.expiresAt) - Date.parse(offer.offer.offeredAt);
    expect(window).toBe(30_000); // OFFER_TIMEOUT_SECONDS default
    expect(longest.client.offers.has(conv.id)).toBe(true);

    const taken = await longest.client.acceptOffer(conv.id);
    expect(taken).toMatchObject({ status: 'assigned', assignedAgentId: longest.a.id });
    expect(longest.client.offers.size).toBe(0);
    await eventually(() => expect(c.messages(conv.id).some((m) => m.event === 'agent_joined')).toBe(true));
    // Accepting again is refused: the offer is answered.
    await expect(longest.client.acceptOffer(conv.id)).rejects.toMatchObject({ code: 'OFFER_NOT_FOUND' });
    const audit = (await services().audit.list({ conversationId: conv.id })).map((e) => e.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        'conversation.offered',
        'conversation.offer_accepted',
        'conversation.accepted',
      ]),
    );
  });

  it('an open offer is shown again on a new connection of the same agent (a reload, another device)', async () => {
    const first = await agent({ idleMinutes: 45 });
    const { conv } = await customer();
    await eventually(() => expect(first.offered.map((o) => o.conversation.id)).toContain(conv.id));
    const session = await AgentClient.login(t.url, {
      email: first.a.email,
      password: first.a.password,
      totp: first.a.totp(new Date(Date.now() + 30_000)),
    });
    const second = new AgentClient({
      url: t.url,
      sessionToken: session.sessionToken,
      transports: ['websocket'],
    });
    const seen: ConversationOffered[] = [];
    second.on('offered', (o) => seen.push(o));
    cleanup.push(() => second.close());
    await second.connect();
    const shown = await eventually(() => {
      expect(seen.map((o) => o.conversation.id)).toContain(conv.id);
      return seen.find((o) => o.conversation.id === conv.id)!;
    });
    expect(shown.offer.agentId).toBe(first.a.id);
    expect(shown.cardmemberName).toMatch(/^Test Customer /);
    expect(second.offers.has(conv.id)).toBe(true);
    await second.acceptOffer(conv.id);
  });

  it('a decline moves the chat to the next agent, and the decliner is never offered it again', async () => {
    const first = await agent({ idleMinutes: 20 });
    const second = await agent({ idleMinutes: 10 });
    const { c, conv } = await customer();
    await eventually(() => expect(first.offered).toHaveLength(1));
    expect(second.offered).toHaveLength(0);

    const declined = await first.client.declineOffer(conv.id, 'Wrapping up another chat');
    expect(declined.state).toBe('declined');
    await eventually(() => expect(second.offered.map((o) => o.conversation.id)).toEqual([conv.id]));
    await second.client.declineOffer(conv.id);
    // Nobody left who has not declined: it waits, and the first agent is not asked again.
    await settled();
    expect(first.offered).toHaveLength(1);
    expect(second.offered).toHaveLength(1);
    expect((await services().conversations.peek(conv.id))?.status).toBe('queued');
    await expect(first.client.acceptOffer(conv.id)).rejects.toMatchObject({ code: 'OFFER_NOT_FOUND' });

    // Agents see who declined in the timeline; the customer sees nothing of it.
    const third = await agent({ idleMinutes: 5 });
    await eventually(() => expect(third.offered).toHaveLength(1));
    await third.client.acceptOffer(conv.id);
    const declines = third.client.messages(conv.id).filter((m) => m.event === 'offer_declined');
    expect(declines.map((m) => m.eventData?.agentName)).toEqual([first.a.displayName, second.a.displayName]);
    expect(declines[0]?.eventData?.reason).toBe('Wrapping up another chat');
    await eventually(() => expect(c.messages(conv.id).some((m) => m.event === 'agent_joined')).toBe(true));
    expect(c.messages(conv.id).some((m) => m.event === 'offer_declined')).toBe(false);
    const audit = await services().audit.list({ conversationId: conv.id });
    expect(audit.filter((e) => e.action === 'conversation.offer_declined')).toHaveLength(2);
  });

  it('an unanswered offer expires and goes to the next agent; the late accept is refused', async () => {
    const slow = await agent({ idleMinutes: 20 });
    const next = await agent({ idleMinutes: 10 });
    const { conv } = await customer();
    await eventually(() => expect(slow.offered).toHaveLength(1));
    const deadline = new Date(Date.parse(slow.offered[0]!.offer.expiresAt) + 1000);

    expect(await services().conversations.sweepOffers(new Date(deadline.getTime() - 5000))).toBe(0);
    expect(await services().conversations.sweepOffers(deadline)).toBe(1);
    await eventually(() => expect(slow.ended.map((o) => o.state)).toEqual(['expired']));
    await eventually(() => expect(next.offered.map((o) => o.conversation.id)).toEqual([conv.id]));
    await expect(slow.client.acceptOffer(conv.id)).rejects.toMatchObject({ code: 'OFFER_EXPIRED' });
    await next.client.acceptOffer(conv.id);
    expect(next.client.messages(conv.id).find((m) => m.event === 'offer_expired')?.eventData).toMatchObject({
      agentName: slow.a.displayName,
    });
    const audit = await services().audit.list({ conversationId: conv.id });
    expect(audit.find((e) => e.action === 'conversation.offer_expired')?.actor.kind).toBe('system');
  });

  it('never offers past capacity, offers the highest priority first, and manual accept withdraws an offer', async () => {
    const { conv: routine } = await customer();
    const { conv: urgent } = await customer();
    await database.db.execute(sql`update conversations set priority = 100 where id = ${urgent.id}`);
    const solo = await agent({ capacity: 1, idleMinutes: 60 });
    // One seat: the urgent chat is offered, the routine one waits.
    await eventually(() => expect(solo.offered.map((o) => o.conversation.id)).toEqual([urgent.id]));
    await settled();
    expect(solo.offered).toHaveLength(1);
    await solo.client.acceptOffer(urgent.id);
    await settled();
    expect(solo.offered).toHaveLength(1);

    // A second agent comes online: offered the routine chat; a third takes it by hand first.
    const helper = await agent({ idleMinutes: 30 });
    await eventually(() => expect(helper.offered.map((o) => o.conversation.id)).toEqual([routine.id]));
    const manual = await agent({ queues: ['general'], capacity: 1, idleMinutes: 0 });
    await manual.client.accept(routine.id);
    await eventually(() =>
      expect(helper.ended.map((o) => `${o.conversationId}:${o.state}`)).toEqual([`${routine.id}:withdrawn`]),
    );
    // The chat is someone else's now: not even visible to the agent it was offered to.
    await expect(helper.client.acceptOffer(routine.id)).rejects.toMatchObject({
      code: 'CONVERSATION_NOT_FOUND',
    });

    // Everyone is full or has declined: a new chat waits until the solo agent frees their seat.
    const { conv: later } = await customer();
    await eventually(() => expect(helper.offered.map((o) => o.conversation.id)).toContain(later.id));
    await helper.client.declineOffer(later.id);
    await settled();
    expect(solo.offered.map((o) => o.conversation.id)).toEqual([urgent.id]);
    await solo.client.resolve(urgent.id);
    await eventually(() => expect(solo.offered.map((o) => o.conversation.id)).toEqual([urgent.id, later.id]));
  });
});
