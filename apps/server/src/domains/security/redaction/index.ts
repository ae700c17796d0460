export { type AgentGuardResult, checkAgentMessage } from './agent-guard.ts';
export { cardBrands, isCardNumber, luhnValid } from './card-rules.ts';
export { detectLanguage } from './labels.ts';
export { type Normalized, normalize, toOriginalRange } from './normalize.ts';
export { redact } from './redact.ts';
export {
  type Language,
  type RedactionNotice,
  type RedactionResult,
  type RedactOptions,
  SENSITIVE_TYPES,
  type SensitiveType,
  type Span,
} from './types.ts';
