import { z } from 'zod';
import type { AppErrorBody } from './errors.ts';
import { ZAppErrorBody } from './errors.ts';

/** Every socket acknowledgement and every REST body has this envelope. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody };

export const ZAckFailure = z.object({ ok: z.literal(false), error: ZAppErrorBody });

export function zAck<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), ZAckFailure]);
}

export function ackOk<T>(data: T): Ack<T> {
  return { ok: true, data };
}

export function ackError(error: AppErrorBody): Ack<never> {
  return { ok: false, error };
}
