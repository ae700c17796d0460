import { type CardAccountSummary, type DemoIdentity, ZDemoTokenRequest } from '@clearline/protocol';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { parseWith, sendOk } from '../../platform/http.ts';
import type { CustomerPrincipal } from '../../platform/principal.ts';
import type { CardAccount, Cardmember, IssuerCore } from './core.ts';

function toSummary(a: CardAccount): CardAccountSummary {
  return {
    id: a.id as CardAccountSummary['id'],
    productName: a.productName,
    last4: a.last4,
    network: a.network,
    status: a.status,
  };
}

async function identityOf(core: IssuerCore, cm: Cardmember, only?: readonly string[]): Promise<DemoIdentity> {
  const accounts = await core.listCardAccounts(cm.id);
  return {
    id: cm.id as DemoIdentity['id'],
    displayName: cm.name,
    preferredLanguage: cm.preferredLanguage,
    accounts: accounts.filter((a) => !only || only.includes(a.id)).map(toSummary),
  };
}

export function registerAccountRoutes(
  app: FastifyInstance,
  deps: {
    core: IssuerCore;
    auth: { customer(req: unknown): Promise<CustomerPrincipal> };
    /** Development only: mints a customer token as the issuer's site would. */
    demo: { mint(identity: DemoIdentity): Promise<{ token: string; expiresAt: Date }> } | null;
  },
) {
  const { core, auth } = deps;

  /** The signed-in cardmember and the card accounts their token covers (for the "pick a card" step). */
  app.get('/api/v1/me', async (req, reply) => {
    const customer = await auth.customer(req);
    const cm = await core.getCardmember(customer.cardmemberId);
    if (!cm) throw new AppError('NOT_FOUND', 'The issuer does not know this cardmember.');
    return sendOk(reply, await identityOf(core, cm, customer.cardAccountIds));
  });

  const demo = deps.demo;
  if (!demo) {
    app.all('/api/v1/demo/*', async () => {
      throw new AppError('DEMO_DISABLED');
    });
    return;
  }
  app.get('/api/v1/demo/identities', async (_req, reply) => {
    const members = await core.listCardmembers();
    return sendOk(reply, await Promise.all(members.map((cm) => identityOf(core, cm))));
  });
  app.post('/api/v1/demo/token', async (req, reply) => {
    const { cardmemberId } = parseWith(ZDemoTokenRequest, req.body);
    const cm = await core.getCardmember(cardmemberId);
    if (!cm) throw new AppError('NOT_FOUND', 'No such demo cardmember.');
    const identity = await identityOf(core, cm);
    const { token, expiresAt } = await demo.mint(identity);
    return sendOk(reply, { token, expiresAt: expiresAt.toISOString(), identity });
  });
}
