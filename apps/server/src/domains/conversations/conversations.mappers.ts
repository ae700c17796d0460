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
  MessagePayload,
  Offer,
  ParticipantKind,
  Receipt,
  SystemEvent,
} from '@clearline/protocol';
import type { conversationOffers, conversations, messages, receipts } from './conversations.tables.ts';

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
    priority: row.priority,
    routingReason: row.routingReason ?? null,
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
    visibility: row.visibility === 'agents' ? 'agents' : 'all',
    body: row.body,
    event: (row.event ?? null) as SystemEvent | null,
    eventData: row.eventData ?? null,
    payload: (row.payload ?? null) as MessagePayload | null,
    quickReply: row.quickReply ?? null,
    createdAt: iso(row.createdAt),
  };
}

/**
 * What a customer may see of a message: agent-only messages become a `withheld` stub that keeps only
 * the seq (so the customer's timeline stays gap-free) and nothing of the content or its author.
 */
export function forCustomer(message: Message): Message {
  if (message.visibility !== 'agents') return message;
  return {
    id: message.id,
    conversationId: message.conversationId,
    seq: message.seq,
    clientMessageId: null,
    author: { kind: 'system', id: null, displayName: '' },
    kind: 'withheld',
    visibility: 'agents',
    body: '',
    event: null,
    eventData: null,
    payload: null,
    quickReply: null,
    createdAt: message.createdAt,
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

export function toOffer(row: typeof conversationOffers.$inferSelect): Offer {
  return {
    id: row.id,
    conversationId: row.conversationId as ConversationId,
    agentId: row.agentId as AgentId,
    kind: row.kind === 'invite' ? 'invite' : 'assign',
    state: row.state as Offer['state'],
    offeredAt: iso(row.offeredAt),
    expiresAt: iso(row.expiresAt),
  };
}
