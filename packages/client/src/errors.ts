import type { AppErrorBody, ErrorCode } from '@clearline/protocol';

/** Client-side codes, in addition to the server's ErrorCode vocabulary. */
export type ClientErrorCode = ErrorCode | 'TIMEOUT' | 'DISCONNECTED' | 'CLOSED';

export class ClearlineError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ClearlineError';
  }
  static from(body: AppErrorBody): ClearlineError {
    return new ClearlineError(body.code, body.message);
  }
}

/** Errors after which the same send may succeed later: the outbox keeps the message and retries. */
export function isRetryable(code: ClientErrorCode): boolean {
  return (
    code === 'TIMEOUT' ||
    code === 'DISCONNECTED' ||
    code === 'RATE_LIMITED' ||
    code === 'SHUTTING_DOWN' ||
    code === 'INTERNAL' ||
    code === 'NOT_READY'
  );
}
