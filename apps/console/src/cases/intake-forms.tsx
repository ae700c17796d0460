import {
  COMPLAINT_CATEGORIES,
  type ComplaintCategory,
  DISPUTE_REASONS,
  type DisputeReason,
} from '@clearline/protocol';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { idempotencyKey } from './use-cases.ts';

/** A charge the agent may pick instead of typing its transaction id. */
export interface ChargeChoice {
  id: string;
  label: string;
}

interface DisputeFormProps {
  busy: boolean;
  /** Posted charges to choose from, when the account overview is available. */
  charges?: readonly ChargeChoice[] | null;
  onCancel: () => void;
  onSubmit: (body: {
    transactionId: string;
    reason: DisputeReason;
    merchantContact?: string;
    idempotencyKey: string;
  }) => Promise<unknown>;
}

/**
 * "Open a dispute": the charge (picked from the account's posted charges when they are known, else its
 * transaction id as the statement shows it; the server checks it is a posted charge on this account),
 * the reason, and any contact with the merchant. One idempotency key per form: a double submit opens
 * one case.
 */
export function DisputeForm({ busy, charges, onCancel, onSubmit }: DisputeFormProps) {
  const { t } = useTranslation();
  const ids = { txn: useId(), reason: useId(), contact: useId(), error: useId() };
  const [key] = useState(idempotencyKey);
  const [transactionId, setTransactionId] = useState(charges?.[0]?.id ?? '');
  const [reason, setReason] = useState<DisputeReason>('duplicate');
  const [contact, setContact] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!transactionId.trim()) {
      setProblem(t('cases.intake.transactionRequired'));
      return;
    }
    setProblem(null);
    void onSubmit({
      transactionId: transactionId.trim(),
      reason,
      ...(contact.trim() ? { merchantContact: contact.trim() } : {}),
      idempotencyKey: key,
    });
  };

  return (
    <IntakeForm title={t('cases.intake.disputeTitle')} name="dispute" onSubmit={submit}>
      <label htmlFor={ids.txn}>{t('cases.intake.transaction')}</label>
      {charges && charges.length > 0 ? (
        <select
          className="cc-field"
          id={ids.txn}
          value={transactionId}
          onChange={(e) => setTransactionId(e.target.value)}
        >
          {charges.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          className="cc-field"
          id={ids.txn}
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          value={transactionId}
          aria-invalid={problem !== null}
          aria-describedby={problem ? ids.error : undefined}
          onChange={(e) => setTransactionId(e.target.value)}
        />
      )}
      <label htmlFor={ids.reason}>{t('cases.intake.reason')}</label>
      <select
        className="cc-field"
        id={ids.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value as DisputeReason)}
      >
        {DISPUTE_REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`cases.reasons.${r}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.contact}>{t('cases.intake.merchantContact')}</label>
      <textarea
        className="cc-field"
        id={ids.contact}
        rows={2}
        maxLength={1000}
        value={contact}
        onChange={(e) => setContact(e.target.value)}
      />
      {problem && (
        <p id={ids.error} className="cc-field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="cc-tools__row">
        <button type="submit" className="cc-button cc-button--primary" disabled={busy}>
          {t('cases.intake.disputeSubmit')}
        </button>
        <button type="button" className="cc-button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </IntakeForm>
  );
}

interface ComplaintFormProps {
  busy: boolean;
  onCancel: () => void;
  onSubmit: (body: {
    category: ComplaintCategory;
    words: string;
    idempotencyKey: string;
  }) => Promise<unknown>;
}

/** "Log a complaint": its category and the customer's own words (the server removes card numbers). */
export function ComplaintForm({ busy, onCancel, onSubmit }: ComplaintFormProps) {
  const { t } = useTranslation();
  const ids = { category: useId(), words: useId(), error: useId() };
  const [key] = useState(idempotencyKey);
  const [category, setCategory] = useState<ComplaintCategory>('customer_service');
  const [words, setWords] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!words.trim()) {
      setProblem(t('cases.intake.wordsRequired'));
      return;
    }
    setProblem(null);
    void onSubmit({ category, words: words.trim(), idempotencyKey: key });
  };

  return (
    <IntakeForm title={t('cases.intake.complaintTitle')} name="complaint" onSubmit={submit}>
      <label htmlFor={ids.category}>{t('cases.intake.category')}</label>
      <select
        className="cc-field"
        id={ids.category}
        value={category}
        onChange={(e) => setCategory(e.target.value as ComplaintCategory)}
      >
        {COMPLAINT_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`cases.categories.${c}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.words}>{t('cases.intake.words')}</label>
      <textarea
        className="cc-field"
        id={ids.words}
        rows={3}
        maxLength={4000}
        value={words}
        aria-invalid={problem !== null}
        aria-describedby={problem ? ids.error : undefined}
        onChange={(e) => setWords(e.target.value)}
      />
      {problem && (
        <p id={ids.error} className="cc-field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="cc-tools__row">
        <button type="submit" className="cc-button cc-button--primary" disabled={busy}>
          {t('cases.intake.complaintSubmit')}
        </button>
        <button type="button" className="cc-button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </IntakeForm>
  );
}

function IntakeForm(props: {
  title: string;
  name: string;
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <form
      className="cc-tools__panel cc-case-form"
      aria-labelledby={titleId}
      data-form={props.name}
      onSubmit={props.onSubmit}
      noValidate
    >
      <h4 id={titleId} className="cc-case__subtitle">
        {props.title}
      </h4>
      {props.children}
    </form>
  );
}
