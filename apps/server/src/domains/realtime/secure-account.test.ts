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
import { mintCustomerToken } from '../security/index.ts';

/* "End chat and secure my account": chats end, old tokens stop working everywhere, sockets close. */

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

function client(token: string) {
  const c = new CustomerClient({ url: t.url, token, transports: ['websocket'] });
  closers.push(() => c.close());
  return c;
}

describe('securing the account', () => {
  it('ends open chats, disconnects every device, and refuses the old tokens; new ones work', async () => {
    const identity = await t.customer();
    const phone = client(identity.token);
    const laptop = client(identity.token);
    await Promise.all([phone.connect(), laptop.connect()]);
    const conv = await phone.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    const ended: string[] = [];
    laptop.on('sessionEnded', (e) => ended.push(e.reason));
    const bystander = await t.customer();
    const other = client(bystander.token);
    await other.connect();

    const result = await phone.secureAccount();
    expect(result.endedConversations).toBe(1);
    await eventually(() => expect(ended).toContain('revoked'));
    await eventually(() => expect(laptop.connected).toBe(false));
    expect(other.connected).toBe(true);

    await expect(client(identity.token).connect()).rejects.toMatchObject({ code: 'TOKEN_REVOKED' });
    const rest = await fetch(`${t.url}/api/v1/conversations`, {
      headers: { authorization: `Bearer ${identity.token}` },
    });
    expect(rest.status).toBe(401);
    expect((await rest.json()).error.code).toBe('TOKEN_REVOKED');

    // Signing in again on the issuer site (a token minted after the revocation) works.
    await new Promise((r) => setTimeout(r, 1100));
    const fresh = await mintCustomerToken(TEST_TOKEN_SECRET, {
      cardmemberId: identity.cardmemberId,
      cardAccountIds: identity.cardAccountIds,
    });
    const again = client(fresh.token);
    await again.connect();
    const [previous] = await again.listConversations();
    expect(previous?.id).toBe(conv.id);
    expect(previous?.status).toBe('abandoned');
  });
});
