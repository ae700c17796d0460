import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestServer,
  fakeExe,
  openTestDatabase,
  samplePdf,
  type TestServer,
} from '@clearline/server/test';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overflowsHorizontally, seriousViolations } from './support/axe.ts';
import { chromiumAvailable, launchBrowser, screenshot, waitUntil } from './support/browser.ts';
import { demoCustomer } from './support/server.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/*
 * Secure document upload (issue 6 §7) in a real browser: an agent's upload link for a case, opened on
 * the demo issuer site; the cardmember signs in, picks a PDF with the file input and sends it; the
 * agent gets exactly those bytes. Refusals are announced in the page's status region.
 */
describe.skipIf(!chromiumAvailable())('document upload from the issuer site', () => {
  let dir: string;
  let server: TestServer;
  let browser: Browser;
  let closeDatabase: () => Promise<void>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clearline-e2e-docs-'));
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

  it('the cardmember uploads a PDF through the link; the agent downloads the same bytes', async () => {
    const customer = await demoCustomer(server.url, 1);
    // A supervisor (who may see every case) asks for documents on a real case of this cardmember.
    const agent = await server.agent({ role: 'supervisor', queues: ['disputes'] });
    const access = await server.server.services.cases.open({
      type: 'general',
      cardmemberId: customer.identity.id,
      cardAccountId: customer.identity.accounts[0]!.id,
      actor: { kind: 'supervisor', id: agent.id },
      title: 'Receipts for a charge',
      language: 'en',
    });
    const agentPrincipal = {
      kind: 'agent' as const,
      agentId: agent.id,
      role: 'supervisor' as const,
      queues: ['disputes'],
      languages: ['en' as const],
      displayName: agent.displayName,
      sessionId: 'e2e',
      expiresAt: new Date(Date.now() + 3_600_000),
    };
    const link = await server.server.services.documents.agentCreateUploadLink(agentPrincipal, access.id);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${link.url}`);
    await page.getByText('To send the documents we asked for, sign in first.').waitFor();
    await page.getByRole('button', { name: `Sign in as ${customer.name}` }).click();
    const heading = page.getByRole('heading', { name: `Send documents for case ${access.reference}` });
    await heading.waitFor();
    await waitUntil(() => heading.evaluate((h) => h === document.activeElement), 'focus on the heading');
    await page.getByText('You can send 5 more files until').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // An executable renamed .pdf passes the picker but not the server: the refusal is announced.
    const status = page.getByRole('status');
    const input = page.getByLabel('Choose a file to send');
    await input.setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: fakeExe() });
    await page.getByRole('button', { name: 'Upload' }).click();
    await status.getByText('invoice.pdf was not sent. Only PDF, JPEG and PNG files can be sent.').waitFor();

    const pdf = samplePdf('Receipt for the disputed charge');
    await input.setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Upload' }).click();
    await status.getByText('1 file received. Thank you.').waitFor();
    const received = page.getByRole('list').getByRole('listitem');
    await received.filter({ hasText: 'receipt.pdf' }).getByText('received').waitFor();
    await page.getByText('You can send 4 more files until').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'upload-320');

    const listed = await server.server.services.documents.listForCase(agentPrincipal, access.id);
    expect(listed.documents.map((d) => [d.fileName, d.type, d.sha256])).toEqual([
      ['receipt.pdf', 'pdf', sha(pdf)],
    ]);
    const { bytes } = await server.server.services.documents.download(
      agentPrincipal,
      listed.documents[0]!.id,
    );
    expect(Buffer.compare(Buffer.from(bytes), pdf)).toBe(0);

    // In Spanish, a revoked link says so.
    await server.server.services.documents.revokeLink(agentPrincipal, link.id);
    await page.reload();
    await page.getByRole('button', { name: `Sign in as ${customer.name}` }).click();
    await page.getByText('This upload link was withdrawn. Ask us in the chat for a new one.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('banner').getByRole('button', { name: 'ES', exact: true }).click();
    await page
      .getByText('Este enlace para subir archivos fue retirado. Pídanos uno nuevo en el chat.')
      .waitFor();
    await page.getByRole('heading', { name: `Enviar documentos para el caso ${access.reference}` }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
