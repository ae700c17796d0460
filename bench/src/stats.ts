/** Latency samples in a growable Float64Array (no per-sample allocation) and nearest-rank percentiles. */
export class LatencyRecorder {
  #buf = new Float64Array(1 << 14);
  #n = 0;

  add(ms: number): void {
    if (this.#n === this.#buf.length) {
      const next = new Float64Array(this.#buf.length * 2);
      next.set(this.#buf);
      this.#buf = next;
    }
    this.#buf[this.#n++] = ms;
  }

  get count(): number {
    return this.#n;
  }

  values(): Float64Array {
    return this.#buf.subarray(0, this.#n);
  }

  static merge(...recorders: LatencyRecorder[]): LatencyRecorder {
    const out = new LatencyRecorder();
    for (const r of recorders) for (const v of r.values()) out.add(v);
    return out;
  }

  summary(): LatencySummary {
    const n = this.#n;
    if (n === 0) return { count: 0, mean: null, p50: null, p95: null, p99: null, max: null };
    const sorted = Float64Array.from(this.values()).sort();
    let sum = 0;
    for (const v of sorted) sum += v;
    const at = (p: number) => round(sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))]!);
    return {
      count: n,
      mean: round(sum / n),
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: round(sorted[n - 1]!),
    };
  }
}

export interface LatencySummary {
  count: number;
  mean: number | null;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export function round(v: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/**
 * One measurement window [start, end) on the performance.now() clock. Latency is recorded for every
 * message SENT inside the window (whenever it arrives, until the drain ends); throughput counts the
 * messages DELIVERED inside the window, whenever they were sent.
 */
export class Meter {
  sent = 0;
  deliveredInWindow = 0;
  readonly latency = new LatencyRecorder();

  constructor(
    readonly start: number,
    readonly end: number,
  ) {}

  get seconds(): number {
    return (this.end - this.start) / 1000;
  }

  noteSent(at: number): void {
    if (at >= this.start && at < this.end) this.sent++;
  }

  noteDelivered(sentAt: number, now: number): void {
    if (sentAt >= this.start && sentAt < this.end) this.latency.add(now - sentAt);
    if (now >= this.start && now < this.end) this.deliveredInWindow++;
  }

  /** Messages sent in the window that have not arrived (yet). */
  get outstanding(): number {
    return this.sent - this.latency.count;
  }

  get perSecond(): number {
    return this.deliveredInWindow / this.seconds;
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A message body: the send time first (parseFloat reads it back), then a typical chat sentence. */
const FILLER = 'Hello, I have a question about a transaction on my card statement from last week.';
export function stampedBody(now: number): string {
  return `${now.toFixed(3)} ${FILLER}`;
}

/** Waits until `done()` or the deadline; resolves true if done. */
export async function waitUntil(done: () => boolean, timeoutMs: number, stepMs = 50): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() >= deadline) return false;
    await sleep(stepMs);
  }
  return true;
}

export function log(...parts: unknown[]): void {
  const t = new Date().toISOString().slice(11, 23);
  process.stderr.write(
    `[bench ${t}] ${parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ')}\n`,
  );
}

/** Runs fn over items with at most `batch` at a time (in consecutive batches). */
export async function inBatches<T>(
  items: readonly T[],
  batch: number,
  fn: (item: T, index: number) => Promise<void>,
) {
  for (let i = 0; i < items.length; i += batch) {
    await Promise.all(items.slice(i, i + batch).map((item, j) => fn(item, i + j)));
  }
}
