import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gammaQuantile } from './erlang.ts';
import {
  abandonmentRate,
  type CompletedChat,
  estimateWait,
  handleTimeStats,
  type QueueSnapshot,
  type StaffedAgent,
  waitMoments,
} from './estimator.ts';

const NOW = Date.UTC(2025, 0, 6, 12);

function completions(
  n: number,
  handleSeconds: number | ((i: number) => number),
  spacingSeconds = 30,
): CompletedChat[] {
  return Array.from({ length: n }, (_, i) => ({
    finishedAt: NOW - (i + 1) * spacingSeconds * 1000,
    handleSeconds: typeof handleSeconds === 'number' ? handleSeconds : handleSeconds(i),
    waitSeconds: 60,
  }));
}

function agents(n: number, capacity = 2, load = capacity): StaffedAgent[] {
  return Array.from({ length: n }, (_, i) => ({ id: `a${i}`, capacity, load }));
}

function range(e: ReturnType<typeof estimateWait>) {
  if (e.kind !== 'range') throw new Error(`expected a range, got ${JSON.stringify(e)}`);
  return e;
}

describe('handleTimeStats', () => {
  it('is the mean for well-behaved data and clips wild outliers', () => {
    expect(handleTimeStats([100, 200, 300])!.mean).toBeCloseTo(200, 9);
    const withOutlier = handleTimeStats([...Array(19).fill(300), 86_400])!;
    expect(withOutlier.mean).toBeLessThan(500); // the 24 h chat is clipped to 12× the median
    expect(handleTimeStats([])).toBeUndefined();
  });
});

describe('waitMoments', () => {
  it('is Erlang(k, μ) without abandonment', () => {
    const m = waitMoments(4, 0.5, 0);
    expect(m.mean).toBeCloseTo(8, 12);
    expect(m.variance).toBeCloseTo(16, 12);
  });
  it('is shorter when people ahead abandon', () => {
    expect(waitMoments(10, 0.1, 0.01).mean).toBeLessThan(waitMoments(10, 0.1, 0).mean);
  });
});

