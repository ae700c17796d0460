import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Inline confirmation: focus moves to the safe choice; Escape keeps chatting. */
export function EndChatConfirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const questionId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <section
      className="cl-confirm"
      aria-labelledby={questionId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={questionId} className="cl-confirm__question">
        {t('widget.endConfirmQuestion')}
      </p>
      <div className="cl-confirm__actions">
        <button ref={keep} type="button" className="cl-button" onClick={onCancel}>
          {t('widget.endConfirmNo')}
        </button>
        <button type="button" className="cl-button cl-button--danger" onClick={onConfirm}>
          {t('widget.endConfirmYes')}
        </button>
      </div>
    </section>
  );
}
