import { ClearlineError, type ClientErrorCode } from '@clearline/client';
import type { CaseDetail, CaseSummary, SecureMessage } from '@clearline/protocol';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCents, formatDay, formatMoment } from './format.ts';
import type { Inbox } from './use-inbox.ts';

/** The site's address of a case in "Messages and cases". */
export function caseHref(reference: string): string {
  return `#messages/${encodeURIComponent(reference)}`;
}

interface MessagesPageProps {
  inbox: Inbox;
  /** The case shown in detail (from the address), if any. */
  caseReference: string | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * "Messages and cases": the cardmember's secure messages (unread first; opening one marks it read;
 * a case notice links to its case) and cases (reference, type, status, next dates) with the timeline
 * entries meant for the customer.
 */
export function MessagesPage({ inbox, caseReference, headingRef }: MessagesPageProps) {
  const { t } = useTranslation();
  const { messages, cases, loading, error, unread } = inbox;
  const loaded = messages !== null && cases !== null;
  const { refresh } = inbox;

  // Coming to the page shows what is new since the site loaded.
  useEffect(() => {
    void refresh();
  }, [refresh]);

  let status = '';
  if (loading) status = t('inbox.loading');
  else if (loaded) status = t('inbox.unreadCount', { count: unread });

  return (
    <div className="demo-inbox">
      <div className="demo-inbox__head">
        <h1 ref={headingRef} tabIndex={-1} className="demo-welcome">
          {t('inbox.title')}
        </h1>
        <button type="button" className="demo-button" disabled={loading} onClick={() => void inbox.refresh()}>
          {t('inbox.refresh')}
        </button>
      </div>
      <p role="status" className="demo-inbox__status">
        {status}
      </p>
      {error && (
        <p role="alert" className="demo-error">
          {t(`inbox.errors.${error}`, {
            defaultValue: t(`errors.${error}`, { defaultValue: t('errors.generic') }),
          })}
        </p>
      )}
      {caseReference && <CaseDetailView inbox={inbox} reference={caseReference} />}
      <SecureMessages messages={messages} onOpen={(m) => m.readAt === null && void inbox.markRead(m.id)} />
      <CaseList cases={cases} current={caseReference} />
    </div>
  );
}

