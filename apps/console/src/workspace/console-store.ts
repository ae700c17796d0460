import {
  type AgentClient,
  ClearlineError,
  type ClientErrorCode,
  type ConnectionStatus,
} from '@clearline/client';
import type {
  AgentProfile,
  CannedResponse,
  Conversation,
  ConversationInvited,
  ConversationOffered,
  Message,
  Offer,
  QueueItem,
} from '@clearline/protocol';

/** Who a typed message goes to: the customer, the agents only (note), or the handling agent (whisper). */
export type ComposeMode = 'reply' | 'note' | 'whisper';

export interface PendingReply {
  localId: string;
  conversationId: string;
  body: string;
}

/** An offer shown to this agent, with its deadline on this machine's clock (immune to clock skew). */
export interface PendingOffer {
  offered: ConversationOffered;
  /** `Date.now()` value when it runs out: received time + (expiresAt - offeredAt). */
  deadline: number;
}

/** How this agent takes part in a conversation of "My conversations". */
export type Relation = 'handling' | 'guest' | 'monitoring';

export interface ConsoleState {
  agent: AgentProfile;
  status: ConnectionStatus;
  /** Waiting conversations of all this agent's queues: highest priority first, then oldest first. */
  queue: readonly QueueItem[];
  /** Conversations this agent handles (ended ones stay until closed), in the order they came. */
  mine: readonly Conversation[];
  activeId: string | null;
  messages: Readonly<Record<string, readonly Message[]>>;
  pending: readonly PendingReply[];
  /** Customer names by conversation, from the queue item or the transcript. */
  names: Readonly<Record<string, string>>;
  typing: Readonly<Record<string, string | null>>;
  unread: Readonly<Record<string, number>>;
  accepting: string | null;
  error: ClientErrorCode | null;
  /** The server ended the session (logged out elsewhere, expired, revoked). */
  sessionEnded: boolean;
  /** The agent signed out here. */
  signedOut: boolean;
  /** Where the composer sends, per conversation (default: the customer). */
  modes: Readonly<Record<string, ComposeMode>>;
  /** The wrap-up code chosen for each conversation, sent with End chat. */
  wrapUps: Readonly<Record<string, string>>;
  /** Canned responses loaded for a conversation (placeholders filled by the server). */
  canned: Readonly<Record<string, readonly CannedResponse[]>>;
  /** A conversation action in progress (hold, resume, transfer), to disable its buttons. */
  busy: string | null;
  /** The last action's outcome, announced politely (i18n key + values). */
  notice: { key: string; values?: Record<string, string> } | null;
  /** Offers arriving and ending, announced politely in their own region (so no other notice is lost). */
  offerNotice: { key: string; values?: Record<string, string> } | null;
  /** Open offers to this agent, oldest first. */
  offers: readonly PendingOffer[];
  /** An offer being accepted or declined (its conversation id), to disable its buttons. */
  deciding: string | null;
  /** Conversations this supervisor monitors silently (in "My conversations", whisper only). */
  monitoring: readonly string[];
  /** Supervisors: conversations agents are handling now (loaded from the server, kept live). */
  handling: readonly Conversation[];
  /** Agents' display names by id (for the supervision list). */
  agentNames: Readonly<Record<string, string>>;
  /** What the main area shows: the active conversation, or (supervisors) the Supervision panel. */
  view: 'conversations' | 'supervision';
}

export function isSupervisorRole(agent: AgentProfile): boolean {
  return agent.role === 'supervisor' || agent.role === 'admin';
}

/** Handling it (assigned), taking part (invited, escalated, barged in), or monitoring it silently. */
export function relationTo(state: ConsoleState, c: Conversation): Relation {
  if (c.assignedAgentId === state.agent.id) return 'handling';
  return state.monitoring.includes(c.id) ? 'monitoring' : 'guest';
}

/**
 * The agents taking part in a conversation now, in join order, from its timeline: `agent_joined` /
 * `agent_left`, and a transfer ends the handling agent's part (the first to join since the start or
 * the last transfer: guests, supervisors and barge-ins join after them).
 */
