import {
  AGENT_NAMESPACE,
  type AgentLogin,
  type AgentSession,
  type CannedResponse,
  type CaseActionRequest,
  type CaseDetail,
  type CaseDocuments,
  type CaseIntakeResult,
  type CaseSummary,
  type ComplaintIntakeRequest,
  type Conversation,
  type ConversationInvited,
  type ConversationOffered,
  type DisputeIntakeRequest,
  type HandledConversation,
  type JoinResult,
  type Message,
  type Offer,
  type OfferEnded,
  type QueueConfig,
  type QueueItem,
  type QueueUpdated,
  type SessionExpiring,
  type SessionExtended,
  type StepUpChallenge,
  type StepUpRequest,
  type Transcript,
  type UploadLink,
  type UploadLinkCreated,
  type WorkflowBody,
  type WorkflowName,
} from '@clearline/protocol';
import type { AccountOverview, WorkflowResult } from './account-overview.ts';
import { BaseClient, type BaseClientOptions, type BaseEvents } from './base-client.ts';
import { deleteJson, getJson, postJson, postJsonRaw } from './http.ts';

export interface AgentEvents extends BaseEvents {
  /** The waiting list of one of the agent's queues changed. */
  queue: (update: QueueUpdated) => void;
  /** The session ends soon for inactivity unless extended (`extendSession`). */
  sessionExpiring: (info: SessionExpiring) => void;
  /** A step-up verification this agent requested changed (verified, failed, locked, expired). */
  stepUp: (challenge: StepUpChallenge) => void;
  /**
   * A conversation is offered to this agent: `acceptOffer` before `offer.expiresAt` or
   * `declineOffer`; unanswered, it goes to the next agent.
   */
  offered: (offer: ConversationOffered) => void;
  /** An offer to this agent ended: accepted, declined, expired, or withdrawn (someone else took it). */
  offerEnded: (offer: Offer) => void;
  /** Another agent or a supervisor added this agent to a conversation (call `follow` to open it). */
  invited: (invitation: ConversationInvited) => void;
}

/** One queue's figures in `GET /api/v1/supervisor/metrics` (rates are 0–1, null when nothing to rate). */
export interface QueueMetrics {
  queue: string;
  waitingNow: number;
  longestWaitSeconds: number;
  answered: number;
  averageSpeedOfAnswerSeconds: number | null;
  abandoned: number;
  abandonmentRate: number | null;
  serviceLevel: number | null;
  agentsOnline: number;
  agentsAvailable: number;
}

/** The supervisor metrics since `since` (default: the start of today, UTC). */
export interface SupervisorMetrics {
  since: string;
  targetSeconds: number;
  queues: QueueMetrics[];
  agents: Array<{
    agentId: string;
    chats: number;
    averageHandleSeconds: number | null;
    satisfaction: number | null;
    ratings: number;
  }>;
  satisfaction: {
    average: number | null;
    count: number;
    days: Array<{ date: string; average: number | null; count: number }>;
  };
  assistant: {
    conversations: number;
    handoffRate: number | null;
    containmentRate: number | null;
    satisfaction: number | null;
  };
}

/** A queue's configuration with whether it is open now and when it next opens (ISO, null: none scheduled). */
export type QueueStatus = QueueConfig & { openNow: boolean; opensAt: string | null };

export interface AgentClientOptions extends BaseClientOptions {
  /**
   * The session token from `AgentClient.login` when running outside a browser. In a browser leave
   * it out: the HttpOnly session cookie is sent by the browser itself.
   */
  sessionToken?: string | null;
}

const COOKIE = 'clearline_agent';

