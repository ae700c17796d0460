export { type ConversationAction, nextConversationStatus } from './conversation-status.ts';
export { forCustomer } from './conversations.mappers.ts';
export { registerConversationRoutes } from './conversations.routes.ts';
export {
  ASSISTANT_STATUSES,
  type AssistantHandoff,
  type AssistantHooks,
  type AssistantReply,
  type AssistantTurn,
  type CardLabel,
  type ConversationService,
  createConversationService,
  DEFAULT_QUEUE,
  type QueueRoute,
  type SendResult,
} from './conversations.service.ts';
export { createOfferDispatcher } from './offer-dispatcher.ts';
