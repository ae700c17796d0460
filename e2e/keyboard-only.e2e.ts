import { describe, expect, it } from 'vitest';
import { chromiumAvailable, waitUntil } from './support/browser.ts';
import { activeQuickReplies, assistantGreets, deliveredMessage } from './support/journeys.ts';
import { focusInfo, tabTo } from './support/keyboard.ts';
import { demoCustomer, useServerAndBrowser } from './support/server.ts';

describe.skipIf(!chromiumAvailable())('keyboard only', () => {
  const env = useServerAndBrowser();

  it('signs in, picks a card, opens the chat and sends with the keyboard alone', async () => {
    const customer = await demoCustomer(env.server.url, 1);
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const keys = page.keyboard;
    await page.goto(env.server.url);
    await page.getByRole('button', { name: `Sign in as ${customer.name}` }).waitFor();

    await tabTo(page, (f) => f.name.startsWith(`Sign in as ${customer.name}`), 'the sign-in button');
    await keys.press('Enter');
    await page.getByRole('heading', { name: `Welcome, ${customer.name}` }).waitFor();

    await tabTo(page, (f) => f.type === 'radio', 'the first card');
    await keys.press('Space');
    await tabTo(
      page,
      (f) => f.tag === 'button' && f.name === 'Chat with us' && !f.inWidget,
      '"Chat with us"',
    );
    await keys.press('Enter');

    // Opening the chat puts focus in the composer.
    const chat = page.getByRole('dialog', { name: 'Customer care' });
    await chat.waitFor();
    await waitUntil(async () => (await focusInfo(page))?.tag === 'textarea', 'focus in the composer');

    // The assistant's suggestions sit just before the composer: Shift+Tab reaches them, Enter presses
    // one, the choice appears in the log and focus comes back to the composer.
    await assistantGreets(chat);
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'When my payment is due', 'a quick reply', {
      backwards: true,
    });
    await keys.press('Enter');
    const choice = deliveredMessage(chat, 'When my payment is due');
    await choice.waitFor();
    expect(await choice.getAttribute('data-quick-reply')).toBe('intent:payment_due_date');
    await waitUntil(async () => (await focusInfo(page))?.tag === 'textarea', 'focus back in the composer');
    await chat
      .getByRole('log')
      .locator('li.cl-msg--assistant', { hasText: 'Your next payment is due on' })
      .waitFor();
    // The next prompt's buttons are reachable the same way; no keyboard trap: Tab returns to the composer.
    await activeQuickReplies(chat).getByRole('button', { name: 'Talk to an agent' }).waitFor();
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Talk to an agent', 'the new quick reply', {
      backwards: true,
    });
    await tabTo(page, (f) => f.tag === 'textarea', 'the composer again');

    // Shift+Enter adds a line; Enter sends.
    await keys.type('Line one');
    await keys.press('Shift+Enter');
    await keys.type('line two');
    expect(await chat.locator('li[data-seq]', { hasText: 'Line one' }).count()).toBe(0);
    await keys.press('Enter');
    const sent = deliveredMessage(chat, 'Line one');
    await sent.waitFor();
    expect(await sent.locator('.cl-msg__body').textContent()).toBe('Line one\nline two');

    // The assistant answers it before the chat is minimised (a reply arriving later would be counted
    // as new on the launcher, which is right but not what this step checks).
    const sentSeq = Number(await sent.getAttribute('data-seq'));
    await waitUntil(
      async () =>
        (
          await chat
            .locator('li.cl-msg--assistant[data-seq]')
            .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-seq'))))
        ).some((seq) => seq > sentSeq),
      'the assistant to answer',
    );
    // Escape minimises to the launcher and keeps focus on it; Enter reopens into the composer.
    await keys.press('Escape');
    await chat.waitFor({ state: 'hidden' });
    await waitUntil(async () => (await focusInfo(page))?.name === 'Chat with us', 'focus on the launcher');
    await keys.press('Enter');
    await chat.waitFor();
    await waitUntil(async () => (await focusInfo(page))?.tag === 'textarea', 'focus back in the composer');
    expect(await deliveredMessage(chat, 'Line one').count()).toBe(1);

    // "End chat" asks first; Escape keeps chatting and returns to the composer.
    await tabTo(page, (f) => f.name === 'End chat', '"End chat"', { backwards: true });
    await keys.press('Enter');
    await waitUntil(
      async () => (await focusInfo(page))?.name === 'Keep chatting',
      'focus on "Keep chatting"',
    );
    await keys.press('Escape');
    await waitUntil(async () => (await focusInfo(page))?.tag === 'textarea', 'focus back in the composer');

    // Ending with the keyboard: the customer sees the chat ended.
    await tabTo(page, (f) => f.name === 'End chat', '"End chat"', { backwards: true });
    await keys.press('Enter');
    await tabTo(page, (f) => f.name === 'Yes, end chat', '"Yes, end chat"');
    await keys.press('Enter');
    await chat.getByText('This chat has ended.').waitFor();

    await context.close();
  });
});
