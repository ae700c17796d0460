import { type AppErrorBody, ERROR_TABLE, type ErrorCode } from '@clearline/protocol';

/** The one error type domain code throws. Its code is part of the protocol's closed vocabulary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? ERROR_TABLE[code].message);
    this.name = 'AppError';
    this.code = code;
  }
  get status(): number {
    return ERROR_TABLE[this.code].status;
  }
  toBody(): AppErrorBody {
    return { code: this.code, message: this.message };
  }
}

/** Maps anything thrown to what a client may see: AppErrors as they are, everything else as INTERNAL. */
export function toErrorBody(err: unknown): AppErrorBody {
  if (err instanceof AppError) return err.toBody();
  return { code: 'INTERNAL', message: ERROR_TABLE.INTERNAL.message };
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
