import { useSyncExternalStore } from 'react';
import type { ConsoleState, ConsoleStore } from './console-store.ts';

export function useConsoleState(store: ConsoleStore): ConsoleState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