describe('estimateWait', () => {
  const snap: QueueSnapshot = { completions: completions(60, 600), agents: agents(5, 2) };

  it('matches the Erlang model: 10 slots, 600 s handle → μ = 1/60 s', () => {
    const e = range(estimateWait(1, NOW, snap, { rateDrift: 0 }));
    expect(e.basis?.ratePerSecond).toBeCloseTo(10 / 600, 9);
    // Position 1, no rate uncertainty (constant handle times): exponential, median 60 ln 2
    expect(e.pointSeconds).toBeCloseTo(60 * Math.LN2, 6);
    expect(e.lowSeconds).toBe(0);
    expect(e.highSeconds).toBeCloseTo(-60 * Math.log(0.15), 6);
    const e10 = range(estimateWait(10, NOW, snap, { rateDrift: 0 }));
    expect(e10.pointSeconds).toBeCloseTo(gammaQuantile(0.5, 10, 60), 6);
  });

  it.each([
    [1, 0, 3 * 60],
    [5, 3 * 60, 8 * 60],
    [20, 15 * 60, 27 * 60],
  ])('position %d on 10 slots of 10-minute chats: point between %d and %d s', (position, lo, hi) => {
    const e = range(estimateWait(position, NOW, snap));
    expect(e.pointSeconds).toBeGreaterThanOrEqual(lo);
    expect(e.pointSeconds).toBeLessThanOrEqual(hi);
    expect(e.lowSeconds).toBeLessThanOrEqual(e.pointSeconds);
    expect(e.pointSeconds).toBeLessThanOrEqual(e.highSeconds);
  });

  it('gives useful, not huge, ranges for mid-queue positions', () => {
    const e = range(estimateWait(20, NOW, snap));
    expect(e.highSeconds / e.lowSeconds).toBeLessThan(2.2);
  });

  it('is monotonic in position', () => {
    let prev = range(estimateWait(1, NOW, snap));
    for (let k = 2; k <= 300; k++) {
      const e = range(estimateWait(k, NOW, snap));
      expect(e.pointSeconds).toBeGreaterThan(prev.pointSeconds);
      expect(e.highSeconds).toBeGreaterThan(prev.highSeconds);
      prev = e;
    }
  });

  it('counts concurrency: the same agents with capacity 3 serve faster than with capacity 1', () => {
    const c1 = range(estimateWait(6, NOW, { ...snap, agents: agents(5, 1) }));
    const c3 = range(estimateWait(6, NOW, { ...snap, agents: agents(5, 3) }));
    expect(c3.pointSeconds).toBeLessThan(c1.pointSeconds / 2);
  });

  it('uses the currently staffed capacity (shift change)', () => {
    const before = range(estimateWait(10, NOW, { ...snap, agents: agents(10, 2) }));
    const after = range(
      estimateWait(10, NOW, {
        ...snap,
        agents: [...agents(5, 2), ...agents(5, 2).map((a) => ({ ...a, id: `x${a.id}`, accepting: false }))],
      }),
    );
    expect(after.pointSeconds).toBeGreaterThan(1.8 * before.pointSeconds);
  });

  it('subtracts free slots: a position covered by a free slot waits ~0', () => {
    const e = range(estimateWait(2, NOW, { ...snap, agents: agents(5, 2, 1) }));
    expect(e.highSeconds).toBe(0);
  });

  it('uses handle times at full concurrency when completions record it', () => {
    const mixed: CompletedChat[] = completions(80, (i) => (i % 2 ? 400 : 800)).map((c, i) => ({
      ...c,
      concurrency: i % 2 ? 1 : 2,
    }));
    const e = range(estimateWait(10, NOW, { completions: mixed, agents: agents(5, 2) }));
    expect(e.basis?.ratePerSecond).toBeCloseTo(10 / 800, 9);
  });

  it('accounts for abandonment ahead', () => {
    const ab = Array.from({ length: 20 }, (_, i) => ({ at: NOW - i * 60_000, waitedSeconds: 120 }));
    const without = range(estimateWait(30, NOW, snap));
    const withAb = range(estimateWait(30, NOW, { ...snap, abandonments: ab }));
    expect(withAb.basis!.abandonRate).toBeGreaterThan(0);
    expect(withAb.pointSeconds).toBeLessThan(without.pointSeconds);
  });

  it('is unknown when the data are too thin', () => {
    expect(estimateWait(3, NOW, { completions: completions(2, 300), agents: [] })).toEqual({
      kind: 'unknown',
      reason: 'no-agents',
    });
    expect(estimateWait(3, NOW, { completions: [], agents: agents(3) })).toEqual({
      kind: 'unknown',
      reason: 'no-history',
    });
    // Agents reported, none accepting (gap between shifts)
    const leaving = agents(3).map((a) => ({ ...a, accepting: false }));
    expect(estimateWait(3, NOW, { completions: completions(50, 300), agents: leaving }).kind).toBe('unknown');
    expect(estimateWait(0, NOW, snap)).toEqual({ kind: 'unknown', reason: 'invalid-position' });
    // Stale history (older than 4 × window) does not count
    const stale = completions(50, 300).map((c) => ({ ...c, finishedAt: c.finishedAt - 5 * 3600_000 }));
    expect(estimateWait(3, NOW, { completions: stale, agents: agents(3) }).kind).toBe('unknown');
  });

  it('falls back to a prior handle time, or to observed throughput when nobody is staffed', () => {
    expect(
      estimateWait(3, NOW, { completions: [], agents: agents(3) }, { priorHandleSeconds: 480 }).kind,
    ).toBe('range');
    const e = range(estimateWait(3, NOW, { completions: completions(30, 300, 59), agents: [] }));
    expect(e.basis?.source).toBe('throughput');
    expect(e.basis?.ratePerSecond).toBeCloseTo(30 / 1800, 9);
  });

  it('abandonmentRate is the censored-exponential MLE', () => {
    const s: QueueSnapshot = {
      completions: completions(10, 300).map((c) => ({ ...c, waitSeconds: 100 })),
      abandonments: [
        { at: NOW - 1000, waitedSeconds: 200 },
        { at: NOW - 2000, waitedSeconds: 300 },
      ],
      agents: [],
    };
    expect(abandonmentRate(s, NOW, 1800)).toBeCloseTo(2 / (10 * 100 + 500), 12);
  });
});

