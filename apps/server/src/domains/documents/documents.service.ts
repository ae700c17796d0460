import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  type CaseDocuments,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_LIMITS,
  DOCUMENT_TYPES,
  type Document,
  type DocumentType,
  type ScanStatus,
  type UploadedFile,
  type UploadLink,
  type UploadLinkCreated,
  type UploadLinkInfo,
  type UploadLinkStatus,
  ZUploadToken,
} from '@clearline/protocol';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { AgentPrincipal, CustomerPrincipal } from '../../platform/principal.ts';
import { isSupervisor } from '../../platform/principal.ts';
import { type AuditEntryInput, redact } from '../security/index.ts';
import { documents, uploadLinks } from './documents.tables.ts';
import { cleanFileName, detectDocumentType } from './file-types.ts';
import type {
  CaseActor,
  CaseTimelineEvent,
  DocumentCases,
  DocumentConversations,
  ScanPort,
  ScanResult,
  StoragePort,
} from './ports.ts';

type LinkRow = typeof uploadLinks.$inferSelect;
type DocumentRow = typeof documents.$inferSelect;

/** The bytes of an upload: a buffer, or a stream read only up to the size limit. */
export type UploadBody = Uint8Array | AsyncIterable<Uint8Array>;

export interface DocumentServiceDeps {
  db: Db;
  clock: Clock;
  audit: (entry: AuditEntryInput, tx?: Tx) => Promise<unknown>;
  cases: DocumentCases;
  /** Posts an agent's link into a chat (`postToConversation`); without it that option is refused. */
  conversations?: DocumentConversations;
  storage: StoragePort;
  scanner: ScanPort;
  /** How long a link stays usable (UPLOAD_LINK_TTL_MINUTES). */
  linkTtlMinutes: number;
  /** Files one link accepts (UPLOAD_LINK_MAX_FILES). */
  maxFilesPerLink: number;
  /** Bytes in one file (10 MiB unless a test says otherwise). */
  maxFileBytes?: number;
  /** Where failures that the caller does not see are reported (storage clean-up, scanner errors). */
  warn?: (message: string, detail: Record<string, unknown>) => void;
}

export type DocumentService = ReturnType<typeof createDocumentService>;

const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function linkStatus(row: LinkRow, now: Date): UploadLinkStatus {
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  if (row.usedCount >= row.maxFiles) return 'used_up';
  return 'active';
}

function toLink(row: LinkRow, now: Date): UploadLink {
  return {
    id: row.id,
    caseId: row.caseId,
    conversationId: row.conversationId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    maxFiles: row.maxFiles,
    usedCount: row.usedCount,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    status: linkStatus(row, now),
  };
}

function toDocument(row: DocumentRow): Document {
  const type = row.detectedType as DocumentType;
  return {
    id: row.id,
    caseId: row.caseId,
    linkId: row.linkId,
    fileName: row.fileName,
    type,
    contentType: DOCUMENT_CONTENT_TYPES[type],
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    scanStatus: row.scanStatus as ScanStatus,
    uploadedAt: row.uploadedAt.toISOString(),
    downloadable: row.scanStatus === 'clean',
  };
}

function toUploadedFile(row: DocumentRow): UploadedFile {
  const { id, fileName, type, sizeBytes, sha256, scanStatus, uploadedAt } = toDocument(row);
  return { id, fileName, type, sizeBytes, sha256, scanStatus, uploadedAt };
}

/** Agents act on cases as `agent`, supervisors and admins as `supervisor`. */
function actorOf(agent: AgentPrincipal): CaseActor & { id: string } {
  return { kind: isSupervisor(agent) ? 'supervisor' : 'agent', id: agent.agentId };
}

function auditActor(actor: CaseActor): AuditEntryInput['actor'] {
  return { kind: actor.kind, id: actor.id ?? actor.kind };
}