export function agentsPresent(messages: readonly Message[]): string[] {
  const present: string[] = [];
  let handler: string | null = null;
  for (const m of messages) {
    if (m.kind !== 'event') continue;
    const name = m.eventData?.agentName;
    if (m.event === 'transferred') {
      if (handler) present.splice(present.indexOf(handler), 1);
      handler = null;
    } else if (m.event === 'agent_joined' && name && !present.includes(name)) {
      present.push(name);
      handler ??= name;
    } else if (m.event === 'agent_left' && name && present.includes(name)) {
      present.splice(present.indexOf(name), 1);
      if (handler === name) handler = null;
    }
  }
  return present;
}

/** Wrap-up codes an agent picks from when ending a chat (why it ended). */
export const WRAP_UP_CODES = [
  'resolved_first_contact',
  'resolved_case_opened',
  'information_given',
  'customer_left',
  'referred_elsewhere',
] as const;

const TERMINAL: ReadonlySet<Conversation['status']> = new Set(['resolved', 'abandoned']);
const TYPING_TIMEOUT_MS = 8_000;

export function isEnded(c: Conversation | undefined | null): boolean {
  return !!c && TERMINAL.has(c.status);
}

function codeOf(err: unknown): ClientErrorCode {
  return err instanceof ClearlineError ? err.code : 'INTERNAL';
}

let localIds = 0;

/** The console's state outside React, over one AgentClient. Every change replaces the state object. */
export class ConsoleStore {
  readonly client: AgentClient;
  readonly #listeners = new Set<() => void>();
  readonly #off: Array<() => void> = [];
  readonly #queues = new Map<string, QueueItem[]>();
  readonly #typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #readSeq = new Map<string, number>();
  #state: ConsoleState;