function noteId(): string {
  return `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

/** The agent's side: see the queue, accept, reply, resolve. */
export class AgentClient extends BaseClient<AgentEvents> {
  readonly #url: string;
  readonly #sessionToken: string | null;
  /** The latest waiting list of each queue. */
  readonly queues = new Map<string, QueueItem[]>();
  /** Open offers to this agent, by conversation id (removed when they end). */
  readonly offers = new Map<string, ConversationOffered>();

  constructor(options: AgentClientOptions) {
    const token = options.sessionToken ?? null;
    super(options, AGENT_NAMESPACE, token ? { sessionToken: token } : {});
    this.#url = options.url.replace(/\/$/, '');
    this.#sessionToken = token;
    (this.socket as unknown as { on(e: string, l: (q: QueueUpdated) => void): void }).on(
      'queue.updated',
      (q) => {
        this.queues.set(q.queue, q.items);
        this.emit('queue', q);
      },
    );
    const raw = this.socket as unknown as { on(e: string, l: (x: never) => void): void };
    raw.on('session.expiring', (s: SessionExpiring) => this.emit('sessionExpiring', s));
    raw.on('stepup.updated', (c: StepUpChallenge) => this.emit('stepUp', c));
    raw.on('conversation.offered', (o: ConversationOffered) => {
      this.offers.set(o.offer.conversationId, o);
      this.emit('offered', o);
    });
    raw.on('conversation.offer_ended', ({ offer }: OfferEnded) => {
      if (this.offers.get(offer.conversationId)?.offer.id === offer.id)
        this.offers.delete(offer.conversationId);
      this.emit('offerEnded', offer);
    });
    raw.on('conversation.invited', (i: ConversationInvited) => this.emit('invited', i));
  }

  /**
   * Signs in with password and TOTP. In a browser the session lives in an HttpOnly cookie and
   * `sessionToken` is null; elsewhere the token is read from Set-Cookie for `new AgentClient`.
   */
  static async login(
    url: string,
    credentials: AgentLogin,
  ): Promise<AgentSession & { sessionToken: string | null }> {
    const { data, response } = await postJsonRaw<AgentSession>(
      `${url.replace(/\/$/, '')}/api/v1/agent/session`,
      credentials,
    );
    const setCookie = response.headers.get('set-cookie') ?? '';
    const match = new RegExp(`${COOKIE}=([^;]+)`).exec(setCookie);
    return { ...data, sessionToken: match ? decodeURIComponent(match[1]!) : null };
  }

  /** Any agent's message counts as this side's (supervisors and conferenced agents share the side). */
  protected isOwn(message: Message): boolean {
    return message.author.kind === 'agent';
  }

  #headers(): Record<string, string> {
    return this.#sessionToken ? { cookie: `${COOKIE}=${encodeURIComponent(this.#sessionToken)}` } : {};
  }

  session(): Promise<AgentSession> {
    return getJson<AgentSession>(`${this.#url}/api/v1/agent/session`, this.#headers());
  }

  async logout(): Promise<void> {
    await deleteJson<null>(`${this.#url}/api/v1/agent/session`, this.#headers());
    this.close();
  }

  /** Waiting conversations in this agent's queues, oldest first. */
  listQueue(): Promise<QueueItem[]> {
    return this.request<QueueItem[]>('queue.list', {});
  }

  /** Conversations this agent is handling. */
  listMine(): Promise<Conversation[]> {
    return this.request<Conversation[]>('conversation.list', {});
  }

  /** Takes a waiting conversation (ALREADY_ASSIGNED if another agent was first) and follows it. */
  async accept(conversationId: string): Promise<Conversation> {
    const conversation = await this.request<Conversation>('conversation.accept', { conversationId });
    await this.follow(conversationId);
    return conversation;
  }

  /**
   * Takes the next waiting conversation of this agent's queues (highest priority, then longest
   * waiting) and follows it; null when none is waiting, AT_CAPACITY when the agent is full.
   */
  async acceptNext(): Promise<Conversation | null> {
    const conversation = await this.request<Conversation | null>('conversation.accept_next', {});
    if (conversation) await this.follow(conversation.id);
    return conversation;
  }

  /**
   * Accepts a conversation offered to this agent (the same atomic claim as `accept`: AT_CAPACITY,
   * OFFER_EXPIRED, OFFER_NOT_FOUND) and follows it. For an escalation the agent joins the chat.
   */
  async acceptOffer(conversationId: string): Promise<Conversation> {
    const conversation = await this.request<Conversation>('conversation.offer_accept', { conversationId });
    this.offers.delete(conversationId);
    await this.follow(conversationId);
    return conversation;
  }

  /** Declines an offer (it goes to the next agent and is not offered to this one again). */
  async declineOffer(conversationId: string, reason?: string): Promise<Offer> {
    const offer = await this.request<Offer>('conversation.offer_decline', {
      conversationId,
      ...(reason ? { reason } : {}),
    });
    this.offers.delete(conversationId);
    return offer;
  }

  /**
   * Adds another agent to a conversation this agent handles (`{ agentId }`: they join at once and
   * the customer sees it), or escalates to a supervisor (`{ queue: 'supervisor' }`: offered to the
   * longest-idle supervisor).
   */
  invite(conversationId: string, to: { agentId: string } | { queue: 'supervisor' }): Promise<Conversation> {
    return this.request<Conversation>('conversation.invite', { conversationId, ...to });
  }

  /** An invited agent (or a supervisor who joined) leaves the conversation; the customer sees it. */
  async leave(conversationId: string): Promise<Conversation> {
    const conversation = await this.request<Conversation>('conversation.leave', { conversationId });
    this.unfollow(conversationId);
    return conversation;
  }

  /**
   * Supervisors: monitor a conversation silently (the customer is not told; audited). Its messages,
   * notes and whispers included, arrive as for a followed conversation.
   */
  async monitor(conversationId: string): Promise<JoinResult> {
    const result = await this.request<JoinResult>('conversation.monitor', {
      conversationId,
      afterSeq: this.lastSeq(conversationId),
    });
    await this.follow(conversationId);
    return result;
  }

  /** Ends the conversation as resolved, with an optional wrap-up code (e.g. `resolved_first_contact`). */
  resolve(conversationId: string, wrapUp?: string): Promise<Conversation> {
    return this.request<Conversation>('conversation.resolve', {
      conversationId,
      ...(wrapUp ? { wrapUp } : {}),
    });
  }

  /** An internal note: agents and supervisors see it; the customer never does. */
  note(conversationId: string, body: string): Promise<Message> {
    return this.request<Message>('message.note', { conversationId, clientMessageId: noteId(), body });
  }

  /** Keeps an idle session alive (after a `sessionExpiring` warning). */
  extendSession(): Promise<SessionExtended> {
    return this.request<SessionExtended>('session.extend', {});
  }

  /**
   * Asks the customer of a conversation this agent handles for step-up verification before a
   * sensitive change (approval in the signed-in app, or last four + ZIP): never in the chat text.
   */
  requestStepUp(input: StepUpRequest): Promise<StepUpChallenge> {
    return this.request<StepUpChallenge>('stepup.request', input);
  }

  /** Canned responses (en/es) for a conversation, placeholders filled. */
  canned(conversationId: string): Promise<CannedResponse[]> {
    return this.request<CannedResponse[]>('canned.list', { conversationId });
  }

  /** Supervisors: a message to the agent only. */
  whisper(conversationId: string, body: string): Promise<Message> {
    return this.request<Message>('message.whisper', { conversationId, clientMessageId: noteId(), body });
  }

  /** Supervisors: per-queue, per-agent, satisfaction and assistant figures (`FORBIDDEN` for agents). */
  supervisorMetrics(options: { since?: string; targetSeconds?: number } = {}): Promise<SupervisorMetrics> {
    const query = new URLSearchParams();
    if (options.since) query.set('since', options.since);
    if (options.targetSeconds) query.set('targetSeconds', String(options.targetSeconds));
    const qs = query.toString() ? `?${query.toString()}` : '';
    return getJson<SupervisorMetrics>(`${this.#url}/api/v1/supervisor/metrics${qs}`, this.#headers());
  }

  /** Supervisors: every conversation agents are handling now, with customer and agent names. */
  supervisorConversations(): Promise<HandledConversation[]> {
    return getJson<HandledConversation[]>(`${this.#url}/api/v1/supervisor/conversations`, this.#headers());
  }

  /** Supervisors: every queue's hours, holidays and overflow, open now or when it opens. */
  supervisorQueues(): Promise<QueueStatus[]> {
    return getJson<QueueStatus[]>(`${this.#url}/api/v1/supervisor/queues`, this.#headers());
  }

  /** Transfers to a queue or straight to an agent, with a note for the next agent. */
  transfer(
    conversationId: string,
    to: { queue?: string; agentId?: string; note?: string },
  ): Promise<Conversation> {
    return this.request<Conversation>('conversation.transfer', {
      conversationId,
      ...(to.queue ? { toQueue: to.queue } : {}),
      ...(to.agentId ? { toAgentId: to.agentId } : {}),
      ...(to.note ? { note: to.note } : {}),
    });
  }

  hold(conversationId: string): Promise<Conversation> {
    return this.request<Conversation>('conversation.hold', { conversationId });
  }

  resume(conversationId: string): Promise<Conversation> {
    return this.request<Conversation>('conversation.resume', { conversationId });
  }

  /** Supervisors: join a conversation an agent is handling, visibly, and follow it. */
  async barge(conversationId: string): Promise<Conversation> {
    const conversation = await this.request<Conversation>('conversation.barge', { conversationId });
    await this.follow(conversationId);
    return conversation;
  }

  transcript(conversationId: string): Promise<Transcript> {
    return getJson<Transcript>(
      `${this.#url}/api/v1/agent/conversations/${encodeURIComponent(conversationId)}/transcript`,
      this.#headers(),
    );
  }

  /** The cases of a card account this agent handled a conversation on (supervisors: any), newest first. */
  cases(cardAccountId: string): Promise<CaseSummary[]> {
    return getJson<CaseSummary[]>(
      `${this.#url}/api/v1/agent/cases?cardAccountId=${encodeURIComponent(cardAccountId)}`,
      this.#headers(),
    );
  }

  /** A case with its full timeline (agent-only entries too), allowed actions and dispute / complaint clocks. */
  caseDetail(reference: string): Promise<CaseDetail> {
    return getJson<CaseDetail>(
      `${this.#url}/api/v1/agent/cases/${encodeURIComponent(reference)}`,
      this.#headers(),
    );
  }

  /**
   * Acts on a case: a status action (acknowledge, resolve_credit with `creditCents`, resolve_no_error
   * with `explanation` and `amountOwedCents`, complaint responses ...), `escalate` or an internal
   * `note`. CASE_ACTION_NOT_ALLOWED when the case's status does not allow it now.
   */
  caseAction(reference: string, body: CaseActionRequest): Promise<CaseDetail> {
    return postJson<CaseDetail>(
      `${this.#url}/api/v1/agent/cases/${encodeURIComponent(reference)}/actions`,
      body,
      this.#headers(),
    );
  }

  /** Opens a Regulation Z dispute of a posted charge for the customer of a conversation the agent is in. */
  openDispute(body: DisputeIntakeRequest): Promise<CaseIntakeResult> {
    return postJson<CaseIntakeResult>(`${this.#url}/api/v1/agent/disputes`, body, this.#headers());
  }

  /** Logs a complaint (15/60-day response clocks) for the customer of a conversation the agent is in. */
  logComplaint(body: ComplaintIntakeRequest): Promise<CaseIntakeResult> {
    return postJson<CaseIntakeResult>(`${this.#url}/api/v1/agent/complaints`, body, this.#headers());
  }
  /** The conversation's card account for the console: balance, payment due, cards, rewards, contacts. */
  accountOverview(conversationId: string): Promise<AccountOverview> {
    return getJson<AccountOverview>(
      `${this.#url}/api/v1/agent/conversations/${encodeURIComponent(conversationId)}/account-overview`,
      this.#headers(),
    );
  }

  /**
   * Runs a cardmember workflow on the conversation's card account (the conversation names the
   * account; the body never does). Pass an `idempotencyKey` so a double submit acts once. Sensitive
   * changes without a verified step-up reject with STEP_UP_REQUIRED (see `requestStepUp`).
   */
  runWorkflow<W extends WorkflowName>(
    conversationId: string,
    workflow: W,
    body: WorkflowBody<W>,
  ): Promise<WorkflowResult> {
    return postJson<WorkflowResult>(
      `${this.#url}/api/v1/agent/conversations/${encodeURIComponent(conversationId)}/workflows/${workflow}`,
      body,
      this.#headers(),
    );
  }
  /**
   * A secure upload link for a case (its reference or id): the cardmember opens `url` on the issuer
   * site, signed in, and uploads files. The token is in the answer this once and never again.
   */
  createUploadLink(
    caseReference: string,
    input: { conversationId?: string; postToConversation?: boolean } = {},
  ): Promise<UploadLinkCreated> {
    return postJson<UploadLinkCreated>(
      `${this.#url}/api/v1/agent/cases/${encodeURIComponent(caseReference)}/upload-links`,
      input,
      this.#headers(),
    );
  }

  /** The files uploaded for a case (metadata, whether each can be downloaded) and its upload links. */
  caseDocuments(caseReference: string): Promise<CaseDocuments> {
    return getJson<CaseDocuments>(
      `${this.#url}/api/v1/agent/cases/${encodeURIComponent(caseReference)}/documents`,
      this.#headers(),
    );
  }

  /** Withdraws an upload link (the files already sent stay). */
  revokeUploadLink(linkId: string): Promise<UploadLink> {
    return deleteJson<UploadLink>(
      `${this.#url}/api/v1/agent/upload-links/${encodeURIComponent(linkId)}`,
      this.#headers(),
    );
  }

  /** Where a clean document is downloaded (an attachment; the session cookie authorises it). */
  documentContentUrl(documentId: string): string {
    return `${this.#url}/api/v1/agent/documents/${encodeURIComponent(documentId)}/content`;
  }
}
