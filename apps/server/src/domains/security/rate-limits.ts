import { isAppError } from '../../platform/errors.ts';
import type { CustomerPrincipal } from '../../platform/principal.ts';
import { RateLimitedError, type RateLimiter, type RateRule } from '../../platform/rate-limit.ts';

/** The security domain's limits (config keys RATE_LIMIT_*). */
export interface SecurityRateRules {
  /** Failed agent sign-ins per client IP. */
  loginIp: RateRule;
  /** Agent sign-in attempts per e-mail address. */
  loginAccount: RateRule;
  /** Customer socket connections per client IP. */
  connectIp: RateRule;
  /** Refused customer tokens per client IP (a client guessing or replaying tokens). */
  tokenFailuresIp: RateRule;
  /** Accepted customer token uses (socket connections and HTTP requests) per cardmember. */
  customer: RateRule;
}

export interface SecurityLimits {
  limiter: RateLimiter;
  rules: SecurityRateRules;
}

/** The client IP of a Socket.IO handshake, as Fastify's trustProxy reads it for HTTP. */
export function handshakeIp(handshake: { address: string; headers: Record<string, unknown> }): string {
  const forwarded = handshake.headers['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined;
  return first || handshake.address;
}

/** Socket.IO's `connect_error` shape: `data` is the error envelope body. */
function connectError(err: RateLimitedError): Error {
  return Object.assign(new Error(err.message), { data: err.toBody() });
}

export type CustomerGuard = ReturnType<typeof createCustomerGuard>;

/**
 * Rate limits around customer token use. `verifyFrom(token, ip)` refuses an IP with too many refused
 * tokens, counts refusals per IP and accepted uses per cardmember. `socketMiddleware` runs before the
 * realtime domain's own authentication: it verifies the token once, with the limits, and hands the
 * result to `verify`, which the realtime middleware calls synchronously right after (Socket.IO runs a
 * namespace's middlewares one after the other), so a connection is verified and counted once.
 */
export function createCustomerGuard(deps: {
  limits: SecurityLimits;
  verify: (token: string) => Promise<CustomerPrincipal>;
}) {
  const { limiter, rules } = deps.limits;

  async function verifyFrom(token: string, ip: string | undefined): Promise<CustomerPrincipal> {
    if (ip) {
      const failures = await limiter.peek('token-failures-ip', ip, rules.tokenFailuresIp);
      if (!failures.allowed) throw new RateLimitedError(failures.retryAfterSeconds);
    }
    let principal: CustomerPrincipal;
    try {
      principal = await deps.verify(token);
    } catch (err) {
      if (ip && isAppError(err) && err.status === 401)
        await limiter.hit('token-failures-ip', ip, rules.tokenFailuresIp);
      throw err;
    }
    const use = await limiter.hit('customer', principal.cardmemberId, rules.customer);
    if (!use.allowed) throw new RateLimitedError(use.retryAfterSeconds);
    return principal;
  }

  const preverified = new Map<string, Promise<CustomerPrincipal>>();

  return {
    verifyFrom,

    /** For the realtime domain: the connection's pre-verified result, else a full check. */
    verify(token: string): Promise<CustomerPrincipal> {
      const ready = preverified.get(token);
      if (ready) {
        preverified.delete(token);
        return ready;
      }
      return verifyFrom(token, undefined);
    },

    /** Socket.IO middleware for the customer namespace (structurally typed: no socket.io import here). */
    async socketMiddleware(
      socket: { handshake: { address: string; headers: Record<string, unknown>; auth: unknown } },
      next: (err?: Error) => void,
    ): Promise<void> {
      const ip = handshakeIp(socket.handshake);
      const connects = await limiter.hit('connect-ip', ip, rules.connectIp);
      if (!connects.allowed) return next(connectError(new RateLimitedError(connects.retryAfterSeconds)));
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      const header = socket.handshake.headers.authorization;
      const token =
        typeof auth?.token === 'string'
          ? auth.token
          : typeof header === 'string'
            ? /^Bearer\s+(\S+)$/i.exec(header)?.[1]
            : undefined;
      if (!token) return next(); // the realtime domain answers UNAUTHENTICATED
      const result = verifyFrom(token, ip);
      try {
        await result;
      } catch (err) {
        if (err instanceof RateLimitedError) return next(connectError(err));
      }
      // A refused token is refused again by the realtime middleware, with its own error code.
      preverified.set(token, result);
      try {
        next();
      } finally {
        preverified.delete(token);
      }
    },
  };
}

/** Agent sign-in limits: refuses before the attempt; `failed` counts a failure against the IP. */
export function createLoginGuard(limits: SecurityLimits) {
  const { limiter, rules } = limits;
  return {
    async before(email: string, ip: string): Promise<void> {
      const failures = await limiter.peek('login-failures-ip', ip, rules.loginIp);
      if (!failures.allowed) throw new RateLimitedError(failures.retryAfterSeconds);
      const attempts = await limiter.hit('login-account', email.toLowerCase(), rules.loginAccount);
      if (!attempts.allowed) throw new RateLimitedError(attempts.retryAfterSeconds);
    },
    async failed(ip: string): Promise<void> {
      await limiter.hit('login-failures-ip', ip, rules.loginIp);
    },
  };
}
