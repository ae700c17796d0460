import { eventText } from '@clearline/client';
import type { Message, QuickReplyOption } from '@clearline/protocol';
import type { TFunction } from 'i18next';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from './format-time.ts';
import { splitCitation, splitReference } from './message-content.ts';
import { QuickReplies } from './quick-replies.tsx';

function authorLabel(message: Message, t: TFunction): string {
  switch (message.author.kind) {
    case 'customer':
      return t('widget.you');
    case 'assistant':
      return t('widget.assistantName');
    case 'agent':
      return message.author.displayName || t('widget.agentFallback');
    case 'system':
      return t('widget.system');
  }
}

/** The body, with a reference number made to stand out and a citation shown apart. */
function Body({ message, t }: { message: Message; t: TFunction }) {
  const payload = message.payload;
  if (payload?.type === 'citation') {
    const { text, citation } = splitCitation(message.body, payload.title);
    return (
      <>
        <p className="cl-msg__body">{text}</p>
        <p className="cl-msg__citation" data-article={payload.articleId}>
          <BookIcon /> {citation ?? t('widget.helpCenter', { title: payload.title })}
        </p>
      </>
    );
  }
  if (payload?.type === 'reference') {
    const parts = splitReference(message.body, payload.reference);
    const inline = parts.some((p) => p.reference);
    return (
      <>
        <p className="cl-msg__body">
          {parts.map((p) =>
            p.reference ? (
              <strong key={p.start} className="cl-ref" data-reference={p.text}>
                {p.text}
              </strong>
            ) : (
              <Fragment key={p.start}>{p.text}</Fragment>
            ),
          )}
        </p>
        {!inline && (
          <p className="cl-msg__citation">
            {t('widget.reference')}{' '}
            <strong className="cl-ref" data-reference={payload.reference}>
              {payload.reference}
            </strong>
          </p>
        )}
      </>
    );
  }
  if (payload?.type === 'upload_link') {
    // A secure upload link for a case: a real link (opened in a new tab, so the chat stays open).
    return (
      <>
        <p className="cl-msg__body">{message.body}</p>
        <p className="cl-msg__citation">
          <a
            href={payload.url}
            target="_blank"
            rel="noopener noreferrer"
            data-upload-link={payload.caseReference}
          >
            {t('widget.uploadLink', { reference: payload.caseReference })}
          </a>
        </p>
      </>
    );
  }
  return <p className="cl-msg__body">{message.body}</p>;
}

function BookIcon() {
  return (
    <svg
      className="cl-msg__icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        fill="currentColor"
        d="M6 2h11a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm1 3v14h10V5H7zm2 2h6v2H9V7z"
      />
    </svg>
  );
}

interface MessageItemProps {
  message: Message;
  /** The options to offer under this message (only the latest unanswered prompt has them). */
  quickReplies?: readonly QuickReplyOption[] | null;
  onQuickReply?: (option: QuickReplyOption) => void;
}

export function MessageItem({ message, quickReplies, onQuickReply }: MessageItemProps) {
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
  if (message.payload?.type === 'chat_summary') {
    // The end-of-chat summary: a block of its own, kept readable (left-aligned, full size).
    return (
      <li className="cl-msg cl-msg--summary" data-seq={message.seq} data-kind="chat_summary">
        <p className="cl-msg__meta">
          <span className="cl-msg__author">{message.payload.subject}</span> {time}
        </p>
        <p className="cl-msg__body">{message.body}</p>
      </li>
    );
  }
  const assistant = message.author.kind === 'assistant';
  let extra: ReactNode = null;
  if (quickReplies && quickReplies.length > 0 && onQuickReply) {
    extra = <QuickReplies options={quickReplies} onChoose={onQuickReply} />;
  }
  return (
    <li
      className={`cl-msg cl-msg--${message.author.kind}`}
      data-seq={message.seq}
      data-kind={message.kind}
      data-quick-reply={message.quickReply ?? undefined}
    >
      <p className="cl-msg__meta">
        <span className="cl-msg__author">{authorLabel(message, t)}</span>
        {assistant && <span className="cl-msg__badge">{t('widget.assistantBadge')}</span>} {time}
      </p>
      <Body message={message} t={t} />
      {extra}
    </li>
  );
}