function SecureMessages({
  messages,
  onOpen,
}: {
  messages: readonly SecureMessage[] | null;
  onOpen: (m: SecureMessage) => void;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const headingId = useId();
  const toggle = (m: SecureMessage) => {
    const next = new Set(open);
    if (next.has(m.id)) next.delete(m.id);
    else {
      next.add(m.id);
      onOpen(m);
    }
    setOpen(next);
  };
  return (
    <section className="demo-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('inbox.messagesTitle')}</h2>
      {messages === null ? null : messages.length === 0 ? (
        <p className="demo-muted">{t('inbox.noMessages')}</p>
      ) : (
        <ul className="demo-messages">
          {messages.map((m) => {
            const expanded = open.has(m.id);
            const bodyId = `secure-message-${m.id}`;
            return (
              <li key={m.id} className="demo-message" data-unread={m.readAt === null} data-message-id={m.id}>
                <h3 className="demo-message__title">
                  <button
                    type="button"
                    className="demo-message__toggle"
                    aria-expanded={expanded}
                    aria-controls={bodyId}
                    onClick={() => toggle(m)}
                  >
                    {m.readAt === null && <span className="demo-new">{t('inbox.unread')}</span>}
                    <span className="demo-message__subject">{m.subject}</span>
                  </button>
                </h3>
                <p className="demo-message__meta">
                  <time dateTime={m.createdAt}>{formatMoment(m.createdAt, i18n.language)}</time>
                  {m.caseReference && (
                    <>
                      {' · '}
                      {t('inbox.caseRef', { reference: m.caseReference })}
                    </>
                  )}
                </p>
                <div id={bodyId} className="demo-message__body" hidden={!expanded}>
                  <p className="demo-pre">{m.body}</p>
                  {m.caseReference && (
                    <p>
                      <a className="demo-link" href={caseHref(m.caseReference)}>
                        {t('inbox.viewCase', { reference: m.caseReference })}
                      </a>
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function CaseList({ cases, current }: { cases: readonly CaseSummary[] | null; current: string | null }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section className="demo-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('inbox.casesTitle')}</h2>
      {cases === null ? null : cases.length === 0 ? (
        <p className="demo-muted">{t('inbox.noCases')}</p>
      ) : (
        <ul className="demo-cases">
          {cases.map((c) => (
            <li key={c.id} className="demo-case" data-reference={c.reference}>
              <h3 className="demo-case__title">
                <a
                  className="demo-link"
                  href={caseHref(c.reference)}
                  aria-current={current?.toUpperCase() === c.reference ? 'page' : undefined}
                >
                  {c.title}
                </a>
              </h3>
              <dl className="demo-facts">
                <div>
                  <dt>{t('inbox.reference')}</dt>
                  <dd className="demo-ref">{c.reference}</dd>
                </div>
                <div>
                  <dt>{t('inbox.type')}</dt>
                  <dd>{t(`inbox.types.${c.type}`)}</dd>
                </div>
                <div>
                  <dt>{t('inbox.status')}</dt>
                  <dd data-field="status">{t(`inbox.statuses.${c.status}`)}</dd>
                </div>
                <div>
                  <dt>{t('inbox.opened')}</dt>
                  <dd>
                    <time dateTime={c.openedAt}>{formatMoment(c.openedAt, i18n.language)}</time>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The dates that matter to the customer next, in order: what we must do by when, or did when. */
function nextDates(c: CaseDetail, t: (k: string) => string, lang: string) {
  const rows: Array<{ key: string; label: string; value: string }> = [];
  const day = (d: string) => formatDay(d, lang);
  const moment = (d: string) => formatMoment(d, lang);
  if (c.dispute) {
    const d = c.dispute;
    rows.push({ key: 'received', label: t('inbox.dispute.received'), value: moment(d.receivedAt) });
    rows.push(
      d.acknowledgedAt
        ? { key: 'ack', label: t('inbox.dispute.acknowledgedOn'), value: moment(d.acknowledgedAt) }
        : { key: 'ack', label: t('inbox.dispute.acknowledgeBy'), value: day(d.acknowledgementDueOn) },
    );
    rows.push(
      d.resolvedAt
        ? { key: 'resolve', label: t('inbox.dispute.resolvedOn'), value: moment(d.resolvedAt) }
        : { key: 'resolve', label: t('inbox.dispute.resolveBy'), value: day(d.resolutionDueOn) },
    );
  }
  if (c.complaint) {
    const k = c.complaint;
    rows.push({ key: 'received', label: t('inbox.complaint.received'), value: moment(k.receivedAt) });
    rows.push(
      k.firstRespondedAt
        ? { key: 'first', label: t('inbox.complaint.firstOn'), value: moment(k.firstRespondedAt) }
        : { key: 'first', label: t('inbox.complaint.firstBy'), value: day(k.firstResponseDueOn) },
    );
    rows.push(
      k.finalRespondedAt
        ? { key: 'final', label: t('inbox.complaint.finalOn'), value: moment(k.finalRespondedAt) }
        : { key: 'final', label: t('inbox.complaint.finalBy'), value: day(k.finalResponseDueOn) },
    );
  }
  return rows;
}

function CaseDetailView({ inbox, reference }: { inbox: Inbox; reference: string }) {
  const { t, i18n } = useTranslation();
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const { client, cases } = inbox;

  // Reloaded when the reference changes and whenever the list is refreshed (`cases` is replaced).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `cases` only triggers a reload.
  useEffect(() => {
    if (!client) return;
    let live = true;
    setError(null);
    client.caseDetail(reference).then(
      (d) => live && setDetail(d),
      (err) => {
        if (!live) return;
        setDetail(null);
        setError(err instanceof ClearlineError ? err.code : 'INTERNAL');
      },
    );
    return () => {
      live = false;
    };
  }, [client, reference, cases]);

  const shownRef = detail?.reference ?? null;
  // A newly opened case takes the focus to its heading (the link that opened it is elsewhere).
  useEffect(() => {
    if (shownRef || error) heading.current?.focus();
  }, [shownRef, error]);

  const lang = i18n.language;
  return (
    <section
      className="demo-card demo-case-detail"
      aria-labelledby={headingId}
      data-reference={shownRef ?? ''}
    >
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {detail ? t('inbox.caseHeading', { reference: detail.reference }) : t('inbox.caseHeadingLoading')}
      </h2>
      {error && (
        <p role="alert" className="demo-error">
          {t(`inbox.errors.${error}`, { defaultValue: t('errors.generic') })}
        </p>
      )}
      {detail && (
        <>
          <p className="demo-case-detail__title">{detail.title}</p>
          <dl className="demo-facts">
            <div>
              <dt>{t('inbox.reference')}</dt>
              <dd className="demo-ref">{detail.reference}</dd>
            </div>
            <div>
              <dt>{t('inbox.type')}</dt>
              <dd>{t(`inbox.types.${detail.type}`)}</dd>
            </div>
            <div>
              <dt>{t('inbox.status')}</dt>
              <dd data-field="status">{t(`inbox.statuses.${detail.status}`)}</dd>
            </div>
            {detail.dispute && (
              <div>
                <dt>{t('inbox.dispute.charge')}</dt>
                <dd>
                  {t('inbox.dispute.chargeText', {
                    merchant: detail.dispute.merchant,
                    amount: formatCents(detail.dispute.amountCents, lang),
                    date: formatDay(detail.dispute.transactedOn, lang),
                  })}
                </dd>
              </div>
            )}
            {nextDates(detail, t, lang).map((r) => (
              <div key={r.key} data-date={r.key}>
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
              </div>
            ))}
            {detail.dispute?.creditedCents != null && (
              <div>
                <dt>{t('inbox.dispute.credited')}</dt>
                <dd>{formatCents(detail.dispute.creditedCents, lang)}</dd>
              </div>
            )}
            {detail.dispute?.amountOwedCents != null && (
              <div>
                <dt>{t('inbox.dispute.owed')}</dt>
                <dd>{formatCents(detail.dispute.amountOwedCents, lang)}</dd>
              </div>
            )}
          </dl>
          {detail.dispute?.pending && <p className="demo-note">{t('inbox.dispute.pendingNote')}</p>}
          {detail.dispute?.explanation && (
            <>
              <h3>{t('inbox.dispute.explanation')}</h3>
              <p className="demo-pre">{detail.dispute.explanation}</p>
            </>
          )}
          <h3>{t('inbox.timeline')}</h3>
          <ol className="demo-timeline">
            {detail.timeline.map((e) => (
              <li key={e.seq} data-kind={e.kind}>
                <time dateTime={e.at}>{formatMoment(e.at, lang)}</time>
                <span>
                  {e.text ??
                    (e.toStatus
                      ? t(`inbox.statuses.${e.toStatus}`)
                      : t(`inbox.kinds.${e.kind}`, { defaultValue: e.kind }))}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p>
        <a className="demo-link" href="#messages">
          {t('inbox.backToAll')}
        </a>
      </p>
    </section>
  );
}
