import {
  type CaseDetail,
  type CaseSummary,
  type Conversation,
  CUSTOMER_NAMESPACE,
  type CustomerMe,
  type DemoIdentity,
  type DemoToken,
  type Language,
  type Message,
  type QueuePosition,
  type Rating,
  type SecureMessage,
  type SecureResult,
  type StepUpChallenge,
  type Transcript,
  type UploadedFile,
  type UploadLinkInfo,
} from '@clearline/protocol';
import { BaseClient, type BaseClientOptions, type BaseEvents } from './base-client.ts';
import { getJson, getTextFile, postBytes, postJson } from './http.ts';

export interface CustomerClientOptions extends BaseClientOptions {
  /**
   * The issuer's token for this cardmember, or a function that fetches a fresh one (called on every
   * connection attempt, so an expired token is replaced without losing the conversation).
   */
  token: string | (() => Promise<string>);
}

export interface CustomerEvents extends BaseEvents {
  /** The customer's place in line and estimated wait changed (while waiting for an agent). */
  queuePosition: (update: QueuePosition) => void;
  /**
   * A step-up verification was asked for (`status: 'pending'`: show "approve this request" or the
   * last four + ZIP form in the signed-in site, never in the chat) or changed state.
   */
  stepUp: (challenge: StepUpChallenge) => void;
}

/** The cardmember's side: open a chat on one card account, send, receive, catch up, end. */
export class CustomerClient extends BaseClient<CustomerEvents> {
  /** The latest place in line of each waiting conversation. */
  readonly positions = new Map<string, QueuePosition>();
  readonly #token: CustomerClientOptions['token'];
  readonly #url: string;

  constructor(options: CustomerClientOptions) {
    const token = options.token;
    super(options, CUSTOMER_NAMESPACE, (cb: (data: object) => void) => {
      if (typeof token === 'string') cb({ token });
      else
        token().then(
          (t) => cb({ token: t }),
          () => cb({}),
        );
    });
    this.#token = token;
    this.#url = options.url.replace(/\/$/, '');
    (this.socket as unknown as { on(e: string, l: (q: QueuePosition) => void): void }).on(
      'queue.position',
      (q) => {
        this.positions.set(q.conversationId, q);
        this.emit('queuePosition', q);
      },
    );
    for (const event of ['stepup.requested', 'stepup.updated']) {
      (this.socket as unknown as { on(e: string, l: (c: StepUpChallenge) => void): void }).on(event, (c) =>
        this.emit('stepUp', c),
      );
    }
  }

  /** Step-up verifications of this cardmember still waiting for an answer (e.g. after a reload). */
  pendingStepUps(): Promise<StepUpChallenge[]> {
    return this.request<StepUpChallenge[]>('stepup.list', {});
  }

  /** The cardmember approves a step-up request in the signed-in site or app. */
  approveStepUp(challengeId: string): Promise<StepUpChallenge> {
    return this.request<StepUpChallenge>('stepup.approve', { challengeId });
  }

  /**
   * Answers a last-four + ZIP step-up from a dedicated form (never the chat box). Wrong answers reject
   * with STEP_UP_FAILED (attempts left in the message), the third with STEP_UP_LOCKED.
   */
  answerStepUp(challengeId: string, answer: { last4: string; zip: string }): Promise<StepUpChallenge> {
    return this.request<StepUpChallenge>('stepup.answer', { challengeId, ...answer });
  }

  protected isOwn(message: Message): boolean {
    return message.author.kind === 'customer';
  }

  protected override onAuthRefused(code: string): void {
    // An expired token can be replaced when the host page gave us a way to fetch one.
    if (code === 'TOKEN_EXPIRED' && typeof this.#token === 'function' && this.status !== 'closed') {
      setTimeout(() => this.socket.connect(), 500);
    }
  }

