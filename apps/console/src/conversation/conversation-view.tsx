import { type RefObject, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HandoffSummaryPanel, latestHandoffSummary } from '../handoff/handoff-summary.tsx';
import { ActionButton } from '../shell/action-button.tsx';
import {
  agentsPresent,
  type ComposeMode,
  type ConsoleState,
  type ConsoleStore,
  isEnded,
  isSupervisorRole,
  type Relation,
  relationTo,
} from '../workspace/console-store.ts';
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
  const relation = relationTo(state, conversation);
  const supervisor = isSupervisorRole(state.agent);
  const present = agentsPresent(messages).map((n) =>
    n === state.agent.displayName ? t('conversation.youNamed', { name: n }) : n,
  );
  const modes = composeModes(relation, supervisor);
  const mode = state.modes[id] && modes.includes(state.modes[id]) ? state.modes[id] : modes[0]!;
  return (
    <section className="cc-conversation" aria-labelledby={titleId}>
      <header className="cc-conversation__head">
        <div>
          <h2 id={titleId}>
            {name}
            {relation !== 'handling' && !ended && (
              <span className="cc-relation" data-relation={relation}>
                {t(`conversation.relation.${relation}`)}
              </span>
            )}
          </h2>
          <p className="cc-muted cc-conversation__meta">
            {conversation.card
              ? t('conversation.cardLabel', {
                  product: conversation.card.productName,
                  last4: conversation.card.last4,
                })
              : t('conversation.card', { id: conversation.cardAccountId })}{' '}
            · {t('conversation.language', { language: conversation.language.toUpperCase() })}
          </p>
          {present.length > 0 && !ended && (
            <p className="cc-present" data-present={present.length}>
              {t('conversation.present', { names: present.join(', ') })}
            </p>
          )}
        </div>
        <div className="cc-conversation__actions">
          {ended ? (
            <ActionButton action="close-ended" />
          ) : relation === 'handling' || (relation === 'guest' && supervisor) ? (
            <ActionButton action="resolve" className="cc-button cc-button--danger" />
          ) : null}
        </div>
      </header>
      {!ended && (
        <ConversationTools
          conversation={conversation}
          relation={relation}
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
          mode={mode}
          modes={modes}
          onMode={(m) => store.setMode(id, m)}
          insert={insert}
        />
      )}
    </section>
  );
}

/** Where this agent may write: a silent monitor only to the agents (whisper, note). */
function composeModes(relation: Relation, supervisor: boolean): ComposeMode[] {
  if (relation === 'monitoring') return ['whisper', 'note'];
  return supervisor ? ['reply', 'note', 'whisper'] : ['reply', 'note'];
}
