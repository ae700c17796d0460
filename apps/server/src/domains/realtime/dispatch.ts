import type {
  Conversation,
  ConversationInvited,
  ConversationOffered,
  Message,
  OfferEnded,
  Receipt,
} from '@clearline/protocol';
import type { DomainEvent } from '../../platform/events.ts';
import { forCustomer } from '../conversations/index.ts';

export const rooms = {
  conversation: (id: string) => `conv:${id}`,
  cardmember: (id: string) => `cm:${id}`,
  agent: (id: string) => `agent:${id}`,
  queue: (name: string) => `queue:${name}`,
  supervisors: 'supervisors',
} as const;

export type Delivery =
  | { namespace: 'customer'; rooms: string[]; event: 'message.created'; payload: Message }
  | { namespace: 'customer'; rooms: string[]; event: 'conversation.updated'; payload: Conversation }
  | { namespace: 'customer'; rooms: string[]; event: 'receipt.updated'; payload: Receipt }
  | { namespace: 'agent'; rooms: string[]; event: 'message.created'; payload: Message }
  | { namespace: 'agent'; rooms: string[]; event: 'conversation.updated'; payload: Conversation }
  | { namespace: 'agent'; rooms: string[]; event: 'receipt.updated'; payload: Receipt }
  | { namespace: 'agent'; rooms: string[]; event: 'conversation.offered'; payload: ConversationOffered }
  | { namespace: 'agent'; rooms: string[]; event: 'conversation.offer_ended'; payload: OfferEnded }
  | { namespace: 'agent'; rooms: string[]; event: 'conversation.invited'; payload: ConversationInvited };

/**
 * The one place that decides who receives a domain event. Customers hear only about their own
 * conversations (the conversation room, joined after an ownership check, and their own cardmember
 * room); agents hear about the conversations they handle and the queues they serve.
 * Agent-only content (handoff summaries, internal notes, whispers) never appears in a customer delivery.
 */
export function deliveriesFor(event: DomainEvent): Delivery[] {
  switch (event.type) {
    case 'message.created': {
      const room = rooms.conversation(event.message.conversationId);
      return [
        // Agent-only messages (handoff summaries, notes, whispers) reach customers as a withheld stub.
        {
          namespace: 'customer',
          rooms: [room],
          event: 'message.created',
          payload: forCustomer(event.message),
        },
        { namespace: 'agent', rooms: [room], event: 'message.created', payload: event.message },
      ];
    }
    case 'conversation.updated': {
      const c = event.conversation;
      const agentRooms = [rooms.conversation(c.id), rooms.supervisors];
      if (c.assignedAgentId) agentRooms.push(rooms.agent(c.assignedAgentId));
      return [
        {
          namespace: 'customer',
          rooms: [rooms.conversation(c.id), rooms.cardmember(c.cardmemberId)],
          event: 'conversation.updated',
          payload: c,
        },
        { namespace: 'agent', rooms: agentRooms, event: 'conversation.updated', payload: c },
      ];
    }
    case 'receipt.updated': {
      const room = rooms.conversation(event.receipt.conversationId);
      return [
        { namespace: 'customer', rooms: [room], event: 'receipt.updated', payload: event.receipt },
        { namespace: 'agent', rooms: [room], event: 'receipt.updated', payload: event.receipt },
      ];
    }
    // Offers and invitations concern one agent only (all their sockets, on every node).
    case 'offer.created':
      return [
        {
          namespace: 'agent',
          rooms: [rooms.agent(event.offer.agentId)],
          event: 'conversation.offered',
          payload: {
            offer: event.offer,
            conversation: event.conversation,
            preview: event.preview,
            cardmemberName: event.cardmemberName,
          },
        },
      ];
    case 'offer.ended':
      return [
        {
          namespace: 'agent',
          rooms: [rooms.agent(event.offer.agentId)],
          event: 'conversation.offer_ended',
          payload: { offer: event.offer },
        },
      ];
    case 'participant.invited':
      return [
        {
          namespace: 'agent',
          rooms: [rooms.agent(event.agentId)],
          event: 'conversation.invited',
          payload: {
            conversation: event.conversation,
            invitedBy: {
              agentId: event.invitedBy.agentId as ConversationInvited['invitedBy']['agentId'],
              displayName: event.invitedBy.displayName,
            },
          },
        },
      ];
    default: {
      const exhaustive: never = event;
      return exhaustive;
    }
  }
}

/** Queues whose waiting list an event changes (their agents get a fresh `queue.updated`). */
export function queuesTouchedBy(event: DomainEvent): string[] {
  if (event.type === 'conversation.updated') {
    const { conversation: c, previousStatus } = event;
    return c.status === 'queued' || previousStatus === 'queued' ? [c.queue] : [];
  }
  return [];
}
