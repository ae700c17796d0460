import { AgentClient, CustomerClient } from '@clearline/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, handOffToAgent, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';

/* Every inbound customer message is redacted before it is stored or broadcast; agents cannot ask for secrets. */

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

async function chat() {
  const identity = await t.customer();
  const customer = new CustomerClient({ url: t.url, token: identity.token, transports: ['websocket'] });
  closers.push(() => customer.close());
  await customer.connect();
  const a = await t.agent();
  const session = await AgentClient.login(t.url, { email: a.email, password: a.password, totp: a.totp() });
  const agent = new AgentClient({
    url: t.url,
    sessionToken: session.sessionToken,
    transports: ['websocket'],
  });
  closers.push(() => agent.close());
  await agent.connect();
  const conv = await customer.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
  await customer.follow(conv.id);
  await handOffToAgent(t.server, customer, conv.id);
  await agent.accept(conv.id);
  return { customer, agent, conv };
}

describe('redaction on the message path', () => {
  it('stores and shows only the redacted text of a customer message, keeping the last four visible', async () => {
    const { customer, agent, conv } = await chat();
    const typed = 'my card is 4111 1111 1111 1111 and the cvv is 123, the charge was $54.20 on 08/15';
    const stored = await customer.send(conv.id, typed);
    expect(stored.body).not.toContain('4111 1111 1111 1111');
    expect(stored.body).not.toMatch(/\b123\b/);
    expect(stored.body).toContain('1111');
    expect(stored.body).toContain('$54.20');
    expect(stored.body).toContain('08/15');
    await eventually(() => expect(agent.messages(conv.id).at(-1)?.body).toBe(stored.body));

    const rows = await database.db.execute(
      `select body from messages where conversation_id = '${conv.id}'` as never,
    );
    const bodies = (rows as unknown as { rows: Array<{ body: string }> }).rows.map((r) => r.body).join('\n');
    expect(bodies.replace(/\D/g, '')).not.toContain('4111111111111111');
    expect(bodies).not.toMatch(/cvv is 123/);
  });

  it('does not send an agent message that asks for a full card number, and says why', async () => {
    const { agent, conv, customer } = await chat();
    const before = (await customer.transcript(conv.id)).messages.length;
    await expect(
      agent.send(conv.id, 'Please type your full card number and the CVV on the back.'),
    ).rejects.toMatchObject({
      code: 'SENSITIVE_REQUEST_BLOCKED',
    });
    await expect(
      agent.send(conv.id, 'What is the one-time passcode we just texted you?'),
    ).rejects.toMatchObject({
      code: 'SENSITIVE_REQUEST_BLOCKED',
    });
    expect((await customer.transcript(conv.id)).messages).toHaveLength(before);
    const ok = await agent.send(
      conv.id,
      'Could you confirm the last four digits of your card and your ZIP code?',
    );
    expect(ok.body).toContain('last four');
  });
});
