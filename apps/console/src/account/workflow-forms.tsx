import type { AccountOverview } from '@clearline/client';
import type { PostalAddressInput, WorkflowBody, WorkflowName } from '@clearline/protocol';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChargePicker } from '../cases/charge-picker.tsx';
import { centsToInput, formatCents, parseCents } from '../cases/format.ts';
import type { Account, ContactField } from './use-account.ts';

/** The workflows with a form, in the order their buttons are shown. */
export const FORMS = [
  'make_payment',
  'report_lost_stolen',
  'replace_damaged_card',
  'change_due_date',
  'request_fee_credit',
  'redeem_points',
  'add_authorized_user',
  'remove_authorized_user',
  'update_contact_details',
  'update_preferences',
] as const satisfies readonly WorkflowName[];
export type FormId = (typeof FORMS)[number];

interface WorkflowFormProps {
  id: FormId;
  overview: AccountOverview;
  busy: boolean;
  run: Account['run'];
  onCancel: () => void;
  onDone: () => void;
}

/** One workflow's form. Checks what it can before sending; the server checks the rest. */
export function WorkflowForm(props: WorkflowFormProps) {
  switch (props.id) {
    case 'make_payment':
      return <PaymentForm {...props} />;
    case 'report_lost_stolen':
    case 'replace_damaged_card':
      return <ReplaceCardForm {...props} />;
    case 'change_due_date':
      return <DueDateForm {...props} />;
    case 'request_fee_credit':
      return <FeeCreditForm {...props} />;
    case 'redeem_points':
      return <PointsForm {...props} />;
    case 'add_authorized_user':
      return <AddUserForm {...props} />;
    case 'remove_authorized_user':
      return <RemoveUserForm {...props} />;
    case 'update_contact_details':
      return <ContactForm {...props} />;
    case 'update_preferences':
      return <PreferencesForm {...props} />;
  }
}

function Shell(props: {
  id: FormId;
  busy: boolean;
  problem: string | null;
  problemId: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <form
      className="cc-tools__panel cc-case-form"
      aria-labelledby={titleId}
      data-form={props.id}
      onSubmit={submit}
      noValidate
    >
      <h3 id={titleId} className="cc-case__subtitle">
        {t(`account.forms.${props.id}.title`)}
      </h3>
      {props.children}
      {props.problem && (
        <p id={props.problemId} className="cc-field-error" role="alert">
          {props.problem}
        </p>
      )}
      <div className="cc-tools__row">
        <button type="submit" className="cc-button cc-button--primary" disabled={props.busy}>
          {t(`account.forms.${props.id}.submit`)}
        </button>
        <button type="button" className="cc-button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function Field(props: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
    </>
  );
}

function useProblem() {
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  return { problem, setProblem, problemId, describedBy: problem ? problemId : undefined };
}

/* ---------- payment ---------- */

