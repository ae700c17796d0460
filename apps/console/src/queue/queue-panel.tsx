import type { QueueItem } from '@clearline/protocol';
import { type RefObject, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from '../shell/action-button.tsx';
import type { PendingOffer } from '../workspace/console-store.ts';
import { OfferPrompt } from './offer-prompt.tsx';
import { priorityBadge } from './priority.ts';
import { useNow } from './use-now.ts';
import { formatWaiting } from './waiting-time.ts';

/** The live waiting list: who, how long, what they wrote last; one Accept per customer. */
export function QueuePanel({
  items,
  offers,
  headingRef,
}: {
  items: readonly QueueItem[];
  /** Chats offered to this agent: shown first, above the waiting list. */
  offers: readonly PendingOffer[];
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const titleId = useId();
  return (
    <section className="cc-panel cc-queue" aria-labelledby={titleId}>
      <div className="cc-panel__head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('queue.title')}
        </h2>
        <span className="cc-count" role="status">
          {t('queue.count', { count: items.length })}
        </span>
      </div>
      <OfferPrompt offers={offers} />
      {items.length === 0 ? (
        <p className="cc-muted cc-empty">{t('queue.empty')}</p>
      ) : (
        <ul className="cc-list">
          {items.map((item) => {
            const name = item.cardmemberName || t('queue.unknownCustomer');
            const { priority, routingReason } = item.conversation;
            const badge = priorityBadge(priority);
            return (
              <li
                key={item.conversation.id}
                className="cc-queue-item"
                data-conversation={item.conversation.id}
              >
                <div className="cc-queue-item__top">
                  <span className="cc-queue-item__name">{name}</span>
                  {badge && (
                    <span className={`cc-priority cc-priority--${badge}`} data-priority={priority}>
                      {t(`queue.priority.${badge}`, { priority })}
                    </span>
                  )}
                  <span className="cc-queue-item__wait">
                    {t('queue.waiting', { time: formatWaiting(item.waitingSince, now, (k, o) => t(k, o)) })}
                  </span>
                </div>
                {routingReason && (
                  <p className="cc-queue-item__reason">{t('queue.reason', { reason: routingReason })}</p>
                )}
                <p className="cc-queue-item__preview">{item.preview || t('queue.noPreview')}</p>
                <div className="cc-queue-item__bottom">
                  <span className="cc-tag">{t('queue.queueName', { queue: item.conversation.queue })}</span>
                  {item.conversation.card ? (
                    <span className="cc-tag">
                      {t('conversation.cardLabel', {
                        product: item.conversation.card.productName,
                        last4: item.conversation.card.last4,
                      })}
                    </span>
                  ) : null}
                  <ActionButton
                    action="accept"
                    targetId={item.conversation.id}
                    className="cc-button cc-button--primary cc-button--small"
                    ariaLabel={t('queue.acceptNamed', { name })}
                  >
                    {t('queue.accept')}
                  </ActionButton>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
