import type { TestAgent } from '@clearline/server/test';
import type { Locator, Page } from 'playwright-core';
import type { DemoCustomer } from './server.ts';

/** The customer signs in on the demo site, picks a card and opens the chat; returns the chat dialog. */
export async function customerOpensChat(page: Page, url: string, customer: DemoCustomer): Promise<Locator> {
  await page.goto(url);
  await page.getByRole('button', { name: `Sign in as ${customer.name}` }).click();
  const card = page.getByRole('radio', { name: customer.cardLabel });
  await card.waitFor();
  if (!(await card.isChecked())) await card.check();
  await page.getByRole('main').getByRole('button', { name: 'Chat with us' }).click();
  const chat = page.getByRole('dialog', { name: 'Customer care' });
  await chat.waitFor();
  await chat.getByRole('textbox', { name: 'Type your message' }).waitFor();
  return chat;
}

/** The assistant's greeting: its first message, with suggested replies under it. */
export async function assistantGreets(chat: Locator): Promise<Locator> {
  const greeting = chat.getByRole('log').locator('li.cl-msg--assistant[data-kind="quick_replies"]').first();
  await greeting.waitFor();
  await greeting.getByRole('group', { name: 'Suggested replies' }).waitFor();
  return greeting;
}

/** The one set of quick replies that can be pressed now (the latest prompt's). */
export function activeQuickReplies(chat: Locator, name = 'Suggested replies'): Locator {
  return chat.getByRole('log').getByRole('group', { name });
}

/** Presses a quick reply of the latest prompt and waits until the choice is in the transcript. */
export async function customerPresses(chat: Locator, label: string): Promise<void> {
  await activeQuickReplies(chat).getByRole('button', { name: label, exact: true }).click();
  await chat
    .getByRole('log')
    .locator('li.cl-msg--customer[data-seq][data-quick-reply]', { hasText: label })
    .last()
    .waitFor();
}

/**
 * The customer asks the assistant for a person (typing "agent", or pressing "Talk to an agent" when
 * the latest prompt offers it) and waits until the assistant has handed the chat to a queue.
 */
export async function customerAsksForAgent(chat: Locator, how: 'type' | 'button' = 'type'): Promise<void> {
  if (how === 'button') await customerPresses(chat, 'Talk to an agent');
  else await customerSends(chat, 'agent');
  await chat.locator('[data-event="handed_off"]').waitFor();
}

/** Types a message in the widget's composer and sends it with Enter. */
export async function customerSends(chat: Locator, text: string): Promise<void> {
  const box = chat.getByRole('textbox', { name: 'Type your message' });
  await box.fill(text);
  await box.press('Enter');
}

/** A delivered (acknowledged) message in a transcript: it carries its server seq. */
export function deliveredMessage(scope: Locator, text: string): Locator {
  return scope.getByRole('log').locator('li[data-seq]', { hasText: text });
}

/** The agent signs in on /console/ with password and a fresh TOTP code. */
export async function agentSignsIn(page: Page, url: string, agent: TestAgent): Promise<void> {
  await page.goto(`${url}/console/`);
  await page.getByLabel('E-mail').fill(agent.email);
  await page.getByLabel('Password', { exact: true }).fill(agent.password);
  await page.getByLabel('Authenticator code').fill(agent.totp());
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Waiting' }).waitFor();
}
