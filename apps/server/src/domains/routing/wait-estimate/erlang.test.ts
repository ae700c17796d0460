import { describe, expect, it } from 'vitest';
import {
  erlangCdf,
  erlangQuantile,
  gammaCdf,
  gammaQuantile,
  gammaShortestInterval,
  logGamma,
} from './erlang.ts';

describe('logGamma', () => {
  it.each([
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [101, 363.73937555556347],
  ])('lnΓ(%d)', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 9);
  });
});

describe('Erlang / Gamma', () => {
  it.each([
    // k = 1 is the exponential: q(p) = −ln(1 − p) / rate
    [0.5, 1, 1, Math.LN2],
    [0.9, 1, 2, -Math.log(0.1) / 2],
    [0.1, 1, 0.5, -Math.log(0.9) / 0.5],
    // Reference values (scipy.stats.gamma.ppf)
    [0.5, 2, 1, 1.6783469900166608],
    [0.1, 5, 1, 2.432591750740988],
    [0.9, 5, 1, 7.993589599182144],
    [0.5, 10, 0.5, 19.337429229428416],
  ])('quantile p=%d k=%d rate=%d', (p, k, rate, expected) => {
    expect(erlangQuantile(p, k, rate)).toBeCloseTo(expected, 5);
  });

  it('is numerically robust for k in the hundreds', () => {
    for (const k of [100, 300, 600]) {
      const lo = erlangQuantile(0.1, k, 1);
      const hi = erlangQuantile(0.9, k, 1);
      expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
      expect(erlangCdf(lo, k, 1)).toBeCloseTo(0.1, 8);
      expect(erlangCdf(hi, k, 1)).toBeCloseTo(0.9, 8);
      // Normal approximation: k ± 1.2816 √k
      expect(lo).toBeGreaterThan(k - 1.3 * Math.sqrt(k) - 2);
      expect(hi).toBeLessThan(k + 1.3 * Math.sqrt(k) + 2);
    }
  });

  it('inverts the CDF for non-integer shapes, including small ones', () => {
    for (const shape of [0.05, 0.3, 0.9, 1.7, 12.5, 250.25]) {
      for (const p of [0.001, 0.1, 0.5, 0.9, 0.999]) {
        const x = gammaQuantile(p, shape, 3);
        expect(gammaCdf(x, shape, 3)).toBeCloseTo(p, 8);
      }
    }
  });

  it('shortest interval holds the coverage and is narrower than the equal-tailed one', () => {
    for (const shape of [1.5, 4, 40]) {
      const [lo, hi] = gammaShortestInterval(0.8, shape, 1);
      expect(gammaCdf(hi, shape, 1) - gammaCdf(lo, shape, 1)).toBeCloseTo(0.8, 6);
      const eq = gammaQuantile(0.9, shape, 1) - gammaQuantile(0.1, shape, 1);
      expect(hi - lo).toBeLessThanOrEqual(eq + 1e-9);
    }
    // Exponential: starts at 0
    const [lo, hi] = gammaShortestInterval(0.8, 1, 1);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(-Math.log(0.2), 9);
  });

  it('rejects invalid parameters', () => {
    expect(() => erlangQuantile(0.5, 0, 1)).toThrow(RangeError);
    expect(() => erlangQuantile(0.5, 1.5, 1)).toThrow(RangeError);
    expect(() => gammaQuantile(1.5, 2, 1)).toThrow(RangeError);
  });
});
