import { CustomerClient } from '@clearline/client';
import type { StepUpChallenge } from '@clearline/protocol';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The signed-in issuer site's own verification prompt (DOMAIN.md §3): when an agent or the assistant
 * asks for a step-up, the site — not the chat — shows "approve this request", or a last four + ZIP
 * form checked against the issuer's records. It uses its own connection, as an issuer's app would.
 */
export function StepUpPrompt({ url, token }: { url: string; token: () => Promise<string> }) {
  const { t } = useTranslation();
  const [client, setClient] = useState<CustomerClient | null>(null);
  const [pending, setPending] = useState<StepUpChallenge | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const c = new CustomerClient({ url, token });
    const show = (challenge: StepUpChallenge) => {
      if (challenge.status === 'pending') {
        setPending(challenge);
        setStatus(null);
      } else setPending((p) => (p?.id === challenge.id ? null : p));
    };
    c.on('stepUp', show);
    c.connect()
      .then(() => c.pendingStepUps())
      .then((list) => list[0] && show(list[0]))
      .catch(() => undefined);
    setClient(c);
    return () => c.close();
  }, [url, token]);

  // A new request takes the focus to its heading, so screen-reader and keyboard users meet it.
  useEffect(() => {
    if (pending) heading.current?.focus();
  }, [pending]);

  if (!client || (!pending && !status)) return null;

  const run = async (action: () => Promise<StepUpChallenge>) => {
    setBusy(true);
    try {
      await action();
      setPending(null);
      setStatus(t('stepUp.done'));
    } catch (err) {
      const code = (err as { code?: string }).code ?? 'INTERNAL';
      if (code !== 'STEP_UP_FAILED') setPending(null);
      setStatus(t(`stepUp.errors.${code}`, { defaultValue: t('stepUp.errors.generic') }));
    } finally {
      setBusy(false);
    }
  };
  const answer = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const last4 = String(form.get('last4') ?? '');
    const zip = String(form.get('zip') ?? '');
    if (pending) void run(() => client.answerStepUp(pending.id, { last4, zip }));
  };

  return (
    <section className="demo-card demo-stepup" aria-labelledby="stepup-title">
      <h2 id="stepup-title" ref={heading} tabIndex={-1}>
        {t('stepUp.title')}
      </h2>
      <p role="status">{status}</p>
      {pending && (
        <>
          <p>{t('stepUp.intro', { action: t(`stepUp.actions.${pending.action}`) })}</p>
          {pending.method === 'approve' ? (
            <button
              type="button"
              className="demo-button demo-button--primary"
              disabled={busy}
              onClick={() => void run(() => client.approveStepUp(pending.id))}
            >
              {t('stepUp.approve')}
            </button>
          ) : (
            <form onSubmit={answer}>
              <label>
                {t('stepUp.last4')}
                <input
                  name="last4"
                  inputMode="numeric"
                  autoComplete="off"
                  pattern="\d{4}"
                  maxLength={4}
                  required
                />
              </label>
              <label>
                {t('stepUp.zip')}
                <input
                  name="zip"
                  inputMode="numeric"
                  autoComplete="postal-code"
                  pattern="\d{5}"
                  maxLength={5}
                  required
                />
              </label>
              <button type="submit" className="demo-button demo-button--primary" disabled={busy}>
                {t('stepUp.verify')}
              </button>
            </form>
          )}
          <p>{t('stepUp.notYou')}</p>
        </>
      )}
    </section>
  );
}
