import { ClearlineError, type QueueStatus, type SupervisorMetrics } from '@clearline/client';
import type { Conversation } from '@clearline/protocol';
import { type FormEvent, type RefObject, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSFER_QUEUES } from '../conversation/conversation-tools.tsx';
import type { ConsoleState, ConsoleStore } from '../workspace/console-store.ts';

/** How often the figures refresh on their own while the panel is open. */
const REFRESH_MS = 30_000;

interface SupervisionProps {
  state: ConsoleState;
  store: ConsoleStore;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

interface Figures {
  metrics: SupervisorMetrics;
  queues: QueueStatus[];
  at: number;
}

/** One row per queue: its configuration (every queue) joined with today's figures (queues with traffic). */
export function queueRows(figures: Figures) {
  const names = new Set([
    ...figures.queues.map((q) => q.name),
    ...figures.metrics.queues.map((q) => q.queue),
  ]);
  return [...names].map((name) => ({
    name,
    config: figures.queues.find((q) => q.name === name) ?? null,
    metrics: figures.metrics.queues.find((q) => q.queue === name) ?? null,
  }));
}

const percent = (rate: number | null | undefined) => (rate == null ? null : `${Math.round(rate * 100)} %`);

/**
 * Supervisors and admins: every queue (waiting now, longest wait, agents available, service level,
 * abandonment) and today's satisfaction from the metrics API; the conversations agents are handling
 * (from the server, kept live) with Monitor, Barge in and Reassign; and monitoring by conversation ID.
 */
export function SupervisionPanel({ state, store, headingRef }: SupervisionProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [figures, setFigures] = useState<Figures | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const [metrics, queues] = await Promise.all([
        store.client.supervisorMetrics(),
        store.client.supervisorQueues(),
        store.loadHandled(),
      ]);
      setFigures({ metrics, queues, at: Date.now() });
      setFailed(null);
    } catch (err) {
      setFailed(err instanceof ClearlineError ? err.code : 'INTERNAL');
    } finally {
      setLoading(false);
    }
  }, [store]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const time = (at: number) =>
    new Intl.DateTimeFormat(i18n.language === 'es' ? 'es-US' : 'en-US', {
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
    }).format(new Date(at));
  const satisfaction = figures?.metrics.satisfaction;

  return (
    <section className="cc-supervision" aria-labelledby={titleId} data-view="supervision">
      <div className="cc-panel__head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('supervision.title')}
        </h2>
        <button
          type="button"
          className="cc-button cc-button--small"
          disabled={loading}
          onClick={() => void load()}
        >
          {t('supervision.refresh')}
        </button>
        {figures && <span className="cc-count">{t('supervision.updated', { time: time(figures.at) })}</span>}
      </div>
      {failed && (
        <p className="cc-alert cc-alert--inline" data-code={failed}>
          {t(`errors.${failed}`, { defaultValue: t('errors.generic') })}
        </p>
      )}
      {figures && (
        <>
          <p data-satisfaction={satisfaction?.average ?? ''}>
            {satisfaction?.average != null
              ? t('supervision.satisfaction', {
                  average: satisfaction.average.toFixed(1),
                  count: satisfaction.count,
                })
              : t('supervision.noRatings')}
          </p>
          <QueueTable figures={figures} />
        </>
      )}
      <HandlingTable state={state} store={store} />
      <MonitorById state={state} store={store} />
    </section>
  );
}

