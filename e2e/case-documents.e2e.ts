import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestServer, openTestDatabase, samplePdf, type TestServer } from '@clearline/server/test';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { chromiumAvailable, launchBrowser, screenshot } from './support/browser.ts';
import {
  agentSignsIn,
  assistantGreets,
  customerAsksForAgent,
  customerOpensChat,
  deliveredMessage,
} from './support/journeys.ts';
import { agentForAllQueues, demoCustomer } from './support/server.ts';

/*
 * Documents on a case in the console: the agent sends an upload link in the chat (posted by the
 * server); the cardmember opens it on the issuer site and uploads a PDF; the agent sees the file on the
 * case and downloads the same bytes.
 */
describe.skipIf(!chromiumAvailable())('documents requested from a case in the console', () => {
  let dir: string;
  let server: TestServer;
  let browser: Browser;
  let closeDatabase: () => Promise<void>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clearline-e2e-case-docs-'));
    const database = await openTestDatabase();
    closeDatabase = () => database.close();
    server = await createTestServer({
      database,
      env: { DOCUMENTS_DIR: join(dir, 'documents') },
      overrides: { seedDemo: true },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await closeDatabase?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('the agent sends an upload link for a complaint in the chat; the customer uploads a PDF; the agent downloads it', async () => {
    const customer = await demoCustomer(server.url, 2);
    const agent = await agentForAllQueues(server);
    const customerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const agentContext = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      acceptDownloads: true,
    });
    const customerPage = await customerContext.newPage();
    const agentPage = await agentContext.newPage();

    const chat = await customerOpensChat(customerPage, server.url, customer);
    await assistantGreets(chat);
    await customerAsksForAgent(chat, 'type');
    await agentSignsIn(agentPage, server.url, agent);
    await agentPage
      .locator('.cc-queue-item', { hasText: customer.name })
      .getByRole('button', { name: `Accept chat with ${customer.name}` })
      .click();
    const cases = agentPage
      .getByRole('complementary', { name: "The customer's card account" })
      .getByRole('region', { name: 'Cases' });

    await cases.getByRole('button', { name: 'Log a complaint…' }).click();
    const form = cases.getByRole('form', { name: 'Log a complaint' });
    await form.getByLabel('Category').selectOption({ label: 'Billing' });
    await form
      .getByLabel("The customer's words")
      .fill('My statement shows a charge twice; I have the receipt.');
    await form.getByRole('button', { name: 'Log complaint' }).click();
    const logged = cases.getByRole('status').getByText(/^Complaint CL-[0-9A-Z]{4}-[0-9A-Z]{4} logged\./);
    await logged.waitFor();
    const reference = /CL-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec((await logged.textContent()) ?? '')![0];
    const documents = cases.getByRole('region', { name: `Case ${reference}` }).getByRole('region', {
      name: 'Documents',
    });
    await documents.getByText('No documents yet.').waitFor();

    // The link, posted in the chat by the server (a system message), and shown to copy.
    await documents.getByRole('button', { name: 'Send an upload link in the chat' }).click();
    await documents
      .getByRole('status')
      .getByText(/^The link was sent in the chat: it works until .+, for up to 5 files\./)
      .waitFor();
    const url = await documents.getByLabel('Upload link for the customer').inputValue();
    expect(url).toMatch(new RegExp(`^${server.url}/upload\\?token=[A-Za-z0-9_-]{43}$`));
    const path = url.slice(server.url.length);
    await deliveredMessage(chat, path).waitFor();
    expect(await deliveredMessage(chat, path).textContent()).toContain(`case ${reference}`);
    // The widget shows it as a real link to the issuer site's upload page.
    const inChat = chat.getByRole('link', { name: `Upload documents for case ${reference}` });
    expect(await inChat.getAttribute('href')).toBe(path);
    expect(await seriousViolations(agentPage)).toEqual([]);
    expect(await seriousViolations(customerPage)).toEqual([]);

    // The customer follows the link on the issuer site, signs in and sends a PDF.
    const uploadPage = await customerContext.newPage();
    await uploadPage.goto(url);
    await uploadPage.getByRole('button', { name: `Sign in as ${customer.name}` }).click();
    await uploadPage.getByRole('heading', { name: `Send documents for case ${reference}` }).waitFor();
    const pdf = samplePdf('Receipt for the charge shown twice');
    await uploadPage
      .getByLabel('Choose a file to send')
      .setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: pdf });
    await uploadPage.getByRole('button', { name: 'Upload' }).click();
    await uploadPage.getByRole('status').getByText('1 file received. Thank you.').waitFor();

    // The agent refreshes the case: the file is there, clean, and downloads byte for byte.
    await cases.getByRole('button', { name: 'Refresh cases' }).click();
    const download = documents.getByRole('link', { name: 'Download receipt.pdf' });
    await download.waitFor();
    expect(await documents.locator('li[data-document="receipt.pdf"]').getAttribute('data-scan')).toBe(
      'clean',
    );
    await documents.getByTestId('upload-links').getByText('1 upload link sent (1 still active).').waitFor();
    const [file] = await Promise.all([agentPage.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('receipt.pdf');
    expect(Buffer.compare(await readFile((await file.path())!), pdf)).toBe(0);
    expect(await seriousViolations(agentPage)).toEqual([]);
    await screenshot(agentPage, 'console-case-documents');

    await customerContext.close();
    await agentContext.close();
  });
});
