/**
 * Estimated wait for a customer queued for a live agent (DOMAIN.md §5, issue "Live agents" §3).
 * Pure functions: no clock, no I/O; the caller passes `now` and a snapshot of the queue.
 *
 * Method (docs/wait-estimate.md has the long version):
 *
 * 1. Handle time. From the recent completions on the queue (finished in the last `windowSeconds`, topped up
 *    with the most recent ones if the window holds too few, at most `maxSamples`), a winsorized mean handle
 *    time h (values clipped at 12× the median, so one chat left open for hours cannot swamp the estimate)
 *    and its coefficient of variation. When completions record the agent's concurrency, the handle time
 *    for an agent of capacity c is taken from chats that ran at concurrency c (with ≥ `minCompletions`
 *    of them), because while a queue exists agents run full, and multitasking stretches every chat.
 *
 * 2. Service rate (slot free-ups per second). A customer at position k is served when the k-th chat slot
 *    frees up. While a queue exists every slot is busy, and by Little's law each of the C slots currently
 *    staffed (agents online on the skill and accepting chats × their concurrency, so shift changes are seen
 *    at once) frees at rate 1/h, so μ = C / h. Agents who are logging off (draining) are not counted: their
 *    slots free up but are not reused. Handle times measured at the agents' real concurrency already include
 *    the slowdown of juggling 2–3 chats. When the caller does not report staffing at all (empty `agents`),
 *    μ falls back to the observed departures per second over the window; when agents are reported but none
 *    is accepting (a gap between shifts) the answer is "unknown": nobody can say when someone logs on.
 *    Free slots at this instant (assignment lag) are subtracted from the position.
 *
 * 3. Abandonment ahead. People ahead may give up. Patience is modelled as exponential with rate θ estimated
 *    by maximum likelihood from the window: θ = abandonments / (total time waited by those who abandoned +
 *    by those who were served), the standard censored-exponential estimator. (`abandonmentRate` can also
 *    left-truncate at an age τ; it is not used by default because the snapshot lacks the ages of the
 *    customers still waiting, whose exposure the truncated estimate would then miss.)
 *
 * 4. Distribution of the wait. With n customers still to leave the queue before (and including) you, the
 *    next departure from the queue happens at rate λ_n = μ + θ·(n − 1) (a slot frees, or someone ahead
 *    gives up), so the wait is a sum of independent exponentials: Erlang(k, μ) when θ = 0, hypoexponential
 *    otherwise, with mean m = Σ 1/λ_n and variance v = Σ 1/λ_n². The service rate itself is uncertain
 *    (sampling error of h, relative variance cv²/n, plus drift of staffing and handle times over the wait,
 *    `rateDrift`), which adds m²·c² to the variance. The result is matched by moments to a Gamma distribution
 *    (exact for the Erlang case without rate uncertainty).
 *
 * 5. Output. The range is the shortest interval holding `coverage` (default 85%) of that Gamma, which is
 *    narrower than the equal-tailed one for the same honesty; the point estimate is its median, which
 *    minimises the expected absolute error. `{ kind: 'unknown' }` when the data are too thin: no staffed
 *    capacity and fewer than `minCompletions` recent completions, or staffed agents but no handle-time
 *    history and no configured prior.
 */
import { gammaQuantile, gammaShortestInterval } from './erlang.ts';

export interface CompletedChat {
  /** When the chat ended (ms since epoch, same clock as `now`). */
  finishedAt: number;
  /** Time from assignment to an agent until the chat ended, in seconds. */
  handleSeconds: number;
  /** Time the customer waited in the queue before assignment, in seconds (for the abandonment rate). */
  waitSeconds?: number;
  /**
   * Chats the agent was handling right after this one was assigned (this one included). Optional: when
   * present, the service rate uses the handle times observed at the concurrency the staffed agents run at
   * while a queue exists (full), since agents juggling more chats take longer over each.
   */
  concurrency?: number;
}

export interface Abandonment {
  /** When the customer left the queue (ms since epoch). */
  at: number;
  /** How long they had waited, in seconds. */
  waitedSeconds?: number;
}

export interface StaffedAgent {
  id: string;
  /** Concurrent chats this agent takes (typically 2–3). */
  capacity: number;
  /** Chats currently assigned. */
  load: number;
  /** False while logging off / on break: finishing current chats but taking no new ones. Default true. */
  accepting?: boolean;
}

