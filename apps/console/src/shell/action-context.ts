import { createContext, useContext } from 'react';
import type { ActionContext } from '../actions.ts';

export const ActionContextValue = createContext<ActionContext | null>(null);

export function useActionContext(): ActionContext {
  const ctx = useContext(ActionContextValue);
  if (!ctx) throw new Error('useActionContext outside the workspace');
  return ctx;
}
