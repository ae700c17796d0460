import type { WaitEstimate } from './estimator.ts';

/**
 * The wait when agents of an overflow queue also take the chat once it has waited `thresholdSeconds`
 * (docs/wait-estimate.md, "Overflow"). Until then only the queue's own agents serve; from then on
 * both pools do. `own` is the estimate with the queue's agents alone; `combined(k)` estimates
 * position k with both pools.
 *
 * - Own estimate ends before the threshold: the overflow never matters; `own` stands.
 * - Nobody of the queue itself can take it (own unknown): nothing happens before the threshold, then
 *   the combined pool serves the whole line: threshold + combined(position).
 * - Otherwise the own agents serve part of the line before the threshold (linearly, at their
 *   point-estimate pace) and the combined pool the rest: threshold + combined(remaining), never later
 *   than the own estimate (the overflow only adds agents).
 */
export function blendOverflow(
  position: number,
  own: WaitEstimate,
  combined: (position: number) => WaitEstimate,
  thresholdSeconds: number,
): WaitEstimate {
  const t = Math.max(0, thresholdSeconds);
  if (own.kind === 'range' && own.highSeconds <= t) return own;
  if (own.kind === 'unknown' && own.reason === 'invalid-position') return own;
  const remaining =
    own.kind === 'range' && own.pointSeconds > 0
      ? Math.max(1, Math.ceil(position * Math.max(0, 1 - t / own.pointSeconds)))
      : position;
  const after = combined(remaining);
  if (after.kind !== 'range') return own;
  const shifted = {
    low: t + after.lowSeconds,
    high: t + after.highSeconds,
    point: t + after.pointSeconds,
  };
  if (own.kind !== 'range') {
    return { kind: 'range', lowSeconds: shifted.low, highSeconds: shifted.high, pointSeconds: shifted.point };
  }
  // Part of the own range may end before the threshold: keep that part (the overflow cannot make it later).
  const low = Math.min(own.lowSeconds, shifted.low);
  const high = Math.max(low, Math.min(own.highSeconds, shifted.high));
  const point = Math.min(Math.max(Math.min(own.pointSeconds, shifted.point), low), high);
  return { kind: 'range', lowSeconds: low, highSeconds: high, pointSeconds: point };
}
