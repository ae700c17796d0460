import { AgentClient, ClearlineError, CustomerClient } from '@clearline/client';
import type { Message } from '@clearline/protocol';
import type { AgentCredentials, CustomerCredentials } from './ipc.ts';
import { openLoop } from './schedule.ts';
import {
  inBatches,
  LatencyRecorder,
  type LatencySummary,
  log,
  Meter,
  round,
  sleep,
  stampedBody,
} from './stats.ts';

interface Slot {
  client: CustomerClient;
  conversationId: string;
  agent: AgentClient;
}

export interface PhaseOptions {
  warmupSeconds: number;
  seconds: number;
  /** How long to wait after the window for messages still on their way. */
  drainSeconds: number;
  onWindowStart?: () => void;
  onWindowEnd?: () => void;
}

export interface PhaseResult {
  windowSeconds: number;
  /** Messages a second the generator tried to send (open loop), or null for a closed-loop probe. */
  offeredPerSecond: number | null;
  /** Messages sent during the window (all directions). */
  sent: number;
  /** Of those, how many arrived before the drain ended. */
  delivered: number;
  undelivered: number;
  /** Messages that arrived during the window, per second (all directions). */
  messagesPerSecond: number;
  latencyMs: LatencySummary;
}

export interface ClearlinePhaseResult extends PhaseResult {
  customerToAgent: { sent: number; delivered: number; perSecond: number; latencyMs: LatencySummary };
  agentToCustomer: { sent: number; delivered: number; perSecond: number; latencyMs: LatencySummary };
  /** send() → acknowledgement (the message is committed), as the customer's SDK sees it. */
  customerAckLatencyMs: LatencySummary;
  /** Sends still in the SDKs' outboxes (not yet acknowledged) when the window ended. */
  sdkBacklogAtWindowEnd: number;
  /** Sends the SDK gave up on, by code (retryable codes are retried inside the SDK and not counted). */
  errors: Record<string, number>;
  /** SDK clients (customers + agents) connected when the window ended, of all set up. */
  clientsConnectedAtWindowEnd: number;
  clients: number;
  /** Times an SDK client lost its connection (and started reconnecting) during the phase. */
  disconnects: number;
}

interface Phase {
  mode: 'rate' | 'probe';
  c2a: Meter;
  a2c: Meter;
  ack: LatencyRecorder;
  sendUntil: number;
  replyShare: number;
  disconnects: number;
}

/** The Clearline side of the benchmark: customers and agents through the SDK, in this process. */
export class ClearlineLoad {
  readonly slots: Slot[] = [];
  readonly agents: AgentClient[] = [];
  readonly setupErrors: Record<string, number> = {};
  readonly #byConversation = new Map<string, Slot>();
  #phase: Phase | null = null;
  #errors: Record<string, number> = {};

  private constructor(
    readonly url: string,
    readonly deliveredReceipts: boolean,
  ) {}

  static async setup(
    url: string,
    customers: readonly CustomerCredentials[],
    agents: readonly AgentCredentials[],
    options: { batch: number; deliveredReceipts: boolean },
  ): Promise<ClearlineLoad> {
    const load = new ClearlineLoad(url, options.deliveredReceipts);
    await load.#connectAgents(agents);
    await load.#connectCustomers(customers, options.batch);
    if (load.slots.length === 0) {
      load.close();
      throw new Error(`no customer could start a conversation: ${JSON.stringify(load.setupErrors)}`);
    }
    await load.#acceptAll();
    load.#listen();
    return load;
  }

