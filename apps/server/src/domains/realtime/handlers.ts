import { type Ack, ackError, ackOk, LIMITS } from '@clearline/protocol';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { AppError, toErrorBody } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Metrics } from '../../platform/metrics.ts';
import { TokenBucket } from './rate-limit.ts';

export type Handlers<S extends Record<string, z.ZodType>> = {
  [K in keyof S]: (payload: z.output<S[K]>) => Promise<unknown>;
};

/** Counts handlers in flight so that a graceful shutdown can wait for their writes to finish. */
export class InFlight {
  /** Set when the server starts shutting down: new events are refused with SHUTTING_DOWN. */
  closing = false;
  #count = 0;
  #waiters: Array<() => void> = [];
  enter(): void {
    this.#count++;
  }
  leave(): void {
    this.#count--;
    if (this.#count === 0) for (const w of this.#waiters.splice(0)) w();
  }
  get count(): number {
    return this.#count;
  }
  drained(timeoutMs: number): Promise<boolean> {
    if (this.#count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.#waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

export function validationError(error: z.ZodError): AppError {
  if (error.issues.some((i) => i.code === 'too_big')) {
    const issue = error.issues.find((i) => i.code === 'too_big')!;
    return new AppError('PAYLOAD_TOO_LARGE', `${issue.path.join('.') || 'payload'}: ${issue.message}`);
  }
  const detail = error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`)
    .join('; ');
  return new AppError('VALIDATION_FAILED', detail);
}

/**
 * Binds one namespace's handlers to a socket: every event is checked against the protocol's schema
 * map, rate-limited, validated, run, and answered in the one ack envelope. Unknown events, wrong
 * shapes and thrown errors become error codes; nothing a client sends can crash the server.
 */
export function bindHandlers<S extends Record<string, z.ZodType>>(
  socket: Socket,
  schemas: S,
  handlers: Handlers<S>,
  ctx: { metrics: Metrics; logger: Logger; inFlight: InFlight; namespace: 'customer' | 'agent' },
): void {
  const bucket =
    ctx.namespace === 'agent'
      ? new TokenBucket(LIMITS.agentEventsPerSecond, LIMITS.agentEventBurst)
      : new TokenBucket(LIMITS.eventsPerSecond, LIMITS.eventBurst);
  const reply = (ack: unknown, result: Ack<unknown>) => {
    if (typeof ack === 'function') {
      try {
        ack(result);
      } catch {
        /* the client went away */
      }
    }
  };

  socket.use((packet, next) => {
    const [event, ...args] = packet as [unknown, ...unknown[]];
    const ack = args.at(-1);
    if (typeof event !== 'string' || !Object.hasOwn(schemas, event)) {
      ctx.metrics.errors.inc({ code: 'UNKNOWN_EVENT' });
      reply(ack, ackError(new AppError('UNKNOWN_EVENT').toBody()));
      return;
    }
    if (ctx.inFlight.closing) {
      reply(ack, ackError(new AppError('SHUTTING_DOWN').toBody()));
      return;
    }
    if (!bucket.take()) {
      ctx.metrics.errors.inc({ code: 'RATE_LIMITED' });
      reply(ack, ackError(new AppError('RATE_LIMITED').toBody()));
      return;
    }
    next();
  });

  for (const event of Object.keys(schemas) as Array<keyof S & string>) {
    const schema = schemas[event]!;
    const handler = handlers[event];
    (socket as unknown as { on(e: string, l: (...a: unknown[]) => void): void }).on(
      event,
      async (...args) => {
        const started = process.hrtime.bigint();
        const ack = typeof args.at(-1) === 'function' ? args.pop() : undefined;
        ctx.inFlight.enter();
        let outcome = 'ok';
        try {
          if (args.length > 1) throw new AppError('VALIDATION_FAILED', 'Send exactly one payload object.');
          const parsed = schema.safeParse(args[0] ?? {});
          if (!parsed.success) throw validationError(parsed.error);
          const data = await handler(parsed.data as z.output<S[typeof event]>);
          reply(ack, ackOk(data ?? null));
        } catch (err) {
          const body = toErrorBody(err);
          outcome = body.code;
          ctx.metrics.errors.inc({ code: body.code });
          if (body.code === 'INTERNAL') {
            ctx.logger.error({ err, event, namespace: ctx.namespace }, 'socket handler failed');
          }
          reply(ack, ackError(body));
        } finally {
          ctx.inFlight.leave();
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          ctx.metrics.ackLatency.observe({ event, outcome }, seconds);
        }
      },
    );
  }
}
