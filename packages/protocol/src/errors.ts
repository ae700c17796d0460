import { z } from 'zod';

/** The closed vocabulary of error codes. Every failure a client can see carries one of these. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNKNOWN_EVENT',
  'UNAUTHENTICATED',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'TOKEN_REVOKED',
  'FORBIDDEN',
  'CARD_ACCOUNT_NOT_ALLOWED',
  'NOT_FOUND',
  'CONVERSATION_NOT_FOUND',
  'CONVERSATION_CLOSED',
  'INVALID_TRANSITION',
  'ALREADY_ASSIGNED',
  'AT_CAPACITY',
  'RATE_LIMITED',
  'SENSITIVE_REQUEST_BLOCKED',
  'LOGIN_FAILED',
  'ACCOUNT_LOCKED',
  'TOTP_INVALID',
  'TOTP_REUSED',
  'PASSWORD_TOO_WEAK',
  'STEP_UP_NOT_FOUND',
  'STEP_UP_FAILED',
  'STEP_UP_LOCKED',
  'STEP_UP_EXPIRED',
  'STEP_UP_USED',
  'STEP_UP_REQUIRED',
  'CASE_NOT_FOUND',
  'CASE_ACTION_NOT_ALLOWED',
  'SECURE_MESSAGE_NOT_FOUND',
  'TRANSACTION_NOT_FOUND',
  'TRANSACTION_PENDING',
  'WORKFLOW_REFUSED',
  'INSUFFICIENT_POINTS',
  'REQUEST_IN_PROGRESS',
  'DEMO_DISABLED',
  'NOT_READY',
  'SHUTTING_DOWN',
  'INTERNAL',
] as const;

export const ZErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ZErrorCode>;

/** One table: code → HTTP status and default (English) message. Kept true against docs/errors.md by a test. */
export const ERROR_TABLE: Record<ErrorCode, { status: number; message: string }> = {
  VALIDATION_FAILED: { status: 400, message: 'The request does not match the expected shape.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request is larger than allowed.' },
  UNKNOWN_EVENT: { status: 400, message: 'This event is not part of the protocol.' },
  UNAUTHENTICATED: { status: 401, message: 'Sign in first.' },
  TOKEN_INVALID: { status: 401, message: 'The token could not be verified.' },
  TOKEN_EXPIRED: { status: 401, message: 'The token has expired.' },
  TOKEN_REVOKED: { status: 401, message: 'This session was ended to secure the account; sign in again.' },
  FORBIDDEN: { status: 403, message: 'You are not allowed to do this.' },
  CARD_ACCOUNT_NOT_ALLOWED: { status: 403, message: 'This card account is not part of your session.' },
  NOT_FOUND: { status: 404, message: 'Not found.' },
  CONVERSATION_NOT_FOUND: { status: 404, message: 'No such conversation in your session.' },
  CONVERSATION_CLOSED: { status: 409, message: 'The conversation has ended.' },
  INVALID_TRANSITION: { status: 409, message: 'The conversation cannot do that in its current state.' },
  ALREADY_ASSIGNED: { status: 409, message: 'Another agent has already taken this conversation.' },
  AT_CAPACITY: { status: 409, message: 'You are at your maximum number of concurrent chats.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; slow down.' },
  SENSITIVE_REQUEST_BLOCKED: {
    status: 422,
    message: 'This message asks the customer for information that must never be typed into chat.',
  },
  LOGIN_FAILED: { status: 401, message: 'E-mail, password or code is not right.' },
  ACCOUNT_LOCKED: { status: 423, message: 'Too many failed sign-ins; the account is locked for a while.' },
  TOTP_INVALID: { status: 401, message: 'The authenticator code is not right.' },
  TOTP_REUSED: {
    status: 401,
    message: 'This authenticator code has already been used; wait for the next one.',
  },
  PASSWORD_TOO_WEAK: {
    status: 422,
    message:
      'The password is too weak: at least 12 characters, not a common one, not containing the e-mail name.',
  },
  STEP_UP_NOT_FOUND: { status: 404, message: 'No such verification request in your session.' },
  STEP_UP_FAILED: { status: 422, message: 'The details do not match our records.' },
  STEP_UP_LOCKED: { status: 423, message: 'Too many wrong answers; this verification request is locked.' },
  STEP_UP_EXPIRED: { status: 410, message: 'This verification request has expired.' },
  STEP_UP_USED: { status: 409, message: 'This verification request was already answered or used.' },
  STEP_UP_REQUIRED: { status: 403, message: 'This change needs a completed verification first.' },
  CASE_NOT_FOUND: { status: 404, message: 'No such case for you.' },
  CASE_ACTION_NOT_ALLOWED: {
    status: 409,
    message: 'The case cannot take this action in its current status.',
  },
  SECURE_MESSAGE_NOT_FOUND: { status: 404, message: 'No such secure message for you.' },
  TRANSACTION_NOT_FOUND: { status: 404, message: 'No such transaction on this card account.' },
  TRANSACTION_PENDING: {
    status: 409,
    message: 'This charge is still pending; it can be disputed once it posts.',
  },
  WORKFLOW_REFUSED: { status: 422, message: 'This request cannot be carried out on this account as asked.' },
  INSUFFICIENT_POINTS: { status: 422, message: 'There are not enough points for this redemption.' },
  REQUEST_IN_PROGRESS: {
    status: 409,
    message: 'The same request is still being carried out; ask again in a moment.',
  },
  DEMO_DISABLED: { status: 404, message: 'Demo sign-in is off in production mode.' },
  NOT_READY: { status: 503, message: 'The service is starting or its database is unavailable.' },
  SHUTTING_DOWN: { status: 503, message: 'The server is shutting down; reconnect to another.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
};

export const ZAppErrorBody = z.object({ code: ZErrorCode, message: z.string() });
export type AppErrorBody = z.infer<typeof ZAppErrorBody>;
