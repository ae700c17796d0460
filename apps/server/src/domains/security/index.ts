export {
  type AgentAuthService,
  createAgentAuthService,
  DEFAULT_AGENT_IDLE_MINUTES,
  hashPassword,
  MAX_FAILED_LOGINS,
  type NewAgent,
  totpCode,
  totpUri,
} from './agent-auth.service.ts';
export {
  AUDIT_ACTOR_KINDS,
  type AuditActorKind,
  type AuditEntry,
  type AuditEntryInput,
  type AuditLog,
  type AuditVerification,
  createAuditLog,
} from './audit/audit-log.ts';
export { type CustomerSessions, createCustomerSessions } from './customer-sessions.service.ts';
export {
  type CustomerTokenVerifier,
  createCustomerTokenVerifier,
  mintCustomerToken,
} from './customer-tokens.ts';
export { DEMO_AGENTS, seedDemoAgents } from './demo-agents.ts';
export { assertPasswordPolicy, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy.ts';
export {
  type CustomerGuard,
  createCustomerGuard,
  createLoginGuard,
  handshakeIp,
  type SecurityLimits,
  type SecurityRateRules,
} from './rate-limits.ts';
export { checkAgentMessage, redact, SENSITIVE_TYPES, type SensitiveType } from './redaction/index.ts';
export {
  AGENT_SESSION_COOKIE,
  createRequestAuth,
  type RequestAuth,
  registerSecurityRoutes,
} from './security.routes.ts';
export {
  createStepUpService,
  STEP_UP_MAX_ATTEMPTS,
  STEP_UP_TTL_MINUTES,
  type StepUpListener,
  type StepUpProfileSource,
  type StepUpRequester,
  type StepUpService,
} from './step-up.service.ts';
