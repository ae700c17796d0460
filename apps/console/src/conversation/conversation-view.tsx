import { type RefObject, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HandoffSummaryPanel, latestHandoffSummary } from '../handoff/handoff-summary.tsx';
import { ActionButton } from '../shell/action-button.tsx';
import { type ConsoleState, type ConsoleStore, isEnded } from '../workspace/console-store.ts';
import { ConversationTools } from './conversation-tools.tsx';
import { ConversationTranscript } from './conversation-transcript.tsx';
import { ReplyComposer } from './reply-composer.tsx';

interface ConversationViewProps {
  state: ConsoleState;
  store: ConsoleStore;
  composerRef: RefObject<HTMLTextAreaElement | null>;
}

/** The active conversation: who and which card, the transcript, typing, the reply box, End chat. */
export function ConversationView({ state, store, composerRef }: ConversationViewProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const conversation = state.mine.find((c) => c.id === state.activeId);
  const id = conversation?.id ?? '';
  const onRead = useCallback((seq: number) => store.markRead(id, seq), [store, id]);
  const [insert, setInsert] = useState<{ text: string } | null>(null);

  if (!conversation) {
    return (
      <section className="cc-conversation cc-conversation--empty" aria-labelledby={titleId}>
        <h2 id={titleId} className="cc-visually-hidden">
          {t('mine.title')}
        </h2>
        <p className="cc-muted">{t('conversation.empty')}</p>
      </section>
    );
  }

  const name = state.names[id] ?? t('queue.unknownCustomer');
  const ended = isEnded(conversation);
  const typing = state.typing[id];
  const messages = state.messages[id] ?? [];
  const summary = latestHandoffSummary(messages);
  return (
    <section className="cc-conversation" aria-labelledby={titleId}>
      <header className="cc-conversation__head">
        <div>
          <h2 id={titleId}>{name}</h2>
          <p className="cc-muted cc-conversation__meta">
            {conversation.card
              ? t('conversation.cardLabel', {
                  product: conversation.card.productName,
                  last4: conversation.card.last4,
                })
              : t('conversation.card', { id: conversation.cardAccountId })}{' '}
            · {t('conversation.language', { language: conversation.language.toUpperCase() })}
          </p>
        </div>
        <div className="cc-conversation__actions">
          {ended ? (
            <ActionButton action="close-ended" />
          ) : (
            <ActionButton action="resolve" className="cc-button cc-button--danger" />
          )}
        </div>
      </header>
      {!ended && (
        <ConversationTools
          conversation={conversation}
          state={state}
          store={store}
          onInsert={(text) => setInsert({ text })}
        />
      )}
      {summary && <HandoffSummaryPanel summary={summary} />}
      <ConversationTranscript
        label={t('conversation.transcript', { name })}
        messages={messages}
        pending={state.pending.filter((p) => p.conversationId === id)}
        selfId={state.agent.id}
        onRead={onRead}
      />
      <div className="cc-typing" role="status">
        {typing ? t('conversation.typing', { name: typing }) : ''}
      </div>
      {ended ? (
        <p className="cc-ended" role="status">
          {t('conversation.ended')}
        </p>
      ) : (
        <ReplyComposer
          key={id}
          customerName={name}
          inputRef={composerRef}
          onSend={(body) => void store.send(id, body)}
          onTyping={(on) => store.setTyping(id, on)}
          mode={state.modes[id] ?? 'reply'}
          modes={state.agent.role === 'agent' ? ['reply', 'note'] : ['reply', 'note', 'whisper']}
          onMode={(m) => store.setMode(id, m)}
          insert={insert}
        />
      )}
    </section>
  );
}
