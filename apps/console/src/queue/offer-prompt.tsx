import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAction } from '../actions.ts';
import { ActionButton } from '../shell/action-button.tsx';
import { useActionContext } from '../shell/action-context.ts';
import type { PendingOffer } from '../workspace/console-store.ts';
import { priorityBadge } from './priority.ts';
import { useNow } from './use-now.ts';

/** Whole seconds until a deadline: never below zero, never above the offer's whole time. */
export function secondsLeft(
  deadline: number,
  now: number,
  lifetimeSeconds = Number.POSITIVE_INFINITY,
): number {
  return Math.min(lifetimeSeconds, Math.max(0, Math.ceil((deadline - now) / 1000)));
}

/**
 * Chats offered to this agent, above the waiting list: who, which queue, priority, why, and the
 * seconds left (a visible countdown outside any live region: the arrival is announced once, politely,
 * by the console's status region; focus never moves). Accept opens the chat; Decline takes a reason.
 */
export function OfferPrompt({ offers }: { offers: readonly PendingOffer[] }) {
  return offers.length === 0 ? null : <OfferList offers={offers} />;
}

/** Mounted while there are offers, so its clock starts when they arrive. */
function OfferList({ offers }: { offers: readonly PendingOffer[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const now = useNow(1_000);
  return (
    <section className="cc-offers" aria-labelledby={titleId}>
      <h3 id={titleId} className="cc-offers__title">
        {t('offers.title')}
      </h3>
      <ul className="cc-list">
        {offers.map((o) => (
          <OfferItem key={o.offered.offer.id} pending={o} now={now} />
        ))}
      </ul>
    </section>
  );
}

function OfferItem({ pending, now }: { pending: PendingOffer; now: number }) {
  const { t } = useTranslation();
  const ctx = useActionContext();
  const ids = { reason: useId(), name: useId() };
  const [reason, setReason] = useState('');
  const { offer, conversation, cardmemberName, preview } = pending.offered;
  const id = conversation.id;
  const name = cardmemberName || t('queue.unknownCustomer');
  const badge = priorityBadge(conversation.priority);
  const escalation = offer.kind === 'invite';
  const lifetime = Math.round((Date.parse(offer.expiresAt) - Date.parse(offer.offeredAt)) / 1000);
  const left = secondsLeft(pending.deadline, now, lifetime);
  const decline = getAction('decline-offer');
  const canDecline = decline.isAvailable({ ...ctx, targetId: id });
  return (
    <li className="cc-offer" data-conversation={id} data-offer-kind={offer.kind}>
      <div className="cc-queue-item__top">
        <span id={ids.name} className="cc-queue-item__name">
          {name}
        </span>
        {escalation && <span className="cc-priority cc-priority--raised">{t('offers.escalation')}</span>}
        {badge && (
          <span className={`cc-priority cc-priority--${badge}`} data-priority={conversation.priority}>
            {t(`queue.priority.${badge}`, { priority: conversation.priority })}
          </span>
        )}
        <span className="cc-offer__timer" data-seconds-left={left}>
          {t('offers.secondsLeft', { count: left })}
        </span>
      </div>
      {escalation && <p className="cc-queue-item__reason">{t('offers.escalationHint')}</p>}
      {conversation.routingReason && (
        <p className="cc-queue-item__reason">{t('queue.reason', { reason: conversation.routingReason })}</p>
      )}
      {preview && <p className="cc-queue-item__preview">{preview}</p>}
      <div className="cc-queue-item__bottom">
        <span className="cc-tag">{t('queue.queueName', { queue: conversation.queue })}</span>
        {conversation.card ? (
          <span className="cc-tag">
            {t('conversation.cardLabel', {
              product: conversation.card.productName,
              last4: conversation.card.last4,
            })}
          </span>
        ) : null}
      </div>
      <div className="cc-offer__reason">
        <label htmlFor={ids.reason}>{t('offers.reason')}</label>
        <input
          id={ids.reason}
          value={reason}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="cc-offer__actions">
        <ActionButton
          action="accept-offer"
          targetId={id}
          className="cc-button cc-button--primary cc-button--small"
          ariaLabel={t(escalation ? 'offers.acceptEscalationNamed' : 'offers.acceptNamed', { name })}
        >
          {t('offers.accept')}
        </ActionButton>
        <button
          type="button"
          className="cc-button cc-button--small"
          data-action="decline-offer"
          disabled={!canDecline}
          aria-label={t('offers.declineNamed', { name })}
          onClick={() => void ctx.store.declineOffer(id, reason)}
        >
          {t('offers.decline')}
        </button>
      </div>
    </li>
  );
}
