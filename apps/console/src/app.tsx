import { AgentClient } from '@clearline/client';
import type { AgentProfile } from '@clearline/protocol';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './shell/app-header.tsx';
import { SignInForm } from './sign-in/sign-in-form.tsx';
import { ConsoleStore } from './workspace/console-store.ts';
import { Workspace } from './workspace/workspace.tsx';

type Screen =
  | { kind: 'checking' }
  | { kind: 'signed-out'; notice: string | null }
  | { kind: 'signed-in'; store: ConsoleStore };

function openStore(url: string, agent: AgentProfile, client = new AgentClient({ url })): ConsoleStore {
  const store = new ConsoleStore(client, agent);
  void store.start();
  return store;
}

/** Signed out → sign-in form; signed in (the HttpOnly cookie is valid) → the workspace. */
export function App({ url }: { url: string }) {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<Screen>({ kind: 'checking' });

  useEffect(() => {
    const client = new AgentClient({ url });
    let live = true;
    client.session().then(
      (s) =>
        live ? setScreen({ kind: 'signed-in', store: openStore(url, s.agent, client) }) : client.close(),
      () => {
        client.close();
        if (live) setScreen({ kind: 'signed-out', notice: null });
      },
    );
    return () => {
      live = false;
    };
  }, [url]);

  useEffect(() => {
    if (screen.kind !== 'signed-in') return;
    const { store } = screen;
    return () => store.close();
  }, [screen]);

  const onSessionEnded = useCallback(() => setScreen({ kind: 'signed-out', notice: 'SESSION_ENDED' }), []);
  const onSignedOut = useCallback(() => setScreen({ kind: 'signed-out', notice: null }), []);

  if (screen.kind === 'checking') {
    return (
      <>
        <AppHeader />
        <main className="cc-signin">
          <p role="status">{t('app.loading')}</p>
        </main>
      </>
    );
  }
  if (screen.kind === 'signed-out') {
    return (
      <>
        <AppHeader />
        <SignInForm
          url={url}
          notice={screen.notice}
          onSignedIn={(session) => setScreen({ kind: 'signed-in', store: openStore(url, session.agent) })}
        />
      </>
    );
  }
  return <Workspace store={screen.store} onSessionEnded={onSessionEnded} onSignedOut={onSignedOut} />;
}
