import type { AccountOverview, AgentClient } from '@clearline/client';
import type { Conversation, StepUpMethod } from '@clearline/protocol';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCents, formatDay } from '../cases/format.ts';
import { isEnded } from '../workspace/console-store.ts';
import { type Account, useAccount } from './use-account.ts';
import { FORMS, type FormId, WorkflowForm } from './workflow-forms.tsx';

/** Refusals whose reason the server words for this account (e.g. the same due day, a missing fee). */
const DETAILED: ReadonlySet<string> = new Set(['WORKFLOW_REFUSED', 'NOT_FOUND', 'VALIDATION_FAILED']);

interface AccountPanelProps {
  client: AgentClient;
  conversation: Conversation;
  /** A workflow opened a case (shown in the Cases panel). */
  onCaseOpened?: () => void;
}

/**
 * The conversation's card account: the overview (balance, payment due, cards, rewards, authorised
 * users, contact details and preferences) and the workflows an agent runs on it. Sensitive changes
 * show "Step-up required" and ask the customer to verify; the change is sent again once verified.
 */
export function AccountPanel({ client, conversation, onCaseOpened }: AccountPanelProps) {
  const { t } = useTranslation();
  const account = useAccount(client, conversation.id);
  const openedCase = account.result?.case?.reference ?? null;
  useEffect(() => {
    if (openedCase) onCaseOpened?.();
  }, [openedCase, onCaseOpened]);
  const headingId = useId();
  const [form, setForm] = useState<FormId | null>(null);
  const ended = isEnded(conversation);
  const { overview } = account;

  return (
    <section className="cc-panel cc-cases cc-account" aria-labelledby={headingId}>
      <div className="cc-panel__head">
        <h2 id={headingId}>{t('account.title')}</h2>
        <button
          type="button"
          className="cc-button cc-button--small"
          disabled={account.loading}
          onClick={() => void account.refresh()}
        >
          {t('account.refresh')}
        </button>
      </div>
      <div className="cc-cases__body">
        <div className="cc-account__result" role="status">
          {account.result && (
            <div className="cc-result" data-workflow={account.result.workflow}>
              <p>
                <strong>{t(`account.outcomes.${account.result.outcome}`)}</strong> {account.result.message}
              </p>
              <p>
                {t('account.reference')} <span className="cc-mono">{account.result.reference}</span>
              </p>
              {account.result.nextSteps.length > 0 && (
                <ul>
                  {account.result.nextSteps.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {!account.result && account.loading ? t('app.loading') : ''}
        </div>
        <div role="alert">
          {account.error && (
            <div className="cc-alert" data-code={account.error}>
              <p>
                {t(`account.errors.${account.error}`, {
                  defaultValue: t(`errors.${account.error}`, {
                    defaultValue: account.errorMessage ?? t('errors.generic'),
                  }),
                })}
                {DETAILED.has(account.error) && account.errorMessage && (
                  <>
                    {' '}
                    <span className="cc-alert__detail">{account.errorMessage}</span>
                  </>
                )}
              </p>
              <button type="button" className="cc-button cc-button--small" onClick={account.dismissError}>
                {t('common.dismiss')}
              </button>
            </div>
          )}
        </div>
        {account.stepUp && <StepUpBox account={account} />}
        {overview && <OverviewFacts overview={overview} />}
        {overview && (
          <CardList
            overview={overview}
            busy={account.busy !== null || ended}
            onLock={(cardId, lock) => void account.run(lock ? 'lock_card' : 'unlock_card', { cardId })}
          />
        )}
        {overview && !ended && (
          <>
            <fieldset className="cc-group">
              <legend>{t('account.actionsTitle')}</legend>
              {FORMS.map((id) => (
                <button
                  key={id}
                  type="button"
                  className="cc-button cc-button--small"
                  aria-expanded={form === id}
                  data-form-toggle={id}
                  onClick={() => setForm(form === id ? null : id)}
                >
                  {t(`account.forms.${id}.open`)}
                </button>
              ))}
            </fieldset>
            {form && (
              <WorkflowForm
                key={form}
                id={form}
                overview={overview}
                busy={account.busy !== null}
                onCancel={() => setForm(null)}
                run={account.run}
                onDone={() => setForm(null)}
              />
            )}
          </>
        )}
      </div>
    </section>
  );
}

function StepUpBox({ account }: { account: Account }) {
  const { t } = useTranslation();
  const ids = { method: useId(), title: useId() };
  const [method, setMethod] = useState<StepUpMethod>('approve');
  const pending = account.stepUp!;
  const status = pending.challenge?.status ?? null;
  const waiting = status === 'pending';
  return (
    <section className="cc-stepup" aria-labelledby={ids.title} data-step-up={status ?? 'required'}>
      <h3 id={ids.title} className="cc-case__subtitle">
        {t('account.stepUp.required')}
      </h3>
      <p>
        {t('account.stepUp.why', {
          change: t(`account.forms.${pending.workflow}.title`, { defaultValue: pending.workflow }),
          action: t(`account.stepUp.actions.${pending.action}`),
        })}
      </p>
      <p className="cc-stepup__state">
        {status === null
          ? t('account.stepUp.notRequested')
          : t(`account.stepUp.states.${status}`, {
              attempts: pending.challenge?.attemptsLeft ?? 0,
            })}
      </p>
      {!waiting && status !== 'verified' && status !== 'used' && (
        <div className="cc-tools__row">
          <label htmlFor={ids.method}>{t('account.stepUp.method')}</label>
          <select
            id={ids.method}
            className="cc-field"
            value={method}
            onChange={(e) => setMethod(e.target.value as StepUpMethod)}
          >
            <option value="approve">{t('account.stepUp.methods.approve')}</option>
            <option value="last4_zip">{t('account.stepUp.methods.last4_zip')}</option>
          </select>
          <button
            type="button"
            className="cc-button cc-button--small cc-button--primary"
            disabled={account.busy !== null}
            onClick={() => void account.requestStepUp(method)}
          >
            {t('account.stepUp.send')}
          </button>
        </div>
      )}
      <button type="button" className="cc-button cc-button--small" onClick={account.cancelStepUp}>
        {t('account.stepUp.cancel')}
      </button>
    </section>
  );
}

function OverviewFacts({ overview }: { overview: AccountOverview }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { account, paymentsDue, rewards } = overview;
  const money = (c: number) => formatCents(c, lang);
  return (
    <dl className="cc-facts" data-testid="account-overview">
      <Fact label={t('account.card')}>
        {t('conversation.cardLabel', { product: account.productName, last4: account.last4 })}
      </Fact>
      <Fact label={t('account.status')}>{t(`account.accountStatus.${account.status}`)}</Fact>
      <Fact label={t('account.balance')} field="balance">
        {money(account.currentBalanceCents)}
      </Fact>
      <Fact label={t('account.available')}>{money(account.availableCreditCents)}</Fact>
      <Fact label={t('account.limit')}>{money(account.creditLimitCents)}</Fact>
      <Fact label={t('account.apr')}>{(account.purchaseAprBps / 100).toFixed(2)}%</Fact>
      {paymentsDue && (
        <>
          <Fact label={t('account.dueDate')} field="due-date">
            {formatDay(paymentsDue.dueDate, lang)}
            {paymentsDue.pastDue && <span className="cc-clock cc-clock--missed">{t('account.pastDue')}</span>}
          </Fact>
          <Fact label={t('account.statementBalance')}>{money(paymentsDue.statementBalanceCents)}</Fact>
          <Fact label={t('account.minimumLeft')} field="minimum-left">
            {money(paymentsDue.remainingMinimumCents)}
          </Fact>
          <Fact label={t('account.paidSince')} field="paid-since">
            {money(paymentsDue.paidSinceStatementCents)}
          </Fact>
        </>
      )}
      {overview.dueDateChange && (
        <Fact label={t('account.dueDateChange')}>
          {t('account.dueDateChangeText', {
            day: overview.dueDateChange.newDueDay,
            first: formatDay(overview.dueDateChange.firstNewDueDate, lang),
          })}
        </Fact>
      )}
      {rewards && (
        <Fact label={t('account.points')}>
          {t('account.pointsText', {
            points: rewards.pointsBalance.toLocaleString(lang),
            value: money(rewards.cashValueCents),
          })}
        </Fact>
      )}
      {overview.payments.length > 0 && (
        <Fact label={t('account.lastPayment')} field="last-payment">
          {t('account.paymentText', {
            amount: money(overview.payments[0]!.amountCents),
            date: formatDay(overview.payments[0]!.paymentDate, lang),
            bank: overview.payments[0]!.bankName,
            last4: overview.payments[0]!.bankAccountLast4,
            status: t(`account.paymentStatus.${overview.payments[0]!.status}`),
          })}
        </Fact>
      )}
      {overview.authorizedUsers.filter((u) => u.status === 'active').length > 0 && (
        <Fact label={t('account.authorizedUsers')}>
          {overview.authorizedUsers
            .filter((u) => u.status === 'active')
            .map((u) => `${u.firstName} ${u.lastName} (…${u.cardLast4})`)
            .join(', ')}
        </Fact>
      )}
      {overview.contact && (
        <Fact label={t('account.contact')}>
          {overview.contact.phone} · {overview.contact.email}
        </Fact>
      )}
    </dl>
  );
}

function CardList(props: {
  overview: AccountOverview;
  busy: boolean;
  onLock: (cardId: string, lock: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const { overview } = props;
  return (
    <>
      <h3 className="cc-case__subtitle">{t('account.cards')}</h3>
      <ul className="cc-case-list" data-testid="cards">
        {overview.cards.map((c) => (
          <li key={c.id} data-card={c.last4} data-status={c.status}>
            <p className="cc-card-row">
              <span>
                {t('account.cardRow', {
                  holder: c.holderName,
                  last4: c.last4,
                  role: t(`account.roles.${c.role}`),
                })}
              </span>{' '}
              <span className={`cc-state cc-card-state--${c.status}`} data-field="card-status">
                {t(`account.cardStatus.${c.status}`)}
              </span>
            </p>
            {(c.status === 'active' || c.status === 'locked') && (
              <button
                type="button"
                className="cc-button cc-button--small"
                disabled={props.busy}
                onClick={() => props.onLock(c.id, c.status === 'active')}
              >
                {c.status === 'active'
                  ? t('account.lock', { last4: c.last4 })
                  : t('account.unlock', { last4: c.last4 })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {overview.replacementOrders.length > 0 && (
        <>
          <h3 className="cc-case__subtitle">{t('account.replacements')}</h3>
          <ul className="cc-case-list" data-testid="replacements">
            {overview.replacementOrders.map((o) => (
              <li key={o.id}>
                {t('account.replacementText', {
                  reason: t(`account.reasons.${o.reason}`),
                  last4: o.last4,
                  carrier: o.carrier,
                  date: formatDay(o.estimatedDeliveryOn, i18n.language),
                  status: t(`account.orderStatus.${o.status}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
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
