import { createHash, randomUUID } from 'node:crypto';
import { lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_LIMITS } from '@clearline/protocol';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, migrateDatabase, openDatabase } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { AgentPrincipal, CustomerPrincipal } from '../../platform/principal.ts';
import { createTestDocumentCases, eicarPdf, fakeExe, samplePdf, samplePng } from '../../test/documents.ts';
import { createAuditLog } from '../security/index.ts';
import { createDocumentService } from './documents.service.ts';
import { documents, uploadLinks } from './documents.tables.ts';
import { createLocalStorage, StorageKeyError } from './local-storage.ts';
import { createSignatureScanner } from './signature-scanner.ts';

/*
 * The documents repository suite: the same tests on the embedded PGlite and on a real PostgreSQL.
 * In CI (CI=true) the PostgreSQL run is mandatory: DATABASE_URL must be set.
 */
const targets: Array<{ name: string; open: () => Promise<Database> }> = [
  { name: 'PGlite', open: () => openDatabase({ memory: true }) },
];
if (process.env.DATABASE_URL) {
  targets.push({ name: 'PostgreSQL', open: () => openDatabase({ url: process.env.DATABASE_URL! }) });
} else if (process.env.CI) {
  throw new Error('CI must run the repository suite on PostgreSQL: set DATABASE_URL');
} else {
  console.warn('\n*** DATABASE_URL is not set: the PostgreSQL run of the documents suite is SKIPPED ***\n');
}

const MB = 1024 * 1024;
/** Rows of a raw query (the audit log belongs to the security domain; read here as plain SQL). */
async function rowsOf<T>(db: Database['db'], query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function customer(): CustomerPrincipal {
  const id = `cm_doc_${randomUUID().slice(0, 8)}`;
  return {
    kind: 'customer',
    cardmemberId: id,
    cardAccountIds: [`ca_${id}`],
    displayName: 'Doc Customer',
    tokenId: randomUUID(),
    issuedAt: new Date(),
    expiresAt: new Date(Date.now() + 3_600_000),
  };
}

function agent(role: AgentPrincipal['role'] = 'agent'): AgentPrincipal {
  return {
    kind: 'agent',
    agentId: `ag_doc_${randomUUID().slice(0, 8)}`,
    role,
    queues: ['disputes'],
    languages: ['en'],
    displayName: 'Doc Agent',
    sessionId: randomUUID(),
    expiresAt: new Date(Date.now() + 3_600_000),
  };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'ok',
    (err) => (err instanceof AppError ? err.code : `thrown: ${String(err)}`),
  );
}

let n = 0;
const key = () => `key-${++n}-${randomUUID().slice(0, 8)}`;

