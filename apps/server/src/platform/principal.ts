import type { AgentRole, Language } from '@clearline/protocol';

/** Who is acting: established by the security domain, passed to every other domain. */
export interface CustomerPrincipal {
  kind: 'customer';
  cardmemberId: string;
  /** Card accounts the issuer's token vouches for. */
  cardAccountIds: readonly string[];
  displayName: string;
  /** The token's id, for revocation. */
  tokenId: string;
  /** When the issuer minted the token (`iat`), null when the token does not say. */
  issuedAt: Date | null;
  expiresAt: Date;
}

export interface AgentPrincipal {
  kind: 'agent';
  agentId: string;
  role: AgentRole;
  queues: readonly string[];
  languages: readonly Language[];
  displayName: string;
  sessionId: string;
  expiresAt: Date;
}

export type Principal = CustomerPrincipal | AgentPrincipal;

export function isSupervisor(agent: AgentPrincipal): boolean {
  return agent.role === 'supervisor' || agent.role === 'admin';
}
