import type { Conversation, Message, Offer, Receipt } from '@clearline/protocol';

/** Domain events, published only after the transaction that caused them has committed. */
export type DomainEvent =
  | {
      type: 'message.created';
      message: Message;
      /** The conversation's status and queue when the message was stored (for queue previews). */
      conversation: { status: Conversation['status']; queue: string };
    }
  | {
      type: 'conversation.updated';
      conversation: Conversation;
      previousStatus: Conversation['status'] | null;
      /** Agents taking part (assignee, invited agents, supervisors who joined), when known. */
      agentParticipants?: readonly string[];
    }
  | { type: 'receipt.updated'; receipt: Receipt }
  /** A conversation was offered to one agent (push routing). */
  | {
      type: 'offer.created';
      offer: Offer;
      conversation: Conversation;
      preview: string;
      cardmemberName: string;
    }
  /** An offer was answered, expired or withdrawn. */
  | { type: 'offer.ended'; offer: Offer }
  /** An agent was added to a conversation by another agent (a conference). */
  | {
      type: 'participant.invited';
      conversation: Conversation;
      agentId: string;
      invitedBy: { agentId: string; displayName: string };
    };

export type DomainEventListener = (event: DomainEvent) => void | Promise<void>;

/**
 * In-process, after-commit event bus. It holds no state that another node would need: each node
 * publishes the events of its own commits, and the realtime layer fans them out through the
 * Socket.IO adapter (in-memory, or Redis Streams in a cluster).
 */
export class EventBus {
  readonly #listeners = new Set<DomainEventListener>();
  readonly #onError: (err: unknown, event: DomainEvent) => void;

  constructor(onError: (err: unknown, event: DomainEvent) => void) {
    this.#onError = onError;
  }

  subscribe(listener: DomainEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(events: readonly DomainEvent[]): void {
    for (const event of events) {
      for (const listener of this.#listeners) {
        try {
          const result = listener(event);
          if (result instanceof Promise) result.catch((err) => this.#onError(err, event));
        } catch (err) {
          this.#onError(err, event);
        }
      }
    }
  }
}
