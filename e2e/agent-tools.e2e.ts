import { readFile } from 'node:fs/promises';
import { CustomerClient } from '@clearline/client';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { chromiumAvailable, screenshot, waitUntil } from './support/browser.ts';
import {
  agentSignsIn,
  assistantGreets,
  customerAsksForAgent,
  customerOpensChat,
  customerSends,
  deliveredMessage,
} from './support/journeys.ts';
import { agentForAllQueues, demoCustomer, useServerAndBrowser } from './support/server.ts';

describe.skipIf(!chromiumAvailable())("an agent's tools in the console", () => {
  const env = useServerAndBrowser();

  it('internal note (never shown to the customer), canned response, hold and resume, transfer with a note, and End chat with a wrap-up code', async () => {
    const customer = await demoCustomer(env.server.url, 1);
    const agent = await agentForAllQueues(env.server);
    const customerContext = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const agentContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const customerPage = await customerContext.newPage();
    const agentPage = await agentContext.newPage();

    const chat = await customerOpensChat(customerPage, env.server.url, customer);
    await assistantGreets(chat);
    await customerSends(chat, 'I was charged twice for the same dinner.');
    await customerAsksForAgent(chat, 'type');

    await agentSignsIn(agentPage, env.server.url, agent);
    await agentPage
      .locator('.cc-queue-item', { hasText: customer.name })
      .getByRole('button', { name: `Accept chat with ${customer.name}` })
      .click();
    const main = agentPage.getByRole('main');
    const tools = main.getByRole('toolbar', { name: 'Conversation actions' });
    await tools.waitFor();

    // An internal note: shown to agents with its badge, never to the customer.
    const note = 'Customer sounds sure it is a duplicate; check the restaurant pre-authorisation.';
    await main.getByRole('radio', { name: 'Internal note' }).check();
    const noteBox = main.getByRole('textbox', { name: /^Internal note/ });
    await noteBox.fill(note);
    await noteBox.press('Enter');
    const savedNote = main.getByRole('log').locator('li.cc-msg--note', { hasText: note });
    await savedNote.waitFor();
    expect(await savedNote.locator('.cc-msg__badge').textContent()).toBe('Internal note');
    await agentPage.getByRole('status').getByText('Note saved. Only agents can see it.').waitFor();

    // A canned response fills the reply box with the customer's name; the agent sends it.
    await main.getByRole('radio', { name: 'Customer' }).check();
    await tools.getByRole('button', { name: 'Canned responses' }).click();
    await main.getByRole('button', { name: 'Greeting', exact: true }).click();
    const replyBox = main.getByRole('textbox', { name: `Reply to ${customer.name}` });
    const firstName = customer.name.split(' ')[0]!;
    await expect.poll(() => replyBox.inputValue()).toContain(`Hi ${firstName}, I'm ${agent.displayName}.`);
    await expect.poll(() => replyBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await replyBox.press('Enter');
    await deliveredMessage(chat, `Hi ${firstName}, I'm ${agent.displayName}.`).waitFor();

    // Hold and resume: the customer is told both times.
    await tools.getByRole('button', { name: 'Put on hold' }).click();
    await chat.getByText('The agent put the chat on hold.').waitFor();
    await agentPage.getByRole('status').getByText('The chat is on hold.').waitFor();
    expect(await seriousViolations(agentPage)).toEqual([]);
    await screenshot(agentPage, 'console-tools');
    await tools.getByRole('button', { name: 'Resume' }).click();
    await chat.getByText('The agent is back.').waitFor();

    // Whatever happened on the agent side, the customer never saw the note.
    expect(await chat.getByText(note).count()).toBe(0);

    // End chat with a wrap-up code: stored with the resolution.
    await tools.getByLabel('Wrap-up').selectOption({ label: 'Information given' });
    await main.getByRole('button', { name: 'End chat' }).click();
    await chat.getByText('This chat has ended.').waitFor();
    await main.getByText('This chat has ended.').waitFor();

    // The end-of-chat summary names the agent; the customer rates the chat (it reaches the metrics).
    await chat
      .locator('li[data-kind="chat_summary"]', { hasText: `You chatted with ${agent.displayName}.` })
      .waitFor();
    await chat.getByRole('group', { name: 'How was this chat?' }).getByLabel('4 of 5').check();
    await chat.getByLabel('Anything to add? (optional)').fill('Quick and clear.');
    await chat.getByRole('button', { name: 'Send rating' }).click();
    await chat.getByRole('status').getByText('Thank you for your rating.').waitFor();
    expect(await seriousViolations(customerPage)).toEqual([]);

    // The customer keeps the transcript: a text file with the conversation, without the agent's note.
    const [download] = await Promise.all([
      customerPage.waitForEvent('download'),
      chat.getByRole('button', { name: 'Download transcript' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^clearline-chat-\d{4}-\d{2}-\d{2}-[\w-]+\.txt$/);
    const saved = await readFile((await download.path())!, 'utf8');
    expect(saved).toContain('Clearline chat transcript');
    expect(saved).toContain(`${agent.displayName}: Hi ${firstName}, I'm ${agent.displayName}.`);
    expect(saved).toContain('You: I was charged twice for the same dinner.');
    expect(saved).not.toContain(note);
    const { rows } = (await env.server.server.database.db.execute(
      sql`select m.event_data->>'wrapUp' as wrap_up from messages m join conversations c on c.id = m.conversation_id
          where c.cardmember_id = ${customer.identity.id} and m.event = 'resolved'`,
    )) as unknown as { rows: Array<{ wrap_up: string | null }> };
    expect(rows.map((r) => r.wrap_up)).toEqual(['information_given']);
    const rated = (await env.server.server.database.db.execute(
      sql`select r.score, r.comment, r.agent_id from conversation_ratings r join conversations c on c.id = r.conversation_id
          where c.cardmember_id = ${customer.identity.id}`,
    )) as unknown as { rows: Array<{ score: number; comment: string | null; agent_id: string | null }> };
    expect(rated.rows).toEqual([{ score: 4, comment: 'Quick and clear.', agent_id: agent.id }]);

    await customerContext.close();
    await agentContext.close();
  });

  it('transfers a chat to another queue with a note: it leaves "My conversations" and waits there with the reason', async () => {
    const customer = await demoCustomer(env.server.url, 2);
    const agent = await agentForAllQueues(env.server);
    const { token } = await CustomerClient.demoToken(env.server.url, customer.identity.id);
    const client = new CustomerClient({ url: env.server.url, token });
    await client.connect();
    const started = await client.startConversation({ cardAccountId: customer.identity.accounts[0]!.id });
    await client.send(started.id, 'agent');
    await waitUntil(
      async () =>
        (await client.listConversations()).some((c) => c.id === started.id && c.status === 'queued'),
      'the chat to wait for an agent',
    );
    const agentContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const agentPage = await agentContext.newPage();
    await agentSignsIn(agentPage, env.server.url, agent);
    await agentPage
      .locator('.cc-queue-item', { hasText: customer.name })
      .getByRole('button', { name: `Accept chat with ${customer.name}` })
      .click();
    const main = agentPage.getByRole('main');
    const tools = main.getByRole('toolbar', { name: 'Conversation actions' });
    await tools.getByRole('button', { name: 'Transfer…' }).click();
    await main.getByLabel('Queue').selectOption({ label: 'Disputes' });
    await main.getByLabel('Note for the next agent (optional)').fill('Duplicate restaurant charge, $86.40.');
    await main.getByRole('button', { name: 'Transfer', exact: true }).click();

    const waiting = agentPage.locator('.cc-queue-item', { hasText: customer.name });
    await waiting.getByText('Why: Transferred: Duplicate restaurant charge, $86.40.').waitFor();
    await waiting.getByText('Queue: disputes').waitFor();
    await agentPage.getByRole('status').getByText('Transferred to disputes.').waitFor();
    expect(
      await agentPage.getByRole('navigation', { name: 'My conversations' }).getByText(customer.name).count(),
    ).toBe(0);
    const [after] = (await client.listConversations()).filter((c) => c.id === started.id);
    expect(after?.queue).toBe('disputes');
    expect(after?.status).toBe('queued');
    client.close();
    await agentContext.close();
  });
});
