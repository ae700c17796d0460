import {
  AGENT_EVENT_SCHEMAS,
  AGENT_NAMESPACE,
  type AgentClientEvents,
  type AgentServerEvents,
  type ConversationId,
  CUSTOMER_EVENT_SCHEMAS,
  CUSTOMER_NAMESPACE,
  type CustomerClientEvents,
  type CustomerServerEvents,
} from '@clearline/protocol';
import type { Namespace, Server, Socket } from 'socket.io';
import { type Clock, systemClock } from '../../platform/clock.ts';
import { AppError, toErrorBody } from '../../platform/errors.ts';
import type { EventBus } from '../../platform/events.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Metrics } from '../../platform/metrics.ts';
import type { AgentPrincipal, CustomerPrincipal } from '../../platform/principal.ts';
import { isSupervisor } from '../../platform/principal.ts';
import type { ConversationService } from '../conversations/index.ts';
import {
  AGENT_SESSION_COOKIE,
  type AgentAuthService,
  type CustomerSessions,
  type CustomerTokenVerifier,
  type StepUpService,
} from '../security/index.ts';
import { watchAgentIdle } from './agent-idle.ts';
import { deliveriesFor, queuesTouchedBy, rooms } from './dispatch.ts';
import { bindHandlers, type InFlight } from './handlers.ts';

export { rooms } from './dispatch.ts';
export { InFlight } from './handlers.ts';

type CustomerSocket = Socket<
  CustomerClientEvents,
  CustomerServerEvents,
  Record<string, never>,
  { principal: CustomerPrincipal }
>;
type AgentSocket = Socket<
  AgentClientEvents,
  AgentServerEvents,
  Record<string, never>,
  { principal: AgentPrincipal }
>;

export interface RealtimeDeps {
  io: Server;
  bus: EventBus;
  conversations: ConversationService;
  agentAuth: AgentAuthService;
  verifyCustomer: CustomerTokenVerifier;
  customerSessions: CustomerSessions;
  metrics: Metrics;
  logger: Logger;
  inFlight: InFlight;
  clock?: Clock;
  /** Step-up verification (the security domain): prompts and outcomes pushed to both sides. */
  stepUp?: StepUpService | null;
  /** Presence heartbeats and customers' places in line (the routing domain). */
  routing?: {
    waitTimes(queue: string): Promise<
      Array<{
        conversationId: string;
        queue: string;
        position: number;
        estimate: { kind: 'range'; lowSeconds: number; highSeconds: number } | { kind: 'unknown' };
        text: string;
      }>
    >;
    heartbeat(agents: ReadonlyArray<{ agentId: string; queues: readonly string[] }>): Promise<void>;
    disconnected(agentId: string): Promise<void>;
    /** Called after an agent came online on this node (push offers may go to them now). */
    staffingChanged?(): void;
  } | null;
}

/** How often this node tells routing which agents are connected to it. */
const HEARTBEAT_MS = 10_000;

/** Socket.IO's middleware error: the client's `connect_error` carries `data.code`. */
function connectError(err: unknown): Error {
  const body = toErrorBody(err);
  const e = new Error(body.message) as Error & { data: unknown };
  e.data = body;
  return e;
}

function bearer(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  return m?.[1];
}

