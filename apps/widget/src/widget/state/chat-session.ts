import {
  ClearlineError,
  type ClientErrorCode,
  type ConnectionStatus,
  CustomerClient,
} from '@clearline/client';
import type { Conversation, Language, Message } from '@clearline/protocol';
import { isShownToCustomer } from '../transcript/message-content.ts';

/** A message the customer sent that the server has not acknowledged yet. */
export interface PendingMessage {
  localId: string;
  body: string;
  createdAt: string;
}

export interface ChatState {
  status: ConnectionStatus;
  /** `loading` until connected and any open conversation on this card has been re-followed. */
  phase: 'loading' | 'ready';
  conversation: Conversation | null;
  messages: readonly Message[];
  pending: readonly PendingMessage[];
  /** Display name of the agent who is typing now, if any. */
  typingName: string | null;
  error: ClientErrorCode | null;
  /** Set when the server removed a card number or another secret from the customer's last message. */
  sensitiveRemoved: boolean;
  /** While waiting for an agent: the place in line and estimated wait, as one sentence from the server. */
  queueText: string | null;
}

export interface ChatSessionOptions {
  url: string;
  cardAccountId: string;
  token: () => Promise<string>;
}

const TERMINAL: ReadonlySet<Conversation['status']> = new Set(['resolved', 'abandoned']);
const TYPING_TIMEOUT_MS = 8_000;

export function isEnded(conversation: Conversation | null): boolean {
  return conversation !== null && TERMINAL.has(conversation.status);
}

function errorCode(err: unknown): ClientErrorCode {
  return err instanceof ClearlineError ? err.code : 'INTERNAL';
}

let localIds = 0;

/**
 * The widget's state outside React: one CustomerClient bound to one card account. Components read
 * it with useSyncExternalStore; every change replaces the state object.
 */
