/*
 * The documents domain's public entry: secure document upload for cases (issue 6 §7).
 */
export { registerDocumentRoutes } from './documents.routes.ts';
export {
  createDocumentService,
  type DocumentService,
  type DocumentServiceDeps,
  decodeFileName,
  type UploadBody,
  uploadLinkMessage,
} from './documents.service.ts';
export { cleanFileName, contentDisposition, detectDocumentType } from './file-types.ts';
export { createLocalStorage, StorageKeyError } from './local-storage.ts';
export type {
  CaseAccess,
  CaseActor,
  CaseTimelineEvent,
  DocumentCases,
  DocumentConversations,
  ScanPort,
  ScanResult,
  StoragePort,
} from './ports.ts';
export { createSignatureScanner, eicarTestString, scanBytes } from './signature-scanner.ts';
