/* The assistant domain's only public entry: the NLU model, the dialog runner and its tables. */
export {
  type Assistant,
  type AssistantAuditEntry,
  type AssistantDeps,
  createAssistant,
  knowledgeSource,
} from './assistant.service.ts';
export { QUEUES, type QueueName } from './dialog/routing.ts';
export type { KnowledgeHit, KnowledgeSource } from './dialog/types.ts';
export { createKnowledgeBase } from './knowledge/index.ts';
export { createLanguageModel } from './llm/index.ts';
export { type LoadedAssistantModel, loadAssistantModel } from './nlu/index.ts';
