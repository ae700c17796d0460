import { describe, expect, it } from 'vitest';
import type { WaitEstimate } from './estimator.ts';
import { blendOverflow } from './overflow.ts';

const range = (low: number, point: number, high: number): WaitEstimate => ({
  kind: 'range',
  lowSeconds: low,
  pointSeconds: point,
  highSeconds: high,
});
/** Two more agents' worth: each position is served twice as fast by both pools together. */
const combined = (k: number) => range(k * 30, k * 60, k * 90);

describe('wait estimate with overflow agents', () => {
  it('ignores the overflow when the customer is served before it is due', () => {
    const own = range(60, 120, 240);
    expect(blendOverflow(2, own, combined, 600)).toBe(own);
  });

  it('nobody of the queue itself: nothing before the overflow is due, then both pools', () => {
    const own: WaitEstimate = { kind: 'unknown', reason: 'no-agents' };
    expect(blendOverflow(3, own, combined, 300)).toEqual(range(300 + 90, 300 + 180, 300 + 270));
    expect(blendOverflow(3, own, combined, 0)).toEqual(range(90, 180, 270));
  });

  it('a long own wait is shortened by the overflow agents, never lengthened', () => {
    const own = { kind: 'range', lowSeconds: 1200, pointSeconds: 2400, highSeconds: 3600 } as const; // 4 min a place
    const blended = blendOverflow(10, own, combined, 600);
    if (blended.kind !== 'range') throw new Error('range expected');
    // 10 minutes at the own pace serves a quarter of the line; the rest goes twice as fast.
    expect(blended.pointSeconds).toBe(600 + 8 * 60);
    expect(blended.highSeconds).toBeLessThanOrEqual(own.highSeconds);
    expect(blended.lowSeconds).toBeLessThanOrEqual(blended.pointSeconds);
    expect(blended.pointSeconds).toBeLessThan(own.pointSeconds);
  });

  it('keeps "unknown" when the overflow agents cannot be estimated either', () => {
    const own: WaitEstimate = { kind: 'unknown', reason: 'no-history' };
    const none = (): WaitEstimate => ({ kind: 'unknown', reason: 'no-history' });
    expect(blendOverflow(1, own, none, 0)).toBe(own);
  });
});
