import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import type { CustomerPrincipal } from '../../platform/principal.ts';
import { createTestServer, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { eventually } from '../../test/tcp-proxy.ts';
import { seedDemoCore } from '../accounts/index.ts';

/* Two nodes on one database: whichever answers first, a customer message is answered once. */

let database: Database;
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoCore(database.db, new Date());
  a = await createTestServer({ database });
  b = await createTestServer({ database });
});
afterAll(async () => {
  await a.close();
  await b.close();
  await database.close();
});

const customer: CustomerPrincipal = {
  kind: 'customer',
  cardmemberId: 'cm_emily_nguyen',
  cardAccountIds: ['ca_emily_everyday'],
  displayName: 'Emily Nguyen',
  tokenId: 'test',
  issuedAt: new Date(),
  expiresAt: new Date(Date.now() + 3_600_000),
};

describe('the assistant on several nodes', () => {
  it('answers each customer message exactly once when several nodes race for it', async () => {
    const conv = await a.server.services.conversations.start(customer, {
      cardAccountId: 'ca_emily_everyday',
      language: 'en',
    });
    for (let round = 0; round < 5; round++) {
      const sent = await a.server.services.conversations.send(customer, {
        conversationId: conv.id,
        clientMessageId: `race-${round}`,
        body: 'what is my balance?',
      });
      // Node A answers because it stored the message; node B is told to answer too, twice.
      await Promise.all([
        b.server.services.assistant!.runTurn(conv.id),
        b.server.services.assistant!.runTurn(conv.id),
        a.server.services.assistant!.runTurn(conv.id),
      ]);
      await eventually(async () => {
        const { messages } = await a.server.services.conversations.transcript(customer, conv.id);
        const answers = messages.filter((m) => m.seq > sent.message.seq && /current balance/.test(m.body));
        expect(answers).toHaveLength(1);
      });
    }
    const { messages } = await a.server.services.conversations.transcript(customer, conv.id);
    expect(messages.filter((m) => /current balance/.test(m.body))).toHaveLength(5);
    // Gap-free seqs survived the race.
    expect(messages.map((m) => m.seq)).toEqual(messages.map((_, i) => i + 1));
  });
});
