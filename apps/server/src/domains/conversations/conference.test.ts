import { type AgentClient, CustomerClient } from '@clearline/client';
import type { ConversationInvited, ConversationOffered } from '@clearline/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';

/*
 * Conference, escalation, silent monitoring and the customer's rating, over real sockets: each
 * participant sees exactly what their role may see.
 */

let database: Database;
let t: TestServer;
const closers: Array<() => void> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestServer({ database, env: { ASSISTANT: 'off' } });
});
afterAll(async () => {
  for (const c of closers) c();
  await t.close();
  await database.close();
});

async function agent(role: 'agent' | 'supervisor' = 'agent', queues = ['travel']) {
  const { agent: a, client, sessionToken } = await t.signedInAgent({ role, queues });
  return { a, client, sessionToken };
}

/** A customer's chat, moved to a queue nobody serves (no offers) and taken by `handler`. */
async function chatWith(handler: AgentClient) {
  const identity = await t.customer();
  const customer = new CustomerClient({ url: t.url, token: identity.token, transports: ['websocket'] });
  closers.push(() => customer.close());
  await customer.connect();
  const conv = await customer.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
  await handler.accept(conv.id);
  return { customer, conv, identity };
}

describe('conference and silent monitoring', () => {
  it('an invited agent sees the history with agent-only notes and may reply; the customer sees the join, never the notes', async () => {
    const { client: host } = await agent('agent', ['general']);
    const { a: guestAgent, client: guest } = await agent('agent', ['travel']);
    const { customer, conv } = await chatWith(host);
    await host.note(conv.id, 'Asked about a hotel refund in Lisbon.');
    const invitations: ConversationInvited[] = [];
    guest.on('invited', (i) => invitations.push(i));

    // Before the invitation the guest may not read it.
    await expect(guest.follow(conv.id)).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    await host.invite(conv.id, { agentId: guestAgent.id });
    await eventually(() => expect(invitations.map((i) => i.conversation.id)).toEqual([conv.id]));
    await guest.follow(conv.id);
    expect(guest.messages(conv.id).find((m) => m.kind === 'note')?.body).toBe(
      'Asked about a hotel refund in Lisbon.',
    );
    const hello = await guest.send(conv.id, 'Hi, I am from the travel team.');
    await guest.note(conv.id, 'Refund is within policy.');
    await eventually(() => expect(customer.messages(conv.id).at(-1)?.id).toBe(hello.id));
    await eventually(() =>
      expect(host.messages(conv.id).some((m) => m.body === 'Refund is within policy.')).toBe(true),
    );
    const joins = customer.messages(conv.id).filter((m) => m.event === 'agent_joined');
    expect(joins.map((m) => m.eventData?.agentName)).toContain(guestAgent.displayName);
    expect(JSON.stringify(customer.messages(conv.id))).not.toMatch(/Lisbon|within policy/);

    // Host keeps the chat when the guest leaves; the guest can no longer write.
    await expect(host.leave(conv.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await guest.leave(conv.id);
    await eventually(() =>
      expect(customer.messages(conv.id).some((m) => m.event === 'agent_left')).toBe(true),
    );
    await expect(
      guest.request('message.send', { conversationId: conv.id, clientMessageId: 'guest-after-1', body: 'x' }),
    ).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    const audit = (await t.server.services.audit.list({ conversationId: conv.id })).map((e) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['conversation.invited', 'conversation.left']));
  });

  it('escalation is offered to a supervisor, who joins on accepting; a silent monitor sees notes and whispers and the customer never learns of it', async () => {
    const { client: host } = await agent('agent', ['general']);
    const { a: supA, client: sup } = await agent('supervisor', ['travel']);
    const { a: monA, client: monitor } = await agent('supervisor', ['travel']);
    // Only the first supervisor may take the escalation: the monitor is busy (capacity 1, full).
    await t.server.services.routing.setCapacity(monA.id, 1);
    const offers: ConversationOffered[] = [];
    sup.on('offered', (o) => offers.push(o));
    const { customer, conv } = await chatWith(host);
    const { conv: busy } = await chatWith(monitor);
    expect(busy.id).not.toBe(conv.id);

    await host.invite(conv.id, { queue: 'supervisor' });
    const offer = await eventually(() => {
      const o = offers.find((x) => x.conversation.id === conv.id);
      expect(o?.offer.kind).toBe('invite');
      return o!;
    });
    expect(offer.offer.agentId).toBe(supA.id);
    await sup.acceptOffer(conv.id);
    expect((await t.server.services.conversations.peek(conv.id))?.assignedAgentId).not.toBe(supA.id);
    await eventually(() =>
      expect(
        customer
          .messages(conv.id)
          .filter((m) => m.event === 'agent_joined')
          .map((m) => m.eventData?.agentName),
      ).toContain(supA.displayName),
    );
    expect(host.messages(conv.id).some((m) => m.event === 'escalated')).toBe(true);
    expect(customer.messages(conv.id).some((m) => m.event === 'escalated')).toBe(false);

    // Silent monitoring: a plain agent may not; a supervisor receives everything live.
    await expect(host.monitor(busy.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const before = customer.messages(conv.id).length;
    await monitor.monitor(conv.id);
    await host.note(conv.id, 'Customer wants a goodwill credit.');
    await sup.whisper(conv.id, 'Approve up to $25.');
    const reply = await host.send(conv.id, 'I can add a credit today.');
    await eventually(() => {
      const bodies = monitor.messages(conv.id).map((m) => m.body);
      expect(bodies).toEqual(
        expect.arrayContaining([
          'Customer wants a goodwill credit.',
          'Approve up to $25.',
          'I can add a credit today.',
        ]),
      );
    });
    await eventually(() => expect(customer.messages(conv.id).at(-1)?.id).toBe(reply.id));
    const seen = customer.messages(conv.id).slice(before);
    expect(seen.map((m) => m.body)).toEqual(['I can add a credit today.']);
    expect(JSON.stringify(customer.messages(conv.id))).not.toContain(monA.displayName);
    const audit = await t.server.services.audit.list({ conversationId: conv.id });
    expect(audit.find((e) => e.action === 'conversation.monitored')?.actor).toMatchObject({
      kind: 'supervisor',
      id: monA.id,
    });
  });
});

describe('satisfaction rating', () => {
  it('once, only after the chat is resolved, only by its customer; redacted; in the supervisor metrics', async () => {
    const { a: handler, client: ag } = await agent('agent', ['general']);
    const { customer, conv } = await chatWith(ag);
    await expect(customer.rate(conv.id, 5)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await ag.resolve(conv.id);
    const end = await eventually(() => {
      const m = customer.messages(conv.id).find((x) => x.event === 'resolved');
      expect(m).toBeDefined();
      return m!;
    });
    expect(end.eventData).toMatchObject({ ratingInvited: 'true' });

    // Another customer cannot rate it, nor can an agent (no such event on their side).
    const other = await t.customer();
    const stranger = new CustomerClient({ url: t.url, token: other.token, transports: ['websocket'] });
    closers.push(() => stranger.close());
    await stranger.connect();
    await expect(stranger.rate(conv.id, 1)).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    await expect(
      ag.request('conversation.rate', { conversationId: conv.id, score: 1 }),
    ).rejects.toMatchObject({
      code: 'UNKNOWN_EVENT',
    });
    await expect(customer.rate(conv.id, 0)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });

    const comment = 'Great help! My card 4111 1111 1111 1111 works again.';
    const rating = await customer.rate(conv.id, 4, comment);
    expect(rating).toMatchObject({ conversationId: conv.id, score: 4 });
    expect(rating.comment).not.toContain('4111 1111 1111 1111');
    expect(rating.comment).toMatch(/^Great help!/);
    // The same rating again is answered with the stored one; a different one is refused.
    expect(await customer.rate(conv.id, 4, comment)).toEqual(rating);
    await expect(customer.rate(conv.id, 1)).rejects.toMatchObject({ code: 'ALREADY_RATED' });
    await eventually(() =>
      expect(customer.messages(conv.id).find((m) => m.event === 'rated')?.eventData).toEqual({ score: '4' }),
    );
    const audit = await t.server.services.audit.list({ conversationId: conv.id });
    expect(audit.filter((e) => e.action === 'conversation.rated').map((e) => e.actor.kind)).toEqual([
      'customer',
    ]);

    const { sessionToken } = await agent('supervisor');
    const since = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString());
    const res = await fetch(`${t.url}/api/v1/supervisor/metrics?since=${since}`, {
      headers: { cookie: `clearline_agent=${encodeURIComponent(sessionToken)}` },
    });
    const { data } = (await res.json()) as {
      data: {
        satisfaction: {
          average: number;
          count: number;
          days: Array<{ date: string; average: number; count: number }>;
        };
        agents: Array<{ agentId: string; satisfaction: number | null; ratings: number }>;
      };
    };
    expect(data.satisfaction).toMatchObject({ average: 4, count: 1 });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
    expect(data.satisfaction.days).toEqual([{ date: today, average: 4, count: 1 }]);
    expect(data.agents.find((a) => a.agentId === handler.id)).toMatchObject({ satisfaction: 4, ratings: 1 });
  });
});
