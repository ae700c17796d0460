import type { AgentClient } from '@clearline/client';
import type { AgentCaseAction, CaseActionRequest, CaseDetail, Conversation } from '@clearline/protocol';
import { type FormEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseDocumentsSection } from './case-documents.tsx';
import { centsToInput, formatCents, formatDay, formatMoment, parseCents } from './format.ts';
import type { CasesNotice } from './use-cases.ts';

type Act = (body: CaseActionRequest, notice: CasesNotice) => Promise<boolean>;

interface CaseDetailProps {
  client: AgentClient;
  conversation: Conversation;
  detail: CaseDetail;
  busy: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAct: Act;
  onBack: () => void;
}

/** Actions that need more than a click: the form asks for what the server requires. */
const WITH_FORM: ReadonlySet<AgentCaseAction> = new Set([
  'resolve_credit',
  'resolve_no_error',
  'send_first_response',
  'send_final_response',
  'note',
]);

/**
 * One case for the agent: what it is, its Regulation Z or CFPB clocks with due dates and whether they
 * are met, the actions its status allows now, and the full timeline (agent-only entries marked).
 */
export function CaseDetailView({
  client,
  conversation,
  detail,
  busy,
  headingRef,
  onAct,
  onBack,
}: CaseDetailProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const headingId = useId();
  const [form, setForm] = useState<AgentCaseAction | null>(null);
  const ref = detail.reference;
  const actions: AgentCaseAction[] = [...detail.allowedActions];
  if (
    detail.complaint &&
    !detail.complaint.escalated &&
    detail.status !== 'closed' &&
    detail.status !== 'withdrawn'
  )
    actions.push('escalate');
  actions.push('note');

  const run = async (action: AgentCaseAction, extra: Omit<CaseActionRequest, 'action'> = {}) => {
    const ok = await onAct({ action, ...extra }, { key: `cases.done.${action}`, values: { reference: ref } });
    if (ok) setForm(null);
  };

  return (
    <section className="cc-case" aria-labelledby={headingId} data-reference={ref}>
      <div className="cc-case__head">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {t('cases.caseHeading', { reference: ref })}
        </h3>
        <button type="button" className="cc-button cc-button--small" onClick={onBack}>
          {t('cases.back')}
        </button>
      </div>
      <p className="cc-case__title">{detail.title}</p>
      <dl className="cc-facts">
        <Fact label={t('cases.type')}>{t(`cases.types.${detail.type}`)}</Fact>
        <Fact label={t('cases.status')} field="status">
          {t(`cases.statuses.${detail.status}`)}
        </Fact>
        <Fact label={t('cases.opened')}>{formatMoment(detail.openedAt, lang)}</Fact>
        {detail.closedAt && <Fact label={t('cases.closed')}>{formatMoment(detail.closedAt, lang)}</Fact>}
      </dl>
      {detail.dispute && <DisputeClocks detail={detail} />}
      {detail.complaint && <ComplaintClocks detail={detail} />}

      <fieldset className="cc-group">
        <legend>{t('cases.actionsTitle')}</legend>
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={`cc-button cc-button--small${action === 'note' ? '' : ' cc-button--primary'}`}
            data-case-action={action}
            disabled={busy}
            aria-expanded={WITH_FORM.has(action) ? form === action : undefined}
            onClick={() =>
              WITH_FORM.has(action) ? setForm(form === action ? null : action) : void run(action)
            }
          >
            {t(`cases.actions.${action}`)}
          </button>
        ))}
      </fieldset>
      {form && (
        <ActionForm
          key={form}
          action={form}
          detail={detail}
          busy={busy}
          onCancel={() => setForm(null)}
          onSubmit={(extra) => run(form, extra)}
        />
      )}

      <CaseDocumentsSection
        client={client}
        conversation={conversation}
        reference={ref}
        version={`${detail.updatedAt}|${detail.timeline.length}`}
      />

      <h4 className="cc-case__subtitle">{t('cases.timeline')}</h4>
      <ol className="cc-timeline">
        {detail.timeline.map((e) => (
          <li key={e.seq} data-kind={e.kind} data-visibility={e.visibility}>
            <p className="cc-timeline__meta">
              <time dateTime={e.at}>{formatMoment(e.at, lang)}</time>
              {' · '}
              {t(`cases.actors.${e.actor.kind}`)}
              {e.visibility === 'agents' && <span className="cc-badge">{t('cases.agentsOnly')}</span>}
            </p>
            <p className="cc-timeline__text">
              {e.text ??
                (e.toStatus
                  ? t(`cases.statuses.${e.toStatus}`)
                  : t(`cases.kinds.${e.kind}`, { defaultValue: e.kind }))}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Fact({ label, children, field }: { label: string; children: React.ReactNode; field?: string }) {
  return (
    <div className="cc-facts__row" data-field={field}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Clock({ state }: { state: string }) {
  const { t } = useTranslation();
  return <span className={`cc-clock cc-clock--${state}`}>{t(`cases.clock.${state}`)}</span>;
}

function DisputeClocks({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const d = detail.dispute!;
  const lang = i18n.language;
  return (
    <>
      <h4 className="cc-case__subtitle">{t('cases.dispute.title')}</h4>
      <dl className="cc-facts" data-testid="dispute-clocks">
        <Fact label={t('cases.dispute.charge')}>
          {t('cases.dispute.chargeText', {
            merchant: d.merchant,
            amount: formatCents(d.amountCents, lang),
            date: formatDay(d.transactedOn, lang),
          })}
        </Fact>
        <Fact label={t('cases.dispute.transaction')}>
          <span className="cc-mono">{d.transactionId}</span>
        </Fact>
        <Fact label={t('cases.dispute.reason')}>{t(`cases.reasons.${d.reason}`)}</Fact>
        {d.merchantContact && <Fact label={t('cases.dispute.merchantContact')}>{d.merchantContact}</Fact>}
        <Fact label={t('cases.dispute.received')}>{formatMoment(d.receivedAt, lang)}</Fact>
        <Fact label={t('cases.dispute.statementClosing')}>{formatDay(d.statementClosingDate, lang)}</Fact>
        <Fact label={t('cases.dispute.noticeWindow')}>
          {formatDay(d.noticeWindowEndsOn, lang)}
          {!d.withinWindow && <span className="cc-clock cc-clock--missed">{t('cases.dispute.late')}</span>}
        </Fact>
        <Fact label={t('cases.dispute.ackDue')} field="ack-due">
          {formatDay(d.acknowledgementDueOn, lang)} <Clock state={d.deadlines.acknowledgement} />
        </Fact>
        <Fact label={t('cases.dispute.resolutionDue')} field="resolution-due">
          {formatDay(d.resolutionDueOn, lang)} ({t(`cases.dispute.dueBy.${d.resolutionDueBy}`)}){' '}
          <Clock state={d.deadlines.resolution} />
          {d.deadlines.resolution === 'pending' && (
            <span className="cc-muted">
              {' '}
              {t('cases.daysLeft', { count: d.deadlines.daysToResolutionDue })}
            </span>
          )}
        </Fact>
        <Fact label={t('cases.dispute.pending')}>{d.pending ? t('cases.yes') : t('cases.no')}</Fact>
        {d.acknowledgedAt && (
          <Fact label={t('cases.dispute.acknowledged')}>{formatMoment(d.acknowledgedAt, lang)}</Fact>
        )}
        {d.resolvedAt && <Fact label={t('cases.dispute.resolved')}>{formatMoment(d.resolvedAt, lang)}</Fact>}
        {d.outcome && <Fact label={t('cases.dispute.outcome')}>{t(`cases.outcomes.${d.outcome}`)}</Fact>}
        {d.creditedCents !== null && (
          <Fact label={t('cases.dispute.credited')}>{formatCents(d.creditedCents, lang)}</Fact>
        )}
        {d.amountOwedCents !== null && (
          <Fact label={t('cases.dispute.owed')}>{formatCents(d.amountOwedCents, lang)}</Fact>
        )}
        {d.explanation && <Fact label={t('cases.dispute.explanation')}>{d.explanation}</Fact>}
        {d.delinquencyReportEarliestOn && (
          <Fact label={t('cases.dispute.delinquency')}>{formatDay(d.delinquencyReportEarliestOn, lang)}</Fact>
        )}
      </dl>
    </>
  );
}

function ComplaintClocks({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const c = detail.complaint!;
  const lang = i18n.language;
  return (
    <>
      <h4 className="cc-case__subtitle">{t('cases.complaint.title')}</h4>
      <dl className="cc-facts" data-testid="complaint-clocks">
        <Fact label={t('cases.complaint.category')}>{t(`cases.categories.${c.category}`)}</Fact>
        <Fact label={t('cases.complaint.words')}>
          <q>{c.words}</q>
        </Fact>
        <Fact label={t('cases.complaint.received')}>{formatMoment(c.receivedAt, lang)}</Fact>
        <Fact label={t('cases.complaint.firstDue')} field="first-due">
          {formatDay(c.firstResponseDueOn, lang)} <Clock state={c.clocks.firstResponse} />
        </Fact>
        <Fact label={t('cases.complaint.finalDue')} field="final-due">
          {formatDay(c.finalResponseDueOn, lang)} <Clock state={c.clocks.finalResponse} />
        </Fact>
        {c.clocks.daysToNextDue !== null && (
          <Fact label={t('cases.complaint.nextDue')}>
            {t('cases.daysLeft', { count: c.clocks.daysToNextDue })}
          </Fact>
        )}
        {c.firstRespondedAt && (
          <Fact label={t('cases.complaint.firstSent')}>{formatMoment(c.firstRespondedAt, lang)}</Fact>
        )}
        {c.finalRespondedAt && (
          <Fact label={t('cases.complaint.finalSent')}>{formatMoment(c.finalRespondedAt, lang)}</Fact>
        )}
        <Fact label={t('cases.complaint.escalated')}>{c.escalated ? t('cases.yes') : t('cases.no')}</Fact>
      </dl>
    </>
  );
}

function ActionForm(props: {
  action: AgentCaseAction;
  detail: CaseDetail;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (extra: Omit<CaseActionRequest, 'action'>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { action, detail } = props;
  const ids = { amount: useId(), text: useId(), note: useId(), error: useId() };
  const disputed = detail.dispute ? centsToInput(detail.dispute.amountCents) : '';
  const [amount, setAmount] = useState(
    action === 'resolve_credit' || action === 'resolve_no_error' ? disputed : '',
  );
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const needsAmount = action === 'resolve_credit' || action === 'resolve_no_error';
  const textLabel =
    action === 'resolve_no_error'
      ? t('cases.form.explanation')
      : action === 'note'
        ? t('cases.form.noteText')
        : t('cases.form.responseText');
  const needsText = action === 'resolve_no_error' || action === 'note';
  const hasText = action !== 'resolve_credit';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const extra: Omit<CaseActionRequest, 'action'> = {};
    if (needsAmount) {
      const cents = parseCents(amount);
      if (cents === null || (action === 'resolve_credit' && cents === 0)) {
        setProblem(t('cases.form.amountInvalid'));
        return;
      }
      if (action === 'resolve_credit') extra.creditCents = cents;
      else extra.amountOwedCents = cents;
    }
    if (needsText && !text.trim()) {
      setProblem(t('cases.form.textRequired', { field: textLabel }));
      return;
    }
    setProblem(null);
    if (action === 'note') extra.note = text.trim();
    else {
      if (hasText && text.trim()) extra.explanation = text.trim();
      if (note.trim()) extra.note = note.trim();
    }
    void props.onSubmit(extra);
  };

  return (
    <form className="cc-tools__panel cc-case-form" data-form={action} onSubmit={submit} noValidate>
      {needsAmount && (
        <>
          <label htmlFor={ids.amount}>
            {action === 'resolve_credit' ? t('cases.form.creditAmount') : t('cases.form.owedAmount')}
          </label>
          <input
            className="cc-field"
            id={ids.amount}
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            aria-invalid={problem !== null && parseCents(amount) === null}
            aria-describedby={problem ? ids.error : undefined}
            onChange={(e) => setAmount(e.target.value)}
          />
        </>
      )}
      {hasText && (
        <>
          <label htmlFor={ids.text}>
            {textLabel}
            {needsText ? '' : ` ${t('cases.form.optional')}`}
          </label>
          <textarea
            className="cc-field"
            id={ids.text}
            rows={3}
            maxLength={action === 'note' ? 2000 : 4000}
            value={text}
            aria-describedby={problem ? ids.error : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </>
      )}
      {action !== 'note' && (
        <>
          <label htmlFor={ids.note}>{t('cases.form.internalNote')}</label>
          <textarea
            className="cc-field"
            id={ids.note}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </>
      )}
      {problem && (
        <p id={ids.error} className="cc-field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="cc-tools__row">
        <button type="submit" className="cc-button cc-button--primary" disabled={props.busy}>
          {t(`cases.submit.${action}`)}
        </button>
        <button type="button" className="cc-button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
