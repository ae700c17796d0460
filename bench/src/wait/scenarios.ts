/** Scenarios for the wait-estimate benchmark (hours are since the simulation start, which is midnight). */
import type { Scenario, Shift } from './sim.ts';

/** Relative arrivals by hour of day: quiet night, morning ramp, lunch peak, evening bump. */
export const DAILY_CURVE = [
  0.15, 0.1, 0.08, 0.08, 0.1, 0.15, 0.3, 0.55, 0.8, 0.95, 1.0, 1.0, 0.95, 0.9, 0.9, 0.85, 0.8, 0.8, 0.85, 0.9,
  0.8, 0.6, 0.4, 0.25,
];

const DAY_SHIFTS: Shift[] = [
  { agents: 3, start: 0, end: 7 },
  { agents: 10, start: 6, end: 14 },
  { agents: 8, start: 8, end: 16 },
  { agents: 4, start: 10, end: 18 },
  { agents: 10, start: 14, end: 22 },
  { agents: 8, start: 16, end: 24 },
  { agents: 3, start: 22, end: 31 },
];

const scaled = (shifts: Shift[], f: number): Shift[] =>
  shifts.map((s) => ({ ...s, agents: Math.max(1, Math.round(s.agents * f)) }));

const nightShifts: Shift[] = [];
for (let h = 0; h < 48; h += 8) nightShifts.push({ agents: 2, start: h, end: h + 8.25 });

export const SCENARIOS: Scenario[] = [
  {
    name: 'quiet-night',
    description: 'two agents (5 slots) on 8-hour rotations, ~20 chats/hour, long chats: small-number effects',
    seed: 101,
    hours: 48,
    peakArrivalsPerHour: 22,
    dailyCurve: Array(24).fill(1),
    shifts: nightShifts,
    handleMedianSeconds: 480,
    handleSigma: 0.8,
    capacities: [2, 3],
    patience: { kind: 'lognormal', medianSeconds: 900, sigma: 0.8 },
    warmupHours: 1,
  },
  {
    name: 'busy-day',
    description: 'daily curve peaking at 320 chats/hour, 22 agents at peak on overlapping shifts',
    seed: 202,
    hours: 24,
    peakArrivalsPerHour: 320,
    dailyCurve: DAILY_CURVE,
    shifts: DAY_SHIFTS,
    handleMedianSeconds: 420,
    handleSigma: 0.7,
    capacities: [2, 3],
    patience: { kind: 'lognormal', medianSeconds: 600, sigma: 0.8 },
    warmupHours: 1,
  },
  {
    name: 'understaffed',
    description: 'same demand with 70% of the staff: long queues, heavy abandonment',
    seed: 303,
    hours: 24,
    peakArrivalsPerHour: 320,
    dailyCurve: DAILY_CURVE,
    shifts: scaled(DAY_SHIFTS, 0.7),
    handleMedianSeconds: 420,
    handleSigma: 0.7,
    capacities: [2, 3],
    patience: { kind: 'lognormal', medianSeconds: 480, sigma: 0.9 },
    warmupHours: 1,
  },
  {
    name: 'shift-change',
    description:
      'flat 200 chats/hour 06–20 h; 12 agents hand over at noon with a 15-minute gap, more changes at 15 h',
    seed: 404,
    hours: 21,
    peakArrivalsPerHour: 200,
    dailyCurve: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0],
    shifts: [
      { agents: 12, start: 5.5, end: 12 },
      { agents: 4, start: 9, end: 15 },
      { agents: 12, start: 12.25, end: 22 },
      { agents: 2, start: 15.5, end: 22 },
    ],
    handleMedianSeconds: 420,
    handleSigma: 0.7,
    capacities: [2, 3],
    patience: { kind: 'lognormal', medianSeconds: 600, sigma: 0.8 },
    warmupHours: 6,
  },
  {
    name: 'multitasking-heavy-tail',
    description:
      'busy day where each extra concurrent chat slows the agent 20%, heavier-tailed chats (σ=1.0), Weibull patience',
    seed: 505,
    hours: 24,
    peakArrivalsPerHour: 230,
    dailyCurve: DAILY_CURVE,
    shifts: DAY_SHIFTS,
    handleMedianSeconds: 420,
    handleSigma: 1.0,
    concurrencySlowdown: 0.2,
    capacities: [2, 3],
    patience: { kind: 'weibull', scaleSeconds: 700, shape: 0.7 },
    warmupHours: 1,
  },
];