export class ChatSession {
  readonly #client: CustomerClient;
  readonly #cardAccountId: string;
  readonly #listeners = new Set<() => void>();
  readonly #unsubscribe: Array<() => void> = [];
  #state: ChatState = {
    status: 'idle',
    phase: 'loading',
    conversation: null,
    messages: [],
    pending: [],
    typingName: null,
    error: null,
    sensitiveRemoved: false,
    queueText: null,
  };
  #starting: Promise<Conversation> | null = null;
  /** The chat was opened on this card without a conversation and one was started for the greeting. */
  #begun = false;
  #readSeq = 0;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ChatSessionOptions) {
    this.#cardAccountId = options.cardAccountId;
    this.#client = new CustomerClient({ url: options.url, token: options.token });
    const c = this.#client;
    this.#unsubscribe.push(
      c.on('status', (status) => this.#set({ status })),
      c.on('message', (m) => this.#onMessage(m)),
      c.on('conversation', (conversation) => {
        if (conversation.id !== this.#state.conversation?.id) return;
        this.#set(conversation.status === 'queued' ? { conversation } : { conversation, queueText: null });
      }),
      c.on('queuePosition', (q) => {
        if (
          q.conversationId === this.#state.conversation?.id &&
          this.#state.conversation?.status !== 'assigned'
        ) {
          this.#set({ queueText: q.text });
        }
      }),
      c.on('typing', (t) => {
        if (t.conversationId !== this.#state.conversation?.id || t.who === 'customer') return;
        this.#setTyping(t.typing ? t.displayName : null);
      }),
      c.on('sessionEnded', (info) =>
        this.#set({ error: info.reason === 'expired' ? 'TOKEN_EXPIRED' : 'UNAUTHENTICATED' }),
      ),
      c.on('authError', (err) => this.#set({ error: err.code })),
    );
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getState = (): ChatState => this.#state;

  /** Connects and re-follows the open conversation on this card, if there is one. */
  async open(): Promise<void> {
    try {
      await this.#client.connect();
      const open = (await this.#client.listConversations()).find(
        (c) => c.cardAccountId === this.#cardAccountId && !TERMINAL.has(c.status),
      );
      if (open) this.#adopt(await this.#client.follow(open.id));
    } catch (err) {
      this.#set({ error: errorCode(err) });
    } finally {
      this.#set({ phase: 'ready', status: this.#client.status });
    }
  }

  /**
   * Opens a conversation when the customer opens the chat and none is open on this card, so the
   * assistant can greet them with its suggestions. Once per card session (a failure is shown and the
   * next message tries again); "Start a new chat" allows it again.
   */
  async begin(language: Language): Promise<void> {
    if (this.#begun || this.#state.conversation || this.#state.phase !== 'ready') return;
    this.#begun = true;
    try {
      await this.#ensureConversation(language);
    } catch (err) {
      this.#set({ error: errorCode(err) });
    }
  }

  /**
   * Sends a message, opening a conversation first when there is none (or the last one ended). A
   * quick-reply answer sends the option's label as the text and its value as `quickReply`.
   */
  async send(body: string, language: Language, quickReply?: string): Promise<void> {
    const pending: PendingMessage = {
      localId: `local-${++localIds}`,
      body,
      createdAt: new Date().toISOString(),
    };
    this.#set({ pending: [...this.#state.pending, pending], error: null });
    try {
      const conversation = await this.#ensureConversation(language);
      const stored = await this.#client.send(conversation.id, body, quickReply ? { quickReply } : {});
      // The server stores only the redacted text: a difference means a secret was taken out.
      if (stored.body !== body) this.#set({ sensitiveRemoved: true });
    } catch (err) {
      this.#set({ error: errorCode(err) });
    } finally {
      this.#set({ pending: this.#state.pending.filter((p) => p.localId !== pending.localId) });
    }
  }

  async end(): Promise<void> {
    const conversation = this.#state.conversation;
    if (!conversation || TERMINAL.has(conversation.status)) return;
    try {
      this.#set({ conversation: await this.#client.endConversation(conversation.id) });
    } catch (err) {
      this.#set({ error: errorCode(err) });
    }
  }

  /** The transcript of the current conversation as a text file (null after an error, shown as usual). */
  async transcriptFile(): Promise<{ fileName: string; text: string } | null> {
    const conversation = this.#state.conversation;
    if (!conversation) return null;
    try {
      return await this.#client.transcriptFile(conversation.id);
    } catch (err) {
      this.#set({ error: errorCode(err) });
      return null;
    }
  }

  /** Rates the ended conversation (once); false after an error, which is shown as usual. */
  async rate(score: number, comment: string): Promise<boolean> {
    const conversation = this.#state.conversation;
    if (!conversation) return false;
    try {
      await this.#client.rate(conversation.id, score, comment || undefined);
      return true;
    } catch (err) {
      this.#set({ error: errorCode(err) });
      return false;
    }
  }

  /** Leaves an ended conversation behind: the next message opens a new one. */
  startNew(): void {
    const old = this.#state.conversation;
    if (old) this.#client.unfollow(old.id);
    this.#readSeq = 0;
    this.#begun = false;
    this.#set({ conversation: null, messages: [], typingName: null, error: null });
  }

  setTyping(typing: boolean): void {
    const id = this.#state.conversation?.id;
    if (id && !TERMINAL.has(this.#state.conversation!.status)) void this.#client.setTyping(id, typing);
  }

  /** Moves the read cursor to `seq` (never back). */
  markRead(seq: number): void {
    const id = this.#state.conversation?.id;
    if (!id || seq <= this.#readSeq || !this.#client.connected) return;
    this.#readSeq = seq;
    this.#client.markRead(id, seq).catch(() => {
      this.#readSeq = Math.min(this.#readSeq, seq - 1);
    });
  }

  dismissError(): void {
    this.#set({ error: null });
  }

  dismissSensitiveNotice(): void {
    this.#set({ sensitiveRemoved: false });
  }

  close(): void {
    clearTimeout(this.#typingTimer);
    for (const off of this.#unsubscribe.splice(0)) off();
    this.#listeners.clear();
    this.#client.close();
  }

  /* ---------- internals ---------- */

  async #ensureConversation(language: Language): Promise<Conversation> {
    const current = this.#state.conversation;
    if (current && !TERMINAL.has(current.status)) return current;
    this.#starting ??= (async () => {
      try {
        if (current) this.startNew();
        await this.#whenConnected();
        const conversation = await this.#client.startConversation({
          cardAccountId: this.#cardAccountId,
          language,
        });
        this.#adopt(conversation);
        return conversation;
      } finally {
        this.#starting = null;
      }
    })();
    return this.#starting;
  }

  #adopt(conversation: Conversation): void {
    this.#set({ conversation, messages: this.#shown(conversation.id) });
  }

  /** The conversation's messages a customer may see (the SDK already leaves withheld stubs out). */
  #shown(conversationId: string): Message[] {
    return this.#client.messages(conversationId).filter(isShownToCustomer);
  }

  #whenConnected(): Promise<void> {
    if (this.#client.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const off = this.#client.on('status', (status) => {
        if (status === 'connected') {
          off();
          resolve();
        } else if (status === 'closed') {
          off();
          reject(new ClearlineError('CLOSED', 'The chat was closed.'));
        }
      });
    });
  }

  #onMessage(m: Message): void {
    if (m.conversationId !== this.#state.conversation?.id) return;
    const typingName = m.author.kind === 'agent' ? null : this.#state.typingName;
    this.#set({ messages: this.#shown(m.conversationId), typingName });
  }

  #setTyping(name: string | null): void {
    clearTimeout(this.#typingTimer);
    if (name) this.#typingTimer = setTimeout(() => this.#set({ typingName: null }), TYPING_TIMEOUT_MS);
    this.#set({ typingName: name });
  }

  #set(patch: Partial<ChatState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of [...this.#listeners]) listener();
  }
}
