import type { QuickReplyOption } from '@clearline/protocol';
import { useTranslation } from 'react-i18next';

/**
 * The assistant's suggested answers as real buttons (in the transcript, right under the question).
 * Pressing one sends its label; the customer's message then appears in the log, which announces it.
 */
export function QuickReplies({
  options,
  onChoose,
}: {
  options: readonly QuickReplyOption[];
  onChoose: (option: QuickReplyOption) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="cl-quick">
      <legend className="cl-visually-hidden">{t('widget.quickReplies')}</legend>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="cl-quick__option"
          data-quick-reply={option.value}
          onClick={() => onChoose(option)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}
