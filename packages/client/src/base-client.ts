import type {
  Ack,
  ClientMessageId,
  Conversation,
  ConversationId,
  HistoryResult,
  JoinResult,
  Message,
  Receipt,
  SessionEnded,
  TypingUpdated,
} from '@clearline/protocol';
import { io, type Socket } from 'socket.io-client';
import { Emitter } from './emitter.ts';
import { ClearlineError, isRetryable } from './errors.ts';
import { Timeline } from './timeline.ts';

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface BaseEvents {
  /** A message to display: each seq exactly once per conversation, in order. */
  message: (message: Message) => void;
  conversation: (conversation: Conversation) => void;
  typing: (typing: TypingUpdated) => void;
  receipt: (receipt: Receipt) => void;
  status: (status: ConnectionStatus) => void;
  /** The server ended the session (token revoked or expired, logged out). */
  sessionEnded: (info: SessionEnded) => void;
  /** The outbox of a conversation changed: what is written but not yet stored, in order. */
  outbox: (conversationId: string, pending: readonly PendingMessage[]) => void;
  /** A connection attempt was refused (e.g. TOKEN_EXPIRED); reconnection stops unless a new token can be had. */
  authError: (error: ClearlineError) => void;
}

/** A message written but not yet acknowledged by the server (shown as "sending…"). */
export interface PendingMessage {
  clientMessageId: string;
  body: string;
}

export interface BaseClientOptions {
  /** Server origin, e.g. `https://chat.issuer.example` (no path). */
  url: string;
  /** How long to wait for an acknowledgement before treating the send as lost and retrying. */
  ackTimeoutMs?: number;
  /** Transports; defaults to WebSocket with long-polling fallback. */
  transports?: Array<'websocket' | 'polling'>;
  /** Extra Socket.IO client options (tests use `forceNew`). */
  reconnectionDelayMs?: number;
  reconnectionDelayMaxMs?: number;
  /**
   * Tell the server which messages reached this client (a `delivered` receipt, sent at most every
   * 500 ms per conversation). Read receipts stay explicit: call `markRead` when the user saw them.
   */
  autoDeliveredReceipts?: boolean;
}

interface Outgoing {
  conversationId: string;
  clientMessageId: string;
  body: string;
  quickReply?: string;
  resolve: (m: Message) => void;
  reject: (e: ClearlineError) => void;
}

type AnySocket = Socket;

function randomId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID().replace(/-/g, '');
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}

/**
 * What customer and agent clients share: the connection, acknowledged requests, the ordered
 * exactly-once timelines, the outbox that retries unacknowledged sends with the same client id,
 * and catch-up from the last seen seq after every reconnect.
 */
export abstract class BaseClient<Events extends BaseEvents = BaseEvents> extends Emitter<Events> {
  /** Emits one of the base events (the subclass's event map extends BaseEvents). */
  protected fire<K extends keyof BaseEvents>(event: K, ...args: Parameters<BaseEvents[K]>): void {
    (this.emit as unknown as (e: K, ...a: Parameters<BaseEvents[K]>) => void)(event, ...args);
  }

  protected readonly socket: AnySocket;
  protected readonly ackTimeoutMs: number;
  readonly #timelines = new Map<string, Timeline>();
  readonly #outbox = new Map<string, Outgoing[]>();
  readonly #sending = new Set<string>();
  readonly #catchingUp = new Map<string, Promise<void>>();
  readonly #deliveredTimers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #autoDelivered: boolean;
  #status: ConnectionStatus = 'idle';
  #everConnected = false;

