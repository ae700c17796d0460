import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CustomerClient } from '@clearline/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import {
  createTestServer,
  openTestDatabase,
  TEST_TOKEN_SECRET,
  type TestServer,
} from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';
import { seedDemoCore } from '../accounts/index.ts';
import { mintCustomerToken } from '../security/index.ts';

/*
 * The optional language model, end to end: a local fake OpenAI-compatible endpoint rewords the
 * knowledge answer; it receives only redacted text, even when the customer typed a card number.
 */

let database: Database;
let t: TestServer;
let fake: Server;
const received: string[] = [];
const closers: Array<() => void> = [];

beforeAll(async () => {
  fake = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push(body);
      // Keeps every figure of what it was sent (the port refuses rewordings that drop one).
      const figures = [...new Set(body.match(/\d+(?:\.\d+)?/g) ?? [])].join(', ');
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          choices: [
            {
              message: {
                role: 'assistant',
                content: `Disputes: tell us within the time limits (${figures}). (reworded)`,
              },
            },
          ],
        }),
      );
    });
  });
  await new Promise<void>((r) => fake.listen(0, '127.0.0.1', () => r()));
  const port = (fake.address() as AddressInfo).port;
  database = await openTestDatabase();
  await seedDemoCore(database.db, new Date());
  t = await createTestServer({
    database,
    env: { LLM_BASE_URL: `http://127.0.0.1:${port}/v1`, LLM_API_KEY: 'test-key', LLM_TIMEOUT_MS: '3000' },
  });
});
afterAll(async () => {
  for (const c of closers) c();
  await t.close();
  await database.close();
  await new Promise((r) => fake.close(r));
});

describe('the optional language model', () => {
  it('rewords a knowledge answer and never receives a card number the customer typed', async () => {
    const { token } = await mintCustomerToken(TEST_TOKEN_SECRET, {
      cardmemberId: 'cm_emily_nguyen',
      cardAccountIds: ['ca_emily_everyday'],
      name: 'Emily',
    });
    const c = new CustomerClient({ url: t.url, token, transports: ['websocket'] });
    closers.push(() => c.close());
    await c.connect();
    const conv = await c.startConversation({ cardAccountId: 'ca_emily_everyday', language: 'en' });
    await c.follow(conv.id);
    await c.send(
      conv.id,
      'my card 4111 1111 1111 1111 was billed wrong, how long do I have to dispute a billing error on my statement?',
    );
    const answer = await eventually(() => {
      const m = c.messages(conv.id).find((x) => x.payload?.type === 'citation');
      expect(m).toBeDefined();
      return m!;
    });
    expect(answer.body).toContain('(reworded)');
    expect(received.length).toBeGreaterThan(0);
    const sent = received.join('\n');
    expect(sent.replace(/\D/g, '')).not.toContain('4111111111111111');
    expect(sent).toContain('dispute');
  });
});
