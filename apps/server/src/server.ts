import { timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUSTOMER_NAMESPACE, LIMITS } from '@clearline/protocol';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import type { Config } from './config.ts';
import {
  createDemoCore,
  type IssuerCore,
  registerAccountRoutes,
  seedDemoCore,
} from './domains/accounts/index.ts';
import {
  type Assistant,
  createAssistant,
  createLanguageModel,
  loadAssistantModel,
} from './domains/assistant/index.ts';
import {
  type CaseService,
  createCaseService,
  createEndOfChat,
  registerCaseRoutes,
} from './domains/cases/index.ts';
import {
  type ConversationService,
  createConversationService,
  createOfferDispatcher,
  registerConversationRoutes,
} from './domains/conversations/index.ts';
import {
  createDocumentService,
  createLocalStorage,
  createSignatureScanner,
  type DocumentCases,
  type DocumentService,
  registerDocumentRoutes,
  type ScanPort,
  type StoragePort,
} from './domains/documents/index.ts';
import { attachRealtime, InFlight } from './domains/realtime/index.ts';
import {
  createRoutingService,
  formatOpening,
  type RoutingService,
  registerQueueRoutes,
  registerRoutingRoutes,
} from './domains/routing/index.ts';
import {
  type AgentAuthService,
  type AuditLog,
  createAgentAuthService,
  createAuditLog,
  createCustomerGuard,
  createCustomerSessions,
  createCustomerTokenVerifier,
  createLoginGuard,
  createRequestAuth,
  createStepUpService,
  mintCustomerToken,
  registerSecurityRoutes,
  type StepUpService,
  seedDemoAgents,
} from './domains/security/index.ts';
import {
  createWorkflowService,
  registerWorkflowRoutes,
  type WorkflowService,
} from './domains/workflows/index.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import { type Database, migrateDatabase, openDatabase } from './platform/db.ts';
import { AppError } from './platform/errors.ts';
import { EventBus } from './platform/events.ts';
import { installErrorHandling, sendOk } from './platform/http.ts';
import { createLogger, type Logger } from './platform/logger.ts';
import { createMetrics, type Metrics } from './platform/metrics.ts';
import {
  createMemoryRateLimiter,
  createRedisRateLimiter,
  registerApiRateLimit,
} from './platform/rate-limit.ts';
import { registerSecurityHeaders, socketOriginAllowed } from './platform/security-headers.ts';

/** Constant-time check of `Authorization: Bearer <token>`. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_DIST = {
  widget: resolve(ROOT, 'apps/widget/dist'),
  console: resolve(ROOT, 'apps/console/dist'),
};

export interface ServerOverrides {
  /** A database opened (and migrated) by the caller, e.g. one PGlite shared by a test file. */
  database?: Database;
  clock?: Clock;
  logger?: Logger;
  issuerCore?: IssuerCore;
  /** Skip demo seeding even in development mode (tests that make their own data). */
  seedDemo?: boolean;
  /** Where the trained assistant model is cached (default: `<DATA_DIR>/nlu`). */
  modelCacheDir?: string;
  /** The cases the documents domain attaches files to (tests; the cases service otherwise). */
  documentCases?: DocumentCases;
  /** Where uploaded files are kept (default: the local folder `config.documents.dir`). */
  documentStorage?: StoragePort;
  /** The malware scan of uploaded files (default: the built-in signature scanner). */
  documentScanner?: ScanPort;
}

export interface ClearlineServer {
  app: FastifyInstance;
  io: Server;
  config: Config;
  database: Database;
  metrics: Metrics;
  services: {
    conversations: ConversationService;
    agentAuth: AgentAuthService;
    issuerCore: IssuerCore;
    audit: AuditLog;
    assistant: Assistant | null;
    routing: RoutingService;
    /** Step-up verification before sensitive changes (`require`, `isVerified`, `consume`). */
    stepUp: StepUpService;
    /** Cases, disputes (`.disputes`), complaints (`.complaints`) and secure messages. */
    cases: CaseService;
    /** Card, payment, rewards and account workflows (issue 6 §3-§5) for the assistant and the console. */
    workflows: WorkflowService;
    /** Secure document upload: links for a case, uploads, listing and download. */
    documents: DocumentService;
  };
  /** Re-checks every agent socket's idle deadline now (tests that move the clock). */
  checkAgentSessions(): Promise<void>;
  demoAgents: Awaited<ReturnType<typeof seedDemoAgents>>;
  /** Listens on config.port (0 for any) and resolves to the base URL. */
  listen(): Promise<string>;
  /** Graceful shutdown: refuse new events, let in-flight writes finish, close sockets and the database. */
  close(): Promise<void>;
}

