import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface SecurityHeaderOptions {
  /** CSP frame-ancestors sources: `'self'`, `'none'` or origins of the sites that may frame the widget. */
  frameAncestors: string[];
  /** Origins allowed to call `/api/*` (and to open sockets) from a browser; [] = same origin only. */
  corsOrigins: string[];
  /** Strict-Transport-Security (production only: development runs on plain http://localhost). */
  hsts: boolean;
}

/**
 * The built widget and console load only their own module scripts and style sheets (no inline script or
 * style element; React sets styles through the CSSOM, which CSP allows); sockets go to the same origin.
 */
export function contentSecurityPolicy(frameAncestors: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** True for an origin in the allow-list (exact match of scheme, host and port). */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): origin is string {
  return typeof origin === 'string' && allowed.includes(origin.replace(/\/$/, '').toLowerCase());
}

/**
 * Security headers on every response, and CORS for `/api/*` from an allow-list (credentials only for
 * allowed origins; anything else gets no CORS headers, so browsers keep the same-origin rule).
 */
export function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions) {
  const csp = contentSecurityPolicy(options.frameAncestors);
  const sameOriginOnly =
    options.frameAncestors.length === 1 &&
    (options.frameAncestors[0] === "'self'" || options.frameAncestors[0] === "'none'");
  const allowed = options.corsOrigins.map((o) => o.replace(/\/$/, '').toLowerCase());

  const cors = (req: FastifyRequest, reply: FastifyReply): boolean => {
    if (!req.url.startsWith('/api/')) return false;
    reply.header('vary', 'Origin');
    const origin = req.headers.origin;
    if (!originAllowed(origin, allowed)) return false;
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-allow-credentials', 'true');
    return true;
  };

  app.addHook('onRequest', async (req, reply) => {
    reply.header('content-security-policy', csp);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    // Old browsers without frame-ancestors: only when framing is same-origin (or none) anyway.
    if (sameOriginOnly)
      reply.header('x-frame-options', options.frameAncestors[0] === "'none'" ? 'DENY' : 'SAMEORIGIN');
    if (options.hsts) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    cors(req, reply);
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.removeHeader('x-powered-by');
    return payload;
  });

  // Preflight for /api/*: allowed origins get the methods and headers; others an empty 204.
  app.options('/api/*', async (req, reply) => {
    if (cors(req, reply)) {
      reply.header('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE');
      reply.header(
        'access-control-allow-headers',
        'authorization, content-type, x-file-name, idempotency-key',
      );
      reply.header('access-control-max-age', '600');
    }
    return reply.code(204).send();
  });
}

/**
 * Socket.IO's check of a handshake's Origin: no Origin (non-browser clients), the server's own host, or
 * an allowed origin. Applies to WebSocket upgrades too, which Socket.IO's own `cors` option does not.
 */
export function socketOriginAllowed(
  headers: { origin?: string | undefined; host?: string | undefined; 'x-forwarded-host'?: string | string[] },
  corsOrigins: readonly string[],
): boolean {
  const origin = headers.origin;
  if (!origin) return true;
  const allowed = corsOrigins.map((o) => o.replace(/\/$/, '').toLowerCase());
  if (originAllowed(origin, allowed)) return true;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const forwarded = headers['x-forwarded-host'];
  const hosts = [headers.host, ...(Array.isArray(forwarded) ? forwarded : [forwarded])]
    .filter((h): h is string => typeof h === 'string')
    .flatMap((h) => h.split(',').map((x) => x.trim().toLowerCase()));
  return hosts.includes(host);
}
