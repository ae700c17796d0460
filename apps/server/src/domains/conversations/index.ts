export { type ConversationAction, nextConversationStatus } from './conversation-status.ts';
export {
  type ConversationService,
  createConversationService,
  DEFAULT_QUEUE,
  type SendResult,
} from './conversations.service.ts';
export { registerConversationRoutes } from './conversations.routes.ts';
