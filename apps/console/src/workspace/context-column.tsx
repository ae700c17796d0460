import { useTranslation } from 'react-i18next';
import { CasesPanel } from '../cases/cases-panel.tsx';
import type { ConsoleState, ConsoleStore } from './console-store.ts';

/** Beside the active conversation: its card account's cases (and, with workflows, the account). */
export function ContextColumn({ state, store }: { state: ConsoleState; store: ConsoleStore }) {
  const { t } = useTranslation();
  const conversation = state.mine.find((c) => c.id === state.activeId);
  if (!conversation) return null;
  return (
    <aside className="cc-context" aria-label={t('context.label')}>
      <CasesPanel key={conversation.id} client={store.client} conversation={conversation} />
    </aside>
  );
}
