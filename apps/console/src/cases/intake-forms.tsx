import type { RecentCharge } from '@clearline/client';
import {
  COMPLAINT_CATEGORIES,
  type ComplaintCategory,
  DISPUTE_REASONS,
  type DisputeReason,
} from '@clearline/protocol';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChargePicker } from './charge-picker.tsx';
import { idempotencyKey } from './use-cases.ts';

interface DisputeFormProps {
  busy: boolean;
  /** The account's recent posted purchases (null while they load or when they could not be read). */
  charges: readonly RecentCharge[] | null;
  /** Why the charges could not be read (an error code), if so. */
  chargesError?: string | null;
  onCancel: () => void;
  onSubmit: (body: {
    transactionId: string;
    reason: DisputeReason;
    merchantContact?: string;
    idempotencyKey: string;
  }) => Promise<unknown>;
}

/**
 * "Open a dispute": the charge, picked from the account's recent posted purchases (amount, merchant,
 * date; a charge already disputed cannot be picked again; the server checks the rest), the reason, and
 * any contact with the merchant. One idempotency key per form: a double submit opens one case.
 */
export function DisputeForm({ busy, charges, chargesError, onCancel, onSubmit }: DisputeFormProps) {
  const { t } = useTranslation();
  const ids = { reason: useId(), contact: useId(), error: useId() };
  const [key] = useState(idempotencyKey);
  const [transactionId, setTransactionId] = useState<string | null>(null);
  const [reason, setReason] = useState<DisputeReason>('duplicate');
  const [contact, setContact] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!transactionId) {
      setProblem(t('cases.intake.transactionRequired'));
      return;
    }
    setProblem(null);
    void onSubmit({
      transactionId,
      reason,
      ...(contact.trim() ? { merchantContact: contact.trim() } : {}),
      idempotencyKey: key,
    });
  };

  return (
    <IntakeForm title={t('cases.intake.disputeTitle')} name="dispute" onSubmit={submit}>
      {charges === null ? (
        <p
          className={chargesError ? 'cc-field-error' : 'cc-muted cc-hint'}
          role={chargesError ? 'alert' : 'status'}
        >
          {chargesError
            ? t('charges.loadFailed', {
                reason: t(`errors.${chargesError}`, { defaultValue: t('errors.generic') }),
              })
            : t('charges.loading')}
        </p>
      ) : charges.length === 0 ? (
        <p className="cc-muted cc-hint">{t('charges.none')}</p>
      ) : (
        <ChargePicker
          legend={t('cases.intake.transaction')}
          charges={charges}
          mode="single"
          selected={transactionId ? [transactionId] : []}
          onChange={(picked) => setTransactionId(picked[0] ?? null)}
          disabledReason={(c) => (c.disputePending ? t('charges.disputePending') : null)}
          describedBy={problem ? ids.error : undefined}
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
