import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatIcon } from '../panel/icons.tsx';

/** The floating button that opens the chat; it says how many new messages wait while minimised. */
export const Launcher = forwardRef<HTMLButtonElement, { unread: number; onOpen: () => void }>(
  function Launcher({ unread, onOpen }, ref) {
    const { t } = useTranslation();
    return (
      <button
        ref={ref}
        type="button"
        className="cl-launcher"
        aria-haspopup="dialog"
        aria-label={unread > 0 ? t('widget.launcherUnread', { count: unread }) : undefined}
        onClick={onOpen}
      >
        <ChatIcon />
        <span>{t('widget.launcher')}</span>
        {unread > 0 && (
          <span className="cl-launcher__badge" aria-hidden="true">
            {unread}
          </span>
        )}
      </button>
    );
  },
);