  constructor(client: AgentClient, agent: AgentProfile) {
    this.client = client;
    this.#state = {
      agent,
      status: client.status,
      queue: [],
      mine: [],
      activeId: null,
      messages: {},
      pending: [],
      names: {},
      typing: {},
      unread: {},
      accepting: null,
      error: null,
      sessionEnded: false,
      signedOut: false,
      modes: {},
      wrapUps: {},
      canned: {},
      busy: null,
      notice: null,
      offerNotice: null,
      offers: [],
      deciding: null,
      monitoring: [],
      handling: [],
      agentNames: {},
      view: 'conversations',
    };
    this.#off.push(
      client.on('status', (status) => {
        this.#set({ status });
        if (status === 'connected') void this.#refresh();
      }),
      client.on('queue', (update) => {
        this.#queues.set(update.queue, update.items);
        this.#publishQueue();
      }),
      client.on('message', (m) => this.#onMessage(m)),
      client.on('conversation', (c) => this.#onConversation(c)),
      client.on('typing', (t) => {
        if (t.who === 'customer') this.#setTyping(t.conversationId, t.typing ? t.displayName : null);
      }),
      client.on('offered', (o) => this.#onOffered(o)),
      client.on('offerEnded', (o) => this.#onOfferEnded(o)),
      client.on('invited', (i) => void this.#onInvited(i)),
      client.on('sessionEnded', () => this.#set({ sessionEnded: true })),
      client.on('authError', () => this.#set({ sessionEnded: true })),
    );
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getState = (): ConsoleState => this.#state;

  async start(): Promise<void> {
    try {
      await this.client.connect();
    } catch (err) {
      const code = codeOf(err);
      if (code === 'UNAUTHENTICATED' || code.startsWith('TOKEN_')) this.#set({ sessionEnded: true });
      else this.#set({ error: code });
    }
  }

  async accept(conversationId: string): Promise<void> {
    const item = this.#state.queue.find((q) => q.conversation.id === conversationId);
    this.#set({ accepting: conversationId, error: null });
    try {
      this.#open(await this.client.accept(conversationId), item?.cardmemberName);
    } catch (err) {
      this.#set({ error: codeOf(err) });
    } finally {
      this.#set({ accepting: null });
    }
  }

  /** Accepts an offer made to this agent: the conversation opens as after Accept (or, escalated, joined). */
  async acceptOffer(conversationId: string): Promise<void> {
    const pending = this.#offerOf(conversationId);
    this.#set({ deciding: conversationId, error: null });
    try {
      const conversation = await this.client.acceptOffer(conversationId);
      this.#dropOffer(conversationId);
      this.#open(conversation, pending?.offered.cardmemberName);
    } catch (err) {
      const code = codeOf(err);
      // The offer is gone (ran out, taken): the prompt goes too, with the reason on screen.
      if (code === 'OFFER_EXPIRED' || code === 'OFFER_NOT_FOUND') this.#dropOffer(conversationId);
      this.#set({ error: code });
    } finally {
      this.#set({ deciding: null });
    }
  }

  /** Declines an offer (optionally saying why): it goes to the next agent, never back to this one. */
  async declineOffer(conversationId: string, reason?: string): Promise<void> {
    const pending = this.#offerOf(conversationId);
    this.#set({ deciding: conversationId, error: null });
    try {
      await this.client.declineOffer(conversationId, reason?.trim() || undefined);
      this.#dropOffer(conversationId);
      this.#set({
        offerNotice: { key: 'notice.offerDeclined', values: { name: this.#offerName(pending) } },
      });
    } catch (err) {
      const code = codeOf(err);
      if (code === 'OFFER_EXPIRED' || code === 'OFFER_NOT_FOUND') this.#dropOffer(conversationId);
      this.#set({ error: code });
    } finally {
      this.#set({ deciding: null });
    }
  }

  /** Adds another agent to the conversation, or escalates it to a supervisor (offered to one). */
  invite(conversationId: string, to: { agentId: string } | { queue: 'supervisor' }): Promise<void> {
    return this.#act(
      conversationId,
      () => this.client.invite(conversationId, to),
      'agentId' in to ? 'notice.invited' : 'notice.escalated',
      'agentId' in to ? { target: to.agentId } : undefined,
    );
  }

  /** An invited agent (or a supervisor who joined) leaves; the conversation leaves "My conversations". */
  async leave(conversationId: string): Promise<void> {
    this.#set({ busy: conversationId, error: null });
    try {
      await this.client.leave(conversationId);
      this.#remove(conversationId);
      this.#set({ notice: { key: 'notice.left' } });
    } catch (err) {
      this.#set({ error: codeOf(err) });
    } finally {
      this.#set({ busy: null });
    }
  }

  /** Supervisors: monitor silently (nothing in the timeline; whispers and notes only). */
  async monitor(conversationId: string): Promise<void> {
    this.#set({ busy: conversationId, error: null });
    try {
      const { conversation } = await this.client.monitor(conversationId);
      const monitoring = this.#state.monitoring.includes(conversationId)
        ? this.#state.monitoring
        : [...this.#state.monitoring, conversationId];
      this.#set({ monitoring, modes: { ...this.#state.modes, [conversationId]: 'whisper' } });
      this.#open(conversation);
      this.#set({ notice: { key: 'notice.monitoring' } });
    } catch (err) {
      this.#set({ error: codeOf(err) });
    } finally {
      this.#set({ busy: null });
    }
  }

  /** Stops monitoring silently: the conversation leaves "My conversations" (nothing is recorded). */
  stopMonitoring(conversationId: string): void {
    this.#remove(conversationId);
  }

  /** Supervisors: join a conversation visibly (the customer sees it) and write to the customer. */
  async barge(conversationId: string): Promise<void> {
    this.#set({ busy: conversationId, error: null });
    try {
      const conversation = await this.client.barge(conversationId);
      this.#set({
        monitoring: this.#state.monitoring.filter((id) => id !== conversationId),
        modes: { ...this.#state.modes, [conversationId]: 'reply' },
      });
      this.#open(conversation);
      this.#set({ notice: { key: 'notice.barged' } });
    } catch (err) {
      this.#set({ error: codeOf(err) });
    } finally {
      this.#set({ busy: null });
    }
  }

  /** Supervisors: hand a conversation an agent is handling to another agent or queue (a transfer). */
  async reassign(conversationId: string, to: { queue?: string; agentId?: string; note?: string }) {
    this.#set({ busy: conversationId, error: null });
    try {
      const conversation = await this.client.transfer(conversationId, to);
      this.#onConversation(conversation);
      this.#set({
        notice: { key: 'notice.reassigned', values: { target: to.agentId ?? to.queue ?? '' } },
      });
    } catch (err) {
      this.#set({ error: codeOf(err) });
    } finally {
      this.#set({ busy: null });
    }
  }

  setView(view: ConsoleState['view']): void {
    if (view === 'supervision' && !isSupervisorRole(this.#state.agent)) return;
    this.#set({ view });
  }

  select(conversationId: string | null): void {
    if (this.#state.view !== 'conversations') this.#set({ view: 'conversations' });
    if (conversationId === this.#state.activeId) return;
    this.#set({
      activeId: conversationId,
      unread: conversationId ? { ...this.#state.unread, [conversationId]: 0 } : this.#state.unread,
    });
  }

  async send(conversationId: string, body: string): Promise<void> {
    const mode = this.#state.modes[conversationId] ?? 'reply';
    if (mode !== 'reply') return this.#agentsOnly(conversationId, body, mode);
    const pending: PendingReply = { localId: `reply-${++localIds}`, conversationId, body };
    this.#set({ pending: [...this.#state.pending, pending], error: null });
    try {
      await this.client.send(conversationId, body);
    } catch (err) {
      this.#set({ error: codeOf(err) });
    } finally {
      this.#set({ pending: this.#state.pending.filter((p) => p.localId !== pending.localId) });
    }
  }

  setMode(conversationId: string, mode: ComposeMode): void {
    this.#set({ modes: { ...this.#state.modes, [conversationId]: mode } });
  }

  setWrapUp(conversationId: string, code: string): void {
    this.#set({ wrapUps: { ...this.#state.wrapUps, [conversationId]: code } });
  }

  async resolve(conversationId: string): Promise<void> {
    try {
      const wrapUp = this.#state.wrapUps[conversationId] ?? WRAP_UP_CODES[0];
      this.#upsertMine(await this.client.resolve(conversationId, wrapUp));
    } catch (err) {
      this.#set({ error: codeOf(err) });
    }
  }

  hold(conversationId: string): Promise<void> {
    return this.#act(conversationId, () => this.client.hold(conversationId), 'notice.held');
  }

  resume(conversationId: string): Promise<void> {
    return this.#act(conversationId, () => this.client.resume(conversationId), 'notice.resumed');
  }

  /** Transfers to a queue or an agent; the conversation leaves "My conversations" once it is gone. */
  async transfer(
    conversationId: string,
    to: { queue?: string; agentId?: string; note?: string },
  ): Promise<void> {
    await this.#act(conversationId, () => this.client.transfer(conversationId, to), 'notice.transferred', {
      target: to.queue ?? to.agentId ?? '',
    });
    const after = this.#state.mine.find((c) => c.id === conversationId);
    if (after && after.assignedAgentId !== this.#state.agent.id && !this.#state.error) {
      this.closeEnded(conversationId);
    }
  }

  async loadCanned(conversationId: string): Promise<void> {
    if (this.#state.canned[conversationId]) return;
    try {
      const list = await this.client.canned(conversationId);
      this.#set({ canned: { ...this.#state.canned, [conversationId]: list } });
    } catch (err) {
      this.#set({ error: codeOf(err) });
    }
  }

  /** Removes an ended conversation from "My conversations". */
  closeEnded(conversationId: string): void {
    this.#remove(conversationId);
  }

  setTyping(conversationId: string, typing: boolean): void {
    void this.client.setTyping(conversationId, typing);
  }

  markRead(conversationId: string, seq: number): void {
    if (seq <= (this.#readSeq.get(conversationId) ?? 0) || !this.client.connected) return;
    this.#readSeq.set(conversationId, seq);
    this.client.markRead(conversationId, seq).catch(() => this.#readSeq.delete(conversationId));
  }

  async #agentsOnly(conversationId: string, body: string, mode: 'note' | 'whisper'): Promise<void> {
    this.#set({ error: null });
    try {
      if (mode === 'note') await this.client.note(conversationId, body);
      else await this.client.whisper(conversationId, body);
      this.#set({ notice: { key: mode === 'note' ? 'notice.noteSaved' : 'notice.whisperSent' } });
    } catch (err) {
      this.#set({ error: codeOf(err) });
    }
  }

  async #act(
    conversationId: string,
    run: () => Promise<Conversation>,
    notice: string,
    values?: Record<string, string>,
  ): Promise<void> {
    this.#set({ busy: conversationId, error: null });
    try {
      this.#upsertMine(await run());
      this.#set({ notice: { key: notice, ...(values ? { values } : {}) } });
    } catch (err) {
      this.#set({ error: codeOf(err) });
    } finally {
      this.#set({ busy: null });
    }
  }

  dismissError(): void {
    this.#set({ error: null });
  }

  async signOut(): Promise<void> {
    try {
      await this.client.logout();
    } catch {
      /* the cookie is cleared or the session is already gone: sign out locally all the same */
    }
    this.#set({ signedOut: true });
    this.close();
  }

  close(): void {
    for (const off of this.#off.splice(0)) off();
    for (const t of this.#typingTimers.values()) clearTimeout(t);
    this.client.close();
  }

  /* ---------- internals ---------- */

  /** Shows a conversation this agent now takes part in and makes it the active one. */
  #open(conversation: Conversation, name?: string): void {
    const id = conversation.id;
    const known = name || this.#state.names[id] || this.#nameInTranscript(id);
    if (known) this.#set({ names: { ...this.#state.names, [id]: known } });
    this.#upsertMine(conversation);
    this.#set({
      view: 'conversations',
      activeId: id,
      messages: { ...this.#state.messages, [id]: [...this.client.messages(id)] },
      unread: { ...this.#state.unread, [id]: 0 },
    });
  }

  #remove(conversationId: string): void {
    const mine = this.#state.mine.filter((c) => c.id !== conversationId);
    this.client.unfollow(conversationId);
    this.#set({
      mine,
      monitoring: this.#state.monitoring.filter((id) => id !== conversationId),
      activeId: this.#state.activeId === conversationId ? (mine[0]?.id ?? null) : this.#state.activeId,
    });
  }

  #nameInTranscript(conversationId: string): string | undefined {
    return this.client.messages(conversationId).find((m) => m.author.kind === 'customer')?.author.displayName;
  }

  #offerOf(conversationId: string): PendingOffer | undefined {
    return this.#state.offers.find((o) => o.offered.offer.conversationId === conversationId);
  }

  #offerName(pending: PendingOffer | undefined): string {
    return pending?.offered.cardmemberName ?? '';
  }

  #dropOffer(conversationId: string): void {
    this.#set({
      offers: this.#state.offers.filter((o) => o.offered.offer.conversationId !== conversationId),
    });
  }

  #onOffered(offered: ConversationOffered): void {
    const { offer } = offered;
    const lifetime = Date.parse(offer.expiresAt) - Date.parse(offer.offeredAt);
    const deadline = Date.now() + Math.max(0, lifetime);
    const others = this.#state.offers.filter((o) => o.offered.offer.conversationId !== offer.conversationId);
    this.#set({
      offers: [...others, { offered, deadline }],
      names: { ...this.#state.names, [offer.conversationId]: offered.cardmemberName },
      offerNotice: {
        key: offer.kind === 'invite' ? 'notice.escalationOffered' : 'notice.offered',
        values: {
          name: offered.cardmemberName,
          queue: offered.conversation.queue,
          seconds: String(Math.round(lifetime / 1000)),
        },
      },
    });
  }

  #onOfferEnded(offer: Offer): void {
    const pending = this.#offerOf(offer.conversationId);
    if (!pending || pending.offered.offer.id !== offer.id) return;
    this.#dropOffer(offer.conversationId);
    // Accepted or declined here (or in another tab of this agent): the action announced itself.
    if (offer.state === 'expired' || offer.state === 'withdrawn') {
      this.#set({
        offerNotice: {
          key: offer.state === 'expired' ? 'notice.offerExpired' : 'notice.offerWithdrawn',
          values: { name: this.#offerName(pending) },
        },
      });
    }
  }

  async #onInvited(invitation: ConversationInvited): Promise<void> {
    const { conversation, invitedBy } = invitation;
    try {
      await this.client.follow(conversation.id);
    } catch (err) {
      this.#set({ error: codeOf(err) });
      return;
    }
    const name = this.#nameInTranscript(conversation.id);
    if (name) this.#set({ names: { ...this.#state.names, [conversation.id]: name } });
    this.#upsertMine(conversation);
    this.#set({
      messages: { ...this.#state.messages, [conversation.id]: [...this.client.messages(conversation.id)] },
      notice: { key: 'notice.invitedYou', values: { by: invitedBy.displayName, name: name ?? '' } },
    });
    if (!this.#state.activeId) this.select(conversation.id);
  }

  /** After every (re)connect: the waiting list and this agent's conversations, followed. */
  async #refresh(): Promise<void> {
    try {
      const [queue, mine] = await Promise.all([this.client.listQueue(), this.client.listMine()]);
      this.#queues.clear();
      for (const item of queue) {
        const list = this.#queues.get(item.conversation.queue) ?? [];
        list.push(item);
        this.#queues.set(item.conversation.queue, list);
      }
      this.#publishQueue();
      for (const c of mine) this.#upsertMine(c);
      await Promise.all(
        mine
          .filter((c) => !this.client.followed.includes(c.id))
          .map((c) => this.client.follow(c.id).catch(() => null)),
      );
      if (!this.#state.activeId && this.#state.mine[0]) this.select(this.#state.mine[0].id);
    } catch (err) {
      this.#set({ error: codeOf(err) });
    }
  }

  #publishQueue(): void {
    // The server's order, across this agent's queues: higher priority first, then the longest waiting.
    const queue = [...this.#queues.values()]
      .flat()
      .sort(
        (a, b) =>
          b.conversation.priority - a.conversation.priority || a.waitingSince.localeCompare(b.waitingSince),
      );
    this.#set({ queue });
  }

  #upsertMine(c: Conversation): void {
    const exists = this.#state.mine.some((m) => m.id === c.id);
    const mine = exists ? this.#state.mine.map((m) => (m.id === c.id ? c : m)) : [...this.#state.mine, c];
    this.#set({ mine });
  }

  #onConversation(c: Conversation): void {
    if (isSupervisorRole(this.#state.agent)) this.#trackHandling(c);
    const known = this.#state.mine.some((m) => m.id === c.id);
    if (known) this.#upsertMine(c);
    else if (c.assignedAgentId === this.#state.agent.id && !isEnded(c)) {
      this.#upsertMine(c);
      void this.client.follow(c.id).catch(() => null);
    }
  }

  /**
   * Supervisors: every conversation agents are handling now, from the server (the live updates then
   * keep the list current); names of customers and agents come with it.
   */
  async loadHandled(): Promise<void> {
    try {
      const handled = await this.client.supervisorConversations();
      const names = { ...this.#state.names };
      const agentNames = { ...this.#state.agentNames };
      for (const h of handled) {
        if (h.cardmemberName && !names[h.conversation.id]) names[h.conversation.id] = h.cardmemberName;
        if (h.agentName && h.conversation.assignedAgentId)
          agentNames[h.conversation.assignedAgentId] = h.agentName;
      }
      this.#set({ handling: handled.map((h) => h.conversation), names, agentNames });
    } catch (err) {
      this.#set({ error: codeOf(err) });
    }
  }

  /** Supervisors hear of every conversation's changes: keep those an agent is handling now. */
  #trackHandling(c: Conversation): void {
    const others = this.#state.handling.filter((h) => h.id !== c.id);
    const handled = (c.status === 'assigned' || c.status === 'on_hold') && !!c.assignedAgentId;
    if (handled) this.#set({ handling: [...others, c] });
    else if (others.length !== this.#state.handling.length) this.#set({ handling: others });
  }

  #onMessage(m: Message): void {
    const id = m.conversationId;
    const messages = { ...this.#state.messages, [id]: [...this.client.messages(id)] };
    let names = this.#state.names;
    if (m.author.kind === 'customer' && !names[id]) names = { ...names, [id]: m.author.displayName };
    let unread = this.#state.unread;
    if (m.kind === 'text' && m.author.kind === 'customer' && id !== this.#state.activeId) {
      unread = { ...unread, [id]: (unread[id] ?? 0) + 1 };
    }
    if (m.author.kind === 'customer') this.#setTyping(id, null);
    this.#set({ messages, names, unread });
  }

  #setTyping(conversationId: string, name: string | null): void {
    clearTimeout(this.#typingTimers.get(conversationId));
    if (name) {
      this.#typingTimers.set(
        conversationId,
        setTimeout(
          () => this.#set({ typing: { ...this.#state.typing, [conversationId]: null } }),
          TYPING_TIMEOUT_MS,
        ),
      );
    }
    this.#set({ typing: { ...this.#state.typing, [conversationId]: name } });
  }

  #set(patch: Partial<ConsoleState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of [...this.#listeners]) listener();
  }
}
