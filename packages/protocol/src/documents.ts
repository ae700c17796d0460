import { z } from 'zod';
import { ZConversationId } from './ids.ts';

/*
 * Secure document upload (issue 6 §7): an agent or a flow sends the cardmember an upload link tied to
 * one case; the cardmember uploads from the signed-in issuer site; the agent sees the files on the case.
 * Files never travel as chat text, and no unauthenticated path reads or deletes them.
 */

/** Accepted file types, recognised by their first bytes (never by the name or the declared type). */
export const DOCUMENT_TYPES = ['pdf', 'jpeg', 'png'] as const;
export const ZDocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof ZDocumentType>;

export const DOCUMENT_CONTENT_TYPES: Record<DocumentType, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** What the malware scan found: only `clean` files can be downloaded; `infected` ones stay quarantined. */
export const SCAN_STATUSES = ['pending', 'clean', 'infected', 'failed'] as const;
export const ZScanStatus = z.enum(SCAN_STATUSES);
export type ScanStatus = z.infer<typeof ZScanStatus>;

export const DOCUMENT_LIMITS = {
  /** Bytes in one uploaded file (10 MiB); the widget checks before sending, the server while reading. */
  fileBytes: 10 * 1024 * 1024,
  /** Characters kept of a file's original name (after cleaning). */
  fileNameChars: 120,
} as const;

/** The raw upload token (32 random bytes, base64url) as it appears in `/upload?token=…`. */
export const ZUploadToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be an upload token');
/** A client-chosen key that makes a retried upload of the same file act once. */
export const ZUploadIdempotencyKey = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');

export const UPLOAD_LINK_STATUSES = ['active', 'expired', 'revoked', 'used_up'] as const;
export const ZUploadLinkStatus = z.enum(UPLOAD_LINK_STATUSES);
export type UploadLinkStatus = z.infer<typeof ZUploadLinkStatus>;

/* agent → server */
export const ZCreateUploadLink = z
  .object({
    conversationId: ZConversationId.optional(),
    /**
     * Also post the link to the conversation (`conversationId`, else the case's own) as a system
     * message with an `upload_link` payload, in one transaction with the link. Only an agent taking part
     * in that conversation now (assigned, invited, or a supervisor), while it is open, and only a
     * conversation of the case's cardmember.
     */
    postToConversation: z.boolean().optional(),
  })
  .strict();
export type CreateUploadLink = z.input<typeof ZCreateUploadLink>;

/** What the agent gets once: the raw token is never stored (only its SHA-256) and never shown again. */
export const ZUploadLinkCreated = z.object({
  id: z.string(),
  caseId: z.string(),
  token: ZUploadToken,
  /** Relative to the issuer site: `/upload?token=…`. */
  url: z.string(),
  expiresAt: z.string(),
  maxFiles: z.number().int().positive(),
  /** With `postToConversation`: the system message that carries the link. */
  postedMessageId: z.string().optional(),
});
export type UploadLinkCreated = z.infer<typeof ZUploadLinkCreated>;

/** An upload link as agents see it on the case (no token). */
export const ZUploadLink = z.object({
  id: z.string(),
  caseId: z.string(),
  conversationId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  maxFiles: z.number().int().positive(),
  usedCount: z.number().int().nonnegative(),
  revokedAt: z.string().nullable(),
  status: ZUploadLinkStatus,
});
export type UploadLink = z.infer<typeof ZUploadLink>;

/** A stored file, as its metadata (the content is a separate, agent-only download). */
export const ZDocument = z.object({
  id: z.string(),
  caseId: z.string(),
  linkId: z.string(),
  /** The cleaned original name, with the extension of the detected type. */
  fileName: z.string(),
  type: ZDocumentType,
  contentType: z.string(),
  sizeBytes: z.number().int().positive(),
  /** Hex SHA-256 of the stored bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  scanStatus: ZScanStatus,
  uploadedAt: z.string(),
  /** Only clean files can be downloaded (agents only). */
  downloadable: z.boolean(),
});
export type Document = z.infer<typeof ZDocument>;

export const ZCaseDocuments = z.object({ documents: z.array(ZDocument), links: z.array(ZUploadLink) });
export type CaseDocuments = z.infer<typeof ZCaseDocuments>;

/* customer (bearer token) → server */

/** What a link is for, shown only to the cardmember whose case it belongs to. */
export const ZUploadLinkInfo = z.object({
  caseReference: z.string(),
  status: ZUploadLinkStatus,
  expiresAt: z.string(),
  maxFiles: z.number().int().positive(),
  filesLeft: z.number().int().nonnegative(),
  maxFileBytes: z.number().int().positive(),
  acceptedTypes: z.array(ZDocumentType),
});
export type UploadLinkInfo = z.infer<typeof ZUploadLinkInfo>;

/** The customer's view of a file they uploaded (no content, no storage details). */
export const ZUploadedFile = ZDocument.pick({
  id: true,
  fileName: true,
  type: true,
  sizeBytes: true,
  sha256: true,
  scanStatus: true,
  uploadedAt: true,
});
export type UploadedFile = z.infer<typeof ZUploadedFile>;

/** Headers of `POST /api/v1/uploads/:token/files` (the body is the raw file). */
export const ZUploadHeaders = z.object({
  /** The file's name, percent-encoded UTF-8 (`encodeURIComponent`). */
  'x-file-name': z.string().min(1).max(1024),
  'idempotency-key': ZUploadIdempotencyKey,
});
