import { CustomerClient } from '@clearline/client';
import type { Ack, StepUpChallenge } from '@clearline/protocol';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import {
  createTestServer,
  handOffToAgent,
  openTestDatabase,
  TEST_TOKEN_SECRET,
  type TestServer,
} from '../../test/harness.ts';
import { seedDemoCore } from '../accounts/index.ts';
import { mintCustomerToken } from './customer-tokens.ts';

/*
 * Step-up verification end to end over real sockets, on the demo issuer core: the agent handling a
 * chat asks for it, the customer's signed-in site gets the prompt and approves it (or answers the
 * last four + ZIP form), the agent sees the outcome; nothing goes through the chat text.
 */

const CARDMEMBER = 'cm_maria_gonzalez';
let database: Database;
let t: TestServer;
const closers: Array<() => void> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoCore(database.db, new Date());
  t = await createTestServer({ database });
}, 400_000);
afterAll(async () => {
  for (const c of closers) c();
  await t.close();
  await database.close();
});

async function chatWithAgent() {
  const accounts = await t.server.services.issuerCore.listCardAccounts(CARDMEMBER);
  const { token } = await mintCustomerToken(TEST_TOKEN_SECRET, {
    cardmemberId: CARDMEMBER,
    cardAccountIds: accounts.map((a) => a.id),
    name: 'Maria',
  });
  const customer = new CustomerClient({ url: t.url, token, transports: ['websocket'] });
  closers.push(() => customer.close());
  await customer.connect();
  const prompts: StepUpChallenge[] = [];
  customer.on('stepUp', (c) => prompts.push(c));
  const conversation = await customer.startConversation({ cardAccountId: accounts[0]!.id });
  await handOffToAgent(t.server, customer, conversation.id);

  const queue = (await t.server.services.conversations.peek(conversation.id))!.queue;
  const a = await t.agent({ queues: [queue] });
  const login = await t.server.app.inject({
    method: 'POST',
    url: '/api/v1/agent/session',
    payload: { email: a.email, password: a.password, totp: a.totp() },
  });
  const sessionToken = login.cookies.find((c) => c.name === 'clearline_agent')!.value;
  const agent: Socket = io(`${t.url}/agent`, { auth: { sessionToken }, transports: ['websocket'] });
  closers.push(() => agent.close());
  await new Promise((r) => agent.once('connect', () => r(null)));
  const updates: StepUpChallenge[] = [];
  agent.on('stepup.updated', (c: StepUpChallenge) => updates.push(c));
  const ask = <T>(event: string, payload: object) => agent.emitWithAck(event, payload) as Promise<Ack<T>>;
  expect(await ask('conversation.accept', { conversationId: conversation.id })).toMatchObject({ ok: true });
  const request = async (method: 'approve' | 'last4_zip') => {
    const ack = await ask<StepUpChallenge>('stepup.request', {
      conversationId: conversation.id,
      action: 'address_change',
      method,
    });
    if (!ack.ok) throw new Error(ack.error.code);
    return ack.data;
  };
  return { customer, conversation, prompts, updates, request, accounts };
}

/** Waits for the next matching item pushed into a list (the events arrive after the acks). */
async function arrives<T>(list: T[], match: (x: T) => boolean): Promise<T> {
  for (;;) {
    const found = list.find(match);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('step-up verification over sockets', () => {
  it('the agent asks, the signed-in site shows the prompt, the customer approves, the agent sees it verified', async () => {
    const { customer, conversation, prompts, updates, request } = await chatWithAgent();
    const challenge = await request('approve');
    expect(challenge).toMatchObject({
      conversationId: conversation.id,
      status: 'pending',
      method: 'approve',
    });
    const prompt = await arrives(prompts, (c) => c.id === challenge.id);
    expect(prompt.status).toBe('pending');
    expect((await customer.pendingStepUps()).map((c) => c.id)).toContain(challenge.id);

    expect(await customer.approveStepUp(challenge.id)).toMatchObject({ status: 'verified' });
    await arrives(updates, (c) => c.id === challenge.id && c.status === 'verified');
    expect(await t.server.services.stepUp.isVerified(challenge.id)).toBe(true);
    // Nothing about it was written into the chat.
    expect(customer.messages(conversation.id).some((m) => /approve|verif/i.test(m.body))).toBe(false);
  });

  it('checks the last four + ZIP form against the issuer profile and locks after three wrong answers', async () => {
    const { customer, updates, request, accounts } = await chatWithAgent();
    const zip = (await t.server.services.issuerCore.getContactDetails(CARDMEMBER))!.address.zip;
    const wrongZip = zip === '00000' ? '99999' : '00000';

    const good = await request('last4_zip');
    expect(await customer.answerStepUp(good.id, { last4: accounts[0]!.last4, zip })).toMatchObject({
      status: 'verified',
    });

    const bad = await request('last4_zip');
    for (const expected of ['STEP_UP_FAILED', 'STEP_UP_FAILED', 'STEP_UP_LOCKED']) {
      await expect(
        customer.answerStepUp(bad.id, { last4: accounts[0]!.last4, zip: wrongZip }),
      ).rejects.toMatchObject({
        code: expected,
      });
    }
    await arrives(updates, (c) => c.id === bad.id && c.status === 'locked');
    await expect(customer.answerStepUp(bad.id, { last4: accounts[0]!.last4, zip })).rejects.toMatchObject({
      code: 'STEP_UP_LOCKED',
    });
  });
});
