import { CustomerClient } from '@clearline/client';
import type { CaseDetail } from '@clearline/protocol';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { overflowsHorizontally, seriousViolations } from './support/axe.ts';
import { chromiumAvailable, screenshot, waitUntil } from './support/browser.ts';
import {
  agentSignsIn,
  assistantGreets,
  customerAsksForAgent,
  customerOpensChat,
  customerSends,
} from './support/journeys.ts';
import { agentForAllQueues, demoCustomer, useServerAndBrowser } from './support/server.ts';

/** "2027-03-11" → "March 11, 2027", as the demo site writes calendar days in English. */
function longDay(day: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A fact of a description list: the `<dd>` after the `<dt>` with exactly this label. */
function fact(scope: Locator, label: string): Locator {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return scope.locator('dt').filter({ hasText: exact }).locator('xpath=following-sibling::dd[1]');
}

async function customerGoesToMessages(page: Page): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Your account' })
    .getByRole('link', { name: /Messages and cases/ })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Messages and cases' }).waitFor();
  return page.getByRole('main');
}

describe.skipIf(!chromiumAvailable())(
  'cases: a dispute opened in the console, followed by the customer',
  () => {
    const env = useServerAndBrowser();

    it("an agent opens a dispute of the customer's charge; the customer sees it with its reference and dates; the agent acknowledges it and the customer sees the update", async () => {
      const customer = await demoCustomer(env.server.url, 3);
      const agent = await agentForAllQueues(env.server);
      const core = env.server.server.services.issuerCore;
      const cardAccountId = customer.identity.accounts[0]!.id;
      // A posted purchase on the latest statements: what the customer says was charged twice.
      let charge: { id: string; merchant: string; amountCents: number } | undefined;
      for (const statement of await core.listStatements(cardAccountId)) {
        const found = (await core.listTransactions(cardAccountId, { statementId: statement.id })).find(
          (x) => x.kind === 'purchase' && x.amountCents > 0 && x.status === 'posted',
        );
        if (found) {
          charge = { id: found.id, merchant: found.merchant, amountCents: found.amountCents };
          break;
        }
      }
      expect(charge, 'the demo seed has a billed purchase on this card').toBeDefined();
      const amount = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
        charge!.amountCents / 100,
      );

      const customerContext = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const agentContext = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
      const customerPage = await customerContext.newPage();
      const agentPage = await agentContext.newPage();

      // Before any case: the customer's Messages and cases page says so, and passes axe.
      const chat = await customerOpensChat(customerPage, env.server.url, customer);
      await assistantGreets(chat);
      await customerSends(chat, `I was charged twice at ${charge!.merchant}.`);
      await customerAsksForAgent(chat, 'type');

      // The agent accepts; the Cases panel of the card account is empty.
      await agentSignsIn(agentPage, env.server.url, agent);
      await agentPage
        .locator('.cc-queue-item', { hasText: customer.name })
        .getByRole('button', { name: `Accept chat with ${customer.name}` })
        .click();
      const cases = agentPage
        .getByRole('complementary', { name: "The customer's card account" })
        .getByRole('region', {
          name: 'Cases',
        });
      await cases.getByText('No cases on this card account yet.').waitFor();

      // The charges to choose from: none chosen yet, the agent is told to choose one.
      await cases.getByRole('button', { name: 'Open a dispute…' }).click();
      const disputeForm = cases.getByRole('form', { name: 'Open a dispute' });
      const picker = disputeForm.getByRole('group', { name: 'Which charge?' });
      await picker.waitFor();
      await disputeForm.getByRole('button', { name: 'Open dispute' }).click();
      await disputeForm.getByRole('alert').getByText('Choose the charge to dispute.').waitFor();
      // Each charge reads "amount · merchant · date"; the right one is chosen with the keyboard.
      const option = picker.locator(`li[data-charge="${charge!.id}"]`).getByRole('radio');
      const name = await picker.locator(`li[data-charge="${charge!.id}"] label`).textContent();
      expect(name).toContain(`${amount} · ${charge!.merchant} · `);
      await option.focus();
      await agentPage.keyboard.press('Space');
      expect(await option.isChecked()).toBe(true);
      expect(await seriousViolations(agentPage)).toEqual([]);

      // Charged twice: the dispute opens with its reference and Regulation Z clocks.
      await disputeForm.getByLabel('Reason').selectOption({ label: 'Charged twice' });
      await disputeForm.getByRole('button', { name: 'Open dispute' }).click();
      const opened = cases.getByRole('status').getByText(/^Dispute CL-[0-9A-Z]{4}-[0-9A-Z]{4} opened\./);
      await opened.waitFor();
      const reference = /CL-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await opened.textContent()) ?? '')![0];
      const caseView = cases.getByRole('region', { name: `Case ${reference}` });
      await caseView.waitFor();
      // The case heading takes the focus, so the agent continues from there.
      expect(await agentPage.evaluate(() => document.activeElement?.textContent)).toBe(`Case ${reference}`);
      const detail: CaseDetail = await agentPage.evaluate(
        async (ref) =>
          ((await (await fetch(`/api/v1/agent/cases/${ref}`)).json()) as { data: CaseDetail }).data,
        reference,
      );
      const dispute = detail.dispute!;
      expect(dispute.transactionId).toBe(charge!.id);
      expect(await fact(caseView, 'Status').textContent()).toBe('Open');
      expect(await caseView.locator('[data-field="ack-due"]').textContent()).toContain('Pending');
      expect(await caseView.locator('[data-field="resolution-due"]').textContent()).toMatch(
        /Pending.*days? left/,
      );
      expect(await caseView.getByRole('button', { name: 'Acknowledge' }).isEnabled()).toBe(true);
      expect(await seriousViolations(agentPage)).toEqual([]);
      await screenshot(agentPage, 'console-case-opened');

      // The form again: the disputed charge is marked and cannot be chosen a second time.
      await cases.getByRole('button', { name: 'Open a dispute…' }).click();
      const againForm = cases.getByRole('form', { name: 'Open a dispute' });
      const disputed = againForm.locator(`li[data-charge="${charge!.id}"]`);
      await disputed.getByText(/dispute pending/).waitFor();
      expect(await disputed.getByRole('radio').isDisabled()).toBe(true);
      await againForm.getByRole('button', { name: 'Cancel' }).click();

      // An internal note on the case: agents see it marked, the customer never does.
      const note = 'Second authorisation looks like a pre-auth that posted; check with the merchant.';
      await caseView.getByRole('button', { name: 'Add internal note…' }).click();
      await caseView.getByLabel('Internal note (agents only)').fill(note);
      await caseView.getByRole('button', { name: 'Save note' }).click();
      await cases
        .getByRole('status')
        .getByText(`Note saved on case ${reference}. Only agents can see it.`)
        .waitFor();
      await caseView
        .locator('li[data-visibility="agents"]', { hasText: note })
        .getByText('Agents only')
        .waitFor();

      // The customer goes to Messages and cases: one unread notice about the case, and the case itself.
      const nav = customerPage.getByRole('navigation', { name: 'Your account' });
      const main = await customerGoesToMessages(customerPage);
      await waitForFocusOn(customerPage, 'Messages and cases');
      await main.getByRole('status').getByText('You have 1 unread message.').waitFor();
      await nav.getByRole('link', { name: 'Messages and cases 1 unread' }).waitFor();
      const messages = main.getByRole('region', { name: 'Secure messages' });
      const notice = messages.getByRole('listitem').filter({ hasText: reference });
      expect(await notice.getAttribute('data-unread')).toBe('true');
      const toggle = notice.getByRole('button');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      // Opening it marks it read, here and on the server.
      await main.getByRole('status').getByText('You have no unread messages.').waitFor();
      expect(await notice.getAttribute('data-unread')).toBe('false');
      await nav.getByRole('link', { name: 'Messages and cases', exact: true }).waitFor();

      const yourCases = main.getByRole('region', { name: 'Your cases' });
      const listed = yourCases.locator(`li[data-reference="${reference}"]`);
      expect(await fact(listed, 'Reference number').textContent()).toBe(reference);
      expect(await fact(listed, 'Type').textContent()).toBe('Billing dispute');
      expect(await fact(listed, 'Status').textContent()).toBe('Open');
      expect(await seriousViolations(customerPage)).toEqual([]);

      // The notice links to its case: the detail shows the dates the customer can hold us to.
      await notice.getByRole('link', { name: `View case ${reference}` }).click();
      const customerCase = main.getByRole('region', { name: `Case ${reference}` });
      await customerCase.waitFor();
      await waitForFocusOn(customerPage, `Case ${reference}`);
      expect(await fact(customerCase, 'We will acknowledge it in writing by').textContent()).toBe(
        longDay(dispute.acknowledgementDueOn),
      );
      expect(await fact(customerCase, 'We will resolve it by').textContent()).toBe(
        longDay(dispute.resolutionDueOn),
      );
      expect(await fact(customerCase, 'Status').textContent()).toBe('Open');
      const timeline = customerCase.getByRole('list').last();
      expect(await timeline.textContent()).toContain('Case opened');
      expect(await customerPage.getByText(note).count()).toBe(0);
      expect(await seriousViolations(customerPage)).toEqual([]);
      // 320 CSS px wide (400% zoom): no horizontal scrolling.
      await customerPage.setViewportSize({ width: 320, height: 640 });
      expect(await overflowsHorizontally(customerPage)).toBe(false);
      await screenshot(customerPage, 'demo-case-320');
      await customerPage.setViewportSize({ width: 1280, height: 800 });

      // The agent acknowledges the dispute.
      await caseView.getByRole('button', { name: 'Acknowledge' }).click();
      await cases
        .getByRole('status')
        .getByText(`Case ${reference} acknowledged. The customer was sent a notice.`)
        .waitFor();
      await caseView.locator('[data-field="status"]', { hasText: 'Acknowledged' }).waitFor();
      expect(await caseView.locator('[data-field="ack-due"]').textContent()).toContain('Met');
      expect(await cases.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);

      // The customer checks for updates: the status, the acknowledgement date, a new unread notice.
      await main.getByRole('button', { name: 'Check for updates' }).click();
      await fact(customerCase, 'Status').getByText('Acknowledged').waitFor();
      expect(await fact(customerCase, 'Acknowledged').count()).toBe(1);
      expect(await customerCase.textContent()).not.toContain('We will acknowledge it in writing by');
      expect(await fact(customerCase, 'We will resolve it by').textContent()).toBe(
        longDay(dispute.resolutionDueOn),
      );
      expect(await timeline.textContent()).toContain('We acknowledged your dispute in writing.');
      await main.getByRole('status').getByText('You have 1 unread message.').waitFor();
      expect(await fact(listed, 'Status').textContent()).toBe('Acknowledged');
      expect(await customerPage.getByText(note).count()).toBe(0);
      expect(await seriousViolations(customerPage)).toEqual([]);
      await screenshot(customerPage, 'demo-case-acknowledged');

      await customerContext.close();
      await agentContext.close();
    });

    it('an agent logs a complaint, sends the first response and escalates it; the customer reads the response and the dates, in Spanish too', async () => {
      const customer = await demoCustomer(env.server.url, 4);
      const agent = await agentForAllQueues(env.server);
      // The customer reaches an agent through the SDK (the chat itself is covered by other journeys).
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

      const agentContext = await env.browser.newContext({ viewport: { width: 1440, height: 900 } });
      const agentPage = await agentContext.newPage();
      await agentSignsIn(agentPage, env.server.url, agent);
      await agentPage
        .locator('.cc-queue-item', { hasText: customer.name })
        .getByRole('button', { name: `Accept chat with ${customer.name}` })
        .click();
      const cases = agentPage
        .getByRole('complementary', { name: "The customer's card account" })
        .getByRole('region', { name: 'Cases' });
      await cases.getByText('No cases on this card account yet.').waitFor();

      // An empty complaint is not sent: the field says what is missing.
      await cases.getByRole('button', { name: 'Log a complaint…' }).click();
      const form = cases.getByRole('form', { name: 'Log a complaint' });
      await form.getByRole('button', { name: 'Log complaint' }).click();
      await form.getByRole('alert').getByText("Write down the complaint in the customer's words.").waitFor();
      expect(await form.getByLabel("The customer's words").getAttribute('aria-invalid')).toBe('true');

      const words = 'I was charged a late fee although I paid on time, and nobody called me back.';
      await form.getByLabel('Category').selectOption({ label: 'Fees and interest' });
      await form.getByLabel("The customer's words").fill(words);
      await form.getByRole('button', { name: 'Log complaint' }).click();
      const logged = cases.getByRole('status').getByText(/^Complaint CL-[0-9A-Z]{4}-[0-9A-Z]{4} logged\./);
      await logged.waitFor();
      const reference = /CL-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await logged.textContent()) ?? '')![0];
      const caseView = cases.getByRole('region', { name: `Case ${reference}` });
      expect(await caseView.locator('[data-field="first-due"]').textContent()).toContain('Pending');
      expect(await caseView.locator('[data-field="final-due"]').textContent()).toContain('Pending');
      expect(await fact(caseView, "Customer's words").textContent()).toBe(words);

      // The first response, with a message for the customer.
      const response = 'We are reviewing the late fee and will credit it if the payment was on time.';
      await caseView.getByRole('button', { name: 'Send first response…' }).click();
      await caseView.getByLabel('Message to the customer (optional)').fill(response);
      await caseView.getByRole('button', { name: 'Send first response', exact: true }).click();
      await cases.getByRole('status').getByText(`First response on case ${reference} sent.`).waitFor();
      await caseView.locator('[data-field="status"]', { hasText: 'First response sent' }).waitFor();
      expect(await caseView.locator('[data-field="first-due"]').textContent()).toContain('Met');

      // Escalation: shown to the customer in the timeline; the button goes away.
      await caseView.getByRole('button', { name: 'Escalate to a supervisor' }).click();
      await cases.getByRole('status').getByText(`Case ${reference} escalated to a supervisor.`).waitFor();
      await fact(caseView, 'Escalated').getByText('Yes').waitFor();
      expect(await caseView.getByRole('button', { name: 'Escalate to a supervisor' }).count()).toBe(0);
      expect(await seriousViolations(agentPage)).toEqual([]);
      await screenshot(agentPage, 'console-complaint');
      // The console with a case open reflows at 320 CSS px too.
      await agentPage.setViewportSize({ width: 320, height: 640 });
      expect(await overflowsHorizontally(agentPage)).toBe(false);
      await agentPage.setViewportSize({ width: 1440, height: 900 });

      const complaint: CaseDetail = await agentPage.evaluate(
        async (ref) =>
          ((await (await fetch(`/api/v1/agent/cases/${ref}`)).json()) as { data: CaseDetail }).data,
        reference,
      );

      // The customer: two unread messages (received, first response), the response text, the dates.
      const customerContext = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await customerContext.newPage();
      await page.goto(`${env.server.url}/#messages`);
      await page.getByRole('button', { name: `Sign in as ${customer.name}` }).click();
      const main = page.getByRole('main');
      await main.getByRole('heading', { level: 1, name: 'Messages and cases' }).waitFor();
      await main.getByRole('status').getByText('You have 2 unread messages.').waitFor();
      const messages = main.getByRole('region', { name: 'Secure messages' });
      const first = messages.getByRole('listitem').first();
      await first.getByRole('button').click();
      await first.getByText(response).waitFor();
      await main.getByRole('status').getByText('You have 1 unread message.').waitFor();

      await main.getByRole('region', { name: 'Your cases' }).getByRole('link').first().click();
      const detail = main.getByRole('region', { name: `Case ${reference}` });
      await detail.waitFor();
      expect(await fact(detail, 'Type').textContent()).toBe('Complaint');
      expect(await fact(detail, 'Status').textContent()).toBe('First response sent');
      expect(await fact(detail, 'Final response by').textContent()).toBe(
        longDay(complaint.complaint!.finalResponseDueOn),
      );
      expect(await detail.getByRole('list').last().textContent()).toContain(
        'A supervisor is now reviewing your complaint.',
      );
      expect(await seriousViolations(page)).toEqual([]);

      // The same page in Spanish.
      await page
        .getByRole('banner')
        .getByRole('group', { name: 'Language' })
        .getByRole('button', { name: 'ES' })
        .click();
      await main.getByRole('heading', { level: 1, name: 'Mensajes y casos' }).waitFor();
      const detalle = main.getByRole('region', { name: `Caso ${reference}` });
      expect(await fact(detalle, 'Tipo').textContent()).toBe('Queja');
      expect(await fact(detalle, 'Estado').textContent()).toBe('Primera respuesta enviada');
      await page
        .getByRole('navigation', { name: 'Su cuenta' })
        .getByRole('link', { name: /Mensajes y casos/ })
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      expect(await seriousViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await overflowsHorizontally(page)).toBe(false);
      await screenshot(page, 'demo-complaint-es-320');

      client.close();
      await customerContext.close();
      await agentContext.close();
    });
  },
);

async function waitForFocusOn(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(text);
}
