import type { Readable } from 'node:stream';
import { ZCreateUploadLink, ZUploadHeaders } from '@clearline/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { parseWith, sendOk } from '../../platform/http.ts';
import type { AgentPrincipal, CustomerPrincipal } from '../../platform/principal.ts';
import type { DocumentService } from './documents.service.ts';
import { contentDisposition } from './file-types.ts';

/** A case named by its reference (`CL-7K4M-2Q9D`, as the agent sees it) or by its id. */
const ZCaseParams = z.object({ reference: z.string().min(1).max(64) });
const ZDocumentParams = z.object({ documentId: z.uuid() });
const ZLinkParams = z.object({ linkId: z.uuid() });
const ZTokenParams = z.object({ token: z.string().max(256) });

/** Malformed ids answer like unknown ones: nothing to learn by probing. */
function idOr<S extends z.ZodType>(
  schema: S,
  params: unknown,
  code: 'CASE_NOT_FOUND' | 'DOCUMENT_NOT_FOUND' | 'UPLOAD_LINK_NOT_FOUND',
): z.output<S> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new AppError(code);
  return parsed.data;
}

/**
 * Agent routes (session cookie) and customer routes (issuer token in `Authorization: Bearer`) of the
 * secure document upload. Every route authenticates first; none reads or deletes a file without it.
 */
export function registerDocumentRoutes(
  app: FastifyInstance,
  deps: {
    documents: DocumentService;
    /** The case id of a reference as typed (null when there is none); ids pass through. */
    caseIdOf: (referenceOrId: string) => Promise<string | null>;
    auth: {
      customer(req: FastifyRequest): Promise<CustomerPrincipal>;
      agent(req: FastifyRequest): Promise<AgentPrincipal>;
    };
  },
) {
  const { documents, auth } = deps;
  const caseIdFrom = async (params: unknown): Promise<string> => {
    const { reference } = idOr(ZCaseParams, params, 'CASE_NOT_FOUND');
    const caseId = z.uuid().safeParse(reference).success ? reference : await deps.caseIdOf(reference);
    if (!caseId) throw new AppError('CASE_NOT_FOUND');
    return caseId;
  };

  /* Agents: send a link, see the files and links of a case, download a clean file, withdraw a link. */
  app.post('/api/v1/agent/cases/:reference/upload-links', async (req, reply) => {
    const agent = await auth.agent(req);
    const caseId = await caseIdFrom(req.params);
    const body = parseWith(ZCreateUploadLink, req.body);
    return sendOk(reply, await documents.agentCreateUploadLink(agent, caseId, body), 201);
  });
  app.get('/api/v1/agent/cases/:reference/documents', async (req, reply) => {
    const agent = await auth.agent(req);
    const caseId = await caseIdFrom(req.params);
    return sendOk(reply, await documents.listForCase(agent, caseId));
  });
  app.get('/api/v1/agent/documents/:documentId/content', async (req, reply) => {
    const agent = await auth.agent(req);
    const { documentId } = idOr(ZDocumentParams, req.params, 'DOCUMENT_NOT_FOUND');
    const { document, bytes } = await documents.download(agent, documentId);
    return (
      reply
        .code(200)
        .header('content-type', document.contentType)
        .header('content-length', String(bytes.byteLength))
        .header('content-disposition', contentDisposition(document.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        // Opened directly, the file runs nothing and reaches nothing.
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    );
  });
  app.delete('/api/v1/agent/upload-links/:linkId', async (req, reply) => {
    const agent = await auth.agent(req);
    const { linkId } = idOr(ZLinkParams, req.params, 'UPLOAD_LINK_NOT_FOUND');
    return sendOk(reply, await documents.revokeLink(agent, linkId));
  });

  /* Customers: what a link is for, their files sent through it, and the upload itself. */
  app.get('/api/v1/uploads/:token', async (req, reply) => {
    const customer = await auth.customer(req);
    const { token } = idOr(ZTokenParams, req.params, 'UPLOAD_LINK_NOT_FOUND');
    return sendOk(reply, await documents.linkInfo(customer, token));
  });
  app.get('/api/v1/uploads/:token/files', async (req, reply) => {
    const customer = await auth.customer(req);
    const { token } = idOr(ZTokenParams, req.params, 'UPLOAD_LINK_NOT_FOUND');
    return sendOk(reply, await documents.listUploads(customer, token));
  });

  // The raw file is the body: in its own scope, `application/octet-stream` is handed over as a stream
  // (the global 64 KiB body limit stays for every other route) and read only up to 10 MiB.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));
    // Authenticated before the body is even looked at.
    const customers = new WeakMap<FastifyRequest, CustomerPrincipal>();
    scope.post(
      '/api/v1/uploads/:token/files',
      {
        onRequest: async (req, reply) => {
          try {
            customers.set(req, await auth.customer(req));
          } catch (err) {
            closeIfUnread(req, reply);
            throw err;
          }
        },
      },
      async (req, reply) => {
        try {
          const customer = customers.get(req);
          if (!customer) throw new AppError('UNAUTHENTICATED');
          const { token } = idOr(ZTokenParams, req.params, 'UPLOAD_LINK_NOT_FOUND');
          const headers = parseWith(ZUploadHeaders, {
            'x-file-name': req.headers['x-file-name'],
            'idempotency-key': req.headers['idempotency-key'],
          });
          const stream = req.body as Readable | undefined;
          const length = Number(req.headers['content-length']);
          const { document, replayed } = await documents.upload(customer, token, {
            fileName: headers['x-file-name'],
            idempotencyKey: headers['idempotency-key'],
            // Stopping early must not destroy the socket: the refusal still has to reach the client.
            body: stream ? stream.iterator({ destroyOnReturn: false }) : new Uint8Array(0),
            declaredBytes: Number.isFinite(length) ? length : null,
          });
          return sendOk(reply, document, replayed ? 200 : 201);
        } catch (err) {
          closeIfUnread(req, reply);
          throw err;
        }
      },
    );
  });
}

/** A refused upload whose body was not read to the end: close the connection instead of draining it. */
function closeIfUnread(req: FastifyRequest, reply: FastifyReply) {
  if (!req.raw.readableEnded) reply.header('connection', 'close');
}
