import type { ConnectionStatus } from '@clearline/client';
import { useTranslation } from 'react-i18next';

/**
 * Always-present status region (so it is announced when it fills): says when the connection is lost
 * and that messages will be delivered on reconnect.
 */
export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  const text = status === 'reconnecting' ? t('widget.reconnecting') : '';
  return (
    <div className="cl-banner" role="status" data-visible={text !== ''} data-testid="reconnect-banner">
      {text}
    </div>
  );
}
