import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoIdentity } from '@clearline/protocol';
import { createTestServer, openTestDatabase, type TestAgent, type TestServer } from '@clearline/server/test';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A real server with the demo seed, serving the built widget (`/`) and console (`/console/`). */
export async function startServer(): Promise<TestServer> {
  for (const app of ['widget', 'console']) {
    if (!existsSync(resolve(ROOT, `apps/${app}/dist/index.html`))) {
      throw new Error(`apps/${app}/dist is missing: run \`npm run build\` first (npm run test:e2e does).`);
    }
  }
  // A fresh in-memory database per file: journeys never see each other's (or earlier runs') chats.
  const database = await openTestDatabase();
  const server = await createTestServer({ database, overrides: { seedDemo: true } });
  return {
    ...server,
    async close() {
      await server.close();
      await database.close();
    },
  };
}

export interface DemoCustomer {
  name: string;
  cardLabel: string;
  identity: DemoIdentity;
}

/** The nth English-speaking seeded cardmember with a card, and how the demo site names that card. */
export async function demoCustomer(url: string, nth = 0): Promise<DemoCustomer> {
  const res = await fetch(`${url}/api/v1/demo/identities`);
  const body = (await res.json()) as { ok: boolean; data: DemoIdentity[] };
  const english = body.data.filter((i) => i.preferredLanguage === 'en' && i.accounts.length > 0);
  const identity = english[nth % english.length];
  if (!identity) throw new Error('The demo seed has no English-speaking cardmember with a card.');
  const card = identity.accounts[0]!;
  return { name: identity.displayName, cardLabel: `${card.productName} ending in ${card.last4}`, identity };
}

/** Every queue the assistant may hand a chat to (it routes by need, language and segment). */
export const ALL_QUEUES = [
  'general',
  'disputes',
  'fraud',
  'credit',
  'rewards',
  'travel',
  'spanish',
  'small_business',
  'supervisor',
];

/**
 * An agent who serves every queue in English and Spanish, so a journey does not depend on which
 * queue the assistant picks for what the customer wrote.
 */
export function agentForAllQueues(server: TestServer): Promise<TestAgent> {
  return server.agent({ queues: ALL_QUEUES, languages: ['en', 'es'] });
}

/** One server and one browser per test file, closed after it. Read them inside tests: `env.server`. */
export function useServerAndBrowser(): { readonly server: TestServer; readonly browser: Browser } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the server is not started yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
  };
}