describe.each(targets)('documents on $name', ({ open }) => {
  let database: Database;
  let dir: string;
  let now = new Date('2025-03-10T15:00:00Z');
  const clock = { now: () => now };
  const cases = createTestDocumentCases();
  let svc: ReturnType<typeof createDocumentService>;
  let audit: ReturnType<typeof createAuditLog>;

  beforeAll(async () => {
    database = await open();
    await migrateDatabase(database);
    dir = await mkdtemp(join(tmpdir(), 'clearline-docs-'));
    audit = createAuditLog({ db: database.db, clock });
    svc = createDocumentService({
      db: database.db,
      clock,
      audit: (entry, tx) => audit.append(entry, tx),
      cases: cases.port,
      storage: createLocalStorage(join(dir, 'documents')),
      scanner: createSignatureScanner(),
      linkTtlMinutes: 60,
      maxFilesPerLink: 5,
    });
  });
  afterAll(async () => {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** A case of a fresh customer that a fresh agent may see, with a link sent by that agent. */
  async function scenario(options: { maxFiles?: number } = {}) {
    const owner = customer();
    const handler = agent();
    const access = cases.addCase({ cardmemberId: owner.cardmemberId, agents: [handler.agentId] });
    const link = options.maxFiles
      ? await svc.createUploadLink({
          caseId: access.caseId,
          actor: { kind: 'agent', id: handler.agentId },
          maxFiles: options.maxFiles,
        })
      : await svc.agentCreateUploadLink(handler, access.caseId);
    return { owner, handler, access, link };
  }

  const storedFiles = async () =>
    (await readdir(join(dir, 'documents')).catch(() => [])).filter((f) => !f.startsWith('.'));

  it('makes a link for one case: a random token, only its hash stored, expiring after the configured time', async () => {
    const { access, link, handler } = await scenario();
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.url).toBe(`/upload?token=${link.token}`);
    expect(link.expiresAt).toBe(new Date(now.getTime() + 60 * 60_000).toISOString());
    expect(link.maxFiles).toBe(5);
    const [row] = await database.db.select().from(uploadLinks).where(eq(uploadLinks.id, link.id));
    expect(row!.tokenHash).toBe(sha(Buffer.from(link.token)));
    expect(JSON.stringify(row)).not.toContain(link.token);
    expect(row!.createdBy).toBe(handler.agentId);
    expect(cases.timeline(access.caseId).map((e) => e.kind)).toEqual(['upload_link_created']);
    const entries = await rowsOf<{ action: string }>(
      database.db,
      sql`select action, after from audit_log where subject_id = ${link.id} order by seq`,
    );
    expect(JSON.stringify(entries)).not.toContain(link.token);
    expect(entries.map((r) => r.action)).toEqual(['upload_link.created']);
  });

  it('stores an upload by the case’s cardmember: type from the bytes, SHA-256, scan, audit, timeline', async () => {
    const { owner, handler, access, link } = await scenario();
    const png = samplePng(3);
    const { document, replayed } = await svc.upload(owner, link.token, {
      fileName: 'scan.pdf',
      idempotencyKey: key(),
      body: png,
    });
    expect(replayed).toBe(false);
    expect(document).toMatchObject({
      fileName: 'scan.pdf.png',
      type: 'png',
      sizeBytes: png.length,
      sha256: sha(png),
      scanStatus: 'clean',
    });
    const listed = await svc.listForCase(handler, access.caseId);
    expect(listed.documents).toEqual([
      expect.objectContaining({ id: document.id, contentType: 'image/png', downloadable: true }),
    ]);
    expect(listed.links).toEqual([expect.objectContaining({ id: link.id, usedCount: 1, status: 'active' })]);
    const { bytes } = await svc.download(handler, document.id);
    expect(Buffer.from(bytes).equals(png)).toBe(true);
    expect(await svc.listForCase(owner, access.caseId)).toEqual([document]);
    expect(await svc.linkInfo(owner, link.token)).toMatchObject({
      caseReference: access.reference,
      status: 'active',
      filesLeft: 4,
      maxFileBytes: DOCUMENT_LIMITS.fileBytes,
    });
    expect(cases.timeline(access.caseId).map((e) => e.kind)).toEqual([
      'upload_link_created',
      'document_uploaded',
    ]);
    const actions = await rowsOf<{ action: string }>(
      database.db,
      sql`select action from audit_log where subject_id = ${document.id} order by seq`,
    );
    expect(actions).toEqual([{ action: 'document.uploaded' }, { action: 'document.downloaded' }]);
    const verified = await audit.verify();
    expect(verified.ok).toBe(true);
  });

  it('refuses anything that is not a PDF, JPEG or PNG by its bytes, and empty files, without using the link', async () => {
    const { owner, link } = await scenario();
    const before = await storedFiles();
    expect(
      await codeOf(
        svc.upload(owner, link.token, { fileName: 'statement.pdf', idempotencyKey: key(), body: fakeExe() }),
      ),
    ).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(
      await codeOf(
        svc.upload(owner, link.token, { fileName: 'a.png', idempotencyKey: key(), body: new Uint8Array(0) }),
      ),
    ).toBe('FILE_EMPTY');
    expect(await storedFiles()).toEqual(before);
    expect((await svc.linkInfo(owner, link.token)).filesLeft).toBe(5);
  });

  it('accepts exactly 10 MiB and refuses one byte more, reading a stream no further than the limit', async () => {
    const { owner, link } = await scenario();
    const max = DOCUMENT_LIMITS.fileBytes;
    const full = Buffer.alloc(max, 0x20);
    samplePdf().copy(full);
    const ok = await svc.upload(owner, link.token, {
      fileName: 'big.pdf',
      idempotencyKey: key(),
      body: full,
    });
    expect(ok.document.sizeBytes).toBe(max);
    const over = Buffer.alloc(max + 1, 0x20);
    samplePdf().copy(over);
    expect(
      await codeOf(svc.upload(owner, link.token, { fileName: 'big.pdf', idempotencyKey: key(), body: over })),
    ).toBe('FILE_TOO_LARGE');
    // A declared length over the limit is refused before a byte is read.
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield pulled === 1
          ? Buffer.concat([samplePdf(), Buffer.alloc(MB - samplePdf().length)])
          : Buffer.alloc(MB);
      }
    }
    expect(
      await codeOf(
        svc.upload(owner, link.token, {
          fileName: 'x.pdf',
          idempotencyKey: key(),
          body: endless(),
          declaredBytes: max + 1,
        }),
      ),
    ).toBe('FILE_TOO_LARGE');
    expect(pulled).toBe(0);
    // Without a declared length: stops at the first chunk past 10 MiB.
    expect(
      await codeOf(
        svc.upload(owner, link.token, { fileName: 'x.pdf', idempotencyKey: key(), body: endless() }),
      ),
    ).toBe('FILE_TOO_LARGE');
    expect(pulled).toBe(max / MB + 1);
    expect((await svc.linkInfo(owner, link.token)).filesLeft).toBe(4);
  });

  it('expires: moving the clock past the expiry refuses uploads, and the link says so', async () => {
    const { owner, link } = await scenario();
    const saved = now;
    try {
      now = new Date(saved.getTime() + 59 * 60_000);
      expect(
        await codeOf(
          svc.upload(owner, link.token, { fileName: 'a.png', idempotencyKey: key(), body: samplePng() }),
        ),
      ).toBe('ok');
      now = new Date(saved.getTime() + 60 * 60_000);
      expect(
        await codeOf(
          svc.upload(owner, link.token, { fileName: 'b.png', idempotencyKey: key(), body: samplePng() }),
        ),
      ).toBe('UPLOAD_LINK_EXPIRED');
      expect((await svc.linkInfo(owner, link.token)).status).toBe('expired');
    } finally {
      now = saved;
    }
  });

  it('is single use per file: each file uses one, a replay with the same key returns the same document', async () => {
    const { owner, handler, access, link } = await scenario({ maxFiles: 2 });
    const k1 = key();
    const first = await svc.upload(owner, link.token, {
      fileName: 'a.pdf',
      idempotencyKey: k1,
      body: samplePdf('one'),
    });
    now = new Date(now.getTime() + 1000);
    const second = await svc.upload(owner, link.token, {
      fileName: 'b.pdf',
      idempotencyKey: key(),
      body: samplePdf('two'),
    });
    expect(
      await codeOf(
        svc.upload(owner, link.token, { fileName: 'c.pdf', idempotencyKey: key(), body: samplePdf('three') }),
      ),
    ).toBe('UPLOAD_LINK_USED_UP');
    // The response to the first upload was lost; the page retries it after the link is used up.
    const again = await svc.upload(owner, link.token, {
      fileName: 'a.pdf',
      idempotencyKey: k1,
      body: samplePdf('one'),
    });
    expect(again).toEqual({ document: first.document, replayed: true });
    const listed = await svc.listForCase(handler, access.caseId);
    expect(listed.documents.map((d) => d.id)).toEqual([first.document.id, second.document.id]);
    expect(listed.links[0]).toMatchObject({ usedCount: 2, status: 'used_up' });
    expect(await svc.listUploads(owner, link.token)).toEqual([first.document, second.document]);
  });

  it('keeps its count under concurrent uploads: two files left, five at once → two stored', async () => {
    const { owner, link } = await scenario({ maxFiles: 2 });
    const before = (await storedFiles()).length;
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        codeOf(
          svc.upload(owner, link.token, {
            fileName: `f${i}.png`,
            idempotencyKey: key(),
            body: samplePng(2, [i, i, i]),
          }),
        ),
      ),
    );
    expect(outcomes.sort()).toEqual([
      'UPLOAD_LINK_USED_UP',
      'UPLOAD_LINK_USED_UP',
      'UPLOAD_LINK_USED_UP',
      'ok',
      'ok',
    ]);
    expect((await storedFiles()).length).toBe(before + 2);
    // and the same file sent three times at once with one key is one document
    const { owner: o2, link: l2 } = await scenario();
    const k = key();
    const same = await Promise.all(
      [0, 1, 2].map(() =>
        svc.upload(o2, l2.token, { fileName: 'same.png', idempotencyKey: k, body: samplePng() }),
      ),
    );
    expect(new Set(same.map((s) => s.document.id)).size).toBe(1);
    expect((await svc.linkInfo(o2, l2.token)).filesLeft).toBe(4);
    expect((await storedFiles()).length).toBe(before + 3);
  });

  it('answers anyone but the case’s cardmember as if the link did not exist', async () => {
    const { link } = await scenario();
    const stranger = customer();
    expect(await codeOf(svc.linkInfo(stranger, link.token))).toBe('UPLOAD_LINK_NOT_FOUND');
    expect(await codeOf(svc.listUploads(stranger, link.token))).toBe('UPLOAD_LINK_NOT_FOUND');
    expect(
      await codeOf(
        svc.upload(stranger, link.token, { fileName: 'a.png', idempotencyKey: key(), body: samplePng() }),
      ),
    ).toBe('UPLOAD_LINK_NOT_FOUND');
    expect(await codeOf(svc.linkInfo(stranger, 'A'.repeat(43)))).toBe('UPLOAD_LINK_NOT_FOUND');
    expect(await codeOf(svc.linkInfo(stranger, '../../etc/passwd'))).toBe('UPLOAD_LINK_NOT_FOUND');
  });

  it('lets only agents who may see the case list, download and revoke; supervisors see every case', async () => {
    const { owner, access, link } = await scenario();
    const { document } = await svc.upload(owner, link.token, {
      fileName: 'r.pdf',
      idempotencyKey: key(),
      body: samplePdf(),
    });
    const outsider = agent();
    expect(await codeOf(svc.listForCase(outsider, access.caseId))).toBe('CASE_NOT_FOUND');
    expect(await codeOf(svc.agentCreateUploadLink(outsider, access.caseId))).toBe('CASE_NOT_FOUND');
    expect(await codeOf(svc.download(outsider, document.id))).toBe('DOCUMENT_NOT_FOUND');
    expect(await codeOf(svc.revokeLink(outsider, link.id))).toBe('UPLOAD_LINK_NOT_FOUND');
    expect(await codeOf(svc.listForCase(customer(), access.caseId))).toBe('CASE_NOT_FOUND');
    expect(await codeOf(svc.download(agent('supervisor'), document.id))).toBe('ok');
    expect(await codeOf(svc.agentCreateUploadLink(agent('agent'), randomUUID()))).toBe('CASE_NOT_FOUND');
  });

  it('revokes a link: no more uploads, files kept, revoking again changes nothing', async () => {
    const { owner, handler, access, link } = await scenario();
    await svc.upload(owner, link.token, { fileName: 'r.pdf', idempotencyKey: key(), body: samplePdf() });
    const revoked = await svc.revokeLink(handler, link.id);
    expect(revoked).toMatchObject({ status: 'revoked', usedCount: 1 });
    expect(await svc.revokeLink(handler, link.id)).toEqual(revoked);
    expect(
      await codeOf(
        svc.upload(owner, link.token, { fileName: 's.pdf', idempotencyKey: key(), body: samplePdf() }),
      ),
    ).toBe('UPLOAD_LINK_REVOKED');
    expect((await svc.listForCase(handler, access.caseId)).documents).toHaveLength(1);
    expect(cases.timeline(access.caseId).map((e) => e.kind)).toEqual([
      'upload_link_created',
      'document_uploaded',
      'upload_link_revoked',
    ]);
  });

  it('quarantines an infected file: kept, reported on the timeline, never downloadable', async () => {
    const { owner, handler, access, link } = await scenario();
    const { document } = await svc.upload(owner, link.token, {
      fileName: 'invoice.pdf',
      idempotencyKey: key(),
      body: eicarPdf(),
    });
    expect(document.scanStatus).toBe('infected');
    expect(await codeOf(svc.download(handler, document.id))).toBe('DOCUMENT_QUARANTINED');
    expect(await codeOf(svc.download(agent('supervisor'), document.id))).toBe('DOCUMENT_QUARANTINED');
    const [row] = await database.db.select().from(documents).where(eq(documents.id, document.id));
    expect(row).toMatchObject({ scanStatus: 'infected', scanFinding: 'EICAR-Test-File' });
    expect(await readFile(join(dir, 'documents', row!.storageKey))).toEqual(eicarPdf());
    const event = cases.timeline(access.caseId).at(-1)!;
    expect(event).toMatchObject({
      kind: 'document_quarantined',
      data: { documentId: document.id, finding: 'EICAR-Test-File' },
    });
    const listed = await svc.listForCase(handler, access.caseId);
    expect(listed.documents[0]).toMatchObject({ scanStatus: 'infected', downloadable: false });
  });

  it('keeps a file whose scan failed back from download, and never stores a card number in a file name', async () => {
    const failing = createDocumentService({
      db: database.db,
      clock,
      audit: (entry, tx) => audit.append(entry, tx),
      cases: cases.port,
      storage: createLocalStorage(join(dir, 'documents')),
      scanner: { scan: async () => Promise.reject(new Error('scanner down')) },
      linkTtlMinutes: 60,
      maxFilesPerLink: 5,
    });
    const { owner, handler, access, link } = await scenario();
    const { document } = await failing.upload(owner, link.token, {
      fileName: encodeURIComponent('card 4111 1111 1111 1111.pdf'),
      idempotencyKey: key(),
      body: samplePdf(),
    });
    expect(document.scanStatus).toBe('failed');
    expect(document.fileName).not.toMatch(/4111 1111 1111 1111|4111111111111111/);
    expect(document.fileName).toContain('1111');
    expect(await codeOf(svc.download(handler, document.id))).toBe('DOCUMENT_QUARANTINED');
    expect(cases.timeline(access.caseId).at(-1)!.kind).toBe('document_scan_failed');
  });

  it('stores files 0600 in a 0700 folder', async () => {
    expect((await stat(join(dir, 'documents'))).mode & 0o777).toBe(0o700);
    for (const f of await storedFiles())
      expect((await stat(join(dir, 'documents', f))).mode & 0o777).toBe(0o600);
  });
});

