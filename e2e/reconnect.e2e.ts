import { AgentClient } from '@clearline/client';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, waitUntil } from './support/browser.ts';
import {
  customerAsksForAgent,
  customerOpensChat,
  customerSends,
  deliveredMessage,
} from './support/journeys.ts';
import { agentForAllQueues, demoCustomer, useServerAndBrowser } from './support/server.ts';

describe.skipIf(!chromiumAvailable())('losing the network', () => {
  const env = useServerAndBrowser();

  it('shows the reconnecting banner, keeps an offline message as sending, delivers it once', async () => {
    const customer = await demoCustomer(env.server.url, 3);
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const chat = await customerOpensChat(page, env.server.url, customer);
    await customerSends(chat, 'First, while online.');
    await deliveredMessage(chat, 'First, while online.').waitFor();

    const banner = chat.getByTestId('reconnect-banner');
    expect(await banner.getAttribute('role')).toBe('status');
    expect((await banner.textContent())?.trim()).toBe('');

    await context.setOffline(true);
    await banner.getByText('Reconnecting').waitFor();

    const offline = 'Typed while offline: please hold my card.';
    await customerSends(chat, offline);
    const pending = chat.getByRole('log').locator('li[data-pending]', { hasText: offline });
    await pending.waitFor();
    expect(await pending.getByText('Sending…').count()).toBe(1);
    // Offline, nothing can be acknowledged: it stays "sending" until the network is back.
    expect(await deliveredMessage(chat, offline).count()).toBe(0);

    await context.setOffline(false);
    await deliveredMessage(chat, offline).waitFor({ timeout: 30_000 });
    await waitUntil(async () => (await banner.textContent())?.trim() === '', 'the banner to clear');
    expect(await pending.count()).toBe(0);
    expect(await deliveredMessage(chat, offline).count()).toBe(1);

    // The customer asks the assistant for a person, then an agent's view of the conversation
    // agrees that the server stored each message exactly once.
    await customerAsksForAgent(chat, 'type');
    const agent = await agentForAllQueues(env.server);
    const session = await AgentClient.login(env.server.url, {
      email: agent.email,
      password: agent.password,
      totp: agent.totp(),
    });
    const client = new AgentClient({ url: env.server.url, sessionToken: session.sessionToken });
    try {
      await client.connect();
      const item = (await client.listQueue()).find((q) => q.cardmemberName === customer.name);
      expect(item).toBeDefined();
      await client.accept(item!.conversation.id);
      const bodies = client.messages(item!.conversation.id).map((m) => m.body);
      expect(bodies.filter((b) => b === offline)).toHaveLength(1);
      expect(bodies.filter((b) => b === 'First, while online.')).toHaveLength(1);
    } finally {
      client.close();
    }
    await context.close();
  });
});
