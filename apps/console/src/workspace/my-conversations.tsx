import type { Conversation } from '@clearline/protocol';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isEnded } from './console-store.ts';

interface MyConversationsProps {
  conversations: readonly Conversation[];
  activeId: string | null;
  names: Readonly<Record<string, string>>;
  unread: Readonly<Record<string, number>>;
  onSelect: (id: string) => void;
}

export function MyConversations({ conversations, activeId, names, unread, onSelect }: MyConversationsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <nav className="cc-panel cc-mine" aria-labelledby={titleId}>
      <div className="cc-panel__head">
        <h2 id={titleId}>{t('mine.title')}</h2>
      </div>
      {conversations.length === 0 ? (
        <p className="cc-muted cc-empty">{t('mine.empty')}</p>
      ) : (
        <ul className="cc-list">
          {conversations.map((c) => {
            const ended = isEnded(c);
            const count = unread[c.id] ?? 0;
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className="cc-mine-item"
                  aria-current={c.id === activeId ? 'true' : undefined}
                  data-conversation={c.id}
                  onClick={() => onSelect(c.id)}
                >
                  <span className="cc-mine-item__name">{names[c.id] ?? t('queue.unknownCustomer')}</span>
                  <span className="cc-mine-item__meta">
                    <span className={`cc-state cc-state--${ended ? 'ended' : c.status}`}>
                      {ended ? t('mine.ended') : c.status === 'on_hold' ? t('mine.onHold') : t('mine.active')}
                    </span>
                    {count > 0 && <span className="cc-badge">{t('mine.unread', { count })}</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