/** The chat message that carries an upload link, in the conversation's language (expiry in Eastern time). */
export function uploadLinkMessage(
  link: { reference: string; url: string; expiresAt: string; maxFiles: number },
  language: 'en' | 'es',
): string {
  const until = new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'America/New_York',
  }).format(new Date(link.expiresAt));
  return language === 'es'
    ? `Enlace seguro para enviar documentos del caso ${link.reference}: ${link.url} (hasta ${link.maxFiles} archivos PDF, JPEG o PNG; válido hasta el ${until}, hora del Este). Solo usted puede usarlo, con su sesión iniciada.`
    : `Secure link to send documents for case ${link.reference}: ${link.url} (up to ${link.maxFiles} PDF, JPEG or PNG files; valid until ${until} Eastern time). Only you can use it, while signed in.`;
}

/** Decodes the percent-encoded `x-file-name`; a malformed encoding is taken as it is. */
export function decodeFileName(header: string): string {
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}

/** Reads at most `max` bytes; one more and the upload is refused without reading the rest. */
async function readLimited(body: UploadBody, max: number): Promise<Buffer> {
  if (body instanceof Uint8Array) {
    if (body.byteLength > max) throw new AppError('FILE_TOO_LARGE');
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > max) throw new AppError('FILE_TOO_LARGE');
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return Buffer.concat(chunks, total);
}

function timelineEventFor(row: DocumentRow, finding: string | null): CaseTimelineEvent {
  const data = {
    documentId: row.id,
    linkId: row.linkId,
    fileName: row.fileName,
    type: row.detectedType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    scanStatus: row.scanStatus,
    ...(finding ? { finding } : {}),
  };
  const actor: CaseActor = { kind: 'customer', id: row.cardmemberId };
  if (row.scanStatus === 'infected')
    return {
      actor,
      kind: 'document_quarantined',
      text: `The cardmember uploaded a file that the malware scan flagged (${finding}); it is quarantined and cannot be downloaded.`,
      data,
    };
  if (row.scanStatus === 'failed')
    return {
      actor,
      kind: 'document_scan_failed',
      text: 'The cardmember uploaded a file that could not be scanned; it is kept back and cannot be downloaded.',
      data,
    };
  return {
    actor,
    kind: 'document_uploaded',
    text: `The cardmember uploaded a ${row.detectedType.toUpperCase()} file.`,
    data,
  };
}

/**
 * Secure document upload (issue 6 §7). Upload links are tied to one case, expire, and accept a fixed
 * number of files (each stored file uses one; a retry with the same idempotency key returns the same
 * document). Only the case's cardmember can use a link; files are recognised by their first bytes,
 * limited to 10 MiB, hashed, scanned and kept behind the storage port; only agents who may see the
 * case can list them, and only clean files can be downloaded. Every step is audited and reported on
 * the case timeline through the `DocumentCases` port.
 */
