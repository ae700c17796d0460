import { ClearlineError, type ClientErrorCode, CustomerClient } from '@clearline/client';
import type { DemoIdentity } from '@clearline/protocol';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SignInProps {
  url: string;
  busy: boolean;
  onChoose: (identity: DemoIdentity) => void;
}

/** Demo sign-in: one button per seeded cardmember (no passwords on the demo site). */
export function SignIn({ url, busy, onChoose }: SignInProps) {
  const { t } = useTranslation();
  const [identities, setIdentities] = useState<DemoIdentity[] | null>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on "Try again".
  useEffect(() => {
    let live = true;
    setError(null);
    CustomerClient.demoIdentities(url).then(
      (list) => live && setIdentities(list),
      (err) => live && setError(err instanceof ClearlineError ? err.code : 'INTERNAL'),
    );
    return () => {
      live = false;
    };
  }, [url, attempt]);

  return (
    <section className="demo-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('demo.signInTitle')}</h1>
      <p>{t('demo.signInIntro')}</p>
      {error && (
        <div role="alert" className="demo-error">
          <p>{t(`errors.${error}`, { defaultValue: t('errors.generic') })}</p>
          <button type="button" className="demo-button" onClick={() => setAttempt((n) => n + 1)}>
            {t('demo.retry')}
          </button>
        </div>
      )}
      {!identities && !error && <p role="status">{t('demo.loadingIdentities')}</p>}
      {identities && (
        <ul className="demo-identities">
          {identities.map((identity) => (
            <li key={identity.id}>
              <button
                type="button"
                className="demo-identity"
                disabled={busy}
                onClick={() => onChoose(identity)}
                lang={identity.preferredLanguage}
              >
                <span className="demo-identity__name">
                  {t('demo.signInAs', { name: identity.displayName })}
                </span>
                <span className="demo-identity__meta">
                  {t('demo.cardCount', { count: identity.accounts.length })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {busy && <p role="status">{t('demo.signingIn')}</p>}
    </section>
  );
}
