import { type ReactNode, type RefObject, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../i18n/index.ts';
import { Composer } from '../composer/composer.tsx';
import { type ChatSession, type ChatState, isEnded } from '../state/chat-session.ts';
import { ConnectionBanner } from '../status/connection-banner.tsx';
import { ErrorNotice } from '../status/error-notice.tsx';
import { QueueStatus } from '../status/queue-status.tsx';
import { SensitiveNotice } from '../status/sensitive-notice.tsx';
import { TypingIndicator } from '../status/typing-indicator.tsx';
import { Transcript } from '../transcript/transcript.tsx';
import { ChatHeader } from './chat-header.tsx';
import { EndChatConfirm } from './end-chat-confirm.tsx';
import { RatingForm } from './rating-form.tsx';

interface ChatPanelProps {
  session: ChatSession;
  state: ChatState;
  cardLabel: string;
  visible: boolean;
  composerRef: RefObject<HTMLTextAreaElement | null>;
  onMinimise: () => void;
}

/** A chat an agent had ends with an invitation to rate it (`eventData.ratingInvited` on `resolved`). */
function ratingInvited(state: ChatState): boolean {
  return state.messages.some((m) => m.event === 'resolved' && m.eventData?.ratingInvited === 'true');
}

/** Saves the transcript through the browser's download (a text file, named by the server). */
async function saveTranscript(session: ChatSession): Promise<void> {
  const file = await session.transcriptFile();
  if (!file) return;
  const url = URL.createObjectURL(new Blob([file.text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chat window: a non-modal dialog; Escape minimises it. */
export function ChatPanel({ session, state, cardLabel, visible, composerRef, onMinimise }: ChatPanelProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const ended = isEnded(state.conversation);
  const canEnd = state.conversation !== null && !ended;

  const onRead = useCallback((seq: number) => session.markRead(seq), [session]);
  const focusComposer = () => requestAnimationFrame(() => composerRef.current?.focus());

  let footer: ReactNode;
  if (confirming) {
    footer = (
      <EndChatConfirm
        onCancel={() => {
          setConfirming(false);
          focusComposer();
        }}
        onConfirm={() => {
          setConfirming(false);
          void session.end();
        }}
      />
    );
  } else if (ended) {
    footer = (
      <div className="cl-ended">
        <p>{t('widget.ended')}</p>
        {ratingInvited(state) && <RatingForm onRate={(score, comment) => session.rate(score, comment)} />}
        <button type="button" className="cl-button" onClick={() => void saveTranscript(session)}>
          {t('widget.downloadTranscript')}
        </button>
        <button
          type="button"
          className="cl-button cl-button--primary"
          onClick={() => {
            session.startNew();
            focusComposer();
          }}
        >
          {t('widget.startNew')}
        </button>
      </div>
    );
  } else {
    footer = (
      <Composer
        inputRef={composerRef}
        onSend={(body) => void session.send(body, asUiLanguage(i18n.language))}
        onTyping={(typing) => session.setTyping(typing)}
      />
    );
  }

  return (
    <div
      className="cl-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      hidden={!visible}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !confirming) {
          e.preventDefault();
          onMinimise();
        }
      }}
    >
      <ChatHeader
        titleId={titleId}
        cardLabel={cardLabel}
        canEnd={canEnd && !confirming}
        onMinimise={onMinimise}
        onEnd={() => setConfirming(true)}
      />
      <ConnectionBanner status={state.status} />
      {state.phase === 'loading' ? (
        <p className="cl-loading" role="status">
          {t('widget.loading')}
        </p>
      ) : (
        <Transcript
          messages={state.messages}
          pending={state.pending}
          status={state.conversation?.status ?? null}
          visible={visible}
          onRead={onRead}
          onQuickReply={(option) => {
            void session.send(option.label, asUiLanguage(i18n.language), option.value);
            // The buttons go away once pressed: keep the keyboard in the chat, in the message box.
            focusComposer();
          }}
        />
      )}
      <QueueStatus text={state.queueText} />
      <TypingIndicator name={state.typingName} />
      <SensitiveNotice shown={state.sensitiveRemoved} onDismiss={() => session.dismissSensitiveNotice()} />
      <ErrorNotice code={state.error} onDismiss={() => session.dismissError()} />
      <div className="cl-footer">{footer}</div>
    </div>
  );
}
