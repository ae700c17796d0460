import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Secure upload links (issue 6 §7): one case, an expiry, a number of files. Only the SHA-256 of the
 * token is kept; the raw token exists in the link the cardmember receives and nowhere else.
 */
export const uploadLinks = pgTable(
  'upload_links',
  {
    id: uuid('id').primaryKey(),
    /** The case the files are for (owned by the cases domain; no foreign key across domains). */
    caseId: uuid('case_id').notNull(),
    /** Hex SHA-256 of the raw token. */
    tokenHash: text('token_hash').notNull(),
    /** The agent's id, or `assistant` / `system` for a flow. */
    createdBy: text('created_by').notNull(),
    conversationId: uuid('conversation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    maxFiles: integer('max_files').notNull(),
    /** Files stored through this link; each uploaded file uses one. */
    usedCount: integer('used_count').notNull().default(0),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by'),
    /** A flow's key for "one link per case" (e.g. the assistant's after a dispute); null for agents' links. */
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    uniqueIndex('upload_links_token_hash_idx').on(t.tokenHash),
    uniqueIndex('upload_links_case_idempotency_idx').on(t.caseId, t.idempotencyKey),
    index('upload_links_case_idx').on(t.caseId),
    check('upload_links_used_count_check', sql`${t.usedCount} >= 0 and ${t.usedCount} <= ${t.maxFiles}`),
  ],
);

/** A file a cardmember uploaded; the bytes live behind the storage port under `storage_key`. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    linkId: uuid('link_id')
      .notNull()
      .references(() => uploadLinks.id),
    cardmemberId: text('cardmember_id').notNull(),
    /** Cleaned (no path, no control characters, redacted) and at most 120 characters. */
    fileName: text('file_name').notNull(),
    /** pdf | jpeg | png, from the file's first bytes. */
    detectedType: text('detected_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Hex SHA-256 of the stored bytes. */
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    /** pending | clean | infected | failed; only clean files can be downloaded. */
    scanStatus: text('scan_status').notNull(),
    /** What the scanner found (e.g. `EICAR-Test-File`, `PDF-JavaScript`), for agents and the audit log. */
    scanFinding: text('scan_finding'),
    /** The client's key: a retried upload with the same key returns this document. */
    idempotencyKey: text('idempotency_key').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('documents_link_idempotency_idx').on(t.linkId, t.idempotencyKey),
    uniqueIndex('documents_storage_key_idx').on(t.storageKey),
    index('documents_case_idx').on(t.caseId, t.uploadedAt),
  ],
);