  async #bearer(): Promise<string> {
    return typeof this.#token === 'string' ? this.#token : this.#token();
  }

  /** Opens a new conversation on a card account of this session and follows it. */
  async startConversation(input: { cardAccountId: string; language?: Language }): Promise<Conversation> {
    const conversation = await this.request<Conversation>('conversation.start', {
      cardAccountId: input.cardAccountId,
      language: input.language ?? 'en',
    });
    await this.follow(conversation.id);
    return conversation;
  }

  /**
   * "End chat and secure my account": ends the open chats, revokes every chat token of this
   * cardmember issued so far, and closes their sessions on every device. This client is closed too.
   */
  async secureAccount(): Promise<SecureResult> {
    const result = await this.request<SecureResult>('session.secure', {});
    this.close();
    return result;
  }

  /**
   * Rates a resolved chat from 1 to 5 with an optional comment (once: the same rating again returns
   * the stored one, a different one is ALREADY_RATED; INVALID_TRANSITION before the chat ended).
   */
  rate(conversationId: string, score: number, comment?: string): Promise<Rating> {
    return this.request<Rating>('conversation.rate', {
      conversationId,
      score,
      ...(comment ? { comment } : {}),
    });
  }

  listConversations(): Promise<Conversation[]> {
    return this.request<Conversation[]>('conversation.list', {});
  }

  endConversation(conversationId: string): Promise<Conversation> {
    return this.request<Conversation>('conversation.end', { conversationId });
  }

  /** The signed-in cardmember and the card accounts this session covers (REST). */
  me(): Promise<CustomerMe> {
    return this.#bearer().then((t) =>
      getJson<CustomerMe>(`${this.#url}/api/v1/me`, { authorization: `Bearer ${t}` }),
    );
  }

  /** A whole transcript of one of the customer's conversations (REST). */
  transcript(conversationId: string): Promise<Transcript> {
    return this.#bearer().then((t) =>
      getJson<Transcript>(
        `${this.#url}/api/v1/conversations/${encodeURIComponent(conversationId)}/transcript`,
        {
          authorization: `Bearer ${t}`,
        },
      ),
    );
  }

  /**
   * The transcript as a text file to keep, in the conversation's language (agent-only messages left
   * out, sensitive numbers already removed).
   */
  transcriptFile(conversationId: string): Promise<{ fileName: string; text: string }> {
    return this.#bearer()
      .then((t) =>
        getTextFile(
          `${this.#url}/api/v1/conversations/${encodeURIComponent(conversationId)}/transcript/download`,
          { authorization: `Bearer ${t}` },
        ),
      )
      .then((f) => ({ fileName: f.fileName ?? 'clearline-chat.txt', text: f.text }));
  }

  async #get<T>(path: string): Promise<T> {
    return getJson<T>(`${this.#url}${path}`, { authorization: `Bearer ${await this.#bearer()}` });
  }

  /** The cardmember's own cases, newest first (REST). */
  cases(): Promise<CaseSummary[]> {
    return this.#get<CaseSummary[]>('/api/v1/cases');
  }

  /**
   * One of the cardmember's cases by its reference (as typed: any case, O for 0), with the timeline
   * entries meant for the customer; CASE_NOT_FOUND for anyone else's (REST).
   */
  caseDetail(reference: string): Promise<CaseDetail> {
    return this.#get<CaseDetail>(`/api/v1/cases/${encodeURIComponent(reference)}`);
  }

  /** The cardmember's secure messages (case notices, chat summaries), newest first (REST). */
  secureMessages(): Promise<SecureMessage[]> {
    return this.#get<SecureMessage[]>('/api/v1/secure-messages');
  }

  /** Marks one secure message read (the first read time is kept) and returns it (REST). */
  async markSecureMessageRead(id: string): Promise<SecureMessage> {
    return postJson<SecureMessage>(
      `${this.#url}/api/v1/secure-messages/${encodeURIComponent(id)}/read`,
      {},
      { authorization: `Bearer ${await this.#bearer()}` },
    );
  }

  /** What a secure upload link (`/upload?token=…`) is for: the case reference, expiry, files left. */
  uploadLink(linkToken: string): Promise<UploadLinkInfo> {
    return this.#bearer().then((t) =>
      getJson<UploadLinkInfo>(`${this.#url}/api/v1/uploads/${encodeURIComponent(linkToken)}`, {
        authorization: `Bearer ${t}`,
      }),
    );
  }

  /** The files this cardmember already sent through an upload link (names and sizes only). */
  uploadedFiles(linkToken: string): Promise<UploadedFile[]> {
    return this.#bearer().then((t) =>
      getJson<UploadedFile[]>(`${this.#url}/api/v1/uploads/${encodeURIComponent(linkToken)}/files`, {
        authorization: `Bearer ${t}`,
      }),
    );
  }

  /**
   * Uploads one file through a secure link. Keep `idempotencyKey` for retries of the same file: the
   * server then returns the document it stored the first time instead of using another file slot.
   */
  uploadFile(
    linkToken: string,
    file: Blob | Uint8Array<ArrayBuffer>,
    options: { fileName: string; idempotencyKey: string },
  ): Promise<UploadedFile> {
    return this.#bearer().then((t) =>
      postBytes<UploadedFile>(`${this.#url}/api/v1/uploads/${encodeURIComponent(linkToken)}/files`, file, {
        authorization: `Bearer ${t}`,
        'x-file-name': encodeURIComponent(options.fileName),
        'idempotency-key': options.idempotencyKey,
      }),
    );
  }

  /** Development servers only: the seeded cardmembers the demo site signs in as. */
  static demoIdentities(url: string): Promise<DemoIdentity[]> {
    return getJson<DemoIdentity[]>(`${url.replace(/\/$/, '')}/api/v1/demo/identities`);
  }

  /** Development servers only: a token for a seeded cardmember, minted as an issuer's site would. */
  static demoToken(url: string, cardmemberId: string): Promise<DemoToken> {
    return postJson<DemoToken>(`${url.replace(/\/$/, '')}/api/v1/demo/token`, { cardmemberId });
  }
}
