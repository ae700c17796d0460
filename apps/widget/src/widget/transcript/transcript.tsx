import type { ConversationStatus, Message, QuickReplyOption } from '@clearline/protocol';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingMessage } from '../state/chat-session.ts';
import { activePrompt, isShownToCustomer } from './message-content.ts';
import { MessageItem } from './message-item.tsx';
import { PendingItem } from './pending-item.tsx';
import { useMarkRead } from './use-mark-read.ts';

interface TranscriptProps {
  messages: readonly Message[];
  pending: readonly PendingMessage[];
  /** The conversation's status (null before one is open): quick replies work while the assistant answers. */
  status: ConversationStatus | null;
  visible: boolean;
  onRead: (seq: number) => void;
  onQuickReply: (option: QuickReplyOption) => void;
}

/** The conversation as a `role="log"` live region: new messages are announced without moving focus. */
export function Transcript({ messages, pending, status, visible, onRead, onQuickReply }: TranscriptProps) {
  const { t } = useTranslation();
  const shown = messages.filter(isShownToCustomer);
  const prompt = activePrompt(shown, status, pending.length > 0);
  const scroller = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const lastSeq = messages.at(-1)?.seq ?? 0;

  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (el) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
  }, []);

  // Follow the newest message unless the reader scrolled up to read older ones.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the content grows.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [messages.length, pending.length, prompt?.seq]);

  useEffect(() => {
    if (visible && scroller.current) scroller.current.scrollTop = scroller.current.scrollHeight;
  }, [visible]);

  useMarkRead(scroller, lastSeq, visible, onRead);

  return (
    <div
      ref={scroller}
      className="cl-transcript"
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label={t('widget.transcriptLabel')}
      // The log scrolls: keyboard users need to be able to reach it to scroll.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be focusable (WCAG 2.1.1).
      tabIndex={0}
      onScroll={onScroll}
    >
      <p className="cl-welcome">{t('widget.welcome')}</p>
      <ol className="cl-messages">
        {shown.map((m) => (
          <MessageItem
            key={m.id}
            message={m}
            quickReplies={m.seq === prompt?.seq ? prompt.options : null}
            onQuickReply={onQuickReply}
          />
        ))}
        {pending.map((p) => (
          <PendingItem key={p.localId} message={p} />
        ))}
      </ol>
    </div>
  );
}
