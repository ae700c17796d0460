import { useSyncExternalStore } from 'react';
import type { ChatSession, ChatState } from './chat-session.ts';

export function useChatState(session: ChatSession): ChatState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