export function createDocumentService(deps: DocumentServiceDeps) {
  const { db, clock, audit, cases, storage, scanner } = deps;
  const maxFileBytes = deps.maxFileBytes ?? DOCUMENT_LIMITS.fileBytes;
  const warn = deps.warn ?? (() => undefined);

  async function linkByToken(token: string): Promise<LinkRow | null> {
    if (!ZUploadToken.safeParse(token).success) return null;
    const [row] = await db
      .select()
      .from(uploadLinks)
      .where(eq(uploadLinks.tokenHash, sha256Hex(token)));
    return row ?? null;
  }

  /** The link behind a token, if it belongs to a case of this cardmember (otherwise: not found). */
  async function ownedLink(customer: CustomerPrincipal, token: string) {
    const link = await linkByToken(token);
    const access = link ? await cases.accessOf(link.caseId) : null;
    if (!link || !access || access.cardmemberId !== customer.cardmemberId)
      throw new AppError('UPLOAD_LINK_NOT_FOUND');
    return { link, access };
  }

  function assertUsable(link: LinkRow): void {
    switch (linkStatus(link, clock.now())) {
      case 'revoked':
        throw new AppError('UPLOAD_LINK_REVOKED');
      case 'expired':
        throw new AppError('UPLOAD_LINK_EXPIRED');
      case 'used_up':
        throw new AppError('UPLOAD_LINK_USED_UP');
      case 'active':
        return;
    }
  }

  async function assertAgentMayAccess(
    agent: AgentPrincipal,
    caseId: string,
    code: 'CASE_NOT_FOUND' | 'DOCUMENT_NOT_FOUND' | 'UPLOAD_LINK_NOT_FOUND',
  ) {
    const allowed = await cases.agentMayAccess({ id: agent.agentId, role: agent.role }, caseId);
    if (!allowed) throw new AppError(code);
  }

  async function replayOf(
    linkId: string,
    idempotencyKey: string,
    q: Db | Tx = db,
  ): Promise<DocumentRow | null> {
    const [row] = await q
      .select()
      .from(documents)
      .where(and(eq(documents.linkId, linkId), eq(documents.idempotencyKey, idempotencyKey)));
    return row ?? null;
  }

  async function scan(bytes: Uint8Array, type: DocumentType): Promise<ScanResult> {
    try {
      return await scanner.scan(bytes, type);
    } catch (err) {
      warn('document scan failed', { err });
      return { status: 'failed', finding: 'scanner-error' };
    }
  }

  type LinkInput = {
    caseId: string;
    actor: CaseActor;
    conversationId?: string | null;
    maxFiles?: number;
    /** One link per case and key: a second call with the key creates nothing (see createUploadLinkOnce). */
    idempotencyKey?: string;
  };

  async function createUploadLink(input: LinkInput, tx?: Tx): Promise<UploadLinkCreated> {
    const outcome = await writeUploadLink(input, tx);
    if (!outcome.created) throw new Error('an upload link with this key exists (use createUploadLinkOnce)');
    return outcome.link;
  }

  /**
   * Creates the case's link for this key, or finds the one created before (across nodes: a unique
   * index on the case and the key). The raw token exists only in the first answer.
   */
  async function createUploadLinkOnce(
    input: LinkInput & { idempotencyKey: string },
    tx?: Tx,
  ): Promise<{ created: true; link: UploadLinkCreated } | { created: false; link: UploadLink }> {
    return writeUploadLink(input, tx);
  }

  async function writeUploadLink(
    input: LinkInput,
    tx?: Tx,
  ): Promise<{ created: true; link: UploadLinkCreated } | { created: false; link: UploadLink }> {
    // Inside the caller's transaction when there is one (a single-connection PGlite would wait forever).
    const access = await cases.accessOf(input.caseId, tx);
    if (!access) throw new AppError('CASE_NOT_FOUND');
    const token = randomBytes(32).toString('base64url');
    const now = clock.now();
    const row: typeof uploadLinks.$inferInsert = {
      id: randomUUID(),
      caseId: access.caseId,
      tokenHash: sha256Hex(token),
      createdBy: input.actor.id ?? input.actor.kind,
      conversationId: input.conversationId ?? access.conversationId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + deps.linkTtlMinutes * 60_000),
      maxFiles: Math.max(1, Math.min(input.maxFiles ?? deps.maxFilesPerLink, deps.maxFilesPerLink)),
      usedCount: 0,
      idempotencyKey: input.idempotencyKey ?? null,
    };
    const write = async (t: Tx): Promise<LinkRow | null> => {
      const inserted = await t
        .insert(uploadLinks)
        .values(row)
        .onConflictDoNothing({ target: [uploadLinks.caseId, uploadLinks.idempotencyKey] })
        .returning({ id: uploadLinks.id });
      if (inserted.length === 0) {
        const [earlier] = await t
          .select()
          .from(uploadLinks)
          .where(
            and(
              eq(uploadLinks.caseId, access.caseId),
              eq(uploadLinks.idempotencyKey, input.idempotencyKey ?? ''),
            ),
          );
        return earlier ?? null;
      }
      await audit(
        {
          actor: auditActor(input.actor),
          action: 'upload_link.created',
          subject: { type: 'upload_link', id: row.id! },
          cardAccountId: access.cardAccountId,
          conversationId: row.conversationId ?? null,
          after: { caseId: row.caseId, expiresAt: row.expiresAt.toISOString(), maxFiles: row.maxFiles },
        },
        t,
      );
      await cases.addTimelineEvent(
        access.caseId,
        {
          actor: input.actor,
          kind: 'upload_link_created',
          text: `A secure upload link was sent (up to ${row.maxFiles} files, until ${row.expiresAt.toISOString()}).`,
          data: { linkId: row.id, expiresAt: row.expiresAt.toISOString(), maxFiles: row.maxFiles },
        },
        t,
      );
      return null;
    };
    const earlier = tx ? await write(tx) : await db.transaction(write);
    if (earlier) return { created: false, link: toLink(earlier, clock.now()) };
    return {
      created: true,
      link: {
        id: row.id!,
        caseId: row.caseId,
        token,
        url: `/upload?token=${token}`,
        expiresAt: row.expiresAt.toISOString(),
        maxFiles: row.maxFiles,
      },
    };
  }

  function listForCase(viewer: AgentPrincipal, caseId: string): Promise<CaseDocuments>;
  function listForCase(viewer: CustomerPrincipal, caseId: string): Promise<UploadedFile[]>;
  async function listForCase(
    viewer: AgentPrincipal | CustomerPrincipal,
    caseId: string,
  ): Promise<CaseDocuments | UploadedFile[]> {
    if (viewer.kind === 'customer') {
      const access = await cases.accessOf(caseId);
      if (!access || access.cardmemberId !== viewer.cardmemberId) throw new AppError('CASE_NOT_FOUND');
      const rows = await db
        .select()
        .from(documents)
        .where(and(eq(documents.caseId, caseId), eq(documents.cardmemberId, viewer.cardmemberId)))
        .orderBy(asc(documents.uploadedAt), asc(documents.id));
      return rows.map(toUploadedFile);
    }
    await assertAgentMayAccess(viewer, caseId, 'CASE_NOT_FOUND');
    const [docs, links] = await Promise.all([
      db
        .select()
        .from(documents)
        .where(eq(documents.caseId, caseId))
        .orderBy(asc(documents.uploadedAt), asc(documents.id)),
      db
        .select()
        .from(uploadLinks)
        .where(eq(uploadLinks.caseId, caseId))
        .orderBy(desc(uploadLinks.createdAt)),
    ]);
    const now = clock.now();
    return { documents: docs.map(toDocument), links: links.map((l) => toLink(l, now)) };
  }

  return {
    createUploadLink,
    createUploadLinkOnce,

    /**
     * An agent sends an upload link for a case they may see (CASE_NOT_FOUND otherwise). With
     * `postToConversation` the link is posted to the conversation (the given one, else the case's) as a
     * system message, in the same transaction: only by an agent taking part in it now, only into a
     * conversation of the case's cardmember, and nothing is created when it is refused.
     */
    async agentCreateUploadLink(
      agent: AgentPrincipal,
      caseId: string,
      input: { conversationId?: string | null; postToConversation?: boolean } = {},
    ): Promise<UploadLinkCreated> {
      await assertAgentMayAccess(agent, caseId, 'CASE_NOT_FOUND');
      const linkInput = { caseId, actor: actorOf(agent), conversationId: input.conversationId ?? null };
      if (!input.postToConversation) return createUploadLink(linkInput);

      const access = await cases.accessOf(caseId);
      if (!access) throw new AppError('CASE_NOT_FOUND');
      const conversationId = input.conversationId ?? access.conversationId;
      if (!conversationId)
        throw new AppError('VALIDATION_FAILED', 'Name the conversation to post the link to.');
      if (!deps.conversations) throw new Error('documents: no conversations port to post the link with');
      const { messageId, result } = await deps.conversations.postSystemMessage(
        agent,
        conversationId,
        async (tx, conversation) => {
          // A case's link goes only to its own cardmember's chat.
          if (conversation.cardmemberId !== access.cardmemberId)
            throw new AppError('VALIDATION_FAILED', 'That conversation is not with this case’s cardmember.');
          const link = await createUploadLink({ ...linkInput, conversationId }, tx);
          const message = uploadLinkMessage(
            {
              reference: access.reference,
              url: link.url,
              expiresAt: link.expiresAt,
              maxFiles: link.maxFiles,
            },
            conversation.language,
          );
          return {
            body: message,
            payload: {
              type: 'upload_link',
              caseReference: access.reference,
              url: link.url,
              expiresAt: link.expiresAt,
              maxFiles: link.maxFiles,
            },
            result: link,
          };
        },
      );
      return { ...result, postedMessageId: messageId };
    },

    /** What a link is for; only the case's cardmember learns anything (others: UPLOAD_LINK_NOT_FOUND). */
    async linkInfo(customer: CustomerPrincipal, token: string): Promise<UploadLinkInfo> {
      const { link, access } = await ownedLink(customer, token);
      return {
        caseReference: access.reference,
        status: linkStatus(link, clock.now()),
        expiresAt: link.expiresAt.toISOString(),
        maxFiles: link.maxFiles,
        filesLeft: Math.max(0, link.maxFiles - link.usedCount),
        maxFileBytes,
        acceptedTypes: [...DOCUMENT_TYPES],
      };
    },

    /**
     * Stores one file through a link. The link, its owner and its state are checked before a byte of
     * the body is read; the body is read only up to the limit. A retry with the same idempotency key
     * returns the document stored the first time (`replayed`) without using another file of the link.
     */
    async upload(
      customer: CustomerPrincipal,
      token: string,
      file: { fileName: string; idempotencyKey: string; body: UploadBody; declaredBytes?: number | null },
    ): Promise<{ document: UploadedFile; replayed: boolean }> {
      const { link, access } = await ownedLink(customer, token);
      const earlier = await replayOf(link.id, file.idempotencyKey);
      if (earlier) return { document: toUploadedFile(earlier), replayed: true };
      assertUsable(link);
      if (file.declaredBytes != null && file.declaredBytes > maxFileBytes)
        throw new AppError('FILE_TOO_LARGE');

      const bytes = await readLimited(file.body, maxFileBytes);
      if (bytes.byteLength === 0) throw new AppError('FILE_EMPTY');
      const type = detectDocumentType(bytes);
      if (!type) throw new AppError('FILE_TYPE_NOT_ALLOWED');

      const id = randomUUID();
      const storageKey = `doc_${id.replaceAll('-', '')}`;
      const sha256 = sha256Hex(bytes);
      const result = await scan(bytes, type);
      const finding = result.status === 'clean' ? null : result.finding;
      const name = cleanFileName(redact(decodeFileName(file.fileName), { language: 'en' }).redacted, type);
      await storage.put(storageKey, bytes);

      let stored: DocumentRow | null = null;
      try {
        const outcome = await db.transaction(async (tx) => {
          // One upload at a time per link: the count and the idempotency key are checked under the lock.
          const [locked] = await tx
            .select()
            .from(uploadLinks)
            .where(eq(uploadLinks.id, link.id))
            .for('update');
          const raced = await replayOf(link.id, file.idempotencyKey, tx);
          if (raced) return { row: raced, replayed: true };
          assertUsable(locked!);
          const [row] = await tx
            .insert(documents)
            .values({
              id,
              caseId: link.caseId,
              linkId: link.id,
              cardmemberId: customer.cardmemberId,
              fileName: name,
              detectedType: type,
              sizeBytes: bytes.byteLength,
              sha256,
              storageKey,
              scanStatus: result.status,
              scanFinding: finding,
              idempotencyKey: file.idempotencyKey,
              uploadedAt: clock.now(),
            })
            .returning();
          await tx
            .update(uploadLinks)
            .set({ usedCount: sql`${uploadLinks.usedCount} + 1` })
            .where(eq(uploadLinks.id, link.id));
          await audit(
            {
              actor: { kind: 'customer', id: customer.cardmemberId },
              action: result.status === 'infected' ? 'document.quarantined' : 'document.uploaded',
              subject: { type: 'document', id },
              cardAccountId: access.cardAccountId,
              conversationId: link.conversationId,
              after: {
                caseId: link.caseId,
                linkId: link.id,
                fileName: name,
                type,
                sizeBytes: bytes.byteLength,
                sha256,
                scanStatus: result.status,
                finding,
              },
            },
            tx,
          );
          await cases.addTimelineEvent(link.caseId, timelineEventFor(row!, finding), tx);
          return { row: row!, replayed: false };
        });
        stored = outcome.row.id === id ? outcome.row : null;
        return { document: toUploadedFile(outcome.row), replayed: outcome.replayed };
      } finally {
        if (!stored)
          await storage
            .delete(storageKey)
            .catch((err) => warn('could not remove an unused upload', { err, storageKey }));
      }
    },

    /** The files this cardmember sent through a link of theirs (metadata only). */
    async listUploads(customer: CustomerPrincipal, token: string): Promise<UploadedFile[]> {
      const { link } = await ownedLink(customer, token);
      const rows = await db
        .select()
        .from(documents)
        .where(and(eq(documents.linkId, link.id), eq(documents.cardmemberId, customer.cardmemberId)))
        .orderBy(asc(documents.uploadedAt), asc(documents.id));
      return rows.map(toUploadedFile);
    },

    listForCase,

    /** An agent who may see the case downloads a clean file (audited). */
    async download(
      agent: AgentPrincipal,
      documentId: string,
    ): Promise<{ document: Document; bytes: Uint8Array }> {
      const [row] = await db.select().from(documents).where(eq(documents.id, documentId));
      if (!row) throw new AppError('DOCUMENT_NOT_FOUND');
      await assertAgentMayAccess(agent, row.caseId, 'DOCUMENT_NOT_FOUND');
      if (row.scanStatus !== 'clean') throw new AppError('DOCUMENT_QUARANTINED');
      const bytes = await storage.get(row.storageKey);
      if (!bytes) throw new Error(`document ${row.id}: nothing in storage under its key`);
      if (sha256Hex(bytes) !== row.sha256)
        throw new Error(`document ${row.id}: stored bytes do not match their SHA-256`);
      await audit({
        actor: { kind: isSupervisor(agent) ? agent.role : 'agent', id: agent.agentId },
        action: 'document.downloaded',
        subject: { type: 'document', id: row.id },
        after: { caseId: row.caseId, sha256: row.sha256 },
      });
      return { document: toDocument(row), bytes };
    },

    /** Withdraws a link (its files stay); revoking twice changes nothing. */
    async revokeLink(agent: AgentPrincipal, linkId: string): Promise<UploadLink> {
      const [row] = await db.select().from(uploadLinks).where(eq(uploadLinks.id, linkId));
      if (!row) throw new AppError('UPLOAD_LINK_NOT_FOUND');
      await assertAgentMayAccess(agent, row.caseId, 'UPLOAD_LINK_NOT_FOUND');
      if (row.revokedAt) return toLink(row, clock.now());
      const access = await cases.accessOf(row.caseId);
      const actor = actorOf(agent);
      const updated = await db.transaction(async (tx) => {
        const now = clock.now();
        const [u] = await tx
          .update(uploadLinks)
          .set({ revokedAt: now, revokedBy: agent.agentId })
          .where(and(eq(uploadLinks.id, linkId), sql`${uploadLinks.revokedAt} is null`))
          .returning();
        if (!u) {
          const [current] = await tx.select().from(uploadLinks).where(eq(uploadLinks.id, linkId));
          return current!;
        }
        await audit(
          {
            actor: { kind: isSupervisor(agent) ? agent.role : 'agent', id: agent.agentId },
            action: 'upload_link.revoked',
            subject: { type: 'upload_link', id: linkId },
            cardAccountId: access?.cardAccountId ?? null,
            conversationId: row.conversationId,
            before: { revokedAt: null },
            after: { revokedAt: now.toISOString() },
          },
          tx,
        );
        await cases.addTimelineEvent(
          row.caseId,
          {
            actor,
            kind: 'upload_link_revoked',
            text: 'The secure upload link was withdrawn.',
            data: { linkId },
          },
          tx,
        );
        return u;
      });
      return toLink(updated, clock.now());
    },
  };
}
