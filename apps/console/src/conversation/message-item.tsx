import { eventText } from '@clearline/client';
import type { Message } from '@clearline/protocol';
import { useTranslation } from 'react-i18next';

function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
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
          <span>{eventText(message, t)}</span> {time}
        </p>
      </li>
    );
  }
  const mine = message.author.kind === 'agent' && message.author.id === selfId;
  const author =
    message.author.kind === 'assistant'
      ? t('conversation.assistant')
      : mine
        ? t('conversation.you')
        : message.author.displayName;
  return (
    <li className={`cc-msg cc-msg--${mine ? 'self' : message.author.kind}`} data-seq={message.seq}>
      <p className="cc-msg__meta">
        <span className="cc-msg__author">{author}</span> {time}
      </p>
      <p className="cc-msg__body">{message.body}</p>
    </li>
  );
}