function PaymentForm({ id, overview, busy, run, onCancel, onDone }: WorkflowFormProps) {
  const { t, i18n } = useTranslation();
  const due = overview.paymentsDue;
  const banks = overview.bankAccounts;
  const [bank, setBank] = useState(banks.find((b) => b.isDefault)?.id ?? banks[0]?.id ?? '');
  const [choice, setChoice] = useState<'minimum' | 'statement' | 'other'>(
    due && due.remainingMinimumCents > 0 ? 'minimum' : 'other',
  );
  const [other, setOther] = useState('');
  const [date, setDate] = useState(overview.asOf);
  const p = useProblem();
  const name = useId();

  const amountCents =
    choice === 'minimum'
      ? (due?.remainingMinimumCents ?? 0)
      : choice === 'statement'
        ? (due?.remainingStatementBalanceCents ?? 0)
        : parseCents(other);

  const submit = () => {
    if (!bank) return p.setProblem(t('account.forms.make_payment.noBank'));
    if (!amountCents || amountCents <= 0) return p.setProblem(t('cases.form.amountInvalid'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < overview.asOf)
      return p.setProblem(t('account.forms.make_payment.dateInvalid'));
    p.setProblem(null);
    const body: WorkflowBody<'make_payment'> = {
      bankAccountId: bank,
      amountCents,
      ...(date !== overview.asOf ? { paymentDate: date } : {}),
    };
    void run('make_payment', body).then((ok) => ok && onDone());
  };

  return (
    <Shell id={id} busy={busy} onSubmit={submit} onCancel={onCancel} {...p}>
      <Field label={t('account.forms.make_payment.from')}>
        {(fid) => (
          <select id={fid} className="cc-field" value={bank} onChange={(e) => setBank(e.target.value)}>
            {banks.map((b) => (
              <option key={b.id} value={b.id}>
                {t('account.bankOption', {
                  bank: b.bankName,
                  type: t(`account.bankTypes.${b.accountType}`),
                  last4: b.last4,
                })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="cc-group cc-group--stacked">
        <legend>{t('account.forms.make_payment.amount')}</legend>
        {due && (
          <>
            <label className="cc-choice">
              <input
                type="radio"
                name={name}
                checked={choice === 'minimum'}
                onChange={() => setChoice('minimum')}
              />
              {t('account.forms.make_payment.minimum', {
                amount: formatCents(due.remainingMinimumCents, i18n.language),
              })}
            </label>
            <label className="cc-choice">
              <input
                type="radio"
                name={name}
                checked={choice === 'statement'}
                onChange={() => setChoice('statement')}
              />
              {t('account.forms.make_payment.statement', {
                amount: formatCents(due.remainingStatementBalanceCents, i18n.language),
              })}
            </label>
          </>
        )}
        <label className="cc-choice">
          <input type="radio" name={name} checked={choice === 'other'} onChange={() => setChoice('other')} />
          {t('account.forms.make_payment.other')}
        </label>
      </fieldset>
      {choice === 'other' && (
        <Field label={t('account.forms.make_payment.otherAmount')}>
          {(fid) => (
            <input
              id={fid}
              className="cc-field"
              inputMode="decimal"
              autoComplete="off"
              value={other}
              placeholder={due ? centsToInput(due.remainingMinimumCents) : undefined}
              aria-describedby={p.describedBy}
              onChange={(e) => setOther(e.target.value)}
            />
          )}
        </Field>
      )}
      <Field label={t('account.forms.make_payment.date')}>
        {(fid) => (
          <input
            id={fid}
            type="date"
            className="cc-field"
            min={overview.asOf}
            value={date}
            aria-describedby={p.describedBy}
            onChange={(e) => setDate(e.target.value)}
          />
        )}
      </Field>
      {due && (
        <p className="cc-muted cc-hint">
          {t('account.forms.make_payment.cutoff', {
            hour: `${due.cutoff.hour > 12 ? due.cutoff.hour - 12 : due.cutoff.hour}:${String(due.cutoff.minute).padStart(2, '0')}`,
          })}
        </p>
      )}
    </Shell>
  );
}

/* ---------- lost / stolen / damaged ---------- */

const EMPTY_ADDRESS: PostalAddressInput = { line1: '', city: '', state: '', zip: '' };

function AddressFields({
  value,
  onChange,
  describedBy,
}: {
  value: PostalAddressInput;
  onChange: (a: PostalAddressInput) => void;
  describedBy?: string | undefined;
}) {
  const { t } = useTranslation();
  const set = (k: keyof PostalAddressInput) => (e: { target: { value: string } }) =>
    onChange({ ...value, [k]: e.target.value });
  return (
    <>
      <Field label={t('account.address.line1')}>
        {(id) => (
          <input
            id={id}
            className="cc-field"
            autoComplete="off"
            value={value.line1}
            aria-describedby={describedBy}
            onChange={set('line1')}
          />
        )}
      </Field>
      <Field label={t('account.address.line2')}>
        {(id) => (
          <input
            id={id}
            className="cc-field"
            autoComplete="off"
            value={value.line2 ?? ''}
            onChange={set('line2')}
          />
        )}
      </Field>
      <Field label={t('account.address.city')}>
        {(id) => (
          <input id={id} className="cc-field" autoComplete="off" value={value.city} onChange={set('city')} />
        )}
      </Field>
      <Field label={t('account.address.state')}>
        {(id) => (
          <input
            id={id}
            className="cc-field"
            autoComplete="off"
            maxLength={2}
            value={value.state}
            onChange={(e) => onChange({ ...value, state: e.target.value.toUpperCase() })}
          />
        )}
      </Field>
      <Field label={t('account.address.zip')}>
        {(id) => (
          <input
            id={id}
            className="cc-field"
            autoComplete="off"
            inputMode="numeric"
            maxLength={10}
            value={value.zip}
            onChange={set('zip')}
          />
        )}
      </Field>
    </>
  );
}

function addressProblem(a: PostalAddressInput): boolean {
  return !a.line1.trim() || !a.city.trim() || !/^[A-Z]{2}$/.test(a.state) || !/^\d{5}(-\d{4})?$/.test(a.zip);
}

function cleanAddress(a: PostalAddressInput): PostalAddressInput {
  return {
    line1: a.line1.trim(),
    ...(a.line2?.trim() ? { line2: a.line2.trim() } : {}),
    city: a.city.trim(),
    state: a.state,
    zip: a.zip.trim(),
  };
}

function ReplaceCardForm({ id, overview, busy, run, onCancel, onDone }: WorkflowFormProps) {
  const { t } = useTranslation();
  const cards = overview.cards.filter((c) => c.status === 'active' || c.status === 'locked');
  const [cardId, setCardId] = useState(cards[0]?.id ?? '');
  const [reason, setReason] = useState<'lost' | 'stolen'>('lost');
  const [elsewhere, setElsewhere] = useState(false);
  const [address, setAddress] = useState<PostalAddressInput>(EMPTY_ADDRESS);
  const p = useProblem();
  const name = useId();
  const onFile = overview.contact?.address;

  const submit = () => {
    if (!cardId) return p.setProblem(t('account.forms.noCard'));
    if (elsewhere && addressProblem(address)) return p.setProblem(t('account.address.invalid'));
    p.setProblem(null);
    const shipTo = elsewhere ? { shipTo: cleanAddress(address) } : {};
    const done = (ok: boolean) => ok && onDone();
    if (id === 'report_lost_stolen')
      void run(
        'report_lost_stolen',
        { cardId, reason, ...shipTo },
        { stepUpAction: 'reissue_new_address' },
      ).then(done);
    else
      void run('replace_damaged_card', { cardId, ...shipTo }, { stepUpAction: 'reissue_new_address' }).then(
        done,
      );
  };

  return (
    <Shell id={id} busy={busy} onSubmit={submit} onCancel={onCancel} {...p}>
      <Field label={t('account.forms.card')}>
        {(fid) => (
          <select id={fid} className="cc-field" value={cardId} onChange={(e) => setCardId(e.target.value)}>
            {cards.map((c) => (
              <option key={c.id} value={c.id}>
                {t('account.cardRow', {
                  holder: c.holderName,
                  last4: c.last4,
                  role: t(`account.roles.${c.role}`),
                })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {id === 'report_lost_stolen' && (
        <fieldset className="cc-group cc-group--stacked">
          <legend>{t('account.forms.report_lost_stolen.reason')}</legend>
          {(['lost', 'stolen'] as const).map((r) => (
            <label key={r} className="cc-choice">
              <input type="radio" name={name} checked={reason === r} onChange={() => setReason(r)} />
              {t(`account.reasons.${r}`)}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="cc-group cc-group--stacked">
        <legend>{t('account.forms.shipTo')}</legend>
        <label className="cc-choice">
          <input
            type="radio"
            name={`${name}-ship`}
            checked={!elsewhere}
            onChange={() => setElsewhere(false)}
          />
          {onFile
            ? t('account.forms.onFile', {
                address: `${onFile.line1}, ${onFile.city}, ${onFile.state} ${onFile.zip}`,
              })
            : t('account.forms.onFileUnknown')}
        </label>
        <label className="cc-choice">
          <input type="radio" name={`${name}-ship`} checked={elsewhere} onChange={() => setElsewhere(true)} />
          {t('account.forms.otherAddress')}
        </label>
      </fieldset>
      {elsewhere && (
        <>
          <p className="cc-muted cc-hint">{t('account.forms.otherAddressHint')}</p>
          <AddressFields value={address} onChange={setAddress} describedBy={p.describedBy} />
        </>
      )}
      {id === 'report_lost_stolen' && (
        <p className="cc-muted cc-hint">{t('account.forms.report_lost_stolen.hint')}</p>
      )}
    </Shell>
  );
}

/* ---------- due date, fee credit, points ---------- */

function DueDateForm({ id, overview, busy, run, onCancel, onDone }: WorkflowFormProps) {
  const { t } = useTranslation();
  const [day, setDay] = useState(String(overview.account.dueDay === 28 ? 1 : overview.account.dueDay + 1));
  const p = useProblem();
  const submit = () => {
    const n = Number(day);
    if (n === overview.account.dueDay) return p.setProblem(t('account.forms.change_due_date.same'));
    p.setProblem(null);
    void run('change_due_date', { newDueDay: n }).then((ok) => ok && onDone());
  };
  return (
    <Shell id={id} busy={busy} onSubmit={submit} onCancel={onCancel} {...p}>
      <p className="cc-muted cc-hint">
        {t('account.forms.change_due_date.current', { day: overview.account.dueDay })}
      </p>
      <Field label={t('account.forms.change_due_date.newDay')}>
        {(fid) => (
          <select
            id={fid}
            className="cc-field"
            value={day}
            aria-describedby={p.describedBy}
            onChange={(e) => setDay(e.target.value)}
          >
            {Array.from({ length: 28 }, (_, i) => String(i + 1)).map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        )}
      </Field>
    </Shell>
  );
}

function FeeCreditForm({ id, busy, run, onCancel, onDone }: WorkflowFormProps) {
  const { t } = useTranslation();
  const [fee, setFee] = useState('');
  const p = useProblem();
  const submit = () =>
    void run('request_fee_credit', fee.trim() ? { feeTransactionId: fee.trim() } : {}).then(
      (ok) => ok && onDone(),
    );
  return (
    <Shell id={id} busy={busy} onSubmit={submit} onCancel={onCancel} {...p}>
      <Field label={t('account.forms.request_fee_credit.fee')}>
        {(fid) => (
          <input
            id={fid}
            className="cc-field"
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
            value={fee}
            onChange={(e) => setFee(e.target.value)}
          />
        )}
      </Field>
      <p className="cc-muted cc-hint">{t('account.forms.request_fee_credit.hint')}</p>
    </Shell>
  );
}

function PointsForm({ id, overview, busy, run, onCancel, onDone }: WorkflowFormProps) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const p = useProblem();
  const rewards = overview.rewards;
  // What the core charges in points for a purchase: ceil(cents × 100 / the point value × 100).
  const pointsFor = (cents: number) => (rewards ? Math.ceil((cents * 100) / rewards.centsPerPointX100) : 0);
  const needed = overview.recentCharges
    .filter((c) => chosen.includes(c.id))
    .reduce((sum, c) => sum + pointsFor(c.amountCents), 0);
  const submit = () => {
    if (chosen.length === 0 || chosen.length > 50)
      return p.setProblem(t('account.forms.redeem_points.required'));
    p.setProblem(null);
    void run('redeem_points', { transactionIds: chosen }, { stepUpAction: 'points_payment' }).then(
      (ok) => ok && onDone(),
    );
  };
  const points = (n: number) => n.toLocaleString(i18n.language);
  return (
    <Shell id={id} busy={busy} onSubmit={submit} onCancel={onCancel} {...p}>
      {rewards && (
        <p className="cc-muted cc-hint">
          {t('account.pointsText', {
            points: points(rewards.pointsBalance),
            value: formatCents(rewards.cashValueCents, i18n.language),
          })}
        </p>
      )}
      {overview.recentCharges.length === 0 ? (
        <p className="cc-muted cc-hint">{t('charges.none')}</p>
      ) : (
        <ChargePicker
          legend={t('account.forms.redeem_points.transactions')}
          charges={overview.recentCharges}
          mode="multiple"
          selected={chosen}
          onChange={setChosen}
          detail={(c) => (rewards ? t('charges.points', { points: points(pointsFor(c.amountCents)) }) : null)}
          describedBy={p.describedBy}
        />
      )}
      <p className="cc-muted cc-hint" role="status" data-testid="points-needed">
        {chosen.length > 0 ? t('charges.pointsNeeded', { count: chosen.length, points: points(needed) }) : ''}
      </p>
    </Shell>
  );
}

/* ---------- authorised users ---------- */

function AddUserForm({ id, busy, run, onCancel, onDone }: WorkflowFormProps) {
  const { t } = useTranslation();
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');
  const p = useProblem();
  const submit = () => {
    if (!first.trim() || !last.trim()) return p.setProblem(t('account.forms.add_authorized_user.required'));
    p.setProblem(null);
    void run(
      'add_authorized_user',
      { firstName: first.trim(), lastName: last.trim() },
      { stepUpAction: 'authorized_users' },
    ).then((ok) => ok && onDone());
  };
  return (
    <Shell id={id} busy={busy} onSubmit={submit} onCancel={onCancel} {...p}>
      <Field label={t('account.forms.add_authorized_user.first')}>
        {(fid) => (
          <input
            id={fid}
            className="cc-field"
            autoComplete="off"
            maxLength={40}
            value={first}
            aria-describedby={p.describedBy}
            onChange={(e) => setFirst(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('account.forms.add_authorized_user.last')}>
        {(fid) => (
          <input
            id={fid}
            className="cc-field"
            autoComplete="off"
            maxLength={40}
            value={last}
            aria-describedby={p.describedBy}
            onChange={(e) => setLast(e.target.value)}
          />
        )}
      </Field>
      <p className="cc-muted cc-hint">{t('account.forms.stepUpHint')}</p>
    </Shell>
  );
}

function RemoveUserForm({ id, overview, busy, run, onCancel, onDone }: WorkflowFormProps) {
  const { t } = useTranslation();
  const users = overview.authorizedUsers.filter((u) => u.status === 'active');
  const [userId, setUserId] = useState(users[0]?.id ?? '');
  const p = useProblem();
  const submit = () => {
    if (!userId) return p.setProblem(t('account.forms.remove_authorized_user.none'));
    p.setProblem(null);
    void run(
      'remove_authorized_user',
      { authorizedUserId: userId },
      { stepUpAction: 'authorized_users' },
    ).then((ok) => ok && onDone());
  };
  return (
    <Shell id={id} busy={busy} onSubmit={submit} onCancel={onCancel} {...p}>
      {users.length === 0 ? (
        <p className="cc-muted">{t('account.forms.remove_authorized_user.none')}</p>
      ) : (
        <Field label={t('account.forms.remove_authorized_user.user')}>
          {(fid) => (
            <select id={fid} className="cc-field" value={userId} onChange={(e) => setUserId(e.target.value)}>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {`${u.firstName} ${u.lastName} (…${u.cardLast4})`}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <p className="cc-muted cc-hint">{t('account.forms.stepUpHint')}</p>
    </Shell>
  );
}

/* ---------- contact details and preferences ---------- */

const FIELD_ACTION = { phone: 'phone_change', email: 'email_change', address: 'address_change' } as const;

function ContactForm({ id, overview, busy, run, onCancel, onDone }: WorkflowFormProps) {
  const { t } = useTranslation();
  const [field, setField] = useState<ContactField>('phone');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [address, setAddress] = useState<PostalAddressInput>(EMPTY_ADDRESS);
  const p = useProblem();
  const name = useId();
  const contact = overview.contact;

  const submit = () => {
    let body: WorkflowBody<'update_contact_details'>;
    if (field === 'phone') {
      if (!/^\+?[\d\s().-]{10,20}$/.test(phone.trim()))
        return p.setProblem(t('account.forms.update_contact_details.phoneInvalid'));
      body = { phone: phone.trim() };
    } else if (field === 'email') {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
        return p.setProblem(t('account.forms.update_contact_details.emailInvalid'));
      body = { email: email.trim() };
    } else {
      if (addressProblem(address)) return p.setProblem(t('account.address.invalid'));
      body = { address: cleanAddress(address) };
    }
    p.setProblem(null);
    void run('update_contact_details', body, { stepUpAction: FIELD_ACTION[field], field }).then(
      (ok) => ok && onDone(),
    );
  };

  return (
    <Shell id={id} busy={busy} onSubmit={submit} onCancel={onCancel} {...p}>
      <fieldset className="cc-group cc-group--stacked">
        <legend>{t('account.forms.update_contact_details.which')}</legend>
        {(['phone', 'email', 'address'] as const).map((f) => (
          <label key={f} className="cc-choice">
            <input type="radio" name={name} checked={field === f} onChange={() => setField(f)} />
            {t(`account.forms.update_contact_details.fields.${f}`)}
          </label>
        ))}
      </fieldset>
      {contact && (
        <p className="cc-muted cc-hint">
          {t('account.forms.update_contact_details.current', {
            value:
              field === 'phone'
                ? contact.phone
                : field === 'email'
                  ? contact.email
                  : `${contact.address.line1}, ${contact.address.city}, ${contact.address.state} ${contact.address.zip}`,
          })}
        </p>
      )}
      {field === 'phone' && (
        <Field label={t('account.forms.update_contact_details.newPhone')}>
          {(fid) => (
            <input
              id={fid}
              type="tel"
              className="cc-field"
              autoComplete="off"
              value={phone}
              aria-describedby={p.describedBy}
              onChange={(e) => setPhone(e.target.value)}
            />
          )}
        </Field>
      )}
      {field === 'email' && (
        <Field label={t('account.forms.update_contact_details.newEmail')}>
          {(fid) => (
            <input
              id={fid}
              type="email"
              className="cc-field"
              autoComplete="off"
              value={email}
              aria-describedby={p.describedBy}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
      )}
      {field === 'address' && (
        <AddressFields value={address} onChange={setAddress} describedBy={p.describedBy} />
      )}
      <p className="cc-muted cc-hint">{t('account.forms.stepUpHint')}</p>
    </Shell>
  );
}

function PreferencesForm({ id, overview, busy, run, onCancel, onDone }: WorkflowFormProps) {
  const { t } = useTranslation();
  const now = overview.preferences;
  const [paperless, setPaperless] = useState(now?.paperlessStatements ?? false);
  const [emailReminders, setEmailReminders] = useState(now?.paymentReminders.email ?? false);
  const [smsReminders, setSmsReminders] = useState(now?.paymentReminders.sms ?? false);
  const [marketing, setMarketing] = useState(now?.marketingOptIn ?? false);
  const p = useProblem();
  const submit = () =>
    void run('update_preferences', {
      paperlessStatements: paperless,
      paymentReminders: { email: emailReminders, sms: smsReminders },
      marketingOptIn: marketing,
    }).then((ok) => ok && onDone());
  const box = (label: string, checked: boolean, set: (v: boolean) => void) => (
    <label className="cc-choice">
      <input type="checkbox" checked={checked} onChange={(e) => set(e.target.checked)} />
      {label}
    </label>
  );
  return (
    <Shell id={id} busy={busy} onSubmit={submit} onCancel={onCancel} {...p}>
      <fieldset className="cc-group cc-group--stacked">
        <legend>{t('account.forms.update_preferences.legend')}</legend>
        {box(t('account.forms.update_preferences.paperless'), paperless, setPaperless)}
        {box(t('account.forms.update_preferences.emailReminders'), emailReminders, setEmailReminders)}
        {box(t('account.forms.update_preferences.smsReminders'), smsReminders, setSmsReminders)}
        {box(t('account.forms.update_preferences.marketing'), marketing, setMarketing)}
      </fieldset>
    </Shell>
  );
}
