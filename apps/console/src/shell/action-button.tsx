import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActionId, getAction } from '../actions.ts';
import { useActionContext } from './action-context.ts';

interface ActionButtonProps {
  action: ActionId;
  targetId?: string;
  className?: string;
  /** Visible text when it differs from the action's label (the label stays the accessible name). */
  children?: ReactNode;
  ariaLabel?: string;
}

/** A button bound to a registry action: same label, availability and shortcut as the keyboard. */
export function ActionButton({ action: id, targetId, className, children, ariaLabel }: ActionButtonProps) {
  const { t } = useTranslation();
  const ctx = useActionContext();
  const action = getAction(id);
  const withTarget = targetId ? { ...ctx, targetId } : ctx;
  const available = action.isAvailable(withTarget);
  const shortcut = targetId ? undefined : action.shortcut?.label;
  return (
    <button
      type="button"
      className={className ?? 'cc-button'}
      disabled={!available}
      aria-label={ariaLabel}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${t(action.label)} (${shortcut})` : undefined}
      data-action={id}
      onClick={() => void action.run(withTarget)}
    >
      {children ?? t(action.label)}
    </button>
  );
}
