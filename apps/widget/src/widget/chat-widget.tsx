import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../i18n/index.ts';
import { Launcher } from './launcher/launcher.tsx';
import { ChatPanel } from './panel/chat-panel.tsx';
import { ChatSession } from './state/chat-session.ts';
import { useChatState } from './state/use-chat-state.ts';
import { isNewForCustomer } from './transcript/message-content.ts';
import './widget.css';

export interface ChatWidgetProps {
  /** Clearline server origin. */
  url: string;
  cardAccountId: string;
  /** Shown in the header: "Platinum Card ending in 0086". */
  cardLabel: string;
  /** The host site's way to get a (fresh) customer token; the widget keeps it in memory only. */
  token: () => Promise<string>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * The embeddable chat: a launcher and a panel bound to one card account. Mounting it connects and
 * re-follows the open conversation on that card; minimising keeps the connection.
 */
export function ChatWidget(props: ChatWidgetProps) {
  const { url, cardAccountId, token } = props;
  const [session, setSession] = useState<ChatSession | null>(null);
  const tokenRef = useRef(token);
  tokenRef.current = token;

  useEffect(() => {
    const s = new ChatSession({ url, cardAccountId, token: () => tokenRef.current() });
    setSession(s);
    void s.open();
    return () => {
      s.close();
      setSession(null);
    };
  }, [url, cardAccountId]);

  return session ? <ChatWidgetView {...props} session={session} /> : null;
}

function ChatWidgetView({
  session,
  cardLabel,
  open,
  onOpenChange,
}: ChatWidgetProps & { session: ChatSession }) {
  const { i18n } = useTranslation();
  const state = useChatState(session);
  const launcher = useRef<HTMLButtonElement>(null);
  const composer = useRef<HTMLTextAreaElement>(null);
  const [seenSeq, setSeenSeq] = useState(0);
  const lastSeq = state.messages.at(-1)?.seq ?? 0;
  const wasOpen = useRef(open);

  useEffect(() => {
    if (open) setSeenSeq(lastSeq);
  }, [open, lastSeq]);

  // Opening moves focus into the composer; minimising returns it to the launcher.
  useEffect(() => {
    if (open && !wasOpen.current) requestAnimationFrame(() => composer.current?.focus());
    if (!open && wasOpen.current) requestAnimationFrame(() => launcher.current?.focus());
    wasOpen.current = open;
  }, [open]);
  useEffect(() => {
    if (open && state.phase === 'ready') composer.current?.focus();
  }, [open, state.phase]);

  // The assistant answers first: opening the chat without a conversation on this card starts one,
  // in the language the customer reads, so its greeting and suggestions appear.
  const noConversation = state.conversation === null;
  useEffect(() => {
    if (open && state.phase === 'ready' && noConversation) void session.begin(asUiLanguage(i18n.language));
  }, [open, state.phase, noConversation, session, i18n]);

  const unread = state.messages.filter((m) => m.seq > seenSeq && isNewForCustomer(m)).length;

  return (
    <div className="cl-widget">
      {!open && <Launcher ref={launcher} unread={unread} onOpen={() => onOpenChange(true)} />}
      <ChatPanel
        session={session}
        state={state}
        cardLabel={cardLabel}
        visible={open}
        composerRef={composer}
        onMinimise={() => onOpenChange(false)}
      />
    </div>
  );
}
