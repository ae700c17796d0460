/**
 * Discrete-event simulation of one live-agent queue, driving the REAL estimator
 * (apps/server/src/domains/routing/wait-estimate) exactly as the server would: at each customer's arrival
 * (and every `liveEverySeconds` for everyone still waiting, the live update) it builds a queue snapshot
 * (recent completions with handle and wait times, recent abandonments, staffed agents with capacity and
 * load) and asks for an estimate; the naive "position × average handle time ÷ agents" is computed from the
 * same snapshot.
 *
 * Model: non-homogeneous Poisson arrivals (thinning against a 24-hour curve); lognormal handle times with a
 * per-agent speed factor and an optional slowdown per extra concurrent chat; agents of capacity 2–3 who
 * log on and off in shifts (at the end of a shift they take no new chats and leave once their chats end);
 * customer patience (lognormal or Weibull) after which a waiting customer abandons; FIFO queue, each
 * customer assigned to the accepting agent with the most free capacity.
 */
import {
  type Abandonment,
  type CompletedChat,
  estimateWait,
  type QueueSnapshot,
  type WaitEstimate,
} from '../../../apps/server/src/domains/routing/wait-estimate/index.ts';
import { Rng } from './prng.ts';

export interface Shift {
  /** Agents on this shift. */
  agents: number;
  /** Start and end, hours since the simulation start (may exceed 24). */
  start: number;
  end: number;
}

export interface Scenario {
  name: string;
  description: string;
  seed: number;
  hours: number;
  /** Peak arrivals per hour. */
  peakArrivalsPerHour: number;
  /** Relative arrival rate by hour of day (24 values, linearly interpolated). */
  dailyCurve: readonly number[];
  shifts: readonly Shift[];
  /** Median handle time (s) and log-sd. */
  handleMedianSeconds: number;
  handleSigma: number;
  /** Handle time multiplied by 1 + slowdown × (chats the agent already has). Default 0. */
  concurrencySlowdown?: number;
  /** Capacities drawn uniformly from this list. */
  capacities: readonly number[];
  patience:
    | { kind: 'lognormal'; medianSeconds: number; sigma: number }
    | { kind: 'weibull'; scaleSeconds: number; shape: number };
  /** Hours at the start not scored (system warming up). Default 0. */
  warmupHours?: number;
}

export interface Scored {
  /** Actual wait in seconds (served customers only). */
  actual: number;
  position: number;
  estimate: WaitEstimate;
  /** Naive point estimate, undefined when it cannot be computed (no agents or no history). */
  naive: number | undefined;
}

export interface SimResult {
  arrivals: number;
  servedImmediately: number;
  queued: number;
  abandoned: number;
  /** Arrival estimates of queued customers who were eventually served. */
  atArrival: Scored[];
  /** Live re-estimates (remaining wait) of customers who were eventually served. */
  live: Scored[];
  estimatorCalls: number;
}

interface Agent {
  id: string;
  capacity: number;
  load: number;
  accepting: boolean;
  speed: number;
  online: boolean;
}

interface Customer {
  id: number;
  arrivedAt: number;
  state: 'waiting' | 'served' | 'abandoned';
  pending: { at: number; position: number; estimate: WaitEstimate; naive: number | undefined }[];
  scoreArrival: boolean;
}

type Event =
  | { t: number; seq: number; kind: 'arrival' }
  | { t: number; seq: number; kind: 'end'; agent: Agent; handle: number; wait: number; concurrency: number }
  | { t: number; seq: number; kind: 'abandon'; customer: Customer }
  | { t: number; seq: number; kind: 'shift-start'; shift: Shift }
  | { t: number; seq: number; kind: 'shift-end'; agents: Agent[] }
  | { t: number; seq: number; kind: 'tick' };

type EventInit = Event extends infer E ? (E extends Event ? Omit<E, 'seq'> : never) : never;

