import type {
  AgentId,
  CardAccountId,
  CardmemberId,
  ClientMessageId,
  Conversation,
  ConversationId,
  ConversationStatus,
  Language,
  Message,
  MessageId,
  ParticipantKind,
  Receipt,
  SystemEvent,
} from '@clearline/protocol';
import type { conversations, messages, receipts } from './conversations.tables.ts';

type ConversationRow = typeof conversations.$inferSelect;
type MessageRow = typeof messages.$inferSelect;
type ReceiptRow = typeof receipts.$inferSelect;

const iso = (d: Date | string): string =>
  typeof d === 'string' ? new Date(d).toISOString() : d.toISOString();

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id as ConversationId,
    cardmemberId: row.cardmemberId as CardmemberId,
    cardAccountId: row.cardAccountId as CardAccountId,
    status: row.status as ConversationStatus,
    queue: row.queue,
    language: row.language as Language,
    assignedAgentId: (row.assignedAgentId ?? null) as AgentId | null,
    card:
      row.cardProductName && row.cardLast4
        ? { productName: row.cardProductName, last4: row.cardLast4 }
        : null,
    lastSeq: row.lastSeq,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    closedAt: row.closedAt ? iso(row.closedAt) : null,
  };
}

export function toMessage(row: MessageRow): Message {
  return {
    id: row.id as MessageId,
    conversationId: row.conversationId as ConversationId,
    seq: row.seq,
    clientMessageId: (row.clientMessageId ?? null) as ClientMessageId | null,
    author: {
      kind: row.authorKind as ParticipantKind,
      id: row.authorKind === 'system' ? null : row.authorId,
      displayName: row.authorName,
    },
    kind: row.kind as Message['kind'],
    body: row.body,
    event: (row.event ?? null) as SystemEvent | null,
    eventData: row.eventData ?? null,
    createdAt: iso(row.createdAt),
  };
}

export function toReceipt(row: ReceiptRow): Receipt {
  return {
    conversationId: row.conversationId as ConversationId,
    reader: row.reader as Receipt['reader'],
    deliveredSeq: row.deliveredSeq,
    readSeq: row.readSeq,
  };
}
