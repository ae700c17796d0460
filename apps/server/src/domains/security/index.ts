export {
  type AgentAuthService,
  createAgentAuthService,
  hashPassword,
  MAX_FAILED_LOGINS,
  type NewAgent,
  totpCode,
  totpUri,
} from './agent-auth.service.ts';
export { type CustomerSessions, createCustomerSessions } from './customer-sessions.service.ts';
export {
  type CustomerTokenVerifier,
  createCustomerTokenVerifier,
  mintCustomerToken,
} from './customer-tokens.ts';
export { DEMO_AGENTS, seedDemoAgents } from './demo-agents.ts';
export { checkAgentMessage, redact, SENSITIVE_TYPES, type SensitiveType } from './redaction/index.ts';
export {
  AGENT_SESSION_COOKIE,
  createRequestAuth,
  type RequestAuth,
  registerSecurityRoutes,
} from './security.routes.ts';
