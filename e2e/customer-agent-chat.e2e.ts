import { CustomerClient } from '@clearline/client';
import { describe, expect, it } from 'vitest';
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

/** Another cardmember reports fraud through the SDK (the button's value, so no guessing): top priority. */
async function fraudReportedBy(
  url: string,
  cardmemberId: string,
  cardAccountId: string,
): Promise<() => void> {
  const { token } = await CustomerClient.demoToken(url, cardmemberId);
  const client = new CustomerClient({ url, token });
  await client.connect();
  const conversation = await client.startConversation({ cardAccountId });
  await client.send(conversation.id, 'Report fraud', { quickReply: 'intent:report_fraud' });
  await waitUntil(
    async () =>
      (await client.listConversations()).some((c) => c.id === conversation.id && c.status === 'queued'),
    'the fraud report to be handed to the fraud queue',
  );
  return () => client.close();
}

describe.skipIf(!chromiumAvailable())('customer and agent chat in real browsers', () => {
  const env = useServerAndBrowser();

  it('a customer meets the assistant, asks for an agent, the agent reads the handoff, accepts and replies, they talk, the agent ends the chat', async () => {
    const customer = await demoCustomer(env.server.url);
    const fraudCustomer = await demoCustomer(env.server.url, 2);
    const agent = await agentForAllQueues(env.server);
    const customerContext = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const agentContext = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const customerPage = await customerContext.newPage();
    const agentPage = await agentContext.newPage();

    // The customer signs in on the demo site, picks a card and opens the chat: the assistant answers first.
    const chat = await customerOpensChat(customerPage, env.server.url, customer);
    const greeting = await assistantGreets(chat);
    expect(await greeting.locator('.cl-msg__author').textContent()).toBe('Clearline Assistant');
    expect(await greeting.locator('.cl-msg__badge').textContent()).toBe('Virtual assistant');
    const question = 'Hi, I see a charge I do not recognise from yesterday.';
    await customerSends(chat, question);
    await deliveredMessage(chat, question).waitFor();
    // The greeting's suggestions are gone once the customer has answered.
    await greeting.getByRole('button').first().waitFor({ state: 'detached' });

    // Whatever the assistant made of it, "agent" hands the chat to a queue.
    await customerAsksForAgent(chat, 'type');
    await chat
      .locator('[data-event="handed_off"]', { hasText: 'The assistant is connecting you with an agent.' })
      .waitFor();
    // While waiting, the customer is told their place in line (nobody is staffed yet: "shortly").
    await chat
      .getByTestId('queue-status')
      .getByText(/^You're (next|number \d+ in line)\./)
      .waitFor();

    // Meanwhile another cardmember reports fraud: that chat goes to the top of the list.
    const closeFraud = await fraudReportedBy(
      env.server.url,
      fraudCustomer.identity.id,
      fraudCustomer.identity.accounts[0]!.id,
    );

    // The agent signs in with password + TOTP and sees both, fraud first, each with why it is there.
    await agentSignsIn(agentPage, env.server.url, agent);
    const waiting = agentPage.locator('.cc-queue-item', { hasText: customer.name });
    await waiting.waitFor();
    const fraud = agentPage.locator('.cc-queue-item', { hasText: fraudCustomer.name });
    await fraud.getByText('Fraud — top priority').waitFor();
    await fraud.getByText(/^Why: /).waitFor();
    expect(await agentPage.locator('.cc-queue-item').first().textContent()).toContain(fraudCustomer.name);
    await waiting.getByText(/^Why: /).waitFor();
    expect(await waiting.getByText('Fraud — top priority').count()).toBe(0);
    expect(await waiting.getByText(/Waiting/).textContent()).toMatch(/Waiting/);
    await waiting.getByRole('button', { name: `Accept chat with ${customer.name}` }).click();

    // Accepted: the handoff summary heads the conversation (with the customer's own words), the
    // transcript shows the question and the assistant's messages as the assistant's.
    const conversation = agentPage.getByRole('main');
    const summary = conversation.getByRole('region', { name: 'Handoff from the assistant' });
    await summary.waitFor();
    await summary.getByText(question).waitFor();
    await summary.getByText(/Signed in to the issuer/).waitFor();
    await deliveredMessage(conversation, question).waitFor();
    const assistantSaid = conversation.getByRole('log').locator('li.cc-msg--assistant').first();
    expect(await assistantSaid.locator('.cc-msg__author').textContent()).toBe('Clearline Assistant');
    await waiting.waitFor({ state: 'detached' });

    // The agent replies; the customer sees who joined and the reply.
    const reply = 'Hello, I can help with that. Which merchant name do you see?';
    const replyBox = agentPage.getByRole('textbox', { name: `Reply to ${customer.name}` });
    await replyBox.fill(reply);
    await chat.getByRole('status').getByText(`${agent.displayName} is typing…`).waitFor();
    await replyBox.press('Enter');
    await deliveredMessage(chat, reply).waitFor();
    await chat.getByText(`${agent.displayName} joined the chat.`).waitFor();
    const replyItem = deliveredMessage(chat, reply);
    expect(await replyItem.locator('.cl-msg__author').textContent()).toBe(agent.displayName);
    expect(await replyItem.getAttribute('class')).toContain('cl-msg--agent');

    // The customer answers; the agent sees it.
    const answer = 'It says ACME STREAMING, $14.99.';
    const composer = chat.getByRole('textbox', { name: 'Type your message' });
    await composer.fill(answer);
    await conversation.getByRole('status').getByText(`${customer.name} is typing…`).waitFor();
    await composer.press('Enter');
    await deliveredMessage(conversation, answer).waitFor();

    // Switching to another card and back re-follows the open conversation on the first card.
    const [first, second] = customer.identity.accounts;
    if (first && second) {
      await customerPage
        .getByRole('radio', { name: `${second.productName} ending in ${second.last4}` })
        .check();
      await customerPage
        .getByRole('dialog', { name: 'Customer care' })
        .getByText(`About your ${second.productName}`)
        .waitFor();
      expect(await deliveredMessage(chat, question).count()).toBe(0);
      await customerPage.getByRole('radio', { name: customer.cardLabel }).check();
      await deliveredMessage(chat, answer).waitFor();
      expect(await deliveredMessage(chat, question).count()).toBe(1);
    }

    // A card number typed into the chat is removed before it is stored or shown to anyone: the
    // customer is told why, and both sides see only the last four.
    await customerSends(chat, 'Do you need my card? It is 4111 1111 1111 1111');
    await deliveredMessage(chat, '[card ending 1111]').waitFor();
    await chat.getByTestId('sensitive-notice').waitFor();
    await deliveredMessage(conversation, '[card ending 1111]').waitFor();
    expect(await chat.getByText('4111 1111 1111 1111').count()).toBe(0);
    expect(await conversation.getByText('4111 1111 1111 1111').count()).toBe(0);

    // The customer token stays in memory: not in the address, not in web storage.
    expect(customerPage.url()).toBe(`${env.server.url}/`);
    expect(await customerPage.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await screenshot(customerPage, 'widget');
    await screenshot(agentPage, 'console');

    // The agent ends the chat; the customer sees it ended and can only start a new one.
    await agentPage.getByRole('button', { name: 'End chat' }).click();
    await chat.locator('[data-event="resolved"]').waitFor();
    await chat.getByText('This chat has ended.').waitFor();
    await chat.getByRole('button', { name: 'Start a new chat' }).waitFor();
    expect(await chat.getByRole('textbox', { name: 'Type your message' }).count()).toBe(0);
    await conversation.getByText('This chat has ended.').waitFor();

    // Each message is shown exactly once on both sides.
    for (const text of [question, reply, answer]) {
      expect(await deliveredMessage(chat, text).count()).toBe(1);
      expect(await deliveredMessage(conversation, text).count()).toBe(1);
    }

    closeFraud();
    await customerContext.close();
    await agentContext.close();
  });
});
