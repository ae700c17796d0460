import { useTranslation } from 'react-i18next';
import type { PendingMessage } from '../state/chat-session.ts';

/** A message on its way: shown at once, marked "sending…" until the server acknowledges it. */
export function PendingItem({ message }: { message: PendingMessage }) {
  const { t } = useTranslation();
  return (
    <li className="cl-msg cl-msg--customer cl-msg--pending" data-pending="true">
      <p className="cl-msg__meta">
        <span className="cl-msg__author">{t('widget.you')}</span>{' '}
        <span className="cl-msg__time">{t('widget.sending')}</span>
      </p>
      <p className="cl-msg__body">{message.body}</p>
    </li>
  );
}
