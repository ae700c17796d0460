import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshot } from './support/browser.ts';
import { agentSignsIn, customerOpensChat, customerSends, deliveredMessage } from './support/journeys.ts';
import { demoCustomer, useServerAndBrowser } from './support/server.ts';

describe.skipIf(!chromiumAvailable())('customer and agent chat in real browsers', () => {
  const env = useServerAndBrowser();

  it('a customer asks, an agent accepts and replies, they talk, the agent ends the chat', async () => {
    const customer = await demoCustomer(env.server.url);
    const agent = await env.server.agent();
    const customerContext = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const agentContext = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const customerPage = await customerContext.newPage();
    const agentPage = await agentContext.newPage();

    // The customer signs in on the demo site, picks a card and asks a question.
    const chat = await customerOpensChat(customerPage, env.server.url, customer);
    const question = 'Hi, I see a charge I do not recognise from yesterday.';
    await customerSends(chat, question);
    await deliveredMessage(chat, question).waitFor();
    await chat.locator('[data-event="queued"]').waitFor();

    // The agent signs in with password + TOTP and sees the waiting customer with a preview.
    await agentSignsIn(agentPage, env.server.url, agent);
    const waiting = agentPage.locator('.cc-queue-item', { hasText: customer.name });
    await waiting.waitFor();
    await waiting.getByText(question).waitFor();
    expect(await waiting.getByText(/Waiting/).textContent()).toMatch(/Waiting/);
    await waiting.getByRole('button', { name: `Accept chat with ${customer.name}` }).click();

    // Accepted: the transcript shows the question; the queue no longer lists the customer.
    const conversation = agentPage.getByRole('main');
    await deliveredMessage(conversation, question).waitFor();
    await agentPage.getByText('Nobody is waiting.').waitFor();

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

    await customerContext.close();
    await agentContext.close();
  });
});
