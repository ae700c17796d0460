/*
 * The assistant's door to the documents domain: a secure upload link for a case it opened, created
 * by the same documents service the agent console uses, acting as the assistant. One link per case:
 * the key is the case's (a unique index on case and key), and the link is created in the turn's own
 * transaction, so a turn replayed on another node (which loses the claim) creates nothing.
 */
import type { Tx } from '../../platform/db.ts';
import type { DocumentService } from '../documents/index.ts';
import type { OfferedUploadLink } from './dialog/types.ts';

/** The key of the assistant's link on a case (one per case, whatever the turn or conversation). */
export const ASSISTANT_UPLOAD_LINK_KEY = 'assistant-case-documents';

export interface AssistantDocuments {
  uploadLinkFor(input: { caseId: string; conversationId: string }, tx: Tx): Promise<OfferedUploadLink>;
}

export function documentsForAssistant(documents: DocumentService): AssistantDocuments {
  return {
    async uploadLinkFor(input, tx) {
      const outcome = await documents.createUploadLinkOnce(
        {
          caseId: input.caseId,
          actor: { kind: 'assistant', id: 'assistant' },
          conversationId: input.conversationId,
          idempotencyKey: ASSISTANT_UPLOAD_LINK_KEY,
        },
        tx,
      );
      if (outcome.created) {
        const { url, expiresAt, maxFiles } = outcome.link;
        return { created: true, url, expiresAt, maxFiles };
      }
      const { expiresAt, maxFiles, status } = outcome.link;
      return { created: false, expiresAt, maxFiles, status };
    },
  };
}