/** Builds an un-listened Clearline: Fastify with Socket.IO attached, migrations applied. */
export async function buildServer(config: Config, overrides: ServerOverrides = {}): Promise<ClearlineServer> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? systemClock;
  const ownsDatabase = !overrides.database;
  const database = overrides.database ?? (await openDatabase(config.database));
  await migrateDatabase(database);
  const { db } = database;

  const metrics = createMetrics();
  const bus = new EventBus((err, event) => logger.error({ err, event: event.type }, 'event listener failed'));
  const issuerCore = overrides.issuerCore ?? createDemoCore(db, { clock });
  const audit = createAuditLog({ db, clock });
  const stepUp = createStepUpService({ db, clock, audit, core: issuerCore });
  const cases = createCaseService({
    db,
    clock,
    core: issuerCore,
    bus,
    audit: (entry, tx) => audit.append(entry, tx),
  });
  // One implementation of each workflow for both front doors; resolutions open cases.
  const workflows = createWorkflowService({
    db,
    clock,
    core: issuerCore,
    stepUp,
    audit: (entry, tx) => audit.append(entry, tx),
    cases,
  });
  const documents = createDocumentService({
    db,
    clock,
    audit: (entry, tx) => audit.append(entry, tx),
    cases: overrides.documentCases ?? cases,
    // An agent's link posted into the chat (`postToConversation`), as a system message.
    conversations: {
      postSystemMessage: (agent, id, compose) => conversations.postSystemMessage(agent, id, compose),
    },
    storage: overrides.documentStorage ?? createLocalStorage(config.documents.dir),
    scanner: overrides.documentScanner ?? createSignatureScanner(),
    linkTtlMinutes: config.documents.linkTtlMinutes,
    maxFilesPerLink: config.documents.maxFilesPerLink,
    warn: (message, detail) => logger.warn(detail, message),
  });
  let assistant: Assistant | null = null;
  if (config.assistant) {
    // Trained from the repository's data at first start, then loaded from the cache.
    const { classifier } = loadAssistantModel({
      cacheDir: overrides.modelCacheDir ?? resolve(config.dataDir, 'nlu'),
      log: (m) => logger.info(m),
    });
    assistant = createAssistant({
      db,
      bus,
      clock,
      logger,
      conversations: () => conversations,
      core: issuerCore,
      model: classifier,
      audit: (entry, tx) => audit.append(entry, tx),
      cases,
      workflows,
      stepUp,
      documents,
      languageModel: createLanguageModel(
        config.llm ? { ...config.llm, apiKey: config.llm.apiKey ?? '' } : null,
        { logger },
      ),
    });
  }
  const routing: RoutingService = createRoutingService({
    db,
    clock,
    activity: (queue, since) => conversations.queueActivity(queue, since),
    audit: (entry, tx) => audit.append(entry, tx),
  });
  await routing.ensureQueues();
  const endOfChat = createEndOfChat({
    cases,
    steps: (conversationId) => assistant?.customerSteps(conversationId) ?? Promise.resolve([]),
  });
  const conversations: ConversationService = createConversationService({
    db,
    bus,
    clock,
    endOfChat,
    assistant: assistant?.hooks ?? null,
    capacityOf: (tx, agentId) => routing.capacityOf(tx, agentId),
    onAssigned: (tx, agentId, at) => routing.noteAssigned(tx, agentId, at),
    audit: (entry, tx) => audit.append(entry, tx),
    routeFor: (tx, queue, at) => routing.routeFor(tx, queue, at),
    candidates: (tx, input) => routing.candidates(tx, input),
    staffedQueues: (at) => routing.staffedQueues(at),
    onOffered: (tx, agentId, at) => routing.noteOffered(tx, agentId, at),
    offerTimeoutMs: config.offers.timeoutMs,
    formatOpening,
    agentName: async (agentId) => (await agentAuth.profile(agentId))?.displayName ?? null,
    describeCardAccount: async (cardmemberId, cardAccountId) => {
      const account = await issuerCore.getCardAccount(cardAccountId);
      if (!account) return null;
      if (account.cardmemberId !== cardmemberId) throw new AppError('CARD_ACCOUNT_NOT_ALLOWED');
      return { productName: account.productName, last4: account.last4 };
    },
  });
  const agentAuth = createAgentAuthService({
    db,
    clock,
    sessionHours: config.agentSessionHours,
    idleMinutes: config.agentIdleMinutes,
    audit,
  });
  const customerSessions = createCustomerSessions({ db, clock, audit });
  const verifyToken = createCustomerTokenVerifier(config.customerTokens);
  // Rate limits: in Redis (shared by every node) when configured, else per process.
  let limitsRedis: ReturnType<typeof createClient> | null = null;
  if (config.redisUrl) {
    limitsRedis = createClient({ url: config.redisUrl });
    limitsRedis.on('error', (err) => logger.warn({ err }, 'redis error (rate limits)'));
    await limitsRedis.connect();
  }
  const limits = {
    limiter: limitsRedis ? createRedisRateLimiter(limitsRedis) : createMemoryRateLimiter(),
    rules: config.rateLimits,
  };
  const customerGuard = createCustomerGuard({
    limits,
    verify: async (token) => customerSessions.assertActive(await verifyToken(token)),
  });
  const verifyCustomer = customerGuard.verify;
  const auth = createRequestAuth(customerGuard.verifyFrom, agentAuth);

  const seed = config.demo && overrides.seedDemo !== false;
  if (seed && !overrides.issuerCore) await seedDemoCore(db, clock.now());
  const demoAgents = seed ? await seedDemoAgents(agentAuth) : [];

  const app = Fastify({
    loggerInstance: logger,
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
    bodyLimit: LIMITS.frameBytes,
    // Only believe X-Forwarded-For from configured proxies: otherwise per-IP limits could be dodged.
    trustProxy: config.trustProxy as boolean | string[], // a number is a hop count (Fastify accepts it)
  }) as unknown as FastifyInstance; // pino's Logger is wider than FastifyBaseLogger; routes need only the base.
  installErrorHandling(app, logger);
  registerSecurityHeaders(app, { ...config.http, hsts: config.mode === 'production' });
  registerApiRateLimit(app, limits.limiter, config.rateLimits.apiIp);
  await app.register(fastifyCookie);

  let shuttingDown = false;
  app.get('/healthz', async (_req, reply) => sendOk(reply, { status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    if (shuttingDown)
      return reply.code(503).send({ ok: false, error: { code: 'SHUTTING_DOWN', message: 'draining' } });
    try {
      await database.ping();
    } catch {
      return reply
        .code(503)
        .send({ ok: false, error: { code: 'NOT_READY', message: 'database unavailable' } });
    }
    return sendOk(reply, {
      status: 'ready',
      database: database.kind,
      adapter: config.redisUrl ? 'redis' : 'memory',
    });
  });
  app.get('/metrics', async (req, reply) => {
    if (config.metricsToken && !bearerMatches(req.headers.authorization, config.metricsToken)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'metrics need the scrape token' } });
    }
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  registerSecurityRoutes(app, {
    agentAuth,
    auth,
    secureCookies: config.mode === 'production',
    loginGuard: createLoginGuard(limits),
  });
  registerConversationRoutes(app, { conversations, auth });
  registerDocumentRoutes(app, {
    documents,
    auth,
    caseIdOf: async (reference) => (await cases.findByReference(reference))?.caseId ?? null,
  });
  registerRoutingRoutes(app, { routing, source: conversations, auth, now: () => clock.now() });
  registerCaseRoutes(app, { cases, auth });
  registerWorkflowRoutes(app, { workflows, conversations, auth });
  registerQueueRoutes(app, { routing, auth });
  registerAccountRoutes(app, {
    core: issuerCore,
    auth,
    demo:
      config.demo && config.customerTokens.secret
        ? {
            mint: (identity) =>
              mintCustomerToken(
                config.customerTokens.secret!,
                {
                  cardmemberId: identity.id,
                  cardAccountIds: identity.accounts.map((a) => a.id),
                  name: identity.displayName,
                },
                { issuer: config.customerTokens.issuer, audience: config.customerTokens.audience },
              ),
          }
        : null,
  });

  if (existsSync(WEB_DIST.console)) {
    await app.register(fastifyStatic, { root: WEB_DIST.console, prefix: '/console/', decorateReply: false });
    app.get('/console', (_req, reply) => reply.redirect('/console/'));
  }
  if (existsSync(WEB_DIST.widget)) {
    await app.register(fastifyStatic, { root: WEB_DIST.widget, prefix: '/', decorateReply: false });
    // The demo site's upload page (`/upload?token=…`) is the same single-page app.
    const page = readFileSync(resolve(WEB_DIST.widget, 'index.html'));
    app.get('/upload', async (_req, reply) => reply.type('text/html; charset=utf-8').send(page));
  } else {
    app.get('/upload', async (_req, reply) =>
      reply
        .type('text/plain')
        .send('Build the web apps with `npm run build` to serve the document upload page.'),
    );
    app.get('/', async (_req, reply) =>
      reply
        .type('text/plain')
        .send('Clearline is running. Build the web apps with `npm run build` to serve the demo site.'),
    );
  }

  const io = new Server(app.server, {
    path: '/socket.io',
    serveClient: false,
    maxHttpBufferSize: LIMITS.frameBytes,
    pingInterval: 10_000,
    pingTimeout: 10_000,
    transports: ['websocket', 'polling'],
    cors: { origin: config.http.corsOrigins, credentials: true },
    // Origin checked on WebSocket upgrades too (Socket.IO's cors covers only HTTP long-polling).
    allowRequest: (req, cb) => cb(null, socketOriginAllowed(req.headers, config.http.corsOrigins)),
  });
  // Before the realtime domain's authentication: connection and token-use limits.
  io.of(CUSTOMER_NAMESPACE).use((socket, next) => void customerGuard.socketMiddleware(socket, next));
  let redis: ReturnType<typeof createClient> | null = null;
  if (config.redisUrl) {
    redis = createClient({ url: config.redisUrl });
    redis.on('error', (err) => logger.warn({ err }, 'redis error'));
    await redis.connect();
    io.adapter(createAdapter(redis));
  }
  // Push offers: a chat entering a queue, a freed slot, a declined or expired offer, an agent coming
  // online each ask for a pass; a timer sweeps deadlines and overflow rules coming due.
  const offers = createOfferDispatcher({ conversations, logger, sweepMs: config.offers.sweepMs });
  bus.subscribe((event) => {
    if (event.type === 'conversation.updated') offers.kick();
    else if (event.type === 'offer.ended' && event.offer.state !== 'accepted') offers.kick();
  });
  const inFlight = new InFlight();
  const realtime = attachRealtime({
    io,
    bus,
    conversations,
    agentAuth,
    verifyCustomer,
    customerSessions,
    metrics,
    logger,
    inFlight,
    routing: {
      waitTimes: (queue) => routing.waitTimes(queue),
      heartbeat: (list) => routing.heartbeat(list),
      disconnected: (agentId) => routing.disconnected(agentId),
      staffingChanged: () => offers.kick(),
    },
    clock,
    stepUp,
  });

  // Silent customers in line are asked whether they are still there, then their place is freed.
  const idleSweep = setInterval(
    () => {
      conversations
        .sweepIdle({ warnAfterMs: config.queueIdle.warnMs, abandonAfterMs: config.queueIdle.abandonMs })
        .catch((err) => logger.warn({ err }, 'idle sweep failed'));
    },
    Math.min(30_000, Math.max(1_000, config.queueIdle.abandonMs / 4)),
  );
  idleSweep.unref();

  let closed: Promise<void> | null = null;
  return {
    app,
    io,
    config,
    database,
    metrics,
    services: {
      conversations,
      agentAuth,
      issuerCore,
      audit,
      assistant,
      routing,
      stepUp,
      cases,
      workflows,
      documents,
    },
    checkAgentSessions: () => realtime.checkAgentSessions(),
    demoAgents,
    async listen() {
      await app.listen({ port: config.port, host: config.host });
      const addr = app.server.address();
      const port = typeof addr === 'object' && addr ? addr.port : config.port;
      return `http://127.0.0.1:${port}`;
    },
    close() {
      closed ??= (async () => {
        shuttingDown = true;
        inFlight.closing = true;
        const drained = await inFlight.drained(config.shutdownGraceMs);
        if (!drained)
          logger.warn({ inFlight: inFlight.count }, 'shutdown grace ran out with events in flight');
        clearInterval(idleSweep);
        await offers.close();
        await assistant?.close(config.shutdownGraceMs);
        realtime.close();
        io.disconnectSockets(true);
        await new Promise<void>((r) => io.close(() => r()));
        await app.close();
        if (redis) await redis.quit().catch(() => undefined);
        if (limitsRedis) await limitsRedis.quit().catch(() => undefined);
        if (ownsDatabase) await database.close();
      })();
      return closed;
    },
  };
}
