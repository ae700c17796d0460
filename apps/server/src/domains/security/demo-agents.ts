import type { AgentRole, Language } from '@clearline/protocol';
import type { AgentAuthService } from './agent-auth.service.ts';

/** Demo staff, seeded once in development mode. Their TOTP secrets are printed at start. */
export const DEMO_AGENTS: ReadonlyArray<{
  id: string;
  email: string;
  displayName: string;
  role: AgentRole;
  password: string;
  queues: string[];
  languages: Language[];
}> = [
  {
    id: 'ag_alex',
    email: 'alex@clearline.example',
    displayName: 'Alex Rivera',
    role: 'agent',
    password: 'demo-agent-rivera',
    queues: ['general', 'disputes', 'fraud'],
    languages: ['en'],
  },
  {
    id: 'ag_lucia',
    email: 'lucia@clearline.example',
    displayName: 'Lucía Fernández',
    role: 'agent',
    password: 'demo-agent-fernandez',
    queues: ['general', 'spanish', 'rewards', 'travel'],
    languages: ['en', 'es'],
  },
  {
    id: 'ag_sam',
    email: 'sam@clearline.example',
    displayName: 'Sam Okafor',
    role: 'supervisor',
    password: 'demo-supervisor-okafor',
    queues: ['general', 'supervisor', 'credit', 'small_business'],
    languages: ['en'],
  },
  {
    id: 'ag_admin',
    email: 'admin@clearline.example',
    displayName: 'Clearline Admin',
    role: 'admin',
    password: 'demo-superuser-clearline',
    queues: ['general'],
    languages: ['en'],
  },
];

/** Creates the demo agents that do not exist yet; returns all of them with their TOTP secrets. */
export async function seedDemoAgents(auth: AgentAuthService) {
  const out: Array<(typeof DEMO_AGENTS)[number] & { totpSecret: string }> = [];
  for (const agent of DEMO_AGENTS) {
    let found = await auth.findByEmail(agent.email);
    if (!found) {
      try {
        found = await auth.createAgent(agent);
      } catch {
        // Another node seeded it between our read and our insert.
        found = await auth.findByEmail(agent.email);
      }
    }
    if (found) out.push({ ...agent, totpSecret: found.totpSecret });
  }
  return out;
}
