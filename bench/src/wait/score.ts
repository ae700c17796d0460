/** Scoring of wait estimates against the actual waits of served customers. */
import { roundForDisplay } from '../../../apps/server/src/domains/routing/wait-estimate/index.ts';
import type { Scored } from './sim.ts';

export interface Outcome {
  inside: boolean;
  /** |actual − point|, undefined when no point estimate was shown. */
  absError: number | undefined;
}

export interface Score {
  customers: number;
  insideRange: number;
  maeSeconds: number;
  unknown: number;
  /** Inside the range as displayed (rounded outwards to whole minutes / 5 minutes). */
  displayedInsideRange: number;
  meanWidthSeconds: number;
  medianWidthSeconds: number;
  /** Mean low/point and high/point of Clearline's ranges: the naive range uses the same factors. */
  lowFactor: number;
  highFactor: number;
  naiveInsideRange: number;
  naiveMaeSeconds: number;
  naiveUnknown: number;
  meanActualSeconds: number;
  byPosition: Record<
    string,
    { customers: number; insideRange: number; maeSeconds: number; naiveMaeSeconds: number }
  >;
}

const BUCKETS: [string, number, number][] = [
  ['1', 1, 1],
  ['2-5', 2, 5],
  ['6-20', 6, 20],
  ['21+', 21, Number.POSITIVE_INFINITY],
];

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export interface Judged {
  rec: Scored;
  clearline: Outcome;
  displayed: boolean;
  naive: Outcome;
}

/** Judges each record; the naive range is point × [lowFactor, highFactor]. */
export function judge(recs: readonly Scored[], lowFactor: number, highFactor: number): Judged[] {
  const eps = 1e-6;
  return recs.map((rec) => {
    const e = rec.estimate;
    let clearline: Outcome = { inside: false, absError: undefined };
    let displayed = false;
    if (e.kind === 'range') {
      clearline = {
        inside: rec.actual >= e.lowSeconds - eps && rec.actual <= e.highSeconds + eps,
        absError: Math.abs(rec.actual - e.pointSeconds),
      };
      const d = roundForDisplay(e);
      const [lo, hi] =
        d.kind === 'under-a-minute'
          ? [0, 60]
          : d.kind === 'under'
            ? [0, d.minutes * 60]
            : d.kind === 'range'
              ? [d.lowMinutes * 60, d.highMinutes * 60]
              : d.kind === 'over'
                ? [d.minutes * 60, Number.POSITIVE_INFINITY]
                : [1, 0];
      displayed = rec.actual >= lo! - eps && rec.actual <= hi! + eps;
    }
    const naive: Outcome =
      rec.naive === undefined
        ? { inside: false, absError: undefined }
        : {
            inside: rec.actual >= rec.naive * lowFactor - eps && rec.actual <= rec.naive * highFactor + eps,
            absError: Math.abs(rec.actual - rec.naive),
          };
    return { rec, clearline, displayed, naive };
  });
}

/** Clearline's mean relative range: low/point and high/point averaged over its range estimates. */
export function relativeWidth(recs: readonly Scored[]): { lowFactor: number; highFactor: number } {
  const lows: number[] = [];
  const highs: number[] = [];
  for (const r of recs) {
    if (r.estimate.kind === 'range' && r.estimate.pointSeconds > 0) {
      lows.push(r.estimate.lowSeconds / r.estimate.pointSeconds);
      highs.push(r.estimate.highSeconds / r.estimate.pointSeconds);
    }
  }
  return { lowFactor: lows.length ? mean(lows) : 1, highFactor: highs.length ? mean(highs) : 1 };
}

export function summarize(judged: readonly Judged[], lowFactor: number, highFactor: number): Score {
  const n = judged.length;
  const share = (f: (j: Judged) => boolean) => (n ? judged.filter(f).length / n : 0);
  const errs = (sel: (j: Judged) => number | undefined, js: readonly Judged[] = judged) =>
    js.map(sel).filter((x): x is number => x !== undefined);
  const widths = judged
    .map((j) =>
      j.rec.estimate.kind === 'range' ? j.rec.estimate.highSeconds - j.rec.estimate.lowSeconds : undefined,
    )
    .filter((x): x is number => x !== undefined);
  const byPosition: Score['byPosition'] = {};
  for (const [name, lo, hi] of BUCKETS) {
    const js = judged.filter((j) => j.rec.position >= lo && j.rec.position <= hi);
    if (!js.length) continue;
    byPosition[name] = {
      customers: js.length,
      insideRange: round(js.filter((j) => j.clearline.inside).length / js.length, 4),
      maeSeconds: round(mean(errs((j) => j.clearline.absError, js)), 1),
      naiveMaeSeconds: round(mean(errs((j) => j.naive.absError, js)), 1),
    };
  }
  return {
    customers: n,
    insideRange: round(
      share((j) => j.clearline.inside),
      4,
    ),
    maeSeconds: round(mean(errs((j) => j.clearline.absError)), 1),
    unknown: judged.filter((j) => j.rec.estimate.kind === 'unknown').length,
    displayedInsideRange: round(
      share((j) => j.displayed),
      4,
    ),
    meanWidthSeconds: round(mean(widths), 1),
    medianWidthSeconds: round(median(widths), 1),
    lowFactor: round(lowFactor, 3),
    highFactor: round(highFactor, 3),
    naiveInsideRange: round(
      share((j) => j.naive.inside),
      4,
    ),
    naiveMaeSeconds: round(mean(errs((j) => j.naive.absError)), 1),
    naiveUnknown: judged.filter((j) => j.rec.naive === undefined).length,
    meanActualSeconds: round(mean(judged.map((j) => j.rec.actual)), 1),
    byPosition,
  };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
