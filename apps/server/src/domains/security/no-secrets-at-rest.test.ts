import { Writable } from 'node:stream';
import { AgentClient, CustomerClient } from '@clearline/client';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { createTestServer, handOffToAgent, openTestDatabase, type TestServer } from '../../test/harness.ts';
import { luhnValid } from './redaction/index.ts';

/*
 * Issue 4 §7: card numbers, an SSN, a security code and a password pushed through every inbound
 * customer path and an agent message must be found nowhere afterwards: not in any column of any
 * table, not in the server's debug-level log, not in /metrics.
 */

const CARDS = [
  '4111 1111 1111 1111', // Visa, spaces
  '5555-5555-5555-4444', // Mastercard, dashes
  '3782 822463 10005', // Amex 4-6-5
  '6011.1111.1111.1117', // Discover, dots
  '4012888888881881', // Visa, no separators
];
const SSN = '536-22-8401';
const CVV_PHRASE = 'the cvv is 737';
const PASSWORD = 'Tr0ub4dor&3xQ';
const digits = (s: string) => s.replace(/\D/g, '');

const logLines: string[] = [];
let database: Database;
let t: TestServer;
const closers: Array<() => void> = [];

beforeAll(async () => {
  database = await openTestDatabase();
  // The server's logger, at debug level (request logging on), writing into a buffer.
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const logger = pino(
    {
      level: 'debug',
      base: { service: 'clearline' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          '*.password',
          '*.totp',
          '*.token',
          '*.body',
        ],
        censor: '[redacted]',
      },
    },
    sink,
  );
  t = await createTestServer({ database, env: { LOG_LEVEL: 'debug' }, overrides: { logger } });
});
afterAll(async () => {
  for (const c of closers) c();
  await t?.close();
  await database?.close();
});

/** Every row of every table in the public schema, as text (row-to-text covers every column type). */
async function allRows(): Promise<Array<{ table: string; row: string }>> {
  const tables = (await database.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  )) as unknown as { rows: Array<{ table_name: string }> };
  const out: Array<{ table: string; row: string }> = [];
  for (const { table_name } of tables.rows) {
    const rows = (await database.db.execute(
      sql.raw(`select t::text as row from "${table_name}" t`),
    )) as unknown as { rows: Array<{ row: string }> };
    for (const r of rows.rows) out.push({ table: table_name, row: r.row });
  }
  return out;
}

/** The places where a pushed secret was found in `text`. */
function secretsIn(text: string): string[] {
  // Separators removed, so a number is found in any grouping (and JSON escapes do not hide it).
  const flat = text.replace(/[\s\-./\\]|\\u00a0/g, '');
  const found: string[] = [];
  for (const card of CARDS) if (flat.includes(digits(card))) found.push(`card ${card}`);
  if (flat.includes(digits(SSN))) found.push('SSN');
  if (text.includes(CVV_PHRASE)) found.push('security code');
  if (text.includes(PASSWORD)) found.push('password');
  return found;
}

describe('no card number, SSN, security code or password at rest', () => {
  it('the pushed values are real secrets (Luhn-valid card numbers)', () => {
    for (const card of CARDS) expect(luhnValid(digits(card))).toBe(true);
  });

  it('after every inbound path, the database, the debug log and /metrics hold none of them', async () => {
    const identity = await t.customer();
    const customer = new CustomerClient({ url: t.url, token: identity.token, transports: ['websocket'] });
    closers.push(() => customer.close());
    await customer.connect();
    const conv = await customer.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    await customer.follow(conv.id);

    // 1. Customer messages over the socket while the assistant handles the chat (NLU, dialog state).
    for (const card of CARDS) await customer.send(conv.id, `my card number is ${card}, can you check it?`);
    await customer.send(conv.id, `my social is ${SSN} and ${CVV_PHRASE}`);
    await customer.send(conv.id, `my password is ${PASSWORD}`);
    await customer.send(conv.id, `${CARDS[0]} exp 12/29 ${CVV_PHRASE}`);

    // 2. In the hands of an agent: customer messages, then an agent message repeating a number.
    await handOffToAgent(t.server, customer, conv.id);
    const a = await t.agent();
    const session = await AgentClient.login(t.url, { email: a.email, password: a.password, totp: a.totp() });
    const agent = new AgentClient({
      url: t.url,
      sessionToken: session.sessionToken,
      transports: ['websocket'],
    });
    closers.push(() => agent.close());
    await agent.connect();
    await agent.accept(conv.id);
    await agent.follow(conv.id);
    await customer.send(conv.id, `sorry, it is ${CARDS[2]} and ssn ${SSN}`);
    await agent
      .send(conv.id, `Thanks, I have ${CARDS[3]} on file, no need to send it again.`)
      .catch(() => undefined); // the agent guard may refuse it; either way it must not be kept

    // 3. HTTP routes that take customer input: the demo token route and an agent sign-in typed wrong.
    await fetch(`${t.url}/api/v1/demo/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identityId: CARDS[4], note: `${SSN} ${PASSWORD}` }),
    });
    await fetch(`${t.url}/api/v1/agent/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${digits(CARDS[4]!)}@x.example`, password: PASSWORD, totp: '000000' }),
    });
    await customer.endConversation(conv.id).catch(() => undefined);
    await customer.secureAccount();

    const rows = await allRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.some((r) => r.table === 'messages')).toBe(true);
    expect(rows.some((r) => r.table === 'audit_log')).toBe(true);
    const inDatabase = rows.flatMap((r) =>
      secretsIn(r.row).map((s) => `${r.table}: ${s}: ${r.row.slice(0, 400)}`),
    );
    expect(inDatabase).toEqual([]);

    expect(logLines.length).toBeGreaterThan(0);
    const inLog = logLines.flatMap((line) => secretsIn(line).map((s) => `${s}: ${line.slice(0, 300)}`));
    expect(inLog).toEqual([]);

    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(secretsIn(metrics)).toEqual([]);
  }, 120_000);

  // `quickReply` must look like an offered button value (protocol) and is dropped if redaction would touch it.
  it('a quick-reply answer carrying a card number is not kept either', async () => {
    const identity = await t.customer();
    const customer = new CustomerClient({ url: t.url, token: identity.token, transports: ['websocket'] });
    closers.push(() => customer.close());
    await customer.connect();
    const conv = await customer.startConversation({ cardAccountId: identity.cardAccountIds[0]! });
    await customer.follow(conv.id);
    await customer.send(conv.id, 'yes', { quickReply: digits(CARDS[1]!) }).catch(() => undefined); // refusing the answer is fine too
    const rows = await allRows();
    expect(rows.flatMap((r) => secretsIn(r.row).map((s) => `${r.table}: ${s}`))).toEqual([]);
  }, 60_000);
});