const snapshotArb = fc.record({
  handles: fc.array(fc.double({ min: 20, max: 3600, noNaN: true }), { minLength: 5, maxLength: 80 }),
  agents: fc.array(
    fc.record({
      capacity: fc.integer({ min: 1, max: 3 }),
      busy: fc.integer({ min: 0, max: 3 }),
      accepting: fc.boolean(),
    }),
    { minLength: 1, maxLength: 30 },
  ),
  abandons: fc.array(fc.double({ min: 0, max: 1800, noNaN: true }), { maxLength: 30 }),
});

interface ArbSnapshot {
  handles: number[];
  agents: { capacity: number; busy: number; accepting: boolean }[];
  abandons: number[];
}

function build(a: ArbSnapshot): QueueSnapshot {
  return {
    completions: a.handles.map((h, i) => ({
      finishedAt: NOW - (i + 1) * 20_000,
      handleSeconds: h,
      waitSeconds: 30,
    })),
    abandonments: a.abandons.map((w, i) => ({ at: NOW - (i + 1) * 45_000, waitedSeconds: w })),
    agents: a.agents.map((g, i) => ({
      id: `a${i}`,
      capacity: g.capacity,
      load: Math.min(g.capacity, g.busy),
      accepting: g.accepting,
    })),
  };
}

describe('estimateWait properties', () => {
  it('low ≤ point ≤ high, all finite and non-negative', () => {
    fc.assert(
      fc.property(snapshotArb, fc.integer({ min: 1, max: 400 }), (a, position) => {
        const e = estimateWait(position, NOW, build(a));
        if (e.kind === 'unknown') return;
        expect(e.lowSeconds).toBeGreaterThanOrEqual(0);
        expect(e.lowSeconds).toBeLessThanOrEqual(e.pointSeconds + 1e-9);
        expect(e.pointSeconds).toBeLessThanOrEqual(e.highSeconds + 1e-9);
        expect(Number.isFinite(e.highSeconds)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never decreases with position', () => {
    fc.assert(
      fc.property(snapshotArb, fc.integer({ min: 1, max: 300 }), (a, position) => {
        const s = build(a);
        const e1 = estimateWait(position, NOW, s);
        const e2 = estimateWait(position + 1, NOW, s);
        if (e1.kind === 'unknown' || e2.kind === 'unknown') return;
        expect(e2.pointSeconds).toBeGreaterThanOrEqual(e1.pointSeconds - 1e-9);
        expect(e2.highSeconds).toBeGreaterThanOrEqual(e1.highSeconds - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('more staffed capacity never increases the estimate', () => {
    fc.assert(
      fc.property(
        snapshotArb,
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 3 }),
        (a, position, extra) => {
          const s = build(a);
          const more: QueueSnapshot = {
            ...s,
            agents: [...s.agents, { id: 'new', capacity: extra, load: extra }],
          };
          const e1 = estimateWait(position, NOW, s);
          const e2 = estimateWait(position, NOW, more);
          expect(e2.kind).toBe('range'); // staffed with history: never unknown
          if (e1.kind === 'unknown' || e2.kind === 'unknown') return;
          expect(e2.pointSeconds).toBeLessThanOrEqual(e1.pointSeconds * (1 + 1e-9) + 1e-9);
          expect(e2.highSeconds).toBeLessThanOrEqual(e1.highSeconds * (1 + 1e-9) + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
});
