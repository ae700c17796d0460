import { AgentClient, ClearlineError } from '@clearline/client';
import type { AgentSession } from '@clearline/protocol';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SignInFormProps {
  url: string;
  /** An error code to show on arrival (e.g. SESSION_ENDED after being signed out by the server). */
  notice: string | null;
  onSignedIn: (session: AgentSession) => void;
}

/** E-mail, password and a 6-digit authenticator code (paste allowed; spaces and dashes are dropped). */
export function SignInForm({ url, notice, onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const ids = {
    title: useId(),
    email: useId(),
    password: useId(),
    code: useId(),
    hint: useId(),
    error: useId(),
  };
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(notice);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim() || !password || !code) return setError('required');
    if (!/^\d{6}$/.test(code)) return setError('codeFormat');
    setBusy(true);
    setError(null);
    try {
      const session = await AgentClient.login(url, { email: email.trim(), password, totp: code });
      onSignedIn(session);
    } catch (err) {
      setError(err instanceof ClearlineError ? err.code : 'INTERNAL');
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  const message = !error
    ? null
    : error === 'required' || error === 'codeFormat'
      ? t(`signIn.${error}`)
      : t(`errors.${error}`, { defaultValue: t('errors.generic') });

  return (
    <main className="cc-signin" aria-labelledby={ids.title}>
      <form className="cc-signin__card" onSubmit={(e) => void submit(e)} noValidate>
        <h1 id={ids.title}>{t('signIn.title')}</h1>
        <p className="cc-muted">{t('signIn.intro')}</p>
        <div ref={errorRef} tabIndex={-1} role="alert" id={ids.error} className="cc-alert-slot">
          {message && (
            <p className="cc-alert" data-code={error}>
              {message}
            </p>
          )}
        </div>
        <label htmlFor={ids.email}>{t('signIn.email')}</label>
        <input
          id={ids.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          aria-invalid={error === 'required' && !email.trim() ? true : undefined}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor={ids.password}>{t('signIn.password')}</label>
        <input
          id={ids.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <label htmlFor={ids.code}>{t('signIn.code')}</label>
        <input
          id={ids.code}
          type="text"
          name="totp"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          value={code}
          aria-describedby={ids.hint}
          aria-invalid={
            error === 'codeFormat' || error === 'TOTP_INVALID' || error === 'TOTP_REUSED' ? true : undefined
          }
          onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
        />
        <p id={ids.hint} className="cc-hint">
          {t('signIn.codeHint')}
        </p>
        <button type="submit" className="cc-button cc-button--primary cc-signin__submit" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
