import type { Message } from '@clearline/protocol';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingReply } from '../workspace/console-store.ts';
import { MessageItem } from './message-item.tsx';

interface TranscriptProps {
  label: string;
  messages: readonly Message[];
  pending: readonly PendingReply[];
  selfId: string;
  onRead: (seq: number) => void;
}

/** The active conversation as a `role="log"`; what has been on screen is marked read. */
export function ConversationTranscript({ label, messages, pending, selfId, onRead }: TranscriptProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const lastSeq = messages.at(-1)?.seq ?? 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when content grows.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length, pending.length]);

  useEffect(() => {
    if (lastSeq > 0 && document.visibilityState === 'visible') onRead(lastSeq);
  }, [lastSeq, onRead]);

  return (
    <div
      ref={scroller}
      className="cc-transcript"
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling log must be reachable by keyboard.
      tabIndex={0}
    >
      <ol className="cc-messages">
        {messages.map((m) => (
          <MessageItem key={m.id} message={m} selfId={selfId} />
        ))}
        {pending.map((p) => (
          <li key={p.localId} className="cc-msg cc-msg--self cc-msg--pending">
            <p className="cc-msg__meta">
              <span className="cc-msg__author">{t('conversation.you')}</span>{' '}
              <span className="cc-msg__time">{t('conversation.sending')}</span>
            </p>
            <p className="cc-msg__body">{p.body}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
