import { describe, expect, it } from 'vitest';
import { overflowsHorizontally, seriousViolations } from './support/axe.ts';
import { chromiumAvailable, screenshot } from './support/browser.ts';
import {
  activeQuickReplies,
  agentSignsIn,
  assistantGreets,
  customerAsksForAgent,
  customerOpensChat,
  customerSends,
  deliveredMessage,
} from './support/journeys.ts';
import { agentForAllQueues, demoCustomer, useServerAndBrowser } from './support/server.ts';

describe.skipIf(!chromiumAvailable())('accessibility (axe-core, WCAG 2.x A/AA) and reflow', () => {
  const env = useServerAndBrowser();

  it('has no serious or critical violations on the demo site with the chat open, nor on the console', async () => {
    const customer = await demoCustomer(env.server.url, 2);
    const customerContext = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const customerPage = await customerContext.newPage();

    // The sign-in step of the demo site.
    await customerPage.goto(env.server.url);
    await customerPage.getByRole('button', { name: `Sign in as ${customer.name}` }).waitFor();
    expect(await seriousViolations(customerPage)).toEqual([]);

    const chat = await customerOpensChat(customerPage, env.server.url, customer);
    // The assistant's greeting with its quick replies on screen.
    await assistantGreets(chat);
    expect(await seriousViolations(customerPage)).toEqual([]);
    await customerPage.setViewportSize({ width: 320, height: 640 });
    expect(await overflowsHorizontally(customerPage)).toBe(false);
    for (const button of await activeQuickReplies(chat).getByRole('button').all()) {
      const b = await button.boundingBox();
      expect(b!.height).toBeGreaterThanOrEqual(24);
      expect(b!.x + b!.width).toBeLessThanOrEqual(320);
    }
    await customerPage.setViewportSize({ width: 1280, height: 800 });

    await customerSends(chat, 'Can you check my last payment?');
    await deliveredMessage(chat, 'Can you check my last payment?').waitFor();
    expect(await seriousViolations(customerPage)).toEqual([]);

    // The same page in Spanish.
    await chat.getByRole('button', { name: 'ES', exact: true }).click();
    const chatEs = customerPage.getByRole('dialog', { name: 'Atención al cliente' });
    await chatEs.getByRole('textbox', { name: 'Escriba su mensaje' }).waitFor();
    expect(await customerPage.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await seriousViolations(customerPage)).toEqual([]);
    await chatEs.getByRole('button', { name: 'EN', exact: true }).click();
    await chat.waitFor();

    // Reflow at 320 CSS px: no horizontal scrolling, the chat fills the screen.
    await customerPage.setViewportSize({ width: 320, height: 640 });
    expect(await overflowsHorizontally(customerPage)).toBe(false);
    const box = await chat.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(320);
    await screenshot(customerPage, 'widget-320');

    // The customer asks the assistant for a person; the chat waits in a queue.
    await customerAsksForAgent(chat, 'type');
    expect(await seriousViolations(customerPage)).toEqual([]);

    // The console after sign-in, with an accepted conversation and its handoff summary on screen.
    const agent = await agentForAllQueues(env.server);
    const agentContext = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const agentPage = await agentContext.newPage();
    await agentPage.goto(`${env.server.url}/console/`);
    await agentPage.getByRole('heading', { name: 'Agent sign-in' }).waitFor();
    expect(await seriousViolations(agentPage)).toEqual([]);
    await agentSignsIn(agentPage, env.server.url, agent);
    expect(await seriousViolations(agentPage)).toEqual([]);
    await agentPage.getByRole('button', { name: `Accept chat with ${customer.name}` }).click();
    await deliveredMessage(agentPage.getByRole('main'), 'Can you check my last payment?').waitFor();
    await agentPage.getByRole('region', { name: 'Handoff from the assistant' }).waitFor();
    expect(await seriousViolations(agentPage)).toEqual([]);

    await agentPage.setViewportSize({ width: 320, height: 640 });
    expect(await overflowsHorizontally(agentPage)).toBe(false);
    // Stacked, not overlapping: the conversation comes after the lists.
    const sidebar = await agentPage.locator('.cc-sidebar').boundingBox();
    const main = await agentPage.getByRole('main').boundingBox();
    expect(sidebar!.y + sidebar!.height).toBeLessThanOrEqual(main!.y);
    await screenshot(agentPage, 'console-320');

    await customerContext.close();
    await agentContext.close();
  });
});