export interface QueueSnapshot {
  /** Recent completed chats on this queue (any order; older ones are ignored). */
  completions: readonly CompletedChat[];
  /** Recent abandonments from this queue. */
  abandonments?: readonly Abandonment[];
  /**
   * Agents staffed on the queue's skill (online, including those logging off). Empty means staffing is not
   * reported: the estimate then falls back to the observed departure rate.
   */
  agents: readonly StaffedAgent[];
}

export interface EstimateOptions {
  /** Sliding window for handle times, throughput and abandonment (seconds). Default 1800. */
  windowSeconds?: number;
  /** Fewer completions than this (and nobody staffed) means "unknown". Default 5. */
  minCompletions?: number;
  /** Handle-time samples wanted; the window is topped up with older completions to reach it. Default 20. */
  targetSamples?: number;
  /** Most recent completions used at most. Default 300. */
  maxSamples?: number;
  /** Completions older than this are never used (seconds). Default 4 × windowSeconds. */
  maxAgeSeconds?: number;
  /** Probability mass of the shown range. Default 0.85. */
  coverage?: number;
  /** Relative sd of the service rate from staffing/handle-time drift during the wait. Default 0.08. */
  rateDrift?: number;
  /** Handle time to assume when there is no history yet (seconds); without it such queues are "unknown". */
  priorHandleSeconds?: number;
}

export interface EstimateBasis {
  source: 'staffed' | 'throughput' | 'free-slot';
  /** Slot free-ups per second. */
  ratePerSecond: number;
  /** Winsorized mean handle time used (seconds), if any. */
  handleSeconds?: number;
  /** Handle-time samples used. */
  samples: number;
  /** Staffed accepting capacity (slots). */
  capacity: number;
  /** Free accepting slots right now. */
  freeSlots: number;
  /** Abandonment rate per waiting customer per second. */
  abandonRate: number;
  /** Shape of the fitted Gamma. */
  shape: number;
}

export type WaitEstimate =
  | { kind: 'range'; lowSeconds: number; highSeconds: number; pointSeconds: number; basis?: EstimateBasis }
  | { kind: 'unknown'; reason: 'no-agents' | 'no-history' | 'invalid-position' };

const DEFAULTS = {
  windowSeconds: 1800,
  minCompletions: 5,
  targetSamples: 20,
  maxSamples: 300,
  coverage: 0.85,
  rateDrift: 0.08,
};