class Heap {
  private items: Event[] = [];
  private seq = 0;
  get size(): number {
    return this.items.length;
  }
  push(e: EventInit): void {
    const ev = { ...e, seq: this.seq++ } as Event;
    const a = this.items;
    a.push(ev);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(a[i]!, a[p]!)) {
        [a[i], a[p]] = [a[p]!, a[i]!];
        i = p;
      } else break;
    }
  }
  pop(): Event | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
  private less(x: Event, y: Event): boolean {
    return x.t < y.t || (x.t === y.t && x.seq < y.seq);
  }
}

function curveAt(curve: readonly number[], tSeconds: number): number {
  const h = (tSeconds / 3600) % 24;
  const i = Math.floor(h);
  const f = h - i;
  return curve[i % 24]! * (1 - f) + curve[(i + 1) % 24]! * f;
}

const EPOCH = Date.UTC(2025, 0, 6); // the estimator's clock: ms since epoch
const HISTORY_SECONDS = 4 * 3600;

export function simulate(
  sc: Scenario,
  opts: { liveEverySeconds?: number; recordConcurrency?: boolean } = {},
): SimResult {
  const recordConcurrency = opts.recordConcurrency ?? true;
  const rng = new Rng(sc.seed);
  const heap = new Heap();
  const end = sc.hours * 3600;
  const warmup = (sc.warmupHours ?? 0) * 3600;
  const peak = sc.peakArrivalsPerHour / 3600;
  const maxCurve = Math.max(...sc.dailyCurve);
  const lambdaMax = peak * maxCurve;
  const liveEvery = opts.liveEverySeconds ?? 0;

  const agents: Agent[] = [];
  const queue: Customer[] = [];
  const completions: CompletedChat[] = [];
  const abandonments: Abandonment[] = [];
  const atArrival: Scored[] = [];
  const live: Scored[] = [];
  let arrivals = 0;
  let servedImmediately = 0;
  let queued = 0;
  let abandoned = 0;
  let nextId = 0;
  let agentSeq = 0;
  let estimatorCalls = 0;

  const patience = (): number =>
    sc.patience.kind === 'lognormal'
      ? rng.lognormal(sc.patience.medianSeconds, sc.patience.sigma)
      : rng.weibull(sc.patience.scaleSeconds, sc.patience.shape);

  const snapshot = (t: number): QueueSnapshot => {
    // Drop history the server would no longer keep.
    const horizon = EPOCH + (t - HISTORY_SECONDS) * 1000;
    while (completions.length > 0 && completions[0]!.finishedAt < horizon) completions.shift();
    while (abandonments.length > 0 && abandonments[0]!.at < horizon) abandonments.shift();
    return {
      completions,
      abandonments,
      agents: agents
        .filter((a) => a.online)
        .map((a) => ({ id: a.id, capacity: a.capacity, load: a.load, accepting: a.accepting })),
    };
  };

  const naiveEstimate = (position: number, snap: QueueSnapshot, now: number): number | undefined => {
    const staffed = snap.agents.filter((a) => a.accepting !== false).length;
    const recent = snap.completions.filter((c) => c.finishedAt > now - 1800_000);
    const sample = recent.length >= 5 ? recent : snap.completions.slice(-20);
    if (staffed === 0 || sample.length === 0) return undefined;
    const avg = sample.reduce((s, c) => s + c.handleSeconds, 0) / sample.length;
    return (position * avg) / staffed;
  };

  const estimateFor = (c: Customer, position: number, t: number) => {
    const snap = snapshot(t);
    const now = EPOCH + t * 1000;
    estimatorCalls++;
    c.pending.push({
      at: t,
      position,
      estimate: estimateWait(position, now, snap),
      naive: naiveEstimate(position, snap, now),
    });
  };

  const freeAgent = (): Agent | undefined => {
    let best: Agent | undefined;
    for (const a of agents) {
      if (!a.online || !a.accepting || a.load >= a.capacity) continue;
      if (!best || a.capacity - a.load > best.capacity - best.load) best = a;
    }
    return best;
  };

  const assign = (c: Customer, a: Agent, t: number) => {
    const slow = 1 + (sc.concurrencySlowdown ?? 0) * a.load;
    a.load++;
    const handle = rng.lognormal(sc.handleMedianSeconds, sc.handleSigma) * a.speed * slow;
    const wait = t - c.arrivedAt;
    c.state = 'served';
    heap.push({ t: t + handle, kind: 'end', agent: a, handle, wait, concurrency: a.load });
    for (const p of c.pending) {
      const rec = {
        actual: wait - (p.at - c.arrivedAt),
        position: p.position,
        estimate: p.estimate,
        naive: p.naive,
      };
      if (p.at === c.arrivedAt) {
        if (c.scoreArrival) atArrival.push(rec);
      } else if (c.scoreArrival) live.push(rec);
    }
    c.pending = [];
  };

  const drain = (t: number) => {
    while (queue.length > 0) {
      const a = freeAgent();
      if (!a) return;
      assign(queue.shift()!, a, t);
    }
  };

  // Schedule shifts and the first arrival.
  for (const s of sc.shifts) {
    heap.push({ t: s.start * 3600, kind: 'shift-start', shift: s });
  }
  heap.push({ t: rng.exponential(lambdaMax), kind: 'arrival' });
  if (liveEvery > 0) heap.push({ t: liveEvery, kind: 'tick' });
  for (;;) {
    const ev = heap.pop();
    if (!ev) break;
    const t = ev.t;
    if (t > end + 6 * 3600) break; // customers still waiting then are not scored
    switch (ev.kind) {
      case 'arrival': {
        if (t > end) break;
        heap.push({ t: t + rng.exponential(lambdaMax), kind: 'arrival' });
        if (rng.uniform() * maxCurve > curveAt(sc.dailyCurve, t)) break; // thinning
        arrivals++;
        const c: Customer = {
          id: nextId++,
          arrivedAt: t,
          state: 'waiting',
          pending: [],
          scoreArrival: t >= warmup,
        };
        const a = queue.length === 0 ? freeAgent() : undefined;
        if (a) {
          servedImmediately++;
          assign(c, a, t);
          break;
        }
        queue.push(c);
        queued++;
        estimateFor(c, queue.length, t);
        heap.push({ t: t + patience(), kind: 'abandon', customer: c });
        break;
      }
      case 'end': {
        const a = ev.agent;
        a.load--;
        completions.push({
          finishedAt: EPOCH + t * 1000,
          handleSeconds: ev.handle,
          waitSeconds: ev.wait,
          ...(recordConcurrency ? { concurrency: ev.concurrency } : {}),
        });
        if (!a.accepting && a.load === 0) a.online = false;
        drain(t);
        break;
      }
      case 'abandon': {
        const c = ev.customer;
        if (c.state !== 'waiting') break;
        c.state = 'abandoned';
        abandoned++;
        const i = queue.indexOf(c);
        if (i >= 0) queue.splice(i, 1);
        abandonments.push({ at: EPOCH + t * 1000, waitedSeconds: t - c.arrivedAt });
        break;
      }
      case 'shift-start': {
        const s = ev.shift;
        const group: Agent[] = [];
        for (let i = 0; i < s.agents; i++) {
          const a: Agent = {
            id: `agent-${agentSeq++}`,
            capacity: rng.pick(sc.capacities),
            load: 0,
            accepting: true,
            speed: rng.lognormal(1, 0.15),
            online: true,
          };
          agents.push(a);
          group.push(a);
        }
        heap.push({ t: s.end * 3600, kind: 'shift-end', agents: group });
        drain(t);
        break;
      }
      case 'shift-end': {
        for (const a of ev.agents) {
          a.accepting = false;
          if (a.load === 0) a.online = false;
        }
        break;
      }
      case 'tick': {
        if (t <= end || queue.length > 0) heap.push({ t: t + liveEvery, kind: 'tick' });
        queue.forEach((c, i) => {
          estimateFor(c, i + 1, t);
        });
        break;
      }
    }
    // Keep the agent list small.
    if (agents.length > 200) {
      for (let i = agents.length - 1; i >= 0; i--) if (!agents[i]!.online) agents.splice(i, 1);
    }
  }
  return { arrivals, servedImmediately, queued, abandoned, atArrival, live, estimatorCalls };
}
