import { describe, expect, it } from 'vitest';
import { overflowsHorizontally, seriousViolations } from './support/axe.ts';
import { chromiumAvailable, screenshot, waitUntil } from './support/browser.ts';
import {
  activeQuickReplies,
  assistantGreets,
  customerOpensChat,
  customerPresses,
  deliveredMessage,
} from './support/journeys.ts';
import { demoCustomer, useServerAndBrowser } from './support/server.ts';

const REFERENCE = /^CL-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

describe.skipIf(!chromiumAvailable())('the assistant serves a signed-in cardmember on its own', () => {
  const env = useServerAndBrowser();

  it('locks a card with buttons: the card, an explicit yes, a reference number; no agent needed', async () => {
    const customer = await demoCustomer(env.server.url, 0);
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();

    // Opening the chat starts the conversation: the assistant greets with suggestions.
    const chat = await customerOpensChat(page, env.server.url, customer);
    const greeting = await assistantGreets(chat);
    expect(await greeting.locator('.cl-msg__author').textContent()).toBe('Clearline Assistant');
    const buttons = activeQuickReplies(chat).getByRole('button');
    expect(await buttons.allTextContents()).toEqual(
      expect.arrayContaining(['Lock my card', 'Talk to an agent']),
    );
    // Real buttons with targets well over 24 × 24 px (WCAG 2.5.8), and no axe findings with them shown.
    for (const box of await Promise.all((await buttons.all()).map((b) => b.boundingBox()))) {
      expect(box!.width).toBeGreaterThanOrEqual(24);
      expect(box!.height).toBeGreaterThanOrEqual(24);
    }
    expect(await seriousViolations(page)).toEqual([]);

    // "Lock my card": the label is the customer's message, the option's value goes with it.
    await customerPresses(chat, 'Lock my card');
    const choice = deliveredMessage(chat, 'Lock my card');
    expect(await choice.getAttribute('data-quick-reply')).toBe('intent:lock_card');
    // The greeting's buttons are gone: only the latest prompt can be answered.
    await greeting.getByRole('button').first().waitFor({ state: 'detached' });

    // Several cards on the account: the assistant asks which one (buttons again), then asks to confirm.
    const log = chat.getByRole('log');
    const confirmPrompt = log.locator('li.cl-msg--assistant', { hasText: /Lock the card ending in \d{4}\?/ });
    const whichCard = log.locator('li.cl-msg--assistant', { hasText: 'Which card is it?' });
    await waitUntil(
      async () => (await confirmPrompt.count()) > 0 || (await whichCard.count()) > 0,
      'the assistant to ask which card or to confirm',
    );
    let last4: string;
    if ((await whichCard.count()) > 0) {
      const first = whichCard.getByRole('button', { name: /^Card ending in \d{4}/ }).first();
      const label = (await first.textContent()) ?? '';
      last4 = /ending in (\d{4})/.exec(label)![1]!;
      await customerPresses(chat, label);
    } else {
      last4 = /ending in (\d{4})/.exec((await confirmPrompt.textContent()) ?? '')![1]!;
    }
    await confirmPrompt.getByRole('button', { name: 'Yes', exact: true }).waitFor();
    expect(await confirmPrompt.textContent()).toContain(`Lock the card ending in ${last4}?`);
    expect(await seriousViolations(page)).toEqual([]);

    // The customer says yes: the card is locked and the confirmation carries a reference number.
    await customerPresses(chat, 'Yes');
    const done = log.locator('li.cl-msg--assistant', { hasText: `the card ending in ${last4} is locked` });
    await done.waitFor();
    const reference = done.locator('[data-reference]');
    const number = (await reference.textContent()) ?? '';
    expect(number).toMatch(REFERENCE);
    expect(await done.textContent()).toContain(`Reference number: ${number}`);
    expect(await confirmPrompt.getByRole('button').count()).toBe(0);

    // Still with the assistant: it asks if there is anything else; nobody was handed off.
    await activeQuickReplies(chat).getByRole('button', { name: 'Talk to an agent' }).waitFor();
    expect(await chat.locator('[data-event="handed_off"]').count()).toBe(0);
    // Only one set of suggestions is live at a time.
    expect(await activeQuickReplies(chat).count()).toBe(1);

    // Reflow at 320 CSS px with the suggestions on screen.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await overflowsHorizontally(page)).toBe(false);
    for (const box of await Promise.all(
      (await activeQuickReplies(chat).getByRole('button').all()).map((b) => b.boundingBox()),
    )) {
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    }
    await screenshot(page, 'widget-assistant-lock-320');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'widget-assistant-lock');
    await context.close();
  });

  it('answers the due date in Spanish after the customer switches the language', async () => {
    const customer = await demoCustomer(env.server.url, 2);
    const card = customer.identity.accounts[0]!;
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.getByRole('button', { name: `Sign in as ${customer.name}` }).click();
    await page.getByRole('heading', { name: `Welcome, ${customer.name}` }).waitFor();

    // The site's language switch: the chat opens in Spanish and the assistant greets in Spanish.
    await page.getByRole('banner').getByRole('button', { name: 'ES', exact: true }).click();
    await page.getByRole('heading', { name: `Hola, ${customer.name}` }).waitFor();
    const radio = page.getByRole('radio', { name: `${card.productName} terminada en ${card.last4}` });
    if (!(await radio.isChecked())) await radio.check();
    await page.getByRole('main').getByRole('button', { name: 'Chatee con nosotros' }).click();
    const chat = page.getByRole('dialog', { name: 'Atención al cliente' });
    const greeting = chat.getByRole('log').locator('li.cl-msg--assistant[data-kind="quick_replies"]').first();
    await greeting.getByRole('group', { name: 'Respuestas sugeridas' }).waitFor();
    expect(await greeting.locator('.cl-msg__author').textContent()).toBe('Asistente Clearline');
    expect(await greeting.locator('.cl-msg__badge').textContent()).toBe('Asistente virtual');

    const box = chat.getByRole('textbox', { name: 'Escriba su mensaje' });
    await box.fill('¿cuándo vence mi pago?');
    await box.press('Enter');
    await deliveredMessage(chat, '¿cuándo vence mi pago?').waitFor();
    const answer = chat
      .getByRole('log')
      .locator('li.cl-msg--assistant', { hasText: 'Su próximo pago vence el' });
    await answer.waitFor();
    expect(await answer.textContent()).toMatch(/Su próximo pago vence el \d{1,2} de [a-z]+ de \d{4}/);
    expect(await chat.locator('[data-event="handed_off"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