describe('local storage keys', () => {
  it('can never name a path outside the folder', async () => {
    const base = await mkdtemp(join(tmpdir(), 'clearline-keys-'));
    try {
      const root = join(base, 'documents');
      const storage = createLocalStorage(root);
      await storage.put('doc_ok', Buffer.from('fine'));
      const outside = join(base, 'outside.txt');
      await writeFile(outside, 'secret');
      const bad = [
        '../outside.txt',
        '..',
        '.',
        '',
        'a/../../outside.txt',
        'sub/file',
        '/etc/passwd',
        'C:\\Windows\\win.ini',
        '..\\outside.txt',
        'doc\u0000.txt',
        '%2e%2e%2foutside.txt',
        'x'.repeat(129),
      ];
      for (const k of bad) {
        await expect(storage.put(k, Buffer.from('x')), k).rejects.toBeInstanceOf(StorageKeyError);
        await expect(storage.get(k), k).rejects.toBeInstanceOf(StorageKeyError);
        await expect(storage.delete(k), k).rejects.toBeInstanceOf(StorageKeyError);
      }
      expect(await readFile(outside, 'utf8')).toBe('secret');
      expect((await readdir(root)).sort()).toEqual(['doc_ok']);
      // A symbolic link planted in the folder is not followed.
      await symlink(outside, join(root, 'planted'));
      await expect(storage.get('planted')).rejects.toMatchObject({ code: 'ELOOP' });
      await storage.put('planted', Buffer.from('new'));
      expect(await readFile(outside, 'utf8')).toBe('secret');
      expect((await lstat(join(root, 'planted'))).isSymbolicLink()).toBe(false);
      expect(await storage.get('missing')).toBeNull();
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
