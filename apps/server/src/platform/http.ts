import { ackError, ackOk, ERROR_TABLE } from '@clearline/protocol';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { AppError, toErrorBody } from './errors.ts';
import type { Logger } from './logger.ts';

/** REST bodies share the socket ack envelope. */
export function sendOk<T>(reply: FastifyReply, data: T, status = 200) {
  return reply.code(status).send(ackOk(data));
}

/** Parses a body or params object with a protocol schema, or throws VALIDATION_FAILED. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
      .join('; ');
    throw new AppError('VALIDATION_FAILED', detail);
  }
  return parsed.data;
}

/** One mapping from anything thrown in a route to a status code and an error envelope. */
export function installErrorHandling(app: FastifyInstance, logger: Logger) {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    let appError: AppError | null = null;
    if (err instanceof AppError) appError = err;
    else if ('code' in err && err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      appError = new AppError('PAYLOAD_TOO_LARGE');
    else if (
      'statusCode' in err &&
      typeof err.statusCode === 'number' &&
      err.statusCode >= 400 &&
      err.statusCode < 500
    ) {
      appError = new AppError(
        err.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED',
        err.message,
      );
    }
    if (!appError) {
      logger.error({ err, url: req.url, method: req.method }, 'request failed');
      return reply.code(ERROR_TABLE.INTERNAL.status).send(ackError(toErrorBody(err)));
    }
    return reply.code(appError.status).send(ackError(appError.toBody()));
  });
  app.setNotFoundHandler((req, reply) => {
    reply
      .code(404)
      .send(ackError({ code: 'NOT_FOUND', message: `No route ${req.method} ${req.url.split('?')[0]}` }));
  });
}
