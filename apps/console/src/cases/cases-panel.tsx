import { type AgentClient, ClearlineError, type RecentCharge } from '@clearline/client';
import type { Conversation } from '@clearline/protocol';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEnded } from '../workspace/console-store.ts';
import { CaseDetailView } from './case-detail.tsx';
import { formatMoment } from './format.ts';
import { ComplaintForm, DisputeForm } from './intake-forms.tsx';
import { useCases } from './use-cases.ts';

interface CasesPanelProps {
  client: AgentClient;
  conversation: Conversation;
  /** Changes when another panel opened a case on this account: the list is reloaded. */
  version?: number;
}

/**
 * The cases of the active conversation's card account: the list, one case in detail with its clocks,
 * actions and timeline, and the "Open a dispute" / "Log a complaint" forms while the chat is open.
 */
export function CasesPanel({ client, conversation, version = 0 }: CasesPanelProps) {
  const { t, i18n } = useTranslation();
  const cases = useCases(client, conversation.id, conversation.cardAccountId);
  const [intake, setIntake] = useState<'dispute' | 'complaint' | null>(null);
  const headingId = useId();
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const lastOpened = useRef<string | null>(null);
  const ended = isEnded(conversation);
  const { refresh } = cases;

  // The dispute form's charges: the account's recent posted purchases, read when the form opens.
  const [charges, setCharges] = useState<readonly RecentCharge[] | null>(null);
  const [chargesError, setChargesError] = useState<string | null>(null);
  useEffect(() => {
    if (intake !== 'dispute') return;
    let current = true;
    setCharges(null);
    setChargesError(null);
    client.accountOverview(conversation.id).then(
      (overview) => current && setCharges(overview.recentCharges),
      (err: unknown) => current && setChargesError(err instanceof ClearlineError ? err.code : 'INTERNAL'),
    );
    return () => {
      current = false;
    };
  }, [intake, client, conversation.id]);

  const firstVersion = useRef(version);
  useEffect(() => {
    if (version !== firstVersion.current) void refresh();
  }, [version, refresh]);

  // Opening a case (from the list or a new intake) takes the focus to its heading.
  const shown = cases.detail?.reference ?? null;
  useEffect(() => {
    if (shown && shown !== lastOpened.current) detailHeading.current?.focus();
    lastOpened.current = shown;
  }, [shown]);

  const back = () => {
    const from = cases.selected;
    cases.select(null);
    requestAnimationFrame(() => {
      const link = from
        ? document.querySelector<HTMLButtonElement>(`[data-case-link="${CSS.escape(from)}"]`)
        : null;
      (link ?? listHeading.current)?.focus();
    });
  };

  return (
    <section className="cc-panel cc-cases" aria-labelledby={headingId}>
      <div className="cc-panel__head">
        <h2 id={headingId} ref={listHeading} tabIndex={-1}>
          {t('cases.title')}
        </h2>
        <button
          type="button"
          className="cc-button cc-button--small"
          disabled={cases.loading}
          onClick={() => void cases.refresh()}
        >
          {t('cases.refresh')}
        </button>
      </div>
      <div className="cc-cases__body">
        <p className="cc-cases__status" role="status">
          {cases.notice ? t(cases.notice.key, cases.notice.values) : cases.loading ? t('app.loading') : ''}
        </p>
        <div role="alert">
          {cases.error && (
            <div className="cc-alert" data-code={cases.error}>
              <p>
                {t(`cases.errors.${cases.error}`, {
                  defaultValue: t(`errors.${cases.error}`, { defaultValue: t('errors.generic') }),
                })}
              </p>
              <button type="button" className="cc-button cc-button--small" onClick={cases.dismissError}>
                {t('common.dismiss')}
              </button>
            </div>
          )}
        </div>

        {cases.selected && cases.detail ? (
          <CaseDetailView
            client={client}
            conversation={conversation}
            detail={cases.detail}
            busy={cases.busy}
            headingRef={detailHeading}
            onAct={(body, notice) => cases.act(cases.detail!.reference, body, notice)}
            onBack={back}
          />
        ) : (
          <>
            {cases.list && cases.list.length === 0 && <p className="cc-muted">{t('cases.empty')}</p>}
            {cases.list && cases.list.length > 0 && (
              <ul className="cc-case-list">
                {cases.list.map((c) => (
                  <li key={c.id} data-reference={c.reference}>
                    <button
                      type="button"
                      className="cc-case-link"
                      data-case-link={c.reference}
                      onClick={() => cases.select(c.reference)}
                    >
                      <span className="cc-mono">{c.reference}</span>
                      <span className="cc-case-link__title">{c.title}</span>
                    </button>
                    <p className="cc-muted cc-case-list__meta">
                      {t(`cases.types.${c.type}`)} ·{' '}
                      <span data-field="status">{t(`cases.statuses.${c.status}`)}</span> ·{' '}
                      {t('cases.openedOn', { when: formatMoment(c.openedAt, i18n.language) })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}

        {!ended && (
          <>
            <fieldset className="cc-group">
              <legend className="cc-visually-hidden">{t('cases.newCase')}</legend>
              <button
                type="button"
                className="cc-button cc-button--small"
                aria-expanded={intake === 'dispute'}
                disabled={cases.busy}
                onClick={() => setIntake(intake === 'dispute' ? null : 'dispute')}
              >
                {t('cases.intake.openDispute')}
              </button>
              <button
                type="button"
                className="cc-button cc-button--small"
                aria-expanded={intake === 'complaint'}
                disabled={cases.busy}
                onClick={() => setIntake(intake === 'complaint' ? null : 'complaint')}
              >
                {t('cases.intake.logComplaint')}
              </button>
            </fieldset>
            {intake === 'dispute' && (
              <DisputeForm
                busy={cases.busy}
                charges={charges}
                chargesError={chargesError}
                onCancel={() => setIntake(null)}
                onSubmit={async (body) => {
                  if (await cases.openDispute(body)) setIntake(null);
                }}
              />
            )}
            {intake === 'complaint' && (
              <ComplaintForm
                busy={cases.busy}
                onCancel={() => setIntake(null)}
                onSubmit={async (body) => {
                  if (await cases.logComplaint(body)) setIntake(null);
                }}
              />
            )}
          </>
        )}
      </div>
    </section>
  );
}
