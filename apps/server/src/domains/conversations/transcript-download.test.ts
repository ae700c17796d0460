import { CustomerClient } from '@clearline/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';

/* The customer's transcript as a file to keep: their language, nothing agent-only, redacted. */

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

async function signedInAgent() {
  const { agent: a, client } = await t.signedInAgent({
    queues: ['general', 'spanish'],
    languages: ['en', 'es'],
  });
  return { a, client };
}

async function download(token: string, conversationId: string) {
  return fetch(`${t.url}/api/v1/conversations/${conversationId}/transcript/download`, {
    headers: { authorization: `Bearer ${token}` },
  });
}

describe('transcript download', () => {
  it('gives the customer a text file in Spanish with their words redacted and no agent-only note', async () => {
    const { a, client: agent } = await signedInAgent();
    const identity = await t.customer({ name: 'Lucía Gómez' });
    const customer = new CustomerClient({ url: t.url, token: identity.token, transports: ['websocket'] });
    closers.push(() => customer.close());
    await customer.connect();
    const conv = await customer.startConversation({
      cardAccountId: identity.cardAccountIds[0]!,
      language: 'es',
    });
    await customer.follow(conv.id);
    await customer.send(conv.id, 'Mi tarjeta es 4111 1111 1111 1111 y no funciona');
    await agent.accept(conv.id);
    await agent.note(conv.id, 'Nota interna: revisar bloqueo por viaje.');
    await agent.send(conv.id, 'Hola Lucía, ya la reviso.');
    await eventually(() => expect(customer.messages(conv.id).at(-1)?.body).toBe('Hola Lucía, ya la reviso.'));
    await agent.resolve(conv.id, 'information_given');

    const res = await download(identity.token, conv.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="clearline-chat-\d{4}-\d{2}-\d{2}-[\w-]+\.txt"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    expect(text.split('\n')[0]).toBe('Transcripción del chat de Clearline');
    expect(text).toMatch(/Usted: Mi tarjeta es .*1111.* y no funciona/);
    expect(text).not.toContain('4111 1111 1111 1111');
    expect(text).not.toMatch(/4111\s?1111/);
    expect(text).toContain(`${a.displayName}: Hola Lucía, ya la reviso.`);
    expect(text).toContain(`${a.displayName} se unió al chat.`);
    expect(text).toContain('El chat terminó.');
    expect(text).not.toContain('Nota interna');
    expect(text).not.toContain('revisar bloqueo');
    // Times are Eastern time, with the zone named.
    expect(text).toMatch(/\[[^\]]+ (EST|EDT)\]/);
  });

  it('refuses another cardmember and an anonymous caller without revealing the chat', async () => {
    const owner = await t.customer();
    const customer = new CustomerClient({ url: t.url, token: owner.token, transports: ['websocket'] });
    closers.push(() => customer.close());
    await customer.connect();
    const conv = await customer.startConversation({ cardAccountId: owner.cardAccountIds[0]! });
    await customer.send(conv.id, 'A private question about my balance');
    const other = await t.customer();
    const refused = await download(other.token, conv.id);
    expect(refused.status).toBe(404);
    const body = await refused.text();
    expect(body).toContain('CONVERSATION_NOT_FOUND');
    expect(body).not.toContain('private question');
    const anonymous = await fetch(`${t.url}/api/v1/conversations/${conv.id}/transcript/download`);
    expect(anonymous.status).toBe(401);
  });
});