export function readCookie(header: unknown, name: string): string | undefined {
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export function attachRealtime(deps: RealtimeDeps) {
  const { io, conversations, metrics, logger, inFlight } = deps;
  const customers = io.of(CUSTOMER_NAMESPACE) as unknown as Namespace<
    CustomerClientEvents,
    CustomerServerEvents
  >;
  const agents = io.of(AGENT_NAMESPACE) as unknown as Namespace<AgentClientEvents, AgentServerEvents>;
  const idle = watchAgentIdle({ sessions: deps.agentAuth, clock: deps.clock ?? systemClock, logger });
  const stepUp = deps.stepUp ?? null;
  const unsubscribeStepUp =
    stepUp?.subscribe(({ type, cardmemberId, challenge }) => {
      customers.to(rooms.cardmember(cardmemberId)).emit(type, challenge);
      if (challenge.conversationId)
        agents.to(rooms.conversation(challenge.conversationId)).emit('stepup.updated', challenge);
    }) ?? (() => undefined);
  const needStepUp = () => {
    if (!stepUp) throw new AppError('FORBIDDEN', 'Step-up verification is not available.');
    return stepUp;
  };

  /** Another agent, as a principal the services can act for (transfer or invite targets). */
  async function principalOf(agentId: string): Promise<AgentPrincipal | null> {
    const profile = await deps.agentAuth.profile(agentId);
    if (!profile) return null;
    return {
      kind: 'agent',
      agentId: profile.id,
      role: profile.role,
      queues: profile.queues,
      languages: profile.languages,
      displayName: profile.displayName,
      sessionId: '',
      expiresAt: new Date(0),
    };
  }

  /* ---------- agent presence: heartbeats for the agents connected to this node ---------- */
  const connectedAgents = new Map<string, { agentId: string; queues: readonly string[] }>();
  async function staffingChanged(list: Array<{ agentId: string; queues: readonly string[] }>) {
    if (!deps.routing) return;
    try {
      await deps.routing.heartbeat(list);
      for (const q of new Set(list.flatMap((a) => a.queues))) refreshQueue(q);
      // An agent came online: waiting chats may be offered to them now.
      deps.routing.staffingChanged?.();
    } catch (err) {
      logger.warn({ err }, 'presence heartbeat failed');
    }
  }
  const heartbeat = setInterval(() => {
    const unique = new Map([...connectedAgents.values()].map((a) => [a.agentId, a]));
    if (unique.size > 0 && deps.routing) {
      deps.routing
        .heartbeat([...unique.values()])
        .catch((err) => logger.warn({ err }, 'presence heartbeat failed'));
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  /* ---------- fan-out of committed domain events ---------- */
  const pendingQueueRefresh = new Map<string, NodeJS.Timeout>();
  function refreshQueue(queue: string) {
    if (pendingQueueRefresh.has(queue)) return;
    // Coalesce bursts: one fresh list per queue per 100 ms at most.
    const timer = setTimeout(async () => {
      pendingQueueRefresh.delete(queue);
      try {
        const items = await conversations.listQueue([queue]);
        agents.to(rooms.queue(queue)).emit('queue.updated', { queue, items });
        // Every waiting customer hears their new place in line and estimated wait.
        for (const w of (await deps.routing?.waitTimes(queue)) ?? []) {
          customers.to(rooms.conversation(w.conversationId)).emit('queue.position', {
            ...w,
            conversationId: w.conversationId as ConversationId,
          });
        }
      } catch (err) {
        logger.warn({ err, queue }, 'queue refresh failed');
      }
    }, 100);
    timer.unref();
    pendingQueueRefresh.set(queue, timer);
  }

  const unsubscribe = deps.bus.subscribe((event) => {
    for (const d of deliveriesFor(event)) {
      const ns = d.namespace === 'customer' ? customers : agents;
      (ns.to(d.rooms) as { emit(e: string, p: unknown): void }).emit(d.event, d.payload);
    }
    for (const queue of queuesTouchedBy(event)) refreshQueue(queue);
    if (
      event.type === 'conversation.updated' &&
      event.conversation.assignedAgentId &&
      event.agentParticipants
    ) {
      // Taken: agents other than those taking part (and supervisors) stop hearing about it.
      const room = rooms.conversation(event.conversation.id);
      agents
        .in(room)
        .except([
          rooms.agent(event.conversation.assignedAgentId),
          ...event.agentParticipants.map((a) => rooms.agent(a)),
          rooms.supervisors,
        ])
        .socketsLeave(room);
    }
    // A waiting customer's new words change the preview agents triage by.
    if (
      event.type === 'message.created' &&
      event.message.author.kind === 'customer' &&
      event.conversation.status === 'queued'
    ) {
      refreshQueue(event.conversation.queue);
    }
  });

  /** Ends every socket of a cardmember on every node (through the adapter). */
  function disconnectCardmember(cardmemberId: string, reason: 'revoked' | 'logged_out') {
    customers.to(rooms.cardmember(cardmemberId)).emit('session.ended', { reason });
    customers.in(rooms.cardmember(cardmemberId)).disconnectSockets(true);
  }

  /* ---------- customers ---------- */
  customers.use(async (socket, next) => {
    try {
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      const token =
        typeof auth?.token === 'string' ? auth.token : bearer(socket.handshake.headers.authorization);
      if (!token) throw new AppError('UNAUTHENTICATED');
      socket.data.principal = await deps.verifyCustomer(token);
      next();
    } catch (err) {
      next(connectError(err));
    }
  });

  customers.on('connection', (raw) => {
    const socket = raw as unknown as CustomerSocket;
    const principal = socket.data.principal;
    metrics.connections.inc({ namespace: 'customer' });
    socket.on('disconnect', () => metrics.connections.dec({ namespace: 'customer' }));
    socket.join(rooms.cardmember(principal.cardmemberId));
    // Tokens expire; a socket outliving its token is closed (the SDK reconnects with a fresh one).
    const expiry = setTimeout(
      () => {
        socket.emit('session.ended', { reason: 'expired' });
        socket.disconnect(true);
      },
      Math.max(0, Math.min(principal.expiresAt.getTime() - Date.now(), 2 ** 31 - 1)),
    );
    socket.on('disconnect', () => clearTimeout(expiry));

    bindHandlers(
      socket as unknown as Socket,
      CUSTOMER_EVENT_SCHEMAS,
      {
        'conversation.start': async (p) => {
          const conversation = await conversations.start(principal, p);
          await socket.join(rooms.conversation(conversation.id));
          return conversation;
        },
        'conversation.list': () => conversations.listForCustomer(principal),
        'conversation.join': async (p) => {
          await conversations.get(principal, p.conversationId); // ownership first
          await socket.join(rooms.conversation(p.conversationId));
          const page = await conversations.history(principal, p.conversationId, p.afterSeq, 200);
          const conversation = await conversations.get(principal, p.conversationId);
          return { conversation, ...page, receipts: await conversations.receipts(p.conversationId) };
        },
        'conversation.end': (p) => conversations.endByCustomer(principal, p.conversationId),
        'message.send': async (p) => {
          const { message, duplicate } = await conversations.send(principal, p);
          if (duplicate) metrics.duplicateSends.inc();
          else metrics.messages.inc({ author: 'customer' });
          return message;
        },
        'message.history': (p) => conversations.history(principal, p.conversationId, p.afterSeq, p.limit),
        'receipt.update': (p) => {
          // The room was joined only after the ownership check: no database read per receipt.
          if (!socket.rooms.has(rooms.conversation(p.conversationId)))
            throw new AppError('CONVERSATION_NOT_FOUND');
          return conversations.recordReceipt('customer', p);
        },
        'session.secure': async () => {
          // "End chat and secure my account": end the open chats, refuse every token issued so far
          // (on every node), then close all of this cardmember's sockets everywhere.
          const open = (await conversations.listForCustomer(principal)).filter(
            (c) => c.status !== 'resolved' && c.status !== 'abandoned',
          );
          for (const c of open) await conversations.endByCustomer(principal, c.id);
          const revokedAt = await deps.customerSessions.revokeAll(
            principal.cardmemberId,
            'customer_secured_account',
          );
          logger.info(
            { cardmemberId: principal.cardmemberId, ended: open.length },
            'customer secured their account',
          );
          setTimeout(() => disconnectCardmember(principal.cardmemberId, 'revoked'), 50).unref();
          return { revokedAt: revokedAt.toISOString(), endedConversations: open.length };
        },
        'stepup.list': () => needStepUp().listPending(principal),
        'stepup.approve': (p) => needStepUp().approve(principal, p.challengeId),
        'stepup.answer': (p) => needStepUp().answer(principal, p),
        'conversation.rate': (p) => conversations.rate(principal, p),
        'typing.set': async (p) => {
          if (!socket.rooms.has(rooms.conversation(p.conversationId)))
            throw new AppError('CONVERSATION_NOT_FOUND');
          agents.to(rooms.conversation(p.conversationId)).emit('typing.updated', {
            conversationId: p.conversationId,
            who: 'customer',
            displayName: principal.displayName,
            typing: p.typing,
          });
          return null;
        },
      },
      { metrics, logger, inFlight, namespace: 'customer' },
    );
  });

  /* ---------- agents ---------- */
  agents.use(async (socket, next) => {
    try {
      const auth = socket.handshake.auth as { sessionToken?: unknown } | undefined;
      const token =
        readCookie(socket.handshake.headers.cookie, AGENT_SESSION_COOKIE) ??
        (typeof auth?.sessionToken === 'string' ? auth.sessionToken : undefined);
      socket.data.principal = await deps.agentAuth.authenticate(token);
      next();
    } catch (err) {
      next(connectError(err));
    }
  });

  agents.on('connection', (raw) => {
    const socket = raw as unknown as AgentSocket;
    const principal = socket.data.principal;
    metrics.connections.inc({ namespace: 'agent' });
    // Supervisors also serve the supervisors' queue (escalations are offered to them).
    const served = isSupervisor(principal)
      ? [...new Set([...principal.queues, 'supervisor'])]
      : [...principal.queues];
    connectedAgents.set(socket.id, { agentId: principal.agentId, queues: served });
    void staffingChanged([{ agentId: principal.agentId, queues: served }]);
    socket.on('disconnect', () => {
      metrics.connections.dec({ namespace: 'agent' });
      connectedAgents.delete(socket.id);
      const stillHere = [...connectedAgents.values()].some((a) => a.agentId === principal.agentId);
      if (!stillHere && deps.routing) {
        deps.routing
          .disconnected(principal.agentId)
          .then(() => {
            for (const q of principal.queues) refreshQueue(q);
          })
          .catch((err) => logger.warn({ err }, 'presence update failed'));
      }
    });
    socket.join(rooms.agent(principal.agentId));
    // Offers still open for this agent (made while this socket was away) are shown again.
    conversations
      .pendingOffers(principal.agentId)
      .then((open) => {
        for (const o of open) socket.emit('conversation.offered', o);
      })
      .catch((err) => logger.warn({ err }, 'open offers not re-sent'));
    for (const q of principal.queues) socket.join(rooms.queue(q));
    if (isSupervisor(principal)) socket.join(rooms.supervisors);
    // Idle timeout: warned before the end; any event is activity (registered before the handlers).
    idle.track(socket as unknown as Socket, principal.sessionId);
    socket.use((_packet, next) => {
      idle.activity(socket as unknown as Socket, principal.sessionId).then(
        (alive) => (alive ? next() : undefined),
        (err) => {
          logger.warn({ err }, 'agent activity not recorded');
          next();
        },
      );
    });

    bindHandlers(
      socket as unknown as Socket,
      AGENT_EVENT_SCHEMAS,
      {
        'queue.list': () => conversations.listQueue(principal.queues),
        'conversation.list': () => conversations.listForAgent(principal),
        'conversation.accept': async (p) => {
          const conversation = await conversations.accept(principal, p.conversationId);
          await socket.join(rooms.conversation(conversation.id));
          return conversation;
        },
        'conversation.accept_next': async () => {
          const conversation = await conversations.acceptNext(principal);
          if (conversation) await socket.join(rooms.conversation(conversation.id));
          return conversation;
        },
        'conversation.join': async (p) => {
          const conversation = await conversations.get(principal, p.conversationId);
          await socket.join(rooms.conversation(conversation.id));
          const page = await conversations.history(principal, p.conversationId, p.afterSeq, 200);
          return { conversation, ...page, receipts: await conversations.receipts(p.conversationId) };
        },
        'conversation.resolve': (p) => conversations.resolve(principal, p.conversationId, p.wrapUp),
        'conversation.transfer': async (p) => {
          let toAgent: AgentPrincipal | null = null;
          if (p.toAgentId) {
            toAgent = await principalOf(p.toAgentId);
            if (!toAgent) throw new AppError('NOT_FOUND', 'No such agent.');
          }
          const conversation = await conversations.transfer(principal, {
            conversationId: p.conversationId,
            toQueue: p.toQueue,
            toAgent,
            note: p.note,
          });
          if (conversation.assignedAgentId !== principal.agentId && !isSupervisor(principal)) {
            await socket.leave(rooms.conversation(conversation.id));
          }
          return conversation;
        },
        'conversation.hold': (p) => conversations.hold(principal, p.conversationId, true),
        'conversation.resume': (p) => conversations.hold(principal, p.conversationId, false),
        'conversation.barge': async (p) => {
          const conversation = await conversations.barge(principal, p.conversationId);
          await socket.join(rooms.conversation(conversation.id));
          return conversation;
        },
        'conversation.offer_accept': async (p) => {
          const conversation = await conversations.acceptOffer(principal, p.conversationId);
          await socket.join(rooms.conversation(conversation.id));
          return conversation;
        },
        'conversation.offer_decline': (p) =>
          conversations.declineOffer(principal, p.conversationId, p.reason),
        'conversation.invite': async (p) => {
          let target: AgentPrincipal | null = null;
          if (p.agentId) {
            target = await principalOf(p.agentId);
            if (!target) throw new AppError('NOT_FOUND', 'No such agent.');
          }
          return conversations.invite(principal, {
            conversationId: p.conversationId,
            target,
            queue: p.queue,
          });
        },
        'conversation.leave': async (p) => {
          const conversation = await conversations.leave(principal, p.conversationId);
          if (!isSupervisor(principal)) await socket.leave(rooms.conversation(conversation.id));
          return conversation;
        },
        'conversation.monitor': async (p) => {
          // Silent: audited, nothing in the timeline; the socket receives everything agents see.
          const conversation = await conversations.monitor(principal, p.conversationId);
          await socket.join(rooms.conversation(conversation.id));
          const page = await conversations.history(principal, p.conversationId, p.afterSeq, 200);
          return { conversation, ...page, receipts: await conversations.receipts(p.conversationId) };
        },
        'message.note': (p) => conversations.note(principal, p, 'note'),
        'message.whisper': (p) => conversations.note(principal, p, 'whisper'),
        'canned.list': (p) => conversations.canned(principal, p.conversationId),
        'message.send': async (p) => {
          const { message, duplicate } = await conversations.send(principal, p);
          if (duplicate) metrics.duplicateSends.inc();
          else metrics.messages.inc({ author: 'agent' });
          return message;
        },
        'message.history': (p) => conversations.history(principal, p.conversationId, p.afterSeq, p.limit),
        'receipt.update': (p) => {
          if (!socket.rooms.has(rooms.conversation(p.conversationId)))
            throw new AppError('CONVERSATION_NOT_FOUND');
          return conversations.recordReceipt('agent', p);
        },
        'stepup.request': async (p) => {
          const conversation = await conversations.get(principal, p.conversationId);
          if (conversation.assignedAgentId !== principal.agentId)
            throw new AppError(
              'FORBIDDEN',
              'Only the agent handling the conversation can ask for verification.',
            );
          if (conversation.status === 'resolved' || conversation.status === 'abandoned')
            throw new AppError('CONVERSATION_CLOSED');
          return needStepUp().require({
            cardmemberId: conversation.cardmemberId,
            conversationId: conversation.id,
            cardAccountId: conversation.cardAccountId,
            action: p.action,
            method: p.method,
            requestedBy: { kind: 'agent', id: principal.agentId, role: principal.role },
          });
        },
        'session.extend': async () => {
          const expiresAt = await deps.agentAuth.extend(principal.sessionId);
          if (!expiresAt) throw new AppError('UNAUTHENTICATED', 'Your session has ended; sign in again.');
          await idle.checkAll(principal.sessionId);
          return { expiresAt: expiresAt.toISOString() };
        },
        'typing.set': async (p) => {
          const room = rooms.conversation(p.conversationId);
          if (!socket.rooms.has(room)) throw new AppError('CONVERSATION_NOT_FOUND');
          const update = {
            conversationId: p.conversationId,
            who: 'agent' as const,
            displayName: principal.displayName,
            typing: p.typing,
          };
          customers.to(room).emit('typing.updated', update);
          socket.to(room).emit('typing.updated', update);
          return null;
        },
      },
      { metrics, logger, inFlight, namespace: 'agent' },
    );
  });

  return {
    disconnectCardmember,
    /** Re-checks every agent socket's idle deadline now (tests move the clock, then call this). */
    checkAgentSessions: () => idle.checkAll(),
    close() {
      unsubscribe();
      unsubscribeStepUp();
      idle.close();
      clearInterval(heartbeat);
      for (const t of pendingQueueRefresh.values()) clearTimeout(t);
      pendingQueueRefresh.clear();
    },
  };
}