function quantileSorted(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export interface HandleStats {
  /** Winsorized mean (seconds). */
  mean: number;
  median: number;
  /** Coefficient of variation of the winsorized sample. */
  cv: number;
  n: number;
}

/**
 * Robust handle-time statistics (see header, step 1): mean and CV after clipping at 12× the median. The
 * clip only touches data errors (a chat left open for hours): for lognormal handle times with log-sd up to
 * 1 it removes under 2% of the mean, whereas percentile winsorizing would bias the mean (and so the
 * service rate) by 5% or more on heavy-tailed queues.
 */
export function handleTimeStats(handleSeconds: readonly number[]): HandleStats | undefined {
  const xs = handleSeconds.filter((x) => Number.isFinite(x) && x >= 0).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return undefined;
  const median = quantileSorted(xs, 0.5);
  const hi = 12 * median;
  let sum = 0;
  let sumSq = 0;
  for (const x of xs) {
    const w = Math.min(hi, x);
    sum += w;
    sumSq += w * w;
  }
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : mean * mean;
  return { mean, median, cv: mean > 0 ? Math.sqrt(variance) / mean : 1, n };
}

/** Picks the handle-time sample: the window, topped up with the most recent older completions. */
function recentCompletions(
  completions: readonly CompletedChat[],
  now: number,
  o: Required<Omit<EstimateOptions, 'priorHandleSeconds'>>,
): { sample: CompletedChat[]; inWindow: number } {
  const windowStart = now - o.windowSeconds * 1000;
  const oldest = now - o.maxAgeSeconds * 1000;
  const usable = completions
    .filter((c) => c.finishedAt <= now && c.finishedAt >= oldest && Number.isFinite(c.handleSeconds))
    .sort((a, b) => b.finishedAt - a.finishedAt);
  let inWindow = 0;
  while (inWindow < usable.length && usable[inWindow]!.finishedAt > windowStart) inWindow++;
  const take = Math.min(usable.length, o.maxSamples, Math.max(inWindow, o.targetSamples));
  return { sample: usable.slice(0, take), inWindow };
}

/**
 * Patience hazard (abandonments per waiting customer per second) among customers who have already waited
 * at least `minAgeSeconds`: the left-truncated, right-censored exponential MLE over the window,
 * θ(τ) = #abandonments after waiting > τ / Σ max(0, waited − τ) over those who abandoned and those who were
 * served (header, step 3). With τ = 0 this is the usual constant-hazard estimate; a positive τ matters when
 * patience is not memoryless (people who have already waited long are less, or more, likely to give up).
 * Falls back to τ = 0 when too little waiting beyond τ was observed, and to 0 without data.
 */
export function abandonmentRate(
  snapshot: QueueSnapshot,
  now: number,
  windowSeconds: number,
  minAgeSeconds = 0,
): number {
  const windowStart = now - windowSeconds * 1000;
  const waits: number[] = [];
  const abandonedWaits: number[] = [];
  for (const a of snapshot.abandonments ?? []) {
    if (a.at > windowStart && a.at <= now) abandonedWaits.push(Math.max(0, a.waitedSeconds ?? 0));
  }
  if (abandonedWaits.length === 0) return 0;
  for (const c of snapshot.completions) {
    if (c.finishedAt > windowStart && c.finishedAt <= now) waits.push(Math.max(0, c.waitSeconds ?? 0));
  }
  const rateBeyond = (tau: number): number | undefined => {
    let events = 0;
    let exposure = 0;
    for (const w of abandonedWaits) {
      if (w > tau) {
        events++;
        exposure += w - tau;
      }
    }
    for (const w of waits) if (w > tau) exposure += w - tau;
    // Without enough observed waiting time the rate is not identifiable.
    return exposure < 60 ? undefined : events / exposure;
  };
  return (minAgeSeconds > 0 ? rateBeyond(minAgeSeconds) : undefined) ?? rateBeyond(0) ?? 0;
}

/**
 * Slot free-up rate with every accepting agent at full concurrency: Σ capacity_i / h(capacity_i), where
 * h(c) is the mean handle time of recent chats that ran at concurrency c when enough were recorded, the
 * overall mean otherwise. Also returns the relative variance of the rate from sampling.
 */
function fullLoadRate(
  agents: readonly StaffedAgent[],
  sample: readonly CompletedChat[],
  overall: HandleStats,
  minSamples: number,
): { rate: number; relVar: number } {
  const byConcurrency = new Map<number, number[]>();
  for (const c of sample) {
    if (c.concurrency === undefined || !Number.isFinite(c.concurrency)) continue;
    const key = Math.round(c.concurrency);
    const list = byConcurrency.get(key) ?? [];
    list.push(c.handleSeconds);
    byConcurrency.set(key, list);
  }
  const statsFor = new Map<number, HandleStats>();
  let rate = 0;
  let varSum = 0;
  for (const a of agents) {
    if (a.accepting === false) continue;
    const cap = Math.max(0, Math.floor(a.capacity));
    if (cap === 0) continue;
    let st = statsFor.get(cap);
    if (!st) {
      const xs = byConcurrency.get(cap);
      const own = xs && xs.length >= minSamples ? handleTimeStats(xs) : undefined;
      st = own && own.mean > 0 ? own : overall;
      statsFor.set(cap, st);
    }
    const r = cap / st.mean;
    rate += r;
    // Agents sharing a statistic have perfectly correlated errors: accumulate sd per agent, square later.
    varSum += r * Math.sqrt((st.cv * st.cv) / st.n);
  }
  return { rate, relVar: rate > 0 ? (varSum / rate) ** 2 : 1 };
}

/**
 * Moments of the wait until `k` customers (you included) have left the queue, each departure happening at
 * rate μ + θ·(n − 1) with n customers left: a hypoexponential sum (Erlang(k, μ) when θ = 0).
 */
export function waitMoments(
  k: number,
  rate: number,
  abandonRate: number,
): { mean: number; variance: number } {
  let mean = 0;
  let variance = 0;
  for (let n = 1; n <= k; n++) {
    const t = 1 / (rate + abandonRate * (n - 1));
    mean += t;
    variance += t * t;
  }
  return { mean, variance };
}

/**
 * Estimated wait for the customer at `position` (1 = next to be served) on a queue described by
 * `snapshot`, at time `now` (ms since epoch).
 */
export function estimateWait(
  position: number,
  now: number,
  snapshot: QueueSnapshot,
  options: EstimateOptions = {},
): WaitEstimate {
  if (!Number.isFinite(position) || position < 1) return { kind: 'unknown', reason: 'invalid-position' };
  const k = Math.floor(position);
  const windowSeconds = options.windowSeconds ?? DEFAULTS.windowSeconds;
  const o = {
    windowSeconds,
    minCompletions: options.minCompletions ?? DEFAULTS.minCompletions,
    targetSamples: options.targetSamples ?? DEFAULTS.targetSamples,
    maxSamples: options.maxSamples ?? DEFAULTS.maxSamples,
    maxAgeSeconds: options.maxAgeSeconds ?? 4 * windowSeconds,
    coverage: options.coverage ?? DEFAULTS.coverage,
    rateDrift: options.rateDrift ?? DEFAULTS.rateDrift,
  };

  let capacity = 0;
  let busy = 0;
  for (const a of snapshot.agents) {
    if (a.accepting === false) continue;
    const cap = Math.max(0, Math.floor(a.capacity));
    capacity += cap;
    busy += Math.min(cap, Math.max(0, a.load));
  }
  const freeSlots = capacity - busy;

  const { sample, inWindow } = recentCompletions(snapshot.completions, now, o);
  const stats = handleTimeStats(sample.map((c) => c.handleSeconds));

  // Position already covered by a free slot: served as soon as routing assigns.
  if (capacity > 0 && k <= freeSlots) {
    return {
      kind: 'range',
      lowSeconds: 0,
      highSeconds: 0,
      pointSeconds: 0,
      basis: {
        source: 'free-slot',
        ratePerSecond: 0,
        samples: stats?.n ?? 0,
        capacity,
        freeSlots,
        abandonRate: 0,
        shape: 0,
      },
    };
  }

  let rate: number;
  let relVar: number; // relative variance of the rate estimate
  let source: EstimateBasis['source'];
  let handleSeconds: number | undefined;
  if (capacity > 0) {
    if (stats && stats.n >= o.minCompletions && stats.mean > 0) {
      const full = fullLoadRate(snapshot.agents, sample, stats, o.minCompletions);
      handleSeconds = capacity / full.rate;
      relVar = full.relVar;
    } else if (options.priorHandleSeconds && options.priorHandleSeconds > 0) {
      // Shrink the few observations towards the prior (worth `minCompletions` samples).
      const n = stats?.n ?? 0;
      const m0 = o.minCompletions;
      handleSeconds = ((stats?.mean ?? 0) * n + options.priorHandleSeconds * m0) / (n + m0);
      relVar = 1 / (n + m0);
    } else {
      return { kind: 'unknown', reason: 'no-history' };
    }
    rate = capacity / handleSeconds;
    source = 'staffed';
  } else {
    // Agents reported but none accepting (a gap between shifts): nobody can say when someone logs on.
    if (snapshot.agents.length > 0 || inWindow < o.minCompletions)
      return { kind: 'unknown', reason: 'no-agents' };
    rate = inWindow / o.windowSeconds;
    relVar = 1 / inWindow; // Poisson count error
    source = 'throughput';
    handleSeconds = stats?.mean;
  }

  const kEff = k - Math.max(0, freeSlots);
  const abandonRate = abandonmentRate(snapshot, now, o.windowSeconds);
  const { mean, variance } = waitMoments(kEff, rate, abandonRate);
  const c2 = relVar + o.rateDrift * o.rateDrift;
  const totalVar = variance + mean * mean * c2;
  const shape = (mean * mean) / totalVar;
  const scale = totalVar / mean;
  const [low, high] = gammaShortestInterval(o.coverage, shape, scale);
  const median = gammaQuantile(0.5, shape, scale);
  const pointSeconds = Math.min(high, Math.max(low, median));
  return {
    kind: 'range',
    lowSeconds: low,
    highSeconds: high,
    pointSeconds,
    basis: {
      source,
      ratePerSecond: rate,
      ...(handleSeconds !== undefined ? { handleSeconds } : {}),
      samples: stats?.n ?? 0,
      capacity,
      freeSlots,
      abandonRate,
      shape,
    },
  };
}
