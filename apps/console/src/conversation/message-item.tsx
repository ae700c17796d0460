import { eventText } from '@clearline/client';
import type { Message } from '@clearline/protocol';
import { useTranslation } from 'react-i18next';

function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** Agent-only routing events with the agent's name (and a decline's reason), in the console's language. */
function agentEventText(message: Message, t: (key: string, o?: Record<string, unknown>) => string) {
  const name = message.eventData?.agentName;
  const reason = message.eventData?.reason;
  switch (message.event) {
    case 'escalated':
      return name ? t('events.escalated_named', { name }) : t('events.escalated');
    case 'offer_declined':
      if (name && reason) return t('events.offer_declined_reason', { name, reason });
      return name ? t('events.offer_declined_named', { name }) : t('events.offer_declined');
    case 'offer_expired':
      return name ? t('events.offer_expired_named', { name }) : t('events.offer_expired');
    case 'rated':
      return message.eventData?.score ? t('events.rated', { score: message.eventData.score }) : null;
    default:
      return null;
  }
}

export function MessageItem({ message, selfId }: { message: Message; selfId: string }) {
  const { t, i18n } = useTranslation();
  const time = (
    <time className="cc-msg__time" dateTime={message.createdAt}>
      {formatTime(message.createdAt, i18n.language)}
    </time>
  );
  if (message.kind === 'event') {
    return (
      <li className="cc-msg cc-msg--system" data-seq={message.seq} data-event={message.event ?? undefined}>
        <p>
          <span>{agentEventText(message, t) ?? eventText(message, t)}</span> {time}
        </p>
      </li>
    );
  }
  if (message.kind === 'withheld') return null;
  if (message.kind === 'handoff_summary') {
    // Shown in full as the panel at the top; here only where it happened.
    return (
      <li className="cc-msg cc-msg--system" data-seq={message.seq} data-kind="handoff_summary">
        <p>
          <span>{t('conversation.handoffMarker')}</span> {time}
        </p>
      </li>
    );
  }
  const mine = message.author.kind === 'agent' && message.author.id === selfId;
  if (message.kind === 'note' || message.kind === 'whisper') {
    return (
      <li className={`cc-msg cc-msg--${message.kind}`} data-seq={message.seq} data-kind={message.kind}>
        <p className="cc-msg__meta">
          <span className="cc-msg__author">{mine ? t('conversation.you') : message.author.displayName}</span>
          <span className="cc-msg__badge">
            {message.kind === 'note' ? t('conversation.noteBadge') : t('conversation.whisperBadge')}
          </span>{' '}
          {time}
        </p>
        <p className="cc-msg__body">{message.body}</p>
      </li>
    );
  }
  const assistant = message.author.kind === 'assistant';
  const author = assistant
    ? t('conversation.assistantName')
    : mine
      ? t('conversation.you')
      : message.author.displayName;
  const options = message.payload?.type === 'quick_replies' ? message.payload.options : [];
  const cited = message.payload?.type === 'citation' ? message.payload.title : null;
  const reference = message.payload?.type === 'reference' ? message.payload.reference : null;
  return (
    <li
      className={`cc-msg cc-msg--${mine ? 'self' : message.author.kind}`}
      data-seq={message.seq}
      data-kind={message.kind}
      data-quick-reply={message.quickReply ?? undefined}
    >
      <p className="cc-msg__meta">
        <span className="cc-msg__author">{author}</span>
        {assistant && <span className="cc-msg__badge">{t('conversation.assistant')}</span>} {time}
      </p>
      <p className="cc-msg__body">{message.body}</p>
      {options.length > 0 && (
        <p className="cc-msg__extra">
          {t('conversation.offered', { options: options.map((o) => o.label).join(' · ') })}
        </p>
      )}
      {message.quickReply && <p className="cc-msg__extra">{t('conversation.chosen')}</p>}
      {cited && <p className="cc-msg__extra">{t('conversation.cited', { title: cited })}</p>}
      {reference && (
        <p className="cc-msg__extra">
          {t('conversation.reference')} <strong className="cc-ref">{reference}</strong>
        </p>
      )}
    </li>
  );
}
