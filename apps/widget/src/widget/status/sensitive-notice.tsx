import { useTranslation } from 'react-i18next';

/** Tells the customer, politely and in their language, that a secret was removed from their message and why. */
export function SensitiveNotice({ shown, onDismiss }: { shown: boolean; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="cl-error-slot" role="status">
      {shown && (
        <div className="cl-error cl-notice" data-testid="sensitive-notice">
          <p>{t('widget.sensitiveRemoved')}</p>
          <button type="button" className="cl-button cl-button--small" onClick={onDismiss}>
            {t('widget.dismissError')}
          </button>
        </div>
      )}
    </div>
  );
}
