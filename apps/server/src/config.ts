import { resolve } from 'node:path';
import { z } from 'zod';
import { parseRateRule, type RateRule } from './platform/rate-limit.ts';

/** `N/window`, e.g. `20/15m` (s, m or h). */
const zRate = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((v) => parseRateRule(v) !== null, 'must be N/window, e.g. 20/15m (s, m or h)')
    .transform((v) => parseRateRule(v)!);
const list = (v: string) => v.split(/[\s,]+/).filter((x) => x.length > 0);

/**
 * The only reader of process.env. Parsed once at start; a bad value stops the start with a readable
 * list of every problem at once.
 */
const ZEnv = z.object({
  CLEARLINE_MODE: z.enum(['development', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  CUSTOMER_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CUSTOMER_JWKS_URL: z.url().optional(),
  CUSTOMER_TOKEN_ISSUER: z.string().min(1).optional(),
  CUSTOMER_TOKEN_AUDIENCE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AGENT_SESSION_HOURS: z.coerce.number().positive().max(24).default(12),
  /** An agent session with no event or request for this many minutes ends (after a warning). */
  AGENT_IDLE_MINUTES: z.coerce.number().positive().max(240).default(15),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /** When set, /metrics answers only `Authorization: Bearer <METRICS_TOKEN>` (the Prometheus scraper). */
  METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  /** Optional OpenAI-compatible chat-completions endpoint for the assistant (off when unset). */
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4_000),
  /** A customer in line who says nothing this long is asked whether they are still there. */
  QUEUE_IDLE_WARN_MINUTES: z.coerce.number().positive().max(240).default(10),
  /** After an unanswered "still there?", this long until the place is given up (abandoned). */
  QUEUE_IDLE_ABANDON_MINUTES: z.coerce.number().positive().max(60).default(2),
  /**
   * Whether to believe X-Forwarded-For (per-IP rate limits and logs use the client address): `false`
   * (default: the socket's peer), `true` (any proxy: only behind one that overwrites the header), a
   * number of proxy hops, or the proxies' addresses/CIDRs separated by commas.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine(
      (v) => /^(true|false|\d{1,2}|[0-9a-fA-F.:/, ]+)$/.test(v),
      'must be true, false, a hop count or addresses',
    ),
  /** Set to `off` to hand every new conversation straight to the queue (no virtual assistant). */
  ASSISTANT: z.enum(['on', 'off']).default('on'),
  /** Who may frame the widget and console (CSP frame-ancestors): `'self'`, `'none'` or origins. */
  FRAME_ANCESTORS: z
    .string()
    .default("'self'")
    .transform((v) => list(v).map((s) => (s === 'self' || s === 'none' ? `'${s}'` : s)))
    .refine(
      (v) => v.length > 0 && v.every((s) => /^('self'|'none'|https?:\/\/[^\s;,'"/]+)$/.test(s)),
      "must be 'self', 'none' or origins like https://www.bank.example, separated by spaces or commas",
    ),
  /** Browser origins allowed to call /api/* and open sockets; empty: the same origin only. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => list(v).map((s) => s.replace(/\/$/, '').toLowerCase()))
    .refine(
      (v) => v.every((s) => /^https?:\/\/[^\s/]+$/.test(s)),
      'must be origins like https://www.bank.example, separated by spaces or commas',
    ),
  /** How long a secure document upload link stays usable. */
  UPLOAD_LINK_TTL_MINUTES: z.coerce.number().int().positive().max(10_080).default(60),
  /** How many files one upload link accepts (each uploaded file uses one). */
  UPLOAD_LINK_MAX_FILES: z.coerce.number().int().min(1).max(20).default(5),
  /** Where uploaded documents are kept (local storage port); default `<DATA_DIR>/documents`. */
  DOCUMENTS_DIR: z.string().min(1).optional(),
  RATE_LIMIT_LOGIN_IP: zRate('20/15m'),
  RATE_LIMIT_LOGIN_ACCOUNT: zRate('10/15m'),
  RATE_LIMIT_CONNECT_IP: zRate('2000/1m'),
  RATE_LIMIT_TOKEN_FAILURES_IP: zRate('30/15m'),
  RATE_LIMIT_CUSTOMER: zRate('120/1m'),
  RATE_LIMIT_API_IP: zRate('1200/1m'),
});

/** A development-only secret so that `npm start` works on a fresh machine; never accepted in production. */
export const DEVELOPMENT_TOKEN_SECRET = 'clearline-development-only-secret-do-not-use-in-production';

export interface Config {
  mode: 'development' | 'production';
  port: number;
  host: string;
  database: { url: string } | { dataDir: string } | { memory: true };
  /** Local files (the embedded database when DATABASE_URL is unset, the trained assistant model). */
  dataDir: string;
  redisUrl: string | null;
  customerTokens: {
    secret: string | null;
    jwksUrl: string | null;
    issuer: string | null;
    audience: string | null;
  };
  /** Demo issuer site, demo sign-in and demo data: development only. */
  demo: boolean;
  logLevel: string;
  agentSessionHours: number;
  /** Idle timeout of agent sessions, in minutes (warned shortly before; any activity extends it). */
  agentIdleMinutes: number;
  shutdownGraceMs: number;
  /** Bearer token required by /metrics (null: open, for a scraper on a private network). */
  metricsToken: string | null;
  /** The virtual assistant answers first in new conversations. */
  assistant: boolean;
  /** Fastify's trustProxy: whose X-Forwarded-For to believe. */
  trustProxy: boolean | number | string[];
  /** Idle customers in line: warned after `warnMs` of silence, abandoned `abandonMs` after the warning. */
  queueIdle: { warnMs: number; abandonMs: number };
  /** The optional language model the assistant may use (null: off). */
  llm: { baseUrl: string; apiKey: string | null; model: string; timeoutMs: number } | null;
  /** Secure document upload: link lifetime and file count, and the local folder of the storage port. */
  documents: { dir: string; linkTtlMinutes: number; maxFilesPerLink: number };
  /** Security headers, CORS and rate limits (in Redis when redisUrl is set, else per process). */
  http: { frameAncestors: string[]; corsOrigins: string[] };
  rateLimits: {
    loginIp: RateRule;
    loginAccount: RateRule;
    connectIp: RateRule;
    tokenFailuresIp: RateRule;
    customer: RateRule;
    apiIp: RateRule;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Clearline cannot start; fix the configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = ZEnv.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`);
  // Checked on the raw environment too, so that every problem is listed at once.
  if (
    present.CLEARLINE_MODE === 'production' &&
    !present.CUSTOMER_TOKEN_SECRET &&
    !present.CUSTOMER_JWKS_URL
  ) {
    problems.push(
      'CUSTOMER_TOKEN_SECRET: production mode needs CUSTOMER_TOKEN_SECRET (HS256) or CUSTOMER_JWKS_URL (RS256/ES256)',
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const production = e.CLEARLINE_MODE === 'production';
  return {
    mode: e.CLEARLINE_MODE,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { url: e.DATABASE_URL } : { dataDir: resolve(e.DATA_DIR) },
    dataDir: resolve(e.DATA_DIR),
    redisUrl: e.REDIS_URL ?? null,
    customerTokens: {
      secret:
        e.CUSTOMER_TOKEN_SECRET ?? (production || e.CUSTOMER_JWKS_URL ? null : DEVELOPMENT_TOKEN_SECRET),
      jwksUrl: e.CUSTOMER_JWKS_URL ?? null,
      issuer: e.CUSTOMER_TOKEN_ISSUER ?? null,
      audience: e.CUSTOMER_TOKEN_AUDIENCE ?? null,
    },
    demo: !production,
    logLevel: e.LOG_LEVEL,
    agentSessionHours: e.AGENT_SESSION_HOURS,
    agentIdleMinutes: e.AGENT_IDLE_MINUTES,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    metricsToken: e.METRICS_TOKEN ?? null,
    assistant: e.ASSISTANT === 'on',
    trustProxy:
      e.TRUST_PROXY === 'true'
        ? true
        : e.TRUST_PROXY === 'false'
          ? false
          : /^\d+$/.test(e.TRUST_PROXY)
            ? Number(e.TRUST_PROXY)
            : e.TRUST_PROXY.split(/[\s,]+/).filter(Boolean),
    queueIdle: {
      warnMs: e.QUEUE_IDLE_WARN_MINUTES * 60_000,
      abandonMs: e.QUEUE_IDLE_ABANDON_MINUTES * 60_000,
    },
    llm: e.LLM_BASE_URL
      ? {
          baseUrl: e.LLM_BASE_URL,
          apiKey: e.LLM_API_KEY ?? null,
          model: e.LLM_MODEL,
          timeoutMs: e.LLM_TIMEOUT_MS,
        }
      : null,
    documents: {
      dir: resolve(e.DOCUMENTS_DIR ?? resolve(e.DATA_DIR, 'documents')),
      linkTtlMinutes: e.UPLOAD_LINK_TTL_MINUTES,
      maxFilesPerLink: e.UPLOAD_LINK_MAX_FILES,
    },
    http: { frameAncestors: e.FRAME_ANCESTORS, corsOrigins: e.CORS_ORIGINS },
    rateLimits: {
      loginIp: e.RATE_LIMIT_LOGIN_IP,
      loginAccount: e.RATE_LIMIT_LOGIN_ACCOUNT,
      connectIp: e.RATE_LIMIT_CONNECT_IP,
      tokenFailuresIp: e.RATE_LIMIT_TOKEN_FAILURES_IP,
      customer: e.RATE_LIMIT_CUSTOMER,
      apiIp: e.RATE_LIMIT_API_IP,
    },
  };
}