  protected constructor(
    options: BaseClientOptions,
    namespace: string,
    auth: ((cb: (data: object) => void) => void) | object,
    extraHeaders?: Record<string, string>,
  ) {
    super();
    this.ackTimeoutMs = options.ackTimeoutMs ?? 5_000;
    this.#autoDelivered = options.autoDeliveredReceipts ?? true;
    this.socket = io(`${options.url.replace(/\/$/, '')}${namespace}`, {
      path: '/socket.io',
      autoConnect: false,
      forceNew: true,
      transports: options.transports ?? ['websocket', 'polling'],
      reconnection: true,
      reconnectionDelay: options.reconnectionDelayMs ?? 250,
      reconnectionDelayMax: options.reconnectionDelayMaxMs ?? 5_000,
      randomizationFactor: 0.3,
      auth: auth as never,
      ...(extraHeaders ? { extraHeaders } : {}),
    });
    const s = this.socket as unknown as {
      on(e: string, l: (...a: never[]) => void): void;
      io: { on(e: string, l: (...a: never[]) => void): void };
    };
    s.on('connect', () => this.#onConnect());
    s.on('disconnect', () => {
      if (this.#status !== 'closed') this.#setStatus('reconnecting');
    });
    s.on('connect_error', (err: Error & { data?: { code?: string; message?: string } }) => {
      // A refusal by the server's middleware stops Socket.IO's own reconnection.
      if (err.data?.code && !this.socket.active) {
        this.fire('authError', new ClearlineError(err.data.code as never, err.data.message ?? err.message));
        this.onAuthRefused(err.data.code);
      }
    });
    s.on('message.created', (m: Message) => this.#ingest(m.conversationId, [m]));
    s.on('conversation.updated', (c: Conversation) => this.fire('conversation', c));
    s.on('typing.updated', (t: TypingUpdated) => this.fire('typing', t));
    s.on('receipt.updated', (r: Receipt) => this.fire('receipt', r));
    s.on('session.ended', (info: SessionEnded) => this.fire('sessionEnded', info));
  }

  /** Whether a message was written by this side of the conversation. */
  protected abstract isOwn(message: Message): boolean;

  /** Called when the server refused the connection; subclasses may fetch a new token and retry. */
  protected onAuthRefused(_code: string): void {}

  get status(): ConnectionStatus {
    return this.#status;
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  /** Connects and resolves once connected (rejects if the server refuses, e.g. a bad token). */
  connect(timeoutMs = 10_000): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    this.#setStatus(this.#everConnected ? 'reconnecting' : 'connecting');
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(new ClearlineError('TIMEOUT', 'Could not connect in time.'));
      }, timeoutMs);
      const onConnect = () => {
        cleanup();
        resolve();
      };
      const onError = (err: Error & { data?: { code?: string; message?: string } }) => {
        if (err.data?.code) {
          cleanup();
          reject(new ClearlineError(err.data.code as never, err.data.message ?? err.message));
        }
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.socket.off('connect', onConnect);
        this.socket.off('connect_error', onError);
      };
      this.socket.on('connect', onConnect);
      this.socket.on('connect_error', onError);
      this.socket.connect();
    });
  }

  close(): void {
    this.#setStatus('closed');
    for (const t of this.#deliveredTimers.values()) clearTimeout(t);
    this.#deliveredTimers.clear();
    this.socket.disconnect();
    for (const queue of this.#outbox.values()) {
      for (const o of queue) o.reject(new ClearlineError('CLOSED', 'The client was closed.'));
    }
    this.#outbox.clear();
  }

  /** Messages of a conversation this client follows, in seq order, each once (withheld stubs left out). */
  messages(conversationId: string): readonly Message[] {
    return (this.#timelines.get(conversationId)?.messages ?? []).filter((m) => m.kind !== 'withheld');
  }

  lastSeq(conversationId: string): number {
    return this.#timelines.get(conversationId)?.lastSeq ?? 0;
  }

  /** The messages of a conversation waiting in the outbox, in the order they were written. */
  pending(conversationId: string): PendingMessage[] {
    return (this.#outbox.get(conversationId) ?? []).map((o) => ({
      clientMessageId: o.clientMessageId,
      body: o.body,
    }));
  }

  /** Messages waiting in the outbox (sent while offline or not yet acknowledged). */
  pendingCount(conversationId?: string): number {
    if (conversationId) return this.#outbox.get(conversationId)?.length ?? 0;
    let n = 0;
    for (const q of this.#outbox.values()) n += q.length;
    return n;
  }

  /** Sends an event and resolves with its data, or rejects with the server's error code. */
  async request<T>(event: string, payload: object, timeoutMs = this.ackTimeoutMs): Promise<T> {
    if (this.#status === 'closed') throw new ClearlineError('CLOSED', 'The client was closed.');
    if (!this.socket.connected) throw new ClearlineError('DISCONNECTED', 'Not connected.');
    let ack: Ack<T>;
    try {
      ack = (await this.socket.timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
    } catch {
      throw new ClearlineError(this.socket.connected ? 'TIMEOUT' : 'DISCONNECTED', `No answer to ${event}.`);
    }
    if (!ack || typeof ack !== 'object') throw new ClearlineError('INTERNAL', 'Malformed acknowledgement.');
    if (!ack.ok) throw ClearlineError.from(ack.error);
    return ack.data;
  }

  /** Follows a conversation: joins its room and loads everything after what this client has seen. */
  async follow(conversationId: string): Promise<Conversation> {
    if (!this.#timelines.has(conversationId)) this.#timelines.set(conversationId, new Timeline());
    const result = await this.request<JoinResult>('conversation.join', {
      conversationId,
      afterSeq: this.lastSeq(conversationId),
    });
    this.#ingest(conversationId, result.messages);
    if (result.hasMore) await this.#catchUp(conversationId);
    for (const r of result.receipts) this.fire('receipt', r);
    this.fire('conversation', result.conversation);
    return result.conversation;
  }

  /** Stops following locally (the server room is left on the next reconnect). */
  unfollow(conversationId: string): void {
    this.#timelines.delete(conversationId);
  }

  get followed(): string[] {
    return [...this.#timelines.keys()];
  }

  /**
   * Sends a message. It is stored exactly once: if the acknowledgement does not come (cut
   * connection, timeout), the same client id is sent again after reconnecting, and the server
   * answers with the message it already stored. Sends of one conversation go out in order.
   */
  send(conversationId: string, body: string, options: { quickReply?: string } = {}): Promise<Message> {
    if (!this.#timelines.has(conversationId)) this.#timelines.set(conversationId, new Timeline());
    return new Promise((resolve, reject) => {
      const queue = this.#outbox.get(conversationId) ?? [];
      queue.push({
        conversationId,
        clientMessageId: randomId(),
        body,
        ...(options.quickReply ? { quickReply: options.quickReply } : {}),
        resolve,
        reject,
      });
      this.#outbox.set(conversationId, queue);
      this.fire('outbox', conversationId, this.pending(conversationId));
      void this.#drain(conversationId);
    });
  }

  async setTyping(conversationId: string, typing: boolean): Promise<void> {
    if (!this.socket.connected) return; // typing is ephemeral: never queued
    await this.request<null>('typing.set', { conversationId, typing }).catch(() => undefined);
  }

  async markRead(conversationId: string, seq = this.lastSeq(conversationId)): Promise<Receipt> {
    return this.request<Receipt>('receipt.update', { conversationId, deliveredSeq: seq, readSeq: seq });
  }

  async markDelivered(conversationId: string, seq = this.lastSeq(conversationId)): Promise<Receipt> {
    return this.request<Receipt>('receipt.update', { conversationId, deliveredSeq: seq });
  }

  /* ---------- internals ---------- */

  #setStatus(status: ConnectionStatus) {
    if (this.#status === status) return;
    this.#status = status;
    this.fire('status', status);
  }

  async #onConnect() {
    this.#everConnected = true;
    this.#setStatus('connected');
    // Catch up every followed conversation from the database, then flush what was sent offline.
    await Promise.all(
      this.followed.map((id) =>
        this.follow(id).catch(() => {
          /* a conversation we may no longer read: its sends will fail with a code */
        }),
      ),
    );
    for (const id of this.#outbox.keys()) void this.#drain(id);
  }

  #ingest(conversationId: string, incoming: readonly Message[]) {
    const timeline = this.#timelines.get(conversationId);
    if (!timeline) return;
    const released = timeline.ingest(incoming);
    for (const m of released) if (m.kind !== 'withheld') this.fire('message', m);
    // Tell the server what reached us from the other side (our own messages need no receipt).
    if (released.some((m) => !this.isOwn(m))) this.#scheduleDelivered(conversationId);
    if (timeline.hasGap) void this.#catchUp(conversationId);
  }

  #scheduleDelivered(conversationId: string) {
    if (!this.#autoDelivered || this.#deliveredTimers.has(conversationId)) return;
    const timer = setTimeout(() => {
      this.#deliveredTimers.delete(conversationId);
      if (this.socket.connected && this.#timelines.has(conversationId)) {
        this.markDelivered(conversationId).catch(() => undefined);
      }
    }, 500);
    this.#deliveredTimers.set(conversationId, timer);
  }

  /** Fills a gap (a message arrived ahead of one we have not seen) from the server's history. */
  #catchUp(conversationId: string): Promise<void> {
    const running = this.#catchingUp.get(conversationId);
    if (running) return running;
    const run = (async () => {
      try {
        for (;;) {
          const timeline = this.#timelines.get(conversationId);
          if (!timeline || !this.socket.connected) return;
          const page = await this.request<HistoryResult>('message.history', {
            conversationId,
            afterSeq: timeline.lastSeq,
          });
          for (const m of timeline.ingest(page.messages)) if (m.kind !== 'withheld') this.fire('message', m);
          if (!page.hasMore) return;
        }
      } catch {
        /* retried on the next reconnect or the next out-of-order message */
      } finally {
        this.#catchingUp.delete(conversationId);
      }
    })();
    this.#catchingUp.set(conversationId, run);
    return run;
  }

  async #drain(conversationId: string) {
    if (this.#sending.has(conversationId)) return;
    this.#sending.add(conversationId);
    try {
      for (;;) {
        const queue = this.#outbox.get(conversationId);
        const next = queue?.[0];
        if (!next || !this.socket.connected) return;
        try {
          const message = await this.request<Message>('message.send', {
            conversationId: next.conversationId as ConversationId,
            clientMessageId: next.clientMessageId as ClientMessageId,
            body: next.body,
            ...(next.quickReply ? { quickReply: next.quickReply } : {}),
          });
          queue.shift();
          this.#ingest(conversationId, [message]);
          this.fire('outbox', conversationId, this.pending(conversationId));
          next.resolve(message);
        } catch (err) {
          const e = err instanceof ClearlineError ? err : new ClearlineError('INTERNAL', String(err));
          if (isRetryable(e.code)) {
            // Keep it; the next connect (or a short pause for rate limits) sends it again, same id.
            if (this.socket.connected) await new Promise((r) => setTimeout(r, 250));
            continue;
          }
          queue.shift();
          this.fire('outbox', conversationId, this.pending(conversationId));
          next.reject(e);
        }
      }
    } finally {
      this.#sending.delete(conversationId);
      if ((this.#outbox.get(conversationId)?.length ?? 0) === 0) this.#outbox.delete(conversationId);
    }
  }
}