  #setupError(code: string) {
    this.setupErrors[code] = (this.setupErrors[code] ?? 0) + 1;
  }

  async #connectAgents(agents: readonly AgentCredentials[]) {
    const started = performance.now();
    await Promise.all(
      agents.map(async (a) => {
        const { sessionToken } = await AgentClient.login(this.url, a);
        const agent = new AgentClient({
          url: this.url,
          sessionToken,
          transports: ['websocket'],
          autoDeliveredReceipts: this.deliveredReceipts,
        });
        await agent.connect(30_000);
        this.agents.push(agent);
      }),
    );
    log(
      `${this.agents.length} agents signed in and connected in ${Math.round(performance.now() - started)} ms`,
    );
  }

  async #connectCustomers(customers: readonly CustomerCredentials[], batch: number) {
    const started = performance.now();
    let lastLog = started;
    await inBatches(customers, batch, async (c) => {
      const client = new CustomerClient({
        url: this.url,
        token: c.token,
        transports: ['websocket'],
        autoDeliveredReceipts: this.deliveredReceipts,
      });
      try {
        await client.connect(30_000);
        const conversation = await client.startConversation({ cardAccountId: c.cardAccountId });
        const slot: Slot = { client, conversationId: conversation.id, agent: null as unknown as AgentClient };
        this.slots.push(slot);
        this.#byConversation.set(conversation.id, slot);
      } catch (err) {
        this.#setupError(err instanceof ClearlineError ? err.code : 'CONNECT_FAILED');
        client.close();
      }
      if (performance.now() - lastLog > 2_000) {
        lastLog = performance.now();
        log(`  customers connected: ${this.slots.length}/${customers.length}`);
      }
    });
    log(
      `${this.slots.length} customers connected with a conversation in ${Math.round(performance.now() - started)} ms` +
        (Object.keys(this.setupErrors).length ? ` (failures: ${JSON.stringify(this.setupErrors)})` : ''),
    );
  }

  /** Each agent takes its share (round robin), paced under the agent socket's event budget (60/s). */
  async #acceptAll() {
    if (this.agents.length === 0) throw new Error('no agents connected');
    const started = performance.now();
    const shares = this.agents.map(() => [] as Slot[]);
    this.slots.forEach((slot, i) => {
      const agent = this.agents[i % this.agents.length]!;
      slot.agent = agent;
      shares[i % this.agents.length]!.push(slot);
    });
    let accepted = 0;
    await Promise.all(
      this.agents.map(async (agent, a) => {
        for (const slot of shares[a]!) {
          const t = performance.now();
          try {
            await retrying(() =>
              agent.request('conversation.accept', { conversationId: slot.conversationId }),
            );
            await retrying(() => agent.follow(slot.conversationId));
            accepted++;
          } catch (err) {
            this.#setupError(`ACCEPT_${err instanceof ClearlineError ? err.code : 'FAILED'}`);
          }
          // Two events per accept (accept + join), ≤ 40 events/s, leaving room for receipts.
          await sleep(Math.max(0, 50 - (performance.now() - t)));
        }
      }),
    );
    log(
      `${accepted} conversations accepted by ${this.agents.length} agents in ${Math.round(performance.now() - started)} ms`,
    );
  }

  #listen() {
    const onAgentMessage = (agent: AgentClient) => (m: Message) => {
      const phase = this.#phase;
      if (!phase || m.kind !== 'text' || m.author.kind !== 'customer') return;
      const now = performance.now();
      phase.c2a.noteDelivered(Number.parseFloat(m.body), now);
      if (now >= phase.sendUntil) return;
      if (phase.mode === 'probe') {
        const slot = this.#byConversation.get(m.conversationId);
        if (slot) this.#sendCustomer(slot, now);
      } else if (phase.replyShare > 0 && Math.random() < phase.replyShare) {
        phase.a2c.noteSent(now);
        agent.send(m.conversationId, stampedBody(now)).then(undefined, this.#onSendError);
      }
    };
    const onCustomerMessage = (m: Message) => {
      const phase = this.#phase;
      if (!phase || m.kind !== 'text' || m.author.kind !== 'agent') return;
      phase.a2c.noteDelivered(Number.parseFloat(m.body), performance.now());
    };
    const onStatus = (status: string) => {
      if (status === 'reconnecting' && this.#phase) this.#phase.disconnects++;
    };
    for (const agent of this.agents) {
      agent.on('message', onAgentMessage(agent));
      agent.on('status', onStatus);
    }
    for (const slot of this.slots) {
      slot.client.on('message', onCustomerMessage);
      slot.client.on('status', onStatus);
    }
  }

  readonly #onSendError = (err: unknown) => {
    const code = err instanceof ClearlineError ? err.code : 'UNKNOWN';
    this.#errors[code] = (this.#errors[code] ?? 0) + 1;
  };

  readonly #onAck = (m: Message) => {
    const phase = this.#phase;
    if (!phase) return;
    const sentAt = Number.parseFloat(m.body);
    if (sentAt >= phase.c2a.start && sentAt < phase.c2a.end) phase.ack.add(performance.now() - sentAt);
  };

  #sendCustomer(slot: Slot, now: number) {
    this.#phase?.c2a.noteSent(now);
    slot.client.send(slot.conversationId, stampedBody(now)).then(this.#onAck, this.#onSendError);
  }

  /** Open loop: customers send `rate` messages a second in all; agents answer `replyShare` of them. */
  async runRate(rate: number, replyShare: number, o: PhaseOptions): Promise<ClearlinePhaseResult> {
    const phase = this.#begin('rate', replyShare, o);
    await openLoop(this.slots, rate, phase.sendUntil, (slot, now) => this.#sendCustomer(slot, now));
    return this.#finish(phase, o, round(rate * (1 + replyShare), 3));
  }

  /**
   * Closed loop: each of the first `clients` customers keeps `inflight` messages in flight; the next is sent when the agent
   * has received one (the SDK sends one message per conversation at a time, so more than 1 in flight
   * waits in the SDK's outbox). No replies.
   */
  async runProbe(clients: number, inflight: number, o: PhaseOptions): Promise<ClearlinePhaseResult> {
    const phase = this.#begin('probe', 0, o);
    const now = performance.now();
    for (const slot of this.slots.slice(0, clients))
      for (let i = 0; i < inflight; i++) this.#sendCustomer(slot, now);
    await sleep(phase.sendUntil - performance.now());
    return this.#finish(phase, o, null);
  }

  #begin(mode: Phase['mode'], replyShare: number, o: PhaseOptions): Phase {
    const start = performance.now() + o.warmupSeconds * 1000;
    const end = start + o.seconds * 1000;
    this.#errors = {};
    const phase: Phase = {
      mode,
      c2a: new Meter(start, end),
      a2c: new Meter(start, end),
      ack: new LatencyRecorder(),
      sendUntil: end,
      replyShare,
      disconnects: 0,
    };
    this.#phase = phase;
    setTimeout(() => o.onWindowStart?.(), Math.max(0, start - performance.now()));
    return phase;
  }

  async #finish(phase: Phase, o: PhaseOptions, offered: number | null): Promise<ClearlinePhaseResult> {
    await sleep(Math.max(0, phase.sendUntil - performance.now()));
    o.onWindowEnd?.();
    const connectedAtEnd = this.connectedCount;
    const backlog = this.backlog;
    const drained = await waitDrained(phase, o.drainSeconds * 1000);
    if (!drained)
      log(`  drain timed out with ${phase.c2a.outstanding + phase.a2c.outstanding} messages outstanding`);
    this.#phase = null;
    const seconds = phase.c2a.seconds;
    const all = LatencyRecorder.merge(phase.c2a.latency, phase.a2c.latency);
    const dir = (m: Meter) => ({
      sent: m.sent,
      delivered: m.latency.count,
      perSecond: round(m.perSecond, 1),
      latencyMs: m.latency.summary(),
    });
    return {
      windowSeconds: seconds,
      offeredPerSecond: offered,
      sent: phase.c2a.sent + phase.a2c.sent,
      delivered: all.count,
      undelivered: phase.c2a.outstanding + phase.a2c.outstanding,
      messagesPerSecond: round((phase.c2a.deliveredInWindow + phase.a2c.deliveredInWindow) / seconds, 1),
      latencyMs: all.summary(),
      customerToAgent: dir(phase.c2a),
      agentToCustomer: dir(phase.a2c),
      customerAckLatencyMs: phase.ack.summary(),
      sdkBacklogAtWindowEnd: backlog,
      errors: { ...this.#errors },
      clientsConnectedAtWindowEnd: connectedAtEnd,
      clients: this.slots.length + this.agents.length,
      disconnects: phase.disconnects,
    };
  }

  /** Sends waiting in the SDKs' outboxes (not yet acknowledged). */
  get backlog(): number {
    let n = 0;
    for (const slot of this.slots) n += slot.client.pendingCount();
    for (const agent of this.agents) n += agent.pendingCount();
    return n;
  }

  /** Connected sockets as this process sees them. */
  get connectedCount(): number {
    return (
      this.slots.filter((s) => s.client.connected).length + this.agents.filter((a) => a.connected).length
    );
  }

  close(): void {
    for (const slot of this.slots) slot.client.close();
    for (const agent of this.agents) agent.close();
  }
}

async function waitDrained(phase: Phase, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (phase.c2a.outstanding + phase.a2c.outstanding > 0) {
    if (performance.now() >= deadline) return false;
    await sleep(50);
  }
  return true;
}

/** Retries what the server refused for now (rate limit, timeout) a few times. */
async function retrying<T>(fn: () => Promise<T>, attempts = 10): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const code = err instanceof ClearlineError ? err.code : '';
      if (i >= attempts || (code !== 'RATE_LIMITED' && code !== 'TIMEOUT')) throw err;
      await sleep(300 * i);
    }
  }
}
