import { describe, expect, it } from 'vitest';
import { overflowsHorizontally, seriousViolations } from './support/axe.ts';
import { chromiumAvailable, screenshot } from './support/browser.ts';
import {
  agentSignsIn,
  assistantGreets,
  customerAsksForAgent,
  customerOpensChat,
} from './support/journeys.ts';
import { agentForAllQueues, demoCustomer, useServerAndBrowser } from './support/server.ts';

const REFERENCE = /CL-[0-9A-Z]{4}-[0-9A-Z]{4}/;

describe.skipIf(!chromiumAvailable())('account workflows from the console', () => {
  const env = useServerAndBrowser();

  it('an agent makes a payment, reports a stolen card (a new one is sent) and adds an authorized user after the customer approves the step-up in the signed-in site', async () => {
    const customer = await demoCustomer(env.server.url, 0);
    const agent = await agentForAllQueues(env.server);
    const core = env.server.server.services.issuerCore;
    const cardAccountId = customer.identity.accounts[0]!.id;
    const paymentsBefore = (await core.listPayments(cardAccountId)).length;
    const customerContext = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const agentContext = await env.browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const customerPage = await customerContext.newPage();
    const agentPage = await agentContext.newPage();

    const chat = await customerOpensChat(customerPage, env.server.url, customer);
    await assistantGreets(chat);
    await customerAsksForAgent(chat, 'type');

    await agentSignsIn(agentPage, env.server.url, agent);
    await agentPage
      .locator('.cc-queue-item', { hasText: customer.name })
      .getByRole('button', { name: `Accept chat with ${customer.name}` })
      .click();
    const side = agentPage.getByRole('complementary', { name: "The customer's card account" });
    const account = side.getByRole('region', { name: 'Account' });
    const overview = account.getByTestId('account-overview');
    await overview.locator('[data-field="balance"]').waitFor();
    const result = account.getByRole('status');

    // A payment of $25.00 from the default bank account, today.
    await account.getByRole('button', { name: 'Make a payment…' }).click();
    const payment = account.getByRole('form', { name: 'Make a payment' });
    await payment.getByRole('radio', { name: 'Another amount' }).check();
    // A wrong amount is caught before anything is sent.
    await payment.getByLabel('Amount in dollars').fill('25,00.1');
    await payment.getByRole('button', { name: 'Make payment' }).click();
    await payment.getByRole('alert').getByText('Enter an amount in dollars, like 86.40.').waitFor();
    await payment.getByLabel('Amount in dollars').fill('25.00');
    await payment.getByRole('button', { name: 'Make payment' }).click();
    const paid = result.locator('[data-workflow="make_payment"]');
    await paid.waitFor();
    expect(await paid.textContent()).toMatch(/^Done\. Your payment of \$25\.00 from .+ is received/);
    expect(await paid.textContent()).toMatch(REFERENCE);
    await overview
      .locator('[data-field="last-payment"]')
      .getByText(/^\$25\.00 on .+ \(pending\)$/)
      .waitFor();
    expect(await account.getByRole('form', { name: 'Make a payment' }).count()).toBe(0);
    const payments = await core.listPayments(cardAccountId);
    expect(payments.length).toBe(paymentsBefore + 1);
    expect(payments[0]!.amountCents).toBe(2500);

    // Pay with points: two recent charges picked from the list (keyboard), the points they need shown.
    const overviewData = await env.server.server.services.workflows.accountOverview({
      cardmemberId: customer.identity.id,
      cardAccountId,
      actor: { kind: 'system' },
      language: 'en',
    });
    const [c1, c2] = overviewData.recentCharges;
    expect(c2, 'the demo seed has two recent purchases').toBeDefined();
    await account.getByRole('button', { name: 'Pay with points…' }).click();
    const pointsForm = account.getByRole('form', { name: 'Pay charges with points' });
    const charges = pointsForm.getByRole('group', { name: 'Charges to pay with points' });
    for (const c of [c1!, c2!]) {
      await charges.locator(`li[data-charge="${c.id}"]`).getByRole('checkbox').focus();
      await agentPage.keyboard.press('Space');
    }
    const cpp = overviewData.rewards!.centsPerPointX100;
    const needed = [c1!, c2!].reduce((sum, c) => sum + Math.ceil((c.amountCents * 100) / cpp), 0);
    await pointsForm
      .getByTestId('points-needed')
      .getByText(`2 charges chosen: ${needed.toLocaleString('en-US')} points needed.`)
      .waitFor();
    expect(await seriousViolations(agentPage)).toEqual([]);
    await pointsForm.getByRole('button', { name: 'Pay with points' }).click();
    const redeemed = result.locator('[data-workflow="redeem_points"]');
    await redeemed.waitFor();
    expect(await redeemed.textContent()).toContain(`We used ${needed.toLocaleString('en-US')} points`);

    // A stolen card: blocked at once, a new one on its way to the address on file, a case opened.
    const cards = account.getByTestId('cards');
    const firstCard = cards.getByRole('listitem').first();
    const last4 = await firstCard.getAttribute('data-card');
    await account.getByRole('button', { name: 'Lost or stolen card…' }).click();
    const stolen = account.getByRole('form', { name: 'Report a lost or stolen card' });
    await stolen.getByRole('radio', { name: 'Stolen' }).check();
    await stolen.getByRole('button', { name: 'Block card and send a new one' }).click();
    const reissued = result.locator('[data-workflow="report_lost_stolen"]');
    await reissued.waitFor();
    const reference = REFERENCE.exec((await reissued.textContent()) ?? '')![0];
    await cards.locator(`li[data-card="${last4}"][data-status="blocked"]`).getByText('Blocked').waitFor();
    await account
      .getByTestId('replacements')
      .getByText(/^Stolen: card …\d{4} by .+, arriving by .+ \(ordered\)$/)
      .waitFor();
    // The replacement's case shows in the Cases panel without a refresh.
    await side
      .getByRole('region', { name: 'Cases' })
      .locator(`li[data-reference="${reference}"]`)
      .getByText(/Card replacement/)
      .waitFor();
    expect(await seriousViolations(agentPage)).toEqual([]);
    await screenshot(agentPage, 'console-account-reissued');

    // An authorized user: the server asks for a step-up; the customer approves it in the signed-in
    // site (never in the chat) and the change goes through without the agent submitting again.
    await account.getByRole('button', { name: 'Add authorized user…' }).click();
    const addUser = account.getByRole('form', { name: 'Add an authorized user' });
    await addUser.getByLabel('First name').fill('Ana');
    await addUser.getByLabel('Last name').fill('Lopez');
    await addUser.getByRole('button', { name: 'Add user' }).click();
    const stepUp = account.getByRole('region', { name: 'Step-up required' });
    await stepUp.waitFor();
    expect(await seriousViolations(agentPage)).toEqual([]);
    await stepUp.getByLabel('Verify by').selectOption({ label: 'Approval in the signed-in site or app' });
    await stepUp.getByRole('button', { name: 'Send verification request' }).click();
    await stepUp
      .getByText('Waiting for the customer to verify… The change is sent as soon as they do.')
      .waitFor();

    const prompt = customerPage.getByRole('region', { name: 'Approve this request' });
    await prompt.getByText(/change your authorized users/).waitFor();
    await prompt.getByRole('button', { name: "Yes, it's me: approve" }).click();

    const added = result.locator('[data-workflow="add_authorized_user"]');
    await added.waitFor();
    expect(await added.textContent()).toMatch(/^Done\./);
    await stepUp.waitFor({ state: 'detached' });
    await overview.getByText(/Ana Lopez \(…\d{4}\)/).waitFor();
    const users = await core.listAuthorizedUsers(cardAccountId);
    expect(
      users.filter((u) => u.firstName === 'Ana' && u.lastName === 'Lopez' && u.status === 'active'),
    ).toHaveLength(1);
    expect(await seriousViolations(agentPage)).toEqual([]);
    await screenshot(agentPage, 'console-account-step-up');
    // With the account panel and a form open, the console reflows at 320 CSS px.
    await account.getByRole('button', { name: 'Make a payment…' }).click();
    await agentPage.setViewportSize({ width: 320, height: 640 });
    expect(await overflowsHorizontally(agentPage)).toBe(false);

    await customerContext.close();
    await agentContext.close();
  });
});