function QueueTable({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const rows = queueRows(figures);
  return (
    // Focusable so that a keyboard can scroll the table when it is wider than the screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
    <section className="cc-table-wrap" tabIndex={0} aria-label={t('supervision.queuesRegion')}>
      <table className="cc-table" data-table="queues">
        <caption>{t('supervision.queuesTitle', { target: figures.metrics.targetSeconds })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('supervision.col.queue')}</th>
            <th scope="col">{t('supervision.col.open')}</th>
            <th scope="col">{t('supervision.col.waiting')}</th>
            <th scope="col">{t('supervision.col.longest')}</th>
            <th scope="col">{t('supervision.col.available')}</th>
            <th scope="col">{t('supervision.col.serviceLevel')}</th>
            <th scope="col">{t('supervision.col.abandonment')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, config, metrics }) => (
            <tr key={name} data-queue={name}>
              <th scope="row">{config?.displayName ?? t(`tools.queues.${name}`, { defaultValue: name })}</th>
              <td>{config ? (config.openNow ? t('supervision.open') : t('supervision.closed')) : '—'}</td>
              <td className="cc-num" data-cell="waiting">
                {metrics?.waitingNow ?? 0}
              </td>
              <td className="cc-num">
                {t('supervision.seconds', { count: metrics?.longestWaitSeconds ?? 0 })}
              </td>
              <td className="cc-num">
                {metrics
                  ? t('supervision.availableOf', {
                      available: metrics.agentsAvailable,
                      online: metrics.agentsOnline,
                    })
                  : '—'}
              </td>
              <td className="cc-num">{percent(metrics?.serviceLevel) ?? '—'}</td>
              <td className="cc-num">{percent(metrics?.abandonmentRate) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function HandlingTable({ state, store }: { state: ConsoleState; store: ConsoleStore }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [reassigning, setReassigning] = useState<string | null>(null);
  const busy = state.status !== 'connected' || state.busy !== null;
  const label = (c: Conversation) => state.names[c.id] ?? c.id;
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{t('supervision.handlingTitle')}</h3>
      {state.handling.length === 0 ? (
        <p className="cc-muted">{t('supervision.handlingEmpty')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
        <section className="cc-table-wrap" tabIndex={0} aria-labelledby={titleId}>
          <table className="cc-table" data-table="handling">
            <thead>
              <tr>
                <th scope="col">{t('supervision.col.customer')}</th>
                <th scope="col">{t('supervision.col.queue')}</th>
                <th scope="col">{t('supervision.col.status')}</th>
                <th scope="col">{t('supervision.col.agent')}</th>
                <th scope="col">{t('supervision.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {state.handling.map((c) => (
                <tr key={c.id} data-conversation={c.id}>
                  <th scope="row">{label(c)}</th>
                  <td>{t(`tools.queues.${c.queue}`, { defaultValue: c.queue })}</td>
                  <td>{c.status === 'on_hold' ? t('mine.onHold') : t('mine.active')}</td>
                  <td>
                    {c.assignedAgentId === state.agent.id
                      ? t('conversation.you')
                      : (state.agentNames[c.assignedAgentId ?? ''] ?? c.assignedAgentId)}
                  </td>
                  <td>
                    <div className="cc-table__actions">
                      <button
                        type="button"
                        className="cc-button cc-button--small"
                        disabled={busy}
                        aria-label={t('supervision.monitorNamed', { name: label(c) })}
                        onClick={() => void store.monitor(c.id)}
                      >
                        {t('supervision.monitor')}
                      </button>
                      <button
                        type="button"
                        className="cc-button cc-button--small"
                        disabled={busy}
                        aria-label={t('supervision.bargeNamed', { name: label(c) })}
                        onClick={() => void store.barge(c.id)}
                      >
                        {t('tools.barge')}
                      </button>
                      <button
                        type="button"
                        className="cc-button cc-button--small"
                        aria-expanded={reassigning === c.id}
                        aria-label={t('supervision.reassignNamed', { name: label(c) })}
                        disabled={busy}
                        onClick={() => setReassigning(reassigning === c.id ? null : c.id)}
                      >
                        {t('tools.reassign')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {reassigning && (
        <ReassignForm
          name={state.names[reassigning] ?? reassigning}
          busy={busy}
          onCancel={() => setReassigning(null)}
          onReassign={async (to) => {
            await store.reassign(reassigning, to);
            setReassigning(null);
          }}
        />
      )}
    </section>
  );
}

function ReassignForm(props: {
  name: string;
  busy: boolean;
  onCancel: () => void;
  onReassign: (to: { queue?: string; agentId?: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const ids = { agent: useId(), queue: useId() };
  const [agentId, setAgentId] = useState('');
  const [queue, setQueue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!agentId.trim() && !queue) return;
    void props.onReassign({
      ...(agentId.trim() ? { agentId: agentId.trim() } : {}),
      ...(queue ? { queue } : {}),
    });
  };
  return (
    <form
      className="cc-inline-form"
      onSubmit={submit}
      aria-label={t('supervision.reassignTitle', { name: props.name })}
    >
      <label htmlFor={ids.agent}>
        {t('tools.transferAgent')}
        <input id={ids.agent} value={agentId} maxLength={64} onChange={(e) => setAgentId(e.target.value)} />
      </label>
      <label htmlFor={ids.queue}>
        {t('supervision.reassignQueue')}
        <select id={ids.queue} value={queue} onChange={(e) => setQueue(e.target.value)}>
          <option value="">{t('supervision.sameQueue')}</option>
          {TRANSFER_QUEUES.map((q) => (
            <option key={q} value={q}>
              {t(`tools.queues.${q}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="cc-button cc-button--primary"
        disabled={props.busy || (!agentId.trim() && !queue)}
      >
        {t('supervision.reassignSubmit')}
      </button>
      <button type="button" className="cc-button" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

function MonitorById({ state, store }: { state: ConsoleState; store: ConsoleStore }) {
  const { t } = useTranslation();
  const field = useId();
  const [id, setId] = useState('');
  const busy = state.status !== 'connected' || state.busy !== null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (id.trim()) void store.monitor(id.trim());
  };
  return (
    <form className="cc-inline-form" onSubmit={submit} aria-label={t('supervision.monitorById')}>
      <label htmlFor={field}>
        {t('supervision.conversationId')}
        <input
          id={field}
          value={id}
          maxLength={64}
          autoComplete="off"
          onChange={(e) => setId(e.target.value)}
        />
      </label>
      <button type="submit" className="cc-button cc-button--primary" disabled={busy || !id.trim()}>
        {t('supervision.monitor')}
      </button>
      <button
        type="button"
        className="cc-button"
        disabled={busy || !id.trim()}
        onClick={() => void store.barge(id.trim())}
      >
        {t('tools.barge')}
      </button>
    </form>
  );
}
