import { useEffect, useRef } from 'react';
import { type ActionContext, actionForKey } from '../actions.ts';

/** Runs the registry action bound to a key press anywhere in the console. */
export function useShortcuts(ctx: ActionContext): void {
  const current = useRef(ctx);
  current.current = ctx;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || event.defaultPrevented) return;
      const action = actionForKey(event, current.current);
      if (!action) return;
      event.preventDefault();
      void action.run(current.current);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
