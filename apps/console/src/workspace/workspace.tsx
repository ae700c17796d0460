import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActionContext, getAction } from '../actions.ts';
import { ConversationView } from '../conversation/conversation-view.tsx';
import { QueuePanel } from '../queue/queue-panel.tsx';
import { ActionButton } from '../shell/action-button.tsx';
import { ActionContextValue } from '../shell/action-context.ts';
import { AppHeader } from '../shell/app-header.tsx';
import { ShortcutList } from '../shell/shortcut-list.tsx';
import { useShortcuts } from '../shell/use-shortcuts.ts';
import { SupervisionPanel } from '../supervision/supervision-panel.tsx';
import { type ConsoleStore, isSupervisorRole } from './console-store.ts';
import { ContextColumn } from './context-column.tsx';
import { MyConversations } from './my-conversations.tsx';
import { useConsoleState } from './use-console-state.ts';

/** The signed-in console: waiting list and my conversations beside the active conversation. */
interface WorkspaceProps {
  store: ConsoleStore;
  onSessionEnded: () => void;
  onSignedOut: () => void;
}

export function Workspace({ store, onSessionEnded, onSignedOut }: WorkspaceProps) {
  const { t } = useTranslation();
  const state = useConsoleState(store);
  const composer = useRef<HTMLTextAreaElement>(null);
  const queueHeading = useRef<HTMLHeadingElement>(null);
  const supervisionHeading = useRef<HTMLHeadingElement>(null);

  const ctx = useMemo<ActionContext>(
    () => ({
      state,
      store,
      focus: (target) => (target === 'composer' ? composer.current : queueHeading.current)?.focus(),
    }),
    [state, store],
  );
  useShortcuts(ctx);

  useEffect(() => {
    if (state.signedOut) onSignedOut();
    else if (state.sessionEnded) onSessionEnded();
  }, [state.signedOut, state.sessionEnded, onSignedOut, onSessionEnded]);

  // A newly accepted or selected conversation puts the agent in its reply box.
  const activeId = state.activeId;
  useEffect(() => {
    if (activeId) requestAnimationFrame(() => composer.current?.focus());
  }, [activeId]);

  // Switching to Supervision puts focus on its heading (and back: on the reply box, if any).
  const view = state.view;
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    requestAnimationFrame(() =>
      (view === 'supervision' ? supervisionHeading.current : composer.current)?.focus(),
    );
  }, [view]);
  const supervisor = isSupervisorRole(state.agent);
  const supervision = getAction('supervision');

  return (
    <ActionContextValue.Provider value={ctx}>
      <AppHeader agent={state.agent} status={state.status}>
        {supervisor && (
          <button
            type="button"
            className="cc-button cc-button--on-dark"
            aria-pressed={view === 'supervision'}
            aria-keyshortcuts={supervision.shortcut?.label}
            title={`${t(supervision.label)} (${supervision.shortcut?.label})`}
            data-action="supervision"
            onClick={() => void supervision.run(ctx)}
          >
            {t(supervision.label)}
          </button>
        )}
        <ActionButton action="sign-out" className="cc-button cc-button--on-dark" />
      </AppHeader>
      <div className="cc-banner" role="status" data-visible={state.status === 'reconnecting'}>
        {state.status === 'reconnecting' ? t('app.status.reconnecting') : ''}
      </div>
      <div className="cc-notice" role="status">
        {state.notice ? t(state.notice.key, state.notice.values) : ''}
      </div>
      <div className="cc-notice" role="status" data-region="offers">
        {state.offerNotice ? t(state.offerNotice.key, state.offerNotice.values) : ''}
      </div>
      <div className="cc-error-slot" role="alert">
        {state.error && (
          <div className="cc-alert cc-alert--inline" data-code={state.error}>
            <p>{t(`errors.${state.error}`, { defaultValue: t('errors.generic') })}</p>
            <button type="button" className="cc-button cc-button--small" onClick={() => store.dismissError()}>
              {t('common.dismiss')}
            </button>
          </div>
        )}
      </div>
      <div className="cc-layout">
        <aside className="cc-sidebar" aria-label={t('app.name')}>
          <QueuePanel items={state.queue} offers={state.offers} headingRef={queueHeading} />
          <MyConversations
            conversations={state.mine}
            activeId={state.activeId}
            names={state.names}
            unread={state.unread}
            onSelect={(id) => store.select(id)}
          />
          <ShortcutList />
        </aside>
        <main className="cc-main">
          {view === 'supervision' ? (
            <SupervisionPanel state={state} store={store} headingRef={supervisionHeading} />
          ) : (
            <ConversationView state={state} store={store} composerRef={composer} />
          )}
        </main>
        {view === 'conversations' && <ContextColumn state={state} store={store} />}
      </div>
    </ActionContextValue.Provider>
  );
}
