/**
 * Erlang / Gamma distribution maths for the wait estimate: log-gamma, the regularized lower incomplete gamma
 * function P(a, x) (the Gamma CDF), its quantile, and the shortest interval holding a given probability.
 *
 * Numerics: P(a, x) uses the series expansion for x < a + 1 and the Lentz continued fraction for the upper
 * tail otherwise (Numerical Recipes §6.2), both evaluated in log space so shapes of several hundred (queue
 * positions in the hundreds) neither overflow nor underflow. The quantile starts from the Wilson–Hilferty
 * approximation and refines it with safeguarded Newton steps inside a bracketing interval, so it always
 * converges even where Newton alone would overshoot (tiny shapes, extreme probabilities).
 */

import { normalQuantile } from '../../../platform/normal-quantile.ts';

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error ~1e-15). */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1−x) = π / sin(πx)
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPS = 1e-15;
const MAX_ITER = 10_000;

/** Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a): the CDF of Gamma(shape a, scale 1) at x. */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`shape must be > 0, got ${a}`);
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    // Series: P = e^{-x} x^a / Γ(a+1) · Σ x^n / ((a+1)…(a+n))
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITER; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return Math.min(1, Math.exp(logPrefix + Math.log(sum)));
  }
  // Continued fraction for Q = 1 − P (modified Lentz).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  const q = Math.exp(logPrefix + Math.log(h));
  return Math.max(0, 1 - q);
}

/** Density of Gamma(shape a, scale 1) at x. */
function gammaDensityUnit(a: number, x: number): number {
  if (x <= 0) return a === 1 ? 1 : a < 1 ? Number.POSITIVE_INFINITY : 0;
  return Math.exp((a - 1) * Math.log(x) - x - logGamma(a));
}

/** Quantile of Gamma(shape a, scale 1): the x with P(a, x) = p. */
function gammaQuantileUnit(a: number, p: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  // Initial guess: Wilson–Hilferty for a ≥ ~1, small-x asymptote P ≈ x^a / Γ(a+1) for small shapes.
  let x: number;
  if (a >= 1) {
    const z = normalQuantile(p);
    const t = 1 - 1 / (9 * a) + z / (3 * Math.sqrt(a));
    x = Math.max(a * t * t * t, 1e-3 * a);
  } else {
    x = Math.exp((Math.log(p) + logGamma(a + 1)) / a);
    if (!Number.isFinite(x) || x <= 0) x = 1e-10;
  }
  // Bracket [lo, hi] with P(lo) < p ≤ P(hi).
  let lo = 0;
  let hi = Math.max(x, 1);
  while (regularizedGammaP(a, hi) < p) {
    lo = hi;
    hi *= 2;
    if (hi > 1e308) return Number.POSITIVE_INFINITY;
  }
  if (!(x > lo && x < hi)) x = (lo + hi) / 2;
  for (let i = 0; i < 200; i++) {
    const f = regularizedGammaP(a, x) - p;
    if (Math.abs(f) < 1e-13) return x;
    if (f < 0) lo = x;
    else hi = x;
    const dens = gammaDensityUnit(a, x);
    let next = dens > 0 && Number.isFinite(dens) ? x - f / dens : Number.NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-14 * Math.max(1, x)) return next;
    x = next;
  }
  return x;
}

/** Gamma(shape, scale) CDF. */
export function gammaCdf(x: number, shape: number, scale: number): number {
  if (!(scale > 0)) throw new RangeError(`scale must be > 0, got ${scale}`);
  return regularizedGammaP(shape, x / scale);
}

/** Gamma(shape, scale) quantile; shape may be non-integer. */
export function gammaQuantile(p: number, shape: number, scale: number): number {
  if (!(shape > 0)) throw new RangeError(`shape must be > 0, got ${shape}`);
  if (!(scale > 0)) throw new RangeError(`scale must be > 0, got ${scale}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  return gammaQuantileUnit(shape, p) * scale;
}

/** Erlang(k, rate) CDF: the time until the k-th event of a Poisson process with that rate. */
export function erlangCdf(x: number, k: number, rate: number): number {
  return gammaCdf(x, k, 1 / rate);
}

/** Erlang(k, rate) quantile. */
export function erlangQuantile(p: number, k: number, rate: number): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  if (!(rate > 0)) throw new RangeError(`rate must be > 0, got ${rate}`);
  return gammaQuantile(p, k, 1 / rate);
}

/**
 * The shortest interval [q(p), q(p + coverage)] of a Gamma(shape, scale) distribution. For a unimodal
 * density this is the highest-density interval: for an exponential (shape ≤ 1) it starts at 0, for larger
 * shapes it sits left of the equal-tailed interval, and it is always narrower than it for the same coverage.
 */
export function gammaShortestInterval(coverage: number, shape: number, scale: number): [number, number] {
  if (!(coverage > 0 && coverage < 1)) throw new RangeError(`coverage must be in (0, 1), got ${coverage}`);
  if (shape <= 1) return [0, gammaQuantile(coverage, shape, scale)];
  const width = (p: number) => gammaQuantileUnit(shape, p + coverage) - gammaQuantileUnit(shape, p);
  // Golden-section search on the lower tail mass p ∈ [0, 1 − coverage]; width(p) is convex for unimodal densities.
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = 0;
  let b = 1 - coverage;
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = width(c);
  let fd = width(d);
  for (let i = 0; i < 40 && b - a > 1e-6; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = width(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = width(d);
    }
  }
  const p = (a + b) / 2;
  return [gammaQuantileUnit(shape, p) * scale, gammaQuantileUnit(shape, p + coverage) * scale];
}
