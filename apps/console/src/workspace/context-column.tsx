import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountPanel } from '../account/account-panel.tsx';
import { CasesPanel } from '../cases/cases-panel.tsx';
import type { ConsoleState, ConsoleStore } from './console-store.ts';

/** Beside the active conversation: its card account's cases, and the account with its workflows. */
export function ContextColumn({ state, store }: { state: ConsoleState; store: ConsoleStore }) {
  const { t } = useTranslation();
  const conversation = state.mine.find((c) => c.id === state.activeId);
  // A workflow that opens a case (a replacement card, a fee credit...) shows it in Cases at once.
  const [casesVersion, setCasesVersion] = useState(0);
  const caseOpened = useCallback(() => setCasesVersion((v) => v + 1), []);
  if (!conversation) return null;
  return (
    <aside className="cc-context" aria-label={t('context.label')}>
      <CasesPanel
        key={`cases-${conversation.id}`}
        client={store.client}
        conversation={conversation}
        version={casesVersion}
      />
      <AccountPanel
        key={`account-${conversation.id}`}
        client={store.client}
        conversation={conversation}
        onCaseOpened={caseOpened}
      />
    </aside>
  );
}
