import type { HandoffSummary, Message } from '@clearline/protocol';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { priorityBadge } from '../queue/priority.ts';

/** The latest handoff summary of a conversation (agents only), or null when the assistant handed none. */
export function latestHandoffSummary(messages: readonly Message[]): HandoffSummary | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const payload = messages[i]!.payload;
    if (payload?.type === 'handoff_summary') return payload.summary;
  }
  return null;
}

function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/**
 * What the assistant learnt before handing the customer over, at the top of the conversation, so the
 * agent never asks again (WCAG 3.3.7): the need, the queue and why, the facts given, what was done,
 * how the customer is verified, rights-bearing requests with their receipt time, and their own words.
 */
export function HandoffSummaryPanel({ summary }: { summary: HandoffSummary }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const badge = priorityBadge(summary.priority);
  return (
    <section
      className="cc-handoff"
      aria-labelledby={titleId}
      data-testid="handoff-summary"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the panel scrolls; keyboard users must reach it.
      tabIndex={0}
    >
      <h3 id={titleId} className="cc-handoff__title">
        {t('handoff.title')}
      </h3>
      <dl className="cc-handoff__grid">
        <dt>{t('handoff.intent')}</dt>
        <dd data-field="intent">{summary.intentLabel}</dd>
        <dt>{t('handoff.queue')}</dt>
        <dd data-field="queue">
          {summary.queue}
          {badge && (
            <>
              {' '}
              <span className={`cc-priority cc-priority--${badge}`}>
                {t(`queue.priority.${badge}`, { priority: summary.priority })}
              </span>
            </>
          )}
        </dd>
        <dt>{t('handoff.reason')}</dt>
        <dd data-field="reason">{summary.reason}</dd>
        <dt>{t('handoff.language')}</dt>
        <dd>{summary.language.toUpperCase()}</dd>
        <dt>{t('handoff.verification')}</dt>
        <dd data-field="verification">{summary.verification}</dd>
      </dl>
      {summary.recorded.length > 0 && (
        <>
          <h4 className="cc-handoff__subtitle">{t('handoff.recorded')}</h4>
          <ul className="cc-handoff__list" data-field="recorded">
            {summary.recorded.map((r) => (
              <li key={`${r.kind}-${r.receivedAt}`}>
                <strong>{t(`handoff.kinds.${r.kind}`, { defaultValue: r.kind })}</strong>
                {' — '}
                {t('handoff.receivedAt')}{' '}
                <time dateTime={r.receivedAt}>{formatDateTime(r.receivedAt, i18n.language)}</time>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.facts.length > 0 && (
        <>
          <h4 className="cc-handoff__subtitle">{t('handoff.facts')}</h4>
          <dl className="cc-handoff__grid" data-field="facts">
            {summary.facts.map((f) => (
              <div key={`${f.label}-${f.value}`} className="cc-handoff__pair">
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {summary.steps.length > 0 && (
        <>
          <h4 className="cc-handoff__subtitle">{t('handoff.steps')}</h4>
          <ul className="cc-handoff__list" data-field="steps">
            {summary.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      {summary.customerWords.length > 0 && (
        <>
          <h4 className="cc-handoff__subtitle">{t('handoff.customerWords')}</h4>
          <ul className="cc-handoff__list cc-handoff__words" data-field="customer-words">
            {summary.customerWords.map((w, i) => (
              // The same words may come twice; their order is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed, append-only list.
              <li key={i}>
                <q>{w}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.note && (
        <>
          <h4 className="cc-handoff__subtitle">{t('handoff.note')}</h4>
          <p className="cc-handoff__note" data-field="note">
            {summary.note}
          </p>
        </>
      )}
    </section>
  );
}
