import { eventText } from '@clearline/client';
import type { Message } from '@clearline/protocol';
import { useTranslation } from 'react-i18next';
import { formatTime } from './format-time.ts';

function authorLabel(message: Message, t: (key: string) => string): string {
  switch (message.author.kind) {
    case 'customer':
      return t('widget.you');
    case 'assistant':
      return t('widget.assistant');
    case 'agent':
      return message.author.displayName || t('widget.agentFallback');
    case 'system':
      return t('widget.system');
  }
}

export function MessageItem({ message }: { message: Message }) {
  const { t, i18n } = useTranslation();
  const time = (
    <time className="cl-msg__time" dateTime={message.createdAt}>
      {formatTime(message.createdAt, i18n.language)}
    </time>
  );
  if (message.kind === 'event') {
    return (
      <li className="cl-msg cl-msg--system" data-seq={message.seq} data-event={message.event ?? undefined}>
        <p className="cl-msg__event">
          <span>{eventText(message, t)}</span> {time}
        </p>
      </li>
    );
  }
  return (
    <li className={`cl-msg cl-msg--${message.author.kind}`} data-seq={message.seq}>
      <p className="cl-msg__meta">
        <span className="cl-msg__author">{authorLabel(message, t)}</span> {time}
      </p>
      <p className="cl-msg__body">{message.body}</p>
    </li>
  );
}
