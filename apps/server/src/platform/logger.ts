import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * pino with the fields that must never reach a log redacted. Message bodies are logged only at
 * debug level and only after redaction (see the security domain).
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'clearline' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.totp',
        '*.token',
        '*.body',
      ],
      censor: '[redacted]',
    },
  });
}
