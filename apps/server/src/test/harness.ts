import { randomUUID } from 'node:crypto';
import { AgentClient } from '@clearline/client';
import type { AgentRole, Language } from '@clearline/protocol';
import { type Config, loadConfig } from '../config.ts';
import { mintCustomerToken, totpCode } from '../domains/security/index.ts';
import { type Database, migrateDatabase, openDatabase } from '../platform/db.ts';
import { createLogger } from '../platform/logger.ts';
import { buildServer, type ClearlineServer, type ServerOverrides } from '../server.ts';

export const TEST_TOKEN_SECRET = 'clearline-test-secret-0123456789-abcdefghij';

/**
 * Asks the assistant for a person, as a customer would, and waits until the conversation is in a
 * queue (for tests about what happens with agents).
 */
export async function handOffToAgent(
  server: ClearlineServer,
  customer: { send(conversationId: string, body: string): Promise<unknown> },
  conversationId: string,
): Promise<void> {
  await customer.send(conversationId, 'I want to talk to an agent');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const conversation = await server.services.conversations.peek(conversationId);
    if (conversation?.status === 'queued') return;
    if (Date.now() > deadline)
      throw new Error(`conversation ${conversationId} is ${conversation?.status}, not queued`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** One migrated in-memory PGlite per test file (it takes seconds to start); isolate tests with fresh ids. */
export async function openTestDatabase(): Promise<Database> {
  const database = await openDatabase({ memory: true });
  await migrateDatabase(database);
  return database;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    CLEARLINE_MODE: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    CUSTOMER_TOKEN_SECRET: TEST_TOKEN_SECRET,
    SHUTDOWN_GRACE_MS: '2000',
    ...env,
  });
}

export interface TestServer {
  server: ClearlineServer;
  url: string;
  /** A token for a brand-new cardmember (fresh ids) with one or more card accounts. */
  customer(options?: { cardAccounts?: number; name?: string; ttlSeconds?: number }): Promise<TestCustomer>;
  /** A brand-new agent with a known password and TOTP secret. */
  agent(options?: { role?: AgentRole; queues?: string[]; languages?: Language[] }): Promise<TestAgent>;
  /**
   * A brand-new agent signed in with password + TOTP and connected over a WebSocket (closed with the
   * server); `cookie` is the session cookie for REST calls.
   */
  signedInAgent(options?: {
    role?: AgentRole;
    queues?: string[];
    languages?: Language[];
  }): Promise<{ agent: TestAgent; client: AgentClient; sessionToken: string; cookie: string }>;
  close(): Promise<void>;
}

export interface TestCustomer {
  cardmemberId: string;
  cardAccountIds: string[];
  name: string;
  token: string;
}

export interface TestAgent {
  id: string;
  email: string;
  password: string;
  totpSecret: string;
  displayName: string;
  /** The current TOTP code. */
  totp(at?: Date): string;
}

/**
 * A disposable server on a random port with real sockets. Pass `database` to share one PGlite per
 * test file; the demo data is not seeded unless asked, and every factory makes fresh ids.
 */
export async function createTestServer(
  options: { database?: Database; env?: Record<string, string>; overrides?: ServerOverrides } = {},
): Promise<TestServer> {
  const config = testConfig(options.env);
  // Never the on-disk ./.data: a test gets the caller's database or its own in-memory one.
  const ownDatabase = options.database ? null : await openTestDatabase();
  const server = await buildServer(config, {
    seedDemo: false,
    logger: createLogger(config.logLevel),
    database: options.database ?? ownDatabase!,
    ...options.overrides,
  });
  const url = await server.listen();
  const agentClients: AgentClient[] = [];
  const testServer: TestServer = {
    server,
    url,
    async customer(o = {}) {
      const suffix = randomUUID().slice(0, 8);
      const cardmemberId = `cm_test_${suffix}`;
      const cardAccountIds = Array.from({ length: o.cardAccounts ?? 1 }, (_, i) => `ca_test_${suffix}_${i}`);
      const name = o.name ?? `Test Customer ${suffix}`;
      const { token } = await mintCustomerToken(
        TEST_TOKEN_SECRET,
        { cardmemberId, cardAccountIds, name },
        o.ttlSeconds ? { ttlSeconds: o.ttlSeconds } : {},
      );
      return { cardmemberId, cardAccountIds, name, token };
    },
    async agent(o = {}) {
      const suffix = randomUUID().slice(0, 8);
      const password = `pw-${randomUUID()}`;
      const created = await server.services.agentAuth.createAgent({
        id: `ag_test_${suffix}`,
        email: `agent-${suffix}@test.example`,
        displayName: `Agent ${suffix}`,
        role: o.role ?? 'agent',
        password,
        queues: o.queues ?? ['general'],
        languages: o.languages ?? ['en'],
      });
      return {
        id: created.id,
        email: created.email,
        password,
        totpSecret: created.totpSecret,
        displayName: created.displayName,
        totp: (at?: Date) => totpCode(created.totpSecret, at),
      };
    },
    async signedInAgent(o = {}) {
      const agent = await testServer.agent(o);
      const session = await AgentClient.login(url, {
        email: agent.email,
        password: agent.password,
        totp: agent.totp(),
      });
      const sessionToken = session.sessionToken ?? '';
      const client = new AgentClient({ url, sessionToken, transports: ['websocket'] });
      agentClients.push(client);
      await client.connect();
      return { agent, client, sessionToken, cookie: `clearline_agent=${encodeURIComponent(sessionToken)}` };
    },
    async close() {
      for (const c of agentClients.splice(0)) c.close();
      await server.close();
      await ownDatabase?.close();
    },
  };
  return testServer;
}

/** Documents fixtures: a test implementation of the `DocumentCases` port and real sample files. */
export { createTestDocumentCases, eicarPdf, fakeExe, samplePdf, samplePng } from './documents.ts';
