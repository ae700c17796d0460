import { CustomerClient } from '@clearline/client';
import type { Message } from '@clearline/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';

/* The end-of-chat summary (issue 6 §8): posted to the customer when the chat ends, kept in secure messages. */

let database: Database;
let t: TestServer;
const closers: Array<() => void> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestServer({ database, env: { ASSISTANT: 'off' }, overrides: { seedDemo: true } });
});
afterAll(async () => {
  for (const c of closers) c();
  await t.close();
  await database.close();
});

/** A seeded cardmember (the demo core knows their accounts) in a chat an agent has accepted. */
async function chatWithAgent(nth: number) {
  const identities = await CustomerClient.demoIdentities(t.url);
  const identity = identities.filter((i) => i.accounts.length > 0)[nth]!;
  const { token } = await CustomerClient.demoToken(t.url, identity.id);
  const customer = new CustomerClient({ url: t.url, token, transports: ['websocket'] });
  closers.push(() => customer.close());
  await customer.connect();
  const cardAccountId = identity.accounts[0]!.id;
  const conv = await customer.startConversation({ cardAccountId, language: 'en' });
  await customer.follow(conv.id);
  const { agent: a, client: agent } = await t.signedInAgent({ queues: [conv.queue] });
  await agent.accept(conv.id);
  return { identity, cardAccountId, customer, agent, a, conv };
}

const summaryOf = (ms: readonly Message[]) => ms.find((m) => m.payload?.type === 'chat_summary');

describe('end-of-chat summary', () => {
  it('an agent ends the chat: the customer gets the case number and its dates, also in secure messages', async () => {
    const { identity, cardAccountId, customer, agent, a, conv } = await chatWithAgent(0);
    await customer.send(conv.id, 'I want to complain about how my late fee was handled.');
    const logged = await t.server.services.cases.complaints.log({
      cardmemberId: identity.id,
      cardAccountId,
      conversationId: conv.id,
      actor: { kind: 'agent', id: a.id },
      language: 'en',
      category: 'fees_and_interest',
      words: 'The late fee was charged although I paid on time.',
    });
    await agent.resolve(conv.id, 'resolved_case_opened');

    await eventually(() => expect(summaryOf(customer.messages(conv.id))).toBeDefined());
    const summary = summaryOf(customer.messages(conv.id))!;
    expect(summary.author.kind).toBe('system');
    expect(summary.visibility).toBe('all');
    expect(summary.payload).toMatchObject({ type: 'chat_summary', references: [logged.case.reference] });
    expect(summary.body).toContain(`You chatted with ${a.displayName}.`);
    expect(summary.body).toMatch(
      new RegExp(
        `• ${logged.case.reference} — Complaint: .*\\(received\\); first response by .+; final response by .+\\.`,
      ),
    );
    // It comes before the "chat ended" event, in the same ending.
    const ended = customer.messages(conv.id).find((m) => m.event === 'resolved')!;
    expect(summary.seq).toBe(ended.seq - 1);

    const inbox = await t.server.services.cases.listSecureMessages(identity.id);
    const copy = inbox.find((m) => m.kind === 'chat_summary' && m.conversationId === conv.id);
    expect(copy?.body).toBe(summary.body);
    expect(copy?.subject).toMatch(/^Summary of your chat on /);
  });

  it('a chat where nothing happened ends without a summary', async () => {
    const identities = await CustomerClient.demoIdentities(t.url);
    const identity = identities.filter((i) => i.accounts.length > 0)[1]!;
    const { token } = await CustomerClient.demoToken(t.url, identity.id);
    const customer = new CustomerClient({ url: t.url, token, transports: ['websocket'] });
    closers.push(() => customer.close());
    await customer.connect();
    const conv = await customer.startConversation({ cardAccountId: identity.accounts[0]!.id });
    await customer.follow(conv.id);
    await customer.endConversation(conv.id);
    await eventually(() =>
      expect(customer.messages(conv.id).some((m) => m.event === 'abandoned' || m.event === 'resolved')).toBe(
        true,
      ),
    );
    expect(summaryOf(customer.messages(conv.id))).toBeUndefined();
    const inbox = await t.server.services.cases.listSecureMessages(identity.id);
    expect(inbox.filter((m) => m.conversationId === conv.id)).toEqual([]);
  });
});
