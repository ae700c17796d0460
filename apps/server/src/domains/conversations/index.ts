export { type ConversationAction, nextConversationStatus } from './conversation-status.ts';
export { registerConversationRoutes } from './conversations.routes.ts';
export {
  type ConversationService,
  createConversationService,
  DEFAULT_QUEUE,
  type SendResult,
} from './conversations.service.ts';
