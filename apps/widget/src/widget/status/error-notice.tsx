import type { ClientErrorCode } from '@clearline/client';
import { useTranslation } from 'react-i18next';

/** An error in the reader's language, chosen by its code (never the server's English text). */
export function ErrorNotice({ code, onDismiss }: { code: ClientErrorCode | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="cl-error-slot" role="alert">
      {code && (
        <div className="cl-error" data-code={code}>
          <p>{t(`errors.${code}`, { defaultValue: t('errors.generic') })}</p>
          <button type="button" className="cl-button cl-button--small" onClick={onDismiss}>
            {t('widget.dismissError')}
          </button>
        </div>
      )}
    </div>
  );
}
