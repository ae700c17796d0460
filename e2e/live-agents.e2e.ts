import { CustomerClient } from '@clearline/client';
import type { Page } from 'playwright-core';
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

/** What the console's polite status regions say now (the offer announcements among them). */
async function announced(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

/** Where keyboard focus is: the offer prompt must never take it. */
function focusIsInOffers(page: Page): Promise<boolean> {
  return page.evaluate(() => !!document.activeElement?.closest('.cc-offers'));
}

describe.skipIf(!chromiumAvailable())('live agents in the console: offers, escalation, supervision', () => {
  const env = useServerAndBrowser();

  it('the agent accepts an offered chat (Alt+Shift+Y), escalates to a supervisor, who accepts, whispers (the customer never sees it), leaves and monitors from Supervision', async () => {
    const customer = await demoCustomer(env.server.url, 3);
    const agent = await agentForAllQueues(env.server);
    const supervisor = await env.server.agent({ role: 'supervisor', queues: ['supervisor'] });
    const customerContext = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const agentContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const supervisorContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const customerPage = await customerContext.newPage();
    const agentPage = await agentContext.newPage();
    const supervisorPage = await supervisorContext.newPage();

    await agentSignsIn(agentPage, env.server.url, agent);
    const chat = await customerOpensChat(customerPage, env.server.url, customer);
    await assistantGreets(chat);
    await customerSends(chat, 'My hotel booking was charged twice.');
    await customerAsksForAgent(chat, 'type');

    // The offer: at the top of the waiting list, announced politely, with a visible countdown; focus stays.
    const offer = agentPage.locator('.cc-offer', { hasText: customer.name });
    await offer.waitFor();
    await announced(agentPage, `New chat offered to you: ${customer.name}`);
    expect(await offer.locator('.cc-offer__timer').textContent()).toMatch(/^\d+ seconds? left$/);
    const first = Number(await offer.locator('.cc-offer__timer').getAttribute('data-seconds-left'));
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(30);
    await offer.getByText(/^Why: /).waitFor();
    await offer.getByText(/^Queue: /).waitFor();
    expect(await focusIsInOffers(agentPage)).toBe(false);
    const accept = offer.getByRole('button', { name: `Accept offer: chat with ${customer.name}` });
    expect(await accept.getAttribute('data-action')).toBe('accept-offer');
    const size = await accept.boundingBox();
    expect(size!.height).toBeGreaterThanOrEqual(24);
    expect(size!.width).toBeGreaterThanOrEqual(24);
    // The countdown runs on its own.
    await waitUntil(
      async () => Number(await offer.locator('.cc-offer__timer').getAttribute('data-seconds-left')) < first,
      'the countdown to move',
    );
    expect(await seriousViolations(agentPage)).toEqual([]);
    await screenshot(agentPage, 'console-offer');

    // Alt+Shift+Y accepts it: the conversation opens as after Accept, the customer sees the agent join.
    await agentPage.keyboard.press('Alt+Shift+KeyY');
    const agentMain = agentPage.getByRole('main');
    await agentMain.getByRole('heading', { name: customer.name }).waitFor();
    await agentPage.locator('.cc-offer').waitFor({ state: 'detached' });
    await chat.getByText(`${agent.displayName} joined the chat.`).waitFor();
    const replyBox = agentMain.getByRole('textbox', { name: `Reply to ${customer.name}` });
    await expect.poll(() => replyBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await replyBox.fill('Hello, I am looking at the hotel charges now.');
    await replyBox.press('Enter');
    await deliveredMessage(chat, 'Hello, I am looking at the hotel charges now.').waitFor();

    // The supervisor is online; the agent escalates.
    await agentSignsIn(supervisorPage, env.server.url, supervisor);
    const tools = agentMain.getByRole('toolbar', { name: 'Conversation actions' });
    await tools.getByRole('button', { name: 'Invite…' }).click();
    await agentMain.getByLabel('Agent ID').waitFor();
    await agentMain.getByRole('button', { name: 'Escalate to a supervisor' }).click();
    await announced(agentPage, 'Escalated: a supervisor is being asked to join.');
    await agentMain.getByText(`${agent.displayName} asked for a supervisor.`).waitFor();

    // The supervisor gets the escalation offer and accepts it: they join the chat next to the agent.
    const escalation = supervisorPage.locator('.cc-offer[data-offer-kind="invite"]', {
      hasText: customer.name,
    });
    await escalation.waitFor();
    await announced(
      supervisorPage,
      `Escalation offered to you: the chat with ${customer.name} needs a supervisor.`,
    );
    await escalation.getByText('Escalation', { exact: true }).waitFor();
    expect(await seriousViolations(supervisorPage)).toEqual([]);
    await escalation
      .getByRole('button', { name: `Accept escalation: join the chat with ${customer.name}` })
      .click();
    const supMain = supervisorPage.getByRole('main');
    await supMain.getByRole('heading', { name: customer.name }).waitFor();
    await chat.getByText(`${supervisor.displayName} joined the chat.`).waitFor();
    await supMain
      .getByText(`Agents in this chat: ${agent.displayName}, ${supervisor.displayName} (you)`)
      .waitFor();
    await agentMain
      .getByText(`Agents in this chat: ${agent.displayName} (you), ${supervisor.displayName}`)
      .waitFor();
    // The supervisor also sees what happened before they came (the agent's reply).
    await deliveredMessage(supMain, 'Hello, I am looking at the hotel charges now.').waitFor();

    // A whisper: the agent sees it, marked; the customer never does.
    const whisper = 'Offer the goodwill credit, up to $25.';
    await supMain.getByRole('radio', { name: 'Whisper' }).check();
    const whisperBox = supMain.getByRole('textbox', { name: /^Whisper to the handling agent/ });
    await whisperBox.fill(whisper);
    await whisperBox.press('Enter');
    await announced(supervisorPage, 'Whisper sent to the agent.');
    const received = agentMain.getByRole('log').locator('li.cc-msg--whisper', { hasText: whisper });
    await received.waitFor();
    expect(await received.locator('.cc-msg__badge').textContent()).toBe('Whisper');
    expect(await received.locator('.cc-msg__author').textContent()).toBe(supervisor.displayName);
    await replyBox.fill('I can add a $25 credit today.');
    await replyBox.press('Enter');
    await deliveredMessage(chat, 'I can add a $25 credit today.').waitFor();
    expect(await chat.getByText(whisper).count()).toBe(0);
    expect(await chat.getByText('asked for a supervisor').count()).toBe(0);
    expect(await seriousViolations(agentPage)).toEqual([]);

    // The supervisor leaves; the agent keeps the chat.
    await supMain
      .getByRole('toolbar', { name: 'Conversation actions' })
      .getByRole('button', { name: 'Leave chat' })
      .click();
    await chat.getByText(`${supervisor.displayName} left the chat.`).waitFor();
    await announced(supervisorPage, 'You left the chat.');
    await agentMain.getByText(`Agents in this chat: ${agent.displayName} (you)`).waitFor();

    // Supervision: the queues with today's figures and the conversation being handled; monitor it.
    await supervisorPage.getByRole('button', { name: 'Supervision' }).click();
    const panel = supervisorPage.getByRole('region', { name: 'Supervision' });
    await panel.getByRole('table', { name: /^Queues today/ }).waitFor();
    await panel.getByRole('rowheader', { name: 'Supervisors' }).waitFor();
    expect(await panel.getByRole('columnheader', { name: 'Agents available' }).count()).toBe(1);
    expect(await seriousViolations(supervisorPage)).toEqual([]);
    await screenshot(supervisorPage, 'console-supervision');
    const row = panel.locator('[data-table="handling"] tr', { hasText: customer.name });
    // The list comes from the server: the handling agent is named.
    await row.getByRole('cell', { name: agent.displayName, exact: true }).waitFor();
    await row.getByRole('button', { name: `Monitor the chat with ${customer.name}` }).click();
    await supMain.getByText('Monitoring silently', { exact: true }).waitFor();
    await announced(supervisorPage, 'Monitoring silently: the customer is not told.');
    await customerSends(chat, 'Thank you, that works.');
    await deliveredMessage(supMain, 'Thank you, that works.').waitFor();
    // A silent monitor writes to the agent only.
    expect(await supMain.getByRole('radio', { name: 'Customer' }).count()).toBe(0);
    expect(await chat.getByText(`${supervisor.displayName} joined`).count()).toBe(1);

    await customerContext.close();
    await agentContext.close();
    await supervisorContext.close();
  });

  it('an agent declines an offer with a reason (Decline); it goes to the second agent, who accepts it', async () => {
    const customer = await demoCustomer(env.server.url, 4);
    const first = await agentForAllQueues(env.server);
    const second = await agentForAllQueues(env.server);
    const firstContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const secondContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const firstPage = await firstContext.newPage();
    const secondPage = await secondContext.newPage();
    await agentSignsIn(firstPage, env.server.url, first);

    const { token } = await CustomerClient.demoToken(env.server.url, customer.identity.id);
    const client = new CustomerClient({ url: env.server.url, token });
    await client.connect();
    const started = await client.startConversation({ cardAccountId: customer.identity.accounts[0]!.id });
    await client.send(started.id, 'agent');

    const offer = firstPage.locator('.cc-offer', { hasText: customer.name });
    await offer.waitFor();
    // The second agent comes online while the offer is the first agent's.
    await agentSignsIn(secondPage, env.server.url, second);
    expect(await secondPage.locator('.cc-offer').count()).toBe(0);

    await offer.getByLabel('Reason for declining (optional)').fill('On a call with the fraud team');
    await offer.getByRole('button', { name: `Decline offer: chat with ${customer.name}` }).click();
    await announced(firstPage, `Offer declined: the chat with ${customer.name} goes to another agent.`);
    await firstPage.locator('.cc-offer').waitFor({ state: 'detached' });

    const next = secondPage.locator('.cc-offer', { hasText: customer.name });
    await next.waitFor();
    await announced(secondPage, `New chat offered to you: ${customer.name}`);
    await next.getByRole('button', { name: `Accept offer: chat with ${customer.name}` }).click();
    const main = secondPage.getByRole('main');
    await main.getByRole('heading', { name: customer.name }).waitFor();
    await main.getByText(`${first.displayName} declined the chat: On a call with the fraud team`).waitFor();
    await waitUntil(
      async () =>
        (await client.listConversations()).some(
          (c) => c.id === started.id && c.status === 'assigned' && c.assignedAgentId === second.id,
        ),
      'the second agent to have the chat',
    );
    // Never offered back to the agent who declined.
    expect(await firstPage.locator('.cc-offer').count()).toBe(0);
    expect(await seriousViolations(secondPage)).toEqual([]);

    client.close();
    await firstContext.close();
    await secondContext.close();
  });
});
