import type { DocumentType, Language, MessagePayload } from '@clearline/protocol';
import type { Tx } from '../../platform/db.ts';
import type { AgentPrincipal } from '../../platform/principal.ts';

/*
 * What the documents domain needs from outside, as ports (no import of the cases branch): the case a
 * link belongs to, its timeline, and the agent access rule; where the bytes are kept; the malware scan.
 */

/** Who acted on a case (the same shape the cases domain uses). */
export type CaseActor = { kind: 'customer' | 'assistant' | 'agent' | 'supervisor' | 'system'; id?: string };

export interface CaseAccess {
  caseId: string;
  reference: string;
  cardmemberId: string;
  cardAccountId: string;
  conversationId: string | null;
}

export interface CaseTimelineEvent {
  actor: CaseActor;
  kind: string;
  text?: string;
  data?: Record<string, unknown>;
}

/** Implemented by the cases service (wired in server.ts). */
export interface DocumentCases {
  /** The case's owner and reference, or null when there is no such case. */
  accessOf(caseId: string, tx?: Tx): Promise<CaseAccess | null>;
  addTimelineEvent(caseId: string, event: CaseTimelineEvent, tx?: Tx): Promise<void>;
  /** Supervisors see every case; an agent, cases on card accounts whose conversations they took part in. */
  agentMayAccess(
    agent: { id: string; role: 'agent' | 'supervisor' | string },
    caseId: string,
  ): Promise<boolean>;
}

/** Where uploaded bytes are kept. Keys are chosen by the service and are never derived from user input. */
export interface StoragePort {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the bytes (no error when already gone). */
  delete(key: string): Promise<void>;
}

export type ScanResult =
  | { status: 'clean' }
  | { status: 'infected'; finding: string }
  | { status: 'failed'; finding: string };

/** A malware scan of one file; a thrown error counts as `failed` (the file is kept but not downloadable). */
export interface ScanPort {
  scan(bytes: Uint8Array, type: DocumentType): Promise<ScanResult>;
}

/**
 * Implemented by the conversations service (wired in server.ts): posts a system message for an agent
 * who takes part in the conversation now (CONVERSATION_NOT_FOUND when they may not read it, FORBIDDEN
 * when they may not write in it, CONVERSATION_CLOSED once it ended). `compose` runs in the same
 * transaction, under the conversation's lock, before the message is appended.
 */
export interface DocumentConversations {
  postSystemMessage<T>(
    agent: AgentPrincipal,
    conversationId: string,
    compose: (
      tx: Tx,
      conversation: { id: string; cardmemberId: string; language: Language },
    ) => Promise<{ body: string; payload: MessagePayload; result: T }>,
  ): Promise<{ messageId: string; result: T }>;
}
