import { type AgentClient, CustomerClient } from '@clearline/client';
import type { Message } from '@clearline/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';

/* Agent and supervisor actions over real sockets: notes, whispers, hold, transfer, barge, wrap-up. */

let database: Database;
let t: TestServer;
const closers: Array<() => void> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  // Chats go straight to the queue here; the assistant's handoff has its own suites.
  t = await createTestServer({ database, env: { ASSISTANT: 'off' } });
});
afterAll(async () => {
  for (const c of closers) c();
  await t.close();
  await database.close();
});

async function agent(role: 'agent' | 'supervisor' = 'agent', queues = ['general']) {
  const { agent: a, client } = await t.signedInAgent({ role, queues });
  return { a, client };
}

async function chatWith(handler: AgentClient) {
  const identity = await t.customer();
  const customer = new CustomerClient({ url: t.url, token: identity.token, transports: ['websocket'] });
  closers.push(() => customer.close());
  await customer.connect();
  const conv = await customer.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
  await customer.follow(conv.id);
  await handler.accept(conv.id);
  return { customer, conv };
}

const kinds = (ms: readonly Message[]) => ms.map((m) => m.kind);

describe('agent and supervisor actions', () => {
  it('notes and whispers reach agents only; customers see nothing of them, live or in history', async () => {
    const { client: ag } = await agent();
    const { client: sup } = await agent('supervisor');
    const { customer, conv } = await chatWith(ag);
    await sup.follow(conv.id);
    const note = await ag.note(conv.id, 'Customer sounds worried about travel next week.');
    expect(note).toMatchObject({ kind: 'note', visibility: 'agents' });
    const whisper = await sup.whisper(conv.id, 'Offer the travel notice.');
    expect(whisper.kind).toBe('whisper');
    await expect(ag.whisper(conv.id, 'not allowed')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      ag.note(conv.id, 'Please type your full card number and the CVV on the back.'),
    ).rejects.toMatchObject({
      code: 'SENSITIVE_REQUEST_BLOCKED',
    });
    await ag.send(conv.id, 'Happy to help with that.');
    await eventually(() => expect(ag.messages(conv.id).map((m) => m.kind)).toContain('whisper'));
    await eventually(() => expect(customer.messages(conv.id).at(-1)?.body).toBe('Happy to help with that.'));
    expect(kinds(customer.messages(conv.id))).not.toContain('note');
    expect(JSON.stringify(customer.messages(conv.id))).not.toMatch(/worried|travel notice/);
    const history = await customer.request<{ messages: Message[] }>('message.history', {
      conversationId: conv.id,
      afterSeq: 0,
    });
    expect(history.messages.filter((m) => m.kind === 'withheld').map((m) => m.seq)).toEqual([
      note.seq,
      whisper.seq,
    ]);
    expect(JSON.stringify(history)).not.toMatch(/worried|travel notice/);
    const transcript = await customer.transcript(conv.id);
    expect(JSON.stringify(transcript)).not.toMatch(/worried|travel notice/);
  });

  it('hold and resume show in the timeline; a transfer to a queue leaves a note for the next agent', async () => {
    const { client: ag } = await agent();
    const { client: disputes } = await agent('agent', ['disputes']);
    const { customer, conv } = await chatWith(ag);
    expect((await ag.hold(conv.id)).status).toBe('on_hold');
    expect((await ag.resume(conv.id)).status).toBe('assigned');
    const moved = await ag.transfer(conv.id, {
      queue: 'disputes',
      note: 'Duplicate hotel charge, receipt ready.',
    });
    expect(moved).toMatchObject({ status: 'queued', queue: 'disputes', assignedAgentId: null });
    expect(moved.routingReason).toMatch(/Duplicate hotel charge/);
    await expect(ag.send(conv.id, 'still here?')).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    await eventually(() =>
      expect(disputes.queues.get('disputes')?.some((i) => i.conversation.id === conv.id)).toBe(true),
    );
    await disputes.accept(conv.id);
    const seen = disputes.messages(conv.id);
    expect(seen.find((m) => m.kind === 'note')?.body).toBe('Duplicate hotel charge, receipt ready.');
    await eventually(() =>
      expect(
        customer
          .messages(conv.id)
          .map((m) => m.event)
          .filter(Boolean),
      ).toEqual(expect.arrayContaining(['on_hold', 'resumed', 'transferred'])),
    );
    expect(JSON.stringify(customer.messages(conv.id))).not.toContain('receipt ready');
  });

  it('a transfer straight to an agent assigns it to them; supervisors barge in, reassign, and every action is audited', async () => {
    const { a: firstAgent, client: first } = await agent();
    const { a: secondAgent, client: second } = await agent();
    const { client: sup } = await agent('supervisor');
    const { customer, conv } = await chatWith(first);
    const direct = await first.transfer(conv.id, { agentId: secondAgent.id, note: 'Over to you.' });
    expect(direct).toMatchObject({ status: 'assigned', assignedAgentId: secondAgent.id });
    await second.follow(conv.id);
    await sup.barge(conv.id);
    const said = await sup.send(conv.id, 'This is the supervisor; I am joining to help.');
    await eventually(() => expect(customer.messages(conv.id).at(-1)?.id).toBe(said.id));
    // The supervisor reassigns it back to the first agent, who wraps up.
    const back = await sup.transfer(conv.id, { agentId: firstAgent.id });
    expect(back.assignedAgentId).toBe(firstAgent.id);
    await first.follow(conv.id);
    expect((await first.resolve(conv.id, 'resolved_first_contact')).status).toBe('resolved');
    await eventually(() => expect(customer.messages(conv.id).some((m) => m.event === 'resolved')).toBe(true));

    const audit = await t.server.services.audit.list({ conversationId: conv.id });
    const actions = audit.map((e) => `${e.actor.kind}:${e.action}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'agent:conversation.accepted',
        'agent:conversation.transferred',
        'supervisor:conversation.barged',
        'supervisor:conversation.reassigned',
        expect.stringMatching(/conversation\.resolved$/),
      ]),
    );
    const resolvedEntry = audit.find((e) => e.action === 'conversation.resolved');
    expect(resolvedEntry?.after).toMatchObject({ wrapUp: 'resolved_first_contact' });
  });

  it('refuses a transfer to an agent who is full or does not serve the queue', async () => {
    const { client: ag } = await agent();
    const { a: other } = await agent('agent', ['travel']);
    const { conv } = await chatWith(ag);
    await expect(ag.transfer(conv.id, { agentId: other.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Nothing changed: still the first agent's.
    expect((await t.server.services.conversations.peek(conv.id))?.assignedAgentId).not.toBe(other.id);
  });

  it('offers canned responses in the conversation language with the placeholders filled', async () => {
    const { client: ag, a } = await agent();
    const { conv } = await chatWith(ag);
    const canned = await ag.canned(conv.id);
    const greeting = canned.find((r) => r.id === 'greeting')!;
    expect(greeting.text).toMatch(new RegExp(`^Hi Test, I'm ${a.displayName}\\.`));
    expect(canned.every((r) => !/\{\w+\}/.test(r.text))).toBe(true);
  });

  it('asks the customer for step-up verification outside the chat, and keeps an idle session alive on request', async () => {
    const { client: ag } = await agent();
    const { customer, conv } = await chatWith(ag);
    const prompts: string[] = [];
    customer.on('stepUp', (c) => prompts.push(c.status));
    const updates: string[] = [];
    ag.on('stepUp', (c) => updates.push(c.status));
    const challenge = await ag.requestStepUp({
      conversationId: conv.id,
      action: 'address_change',
      method: 'approve',
    });
    expect(challenge.status).toBe('pending');
    await eventually(() => expect(prompts).toContain('pending'));
    await customer.approveStepUp(challenge.id);
    await eventually(() => expect(updates).toContain('verified'));
    // Nothing about it was typed into the chat.
    expect(customer.messages(conv.id).some((m) => /approve|verif/i.test(m.body))).toBe(false);
    const extended = await ag.extendSession();
    expect(new Date(extended.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('supervisors list every conversation agents are handling, with customer and agent; agents may not', async () => {
    const { a, client: ag } = await agent();
    const { client: sup } = await agent('supervisor');
    const { conv } = await chatWith(ag);
    const handled = await sup.supervisorConversations();
    const mine = handled.find((h) => h.conversation.id === conv.id);
    expect(mine).toMatchObject({
      agentName: a.displayName,
      cardmemberName: expect.stringMatching(/^Test Customer /),
      conversation: { status: 'assigned', assignedAgentId: a.id },
    });
    await ag.hold(conv.id);
    expect(
      (await sup.supervisorConversations()).find((h) => h.conversation.id === conv.id)?.conversation.status,
    ).toBe('on_hold');
    await ag.resume(conv.id);
    await ag.resolve(conv.id);
    expect((await sup.supervisorConversations()).some((h) => h.conversation.id === conv.id)).toBe(false);
    await expect(ag.supervisorConversations()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
