import { ZAgentLogin } from '@clearline/protocol';
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../platform/errors.ts';
import { parseWith, sendOk } from '../../platform/http.ts';
import type { AgentPrincipal, CustomerPrincipal } from '../../platform/principal.ts';
import type { AgentAuthService } from './agent-auth.service.ts';
import type { createLoginGuard } from './rate-limits.ts';

export const AGENT_SESSION_COOKIE = 'clearline_agent';

export interface RequestAuth {
  customer(req: FastifyRequest): Promise<CustomerPrincipal>;
  agent(req: FastifyRequest): Promise<AgentPrincipal>;
}

/** Customers authenticate with the issuer's token in `Authorization: Bearer`; agents with the session cookie. */
export function createRequestAuth(
  verify: (token: string, ip?: string) => Promise<CustomerPrincipal>,
  agentAuth: AgentAuthService,
): RequestAuth {
  return {
    async customer(req) {
      const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      if (!m) throw new AppError('UNAUTHENTICATED');
      return verify(m[1]!, req.ip);
    },
    async agent(req) {
      return agentAuth.authenticate(req.cookies[AGENT_SESSION_COOKIE]);
    },
  };
}

export function registerSecurityRoutes(
  app: FastifyInstance,
  deps: {
    agentAuth: AgentAuthService;
    auth: RequestAuth;
    secureCookies: boolean;
    loginGuard?: ReturnType<typeof createLoginGuard>;
  },
) {
  const { agentAuth, auth, loginGuard } = deps;

  app.post('/api/v1/agent/session', async (req, reply) => {
    const input = parseWith(ZAgentLogin, req.body);
    await loginGuard?.before(input.email, req.ip);
    const { token, expiresAt, agent } = await agentAuth.login(input, { ip: req.ip }).catch(async (err) => {
      if (isAppError(err) && err.status !== 429 && err.status !== 500) await loginGuard?.failed(req.ip);
      throw err;
    });
    reply.setCookie(AGENT_SESSION_COOKIE, token, {
      httpOnly: true,
      secure: deps.secureCookies,
      sameSite: 'strict',
      path: '/',
      expires: expiresAt,
    });
    return sendOk(reply, { agent, expiresAt: expiresAt.toISOString() });
  });

  app.get('/api/v1/agent/session', async (req, reply) => {
    const principal = await auth.agent(req);
    const agent = await agentAuth.profile(principal.agentId);
    if (!agent) throw new AppError('UNAUTHENTICATED');
    return sendOk(reply, { agent, expiresAt: principal.expiresAt.toISOString() });
  });

  app.delete('/api/v1/agent/session', async (req, reply) => {
    const token = req.cookies[AGENT_SESSION_COOKIE];
    if (token) await agentAuth.logout(token);
    reply.clearCookie(AGENT_SESSION_COOKIE, { path: '/' });
    return sendOk(reply, null);
  });
}
