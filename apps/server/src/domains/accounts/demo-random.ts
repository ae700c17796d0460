import type { CardNetwork } from './core.ts';

/*
 * Deterministic building blocks of the demo data: a seeded PRNG, calendar arithmetic on
 * `YYYY-MM-DD` strings (UTC, no time zones involved) and Luhn-valid card numbers that live only in
 * memory.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** FNV-1a, 32 bits: turns a readable seed ("ca_maria_gold") into PRNG state. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast, good enough for demo data, and the same sequence on every platform. */
export function createRng(seed: string): Rng {
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance: (probability) => next() < probability,
  };
}

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

function parseIsoDate(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function formatUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The UTC calendar date of an instant. */
export function toIsoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return formatUtc(parseIsoDate(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to) - parseIsoDate(from)) / DAY_MS);
}

export function dayOfMonth(iso: string): number {
  return Number(iso.slice(8, 10));
}

/** The same calendar day `years` later (or earlier); 29 February becomes the 28th. */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const month = Number(iso.slice(5, 7));
  const day = Math.min(dayOfMonth(iso), month === 2 ? 28 : 31);
  return formatUtc(Date.UTC(year, month - 1, day));
}

/** `YYYY-MM`, `months` after the month of `iso`. */
export function addMonthsToMonth(iso: string, months: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The latest date on day-of-month `day` (1-28) that is strictly before `iso`. */
export function lastDayOfMonthBefore(iso: string, day: number): string {
  let candidate = addDays(iso, -1);
  while (dayOfMonth(candidate) !== day) candidate = addDays(candidate, -1);
  return candidate;
}

/** The first date on day-of-month `day` (1-28) that is on or after `iso`. */
export function firstDayOfMonthFrom(iso: string, day: number): string {
  let candidate = iso;
  while (dayOfMonth(candidate) !== day) candidate = addDays(candidate, 1);
  return candidate;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** A date in [from, to], both inclusive. */
export function randomDateBetween(rng: Rng, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

// ---------------------------------------------------------------------------------------------
// Card numbers (memory only: never stored, logged or returned)

/** The Luhn check digit that makes `partial` + digit valid. */
function luhnCheckDigit(partial: string): number {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let digit = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function isLuhnValid(number: string): boolean {
  if (!/^\d{2,}$/.test(number)) return false;
  return luhnCheckDigit(number.slice(0, -1)) === Number(number.slice(-1));
}

function issuerPrefix(rng: Rng, network: CardNetwork): string {
  switch (network) {
    case 'amex':
      return rng.pick(['34', '37']);
    case 'visa':
      return '4';
    case 'mastercard':
      return rng.chance(0.7) ? String(rng.int(51, 55)) : String(rng.int(2221, 2720));
    case 'discover':
      return rng.pick(['6011', '65', String(rng.int(644, 649))]);
  }
}

/** A Luhn-valid card number for the network: 15 digits for Amex (34/37), 16 for the others. */
export function generateCardNumber(rng: Rng, network: CardNetwork, amexPrefix?: '34' | '37'): string {
  const length = network === 'amex' ? 15 : 16;
  let body = network === 'amex' && amexPrefix ? amexPrefix : issuerPrefix(rng, network);
  while (body.length < length - 1) body += String(rng.int(0, 9));
  return body + String(luhnCheckDigit(body));
}
