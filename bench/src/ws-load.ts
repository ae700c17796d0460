import WebSocket from 'ws';
import type { PhaseOptions, PhaseResult } from './clearline-load.ts';
import { openLoop } from './schedule.ts';
import { inBatches, log, Meter, round, sleep, stampedBody } from './stats.ts';

interface WsPhase {
  mode: 'rate' | 'probe';
  meter: Meter;
  sendUntil: number;
}

export interface WsPhaseResult extends PhaseResult {
  errors: Record<string, number>;
}

/** The baseline's clients: plain `ws` sockets; every frame is echoed by the server. */
export class WsLoad {
  readonly sockets: WebSocket[] = [];
  #phase: WsPhase | null = null;
  #errors: Record<string, number> = {};

  private constructor(readonly url: string) {}

  static async setup(url: string, clients: number, batch: number): Promise<WsLoad> {
    const load = new WsLoad(url);
    const started = performance.now();
    await inBatches(Array.from({ length: clients }), batch, async () => {
      const socket = new WebSocket(url, { perMessageDeflate: false });
      await new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      });
      socket.on('error', () => load.#error('SOCKET_ERROR'));
      socket.on('message', (data) => load.#onMessage(socket, data as Buffer));
      load.sockets.push(socket);
    });
    log(`${load.sockets.length} ws clients connected in ${Math.round(performance.now() - started)} ms`);
    return load;
  }

  #error(code: string) {
    this.#errors[code] = (this.#errors[code] ?? 0) + 1;
  }

  #onMessage(socket: WebSocket, data: Buffer) {
    const phase = this.#phase;
    if (!phase) return;
    const now = performance.now();
    phase.meter.noteDelivered(Number.parseFloat(data.toString('latin1', 0, 24)), now);
    if (phase.mode === 'probe' && now < phase.sendUntil) this.#send(socket, now);
  }

  #send(socket: WebSocket, now: number) {
    if (socket.readyState !== WebSocket.OPEN) {
      this.#error('NOT_OPEN');
      return;
    }
    this.#phase?.meter.noteSent(now);
    socket.send(stampedBody(now));
  }

  /** Open loop: `rate` messages a second in all, spread over the clients like the Clearline run. */
  async runRate(rate: number, o: PhaseOptions): Promise<WsPhaseResult> {
    const phase = this.#begin('rate', o);
    await openLoop(this.sockets, rate, phase.sendUntil, (s, now) => this.#send(s, now));
    return this.#finish(phase, o, rate);
  }

  /** Closed loop: each of the first `clients` clients keeps `inflight` frames in flight (a new one on every echo). */
  async runProbe(clients: number, inflight: number, o: PhaseOptions): Promise<WsPhaseResult> {
    const phase = this.#begin('probe', o);
    const now = performance.now();
    for (const s of this.sockets.slice(0, clients)) for (let i = 0; i < inflight; i++) this.#send(s, now);
    await sleep(phase.sendUntil - performance.now());
    return this.#finish(phase, o, null);
  }

  #begin(mode: WsPhase['mode'], o: PhaseOptions): WsPhase {
    const start = performance.now() + o.warmupSeconds * 1000;
    const end = start + o.seconds * 1000;
    this.#errors = {};
    const phase: WsPhase = { mode, meter: new Meter(start, end), sendUntil: end };
    this.#phase = phase;
    setTimeout(() => o.onWindowStart?.(), Math.max(0, start - performance.now()));
    return phase;
  }

  async #finish(phase: WsPhase, o: PhaseOptions, offered: number | null): Promise<WsPhaseResult> {
    await sleep(Math.max(0, phase.sendUntil - performance.now()));
    o.onWindowEnd?.();
    const deadline = performance.now() + o.drainSeconds * 1000;
    while (phase.meter.outstanding > 0 && performance.now() < deadline) await sleep(50);
    this.#phase = null;
    const m = phase.meter;
    return {
      windowSeconds: m.seconds,
      offeredPerSecond: offered,
      sent: m.sent,
      delivered: m.latency.count,
      undelivered: m.outstanding,
      messagesPerSecond: round(m.perSecond, 1),
      latencyMs: m.latency.summary(),
      errors: { ...this.#errors },
    };
  }

  close(): void {
    for (const s of this.sockets) s.terminate();
  }
}
