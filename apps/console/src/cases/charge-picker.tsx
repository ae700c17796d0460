import type { RecentCharge } from '@clearline/client';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCents, formatDay } from './format.ts';

interface ChargePickerProps {
  /** The question the list answers ("Which charge?"), read as the group's name. */
  legend: string;
  charges: readonly RecentCharge[];
  /** One charge (radio buttons: arrow keys move the choice) or several (checkboxes). */
  mode: 'single' | 'multiple';
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** Charges that cannot be chosen here, with the reason shown beside them. */
  disabledReason?: (charge: RecentCharge) => string | null;
  /** The id of an error message about the choice, when there is one. */
  describedBy?: string | undefined;
  /** A line under each charge (e.g. the points it needs). */
  detail?: (charge: RecentCharge) => string | null;
}

/**
 * The account's recent posted purchases as a native radio or checkbox group, "amount · merchant ·
 * date" each, so the agent picks a charge instead of typing its transaction id. Native inputs keep it
 * keyboard operable (Tab into the group, arrows or Space to choose) and announced with its legend.
 */
export function ChargePicker(props: ChargePickerProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useId();
  const chosen = new Set(props.selected);
  const toggle = (id: string, on: boolean) => {
    if (props.mode === 'single') props.onChange([id]);
    else props.onChange(on ? [...props.selected, id] : props.selected.filter((x) => x !== id));
  };
  return (
    <fieldset className="cc-charges" aria-describedby={props.describedBy} data-testid="charge-picker">
      <legend>{props.legend}</legend>
      <ul className="cc-charges__list">
        {props.charges.map((c) => {
          const why = props.disabledReason?.(c) ?? null;
          const detail = props.detail?.(c) ?? null;
          const label = t('charges.label', {
            amount: formatCents(c.amountCents, lang),
            merchant: c.merchant,
            date: formatDay(c.transactedOn, lang),
          });
          return (
            <li key={c.id} data-charge={c.id}>
              <label className="cc-charges__option">
                <input
                  type={props.mode === 'single' ? 'radio' : 'checkbox'}
                  name={name}
                  value={c.id}
                  checked={chosen.has(c.id)}
                  disabled={why !== null}
                  onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                />
                <span>
                  {label}
                  <span className="cc-muted cc-charges__meta">
                    {' '}
                    {t('charges.card', { last4: c.cardLast4 })}
                    {c.statement
                      ? ` · ${t('charges.statement', { date: formatDay(c.statement.closingDate, lang) })}`
                      : ` · ${t('charges.unbilled')}`}
                    {detail ? ` · ${detail}` : ''}
                    {why ? ` · ${why}` : ''}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
