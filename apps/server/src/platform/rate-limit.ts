import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from './errors.ts';

/** At most `limit` hits per `windowMs` (fixed windows). */
export interface RateRule {
  limit: number;
  windowMs: number;
}

/** Parses `N/Ws`, `N/Wm` or `N/Wh` (e.g. `20/15m`). */
export function parseRateRule(text: string): RateRule | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)?\s*(s|m|h)\s*$/.exec(text);
  if (!m) return null;
  const unit = { s: 1_000, m: 60_000, h: 3_600_000 }[m[3] as 's' | 'm' | 'h'];
  const limit = Number(m[1]);
  const windowMs = Number(m[2] ?? 1) * unit;
  return limit > 0 && windowMs > 0 ? { limit, windowMs } : null;
}

export interface RateDecision {
  allowed: boolean;
  /** Hits counted in the current window (after this one, for `hit`). */
  count: number;
  /** Whole seconds until the window resets (for Retry-After). */
  retryAfterSeconds: number;
}

/**
 * Counters shared by every node when backed by Redis, per process otherwise. Keys are hashed, so an
 * e-mail address or a token never sits in Redis or in memory as such.
 */
export interface RateLimiter {
  kind: 'memory' | 'redis';
  /** Counts one hit and says whether it is within the rule. */
  hit(name: string, key: string, rule: RateRule): Promise<RateDecision>;
  /** Says whether the counter is still below the rule, without counting. */
  peek(name: string, key: string, rule: RateRule): Promise<RateDecision>;
}

const hashKey = (name: string, key: string) =>
  `${name}:${createHash('sha256').update(key).digest('base64url').slice(0, 22)}`;

function decision(count: number, limit: number, resetAt: number, now: number, counting: boolean) {
  return {
    allowed: counting ? count <= limit : count < limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)),
  };
}

export function createMemoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let hits = 0;
  const sweep = (t: number) => {
    for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
  };
  const current = (k: string, rule: RateRule, t: number) => {
    const w = windows.get(k);
    if (w && w.resetAt > t) return w;
    const fresh = { count: 0, resetAt: (Math.floor(t / rule.windowMs) + 1) * rule.windowMs };
    windows.set(k, fresh);
    return fresh;
  };
  return {
    kind: 'memory',
    async hit(name, key, rule) {
      const t = now();
      if (++hits % 1000 === 0) sweep(t);
      const w = current(hashKey(name, key), rule, t);
      w.count++;
      return decision(w.count, rule.limit, w.resetAt, t, true);
    },
    async peek(name, key, rule) {
      const t = now();
      const w = windows.get(hashKey(name, key));
      if (!w || w.resetAt <= t) return decision(0, rule.limit, t + rule.windowMs, t, false);
      return decision(w.count, rule.limit, w.resetAt, t, false);
    },
  };
}

/** The few commands of a node-redis v5 client the limiter uses. */
export interface RedisLike {
  incr(key: string): Promise<number>;
  pExpire(key: string, ms: number): Promise<unknown>;
  get(key: string): Promise<string | null>;
}

/** Fixed windows in Redis: INCR on `clearline:rl:<name>:<hash>:<window>`, expiring with the window. */
export function createRedisRateLimiter(redis: RedisLike, now: () => number = Date.now): RateLimiter {
  const keyOf = (name: string, key: string, rule: RateRule, t: number) => {
    const window = Math.floor(t / rule.windowMs);
    return { k: `clearline:rl:${hashKey(name, key)}:${window}`, resetAt: (window + 1) * rule.windowMs };
  };
  return {
    kind: 'redis',
    async hit(name, key, rule) {
      const t = now();
      const { k, resetAt } = keyOf(name, key, rule, t);
      const count = await redis.incr(k);
      if (count === 1) await redis.pExpire(k, resetAt - t + 1_000);
      return decision(count, rule.limit, resetAt, t, true);
    },
    async peek(name, key, rule) {
      const t = now();
      const { k, resetAt } = keyOf(name, key, rule, t);
      const count = Number((await redis.get(k)) ?? 0);
      return decision(count, rule.limit, resetAt, t, false);
    },
  };
}

/** RATE_LIMITED with the seconds to wait; HTTP answers carry them as Retry-After. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many requests; retry in ${retryAfterSeconds} s.`);
  }
}

/** Throws RATE_LIMITED, after setting Retry-After on the reply when there is one. */
export function refuse(d: RateDecision, reply?: FastifyReply): never {
  reply?.header('retry-after', String(d.retryAfterSeconds));
  throw new RateLimitedError(d.retryAfterSeconds);
}

/**
 * Every `/api/*` request counts against the client IP's rule; any RATE_LIMITED answer (whichever
 * limit refused it) carries Retry-After.
 */
export function registerApiRateLimit(app: FastifyInstance, limiter: RateLimiter, rule: RateRule) {
  app.addHook('onError', async (_req, reply, err) => {
    if (err instanceof RateLimitedError) reply.header('retry-after', String(err.retryAfterSeconds));
  });
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/') || req.method === 'OPTIONS') return;
    const d = await limiter.hit('api-ip', req.ip, rule);
    if (!d.allowed) refuse(d, reply);
  });
}
