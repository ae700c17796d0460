import { openDatabase, migrateDatabase } from '../../platform/db.ts';
import type { IssuerCore } from './core.ts';
import { createDemoCore } from './demo-core.ts';
import { seedDemoCore } from './demo-data.ts';
import { describeIssuerCoreContract } from './issuer-core.contract.ts';

const base = (async () => { const d = await openDatabase({ memory: true }); await migrateDatabase(d); await seedDemoCore(d.db); return createDemoCore(d.db); })();
const mutants: Record<string, (c: IssuerCore) => IssuerCore> = {
  ascending: (c) => ({ ...c, listTransactions: async (id, f) => (await c.listTransactions(id, f)).reverse() }),
  ownsAll: (c) => ({ ...c, ownsCardAccount: async () => true }),
  leak: (c) => ({ ...c, listCards: async (id) => (await c.listCards(id)).map((x) => ({ ...x, holderName: `${x.holderName} 4111 1111 1111 1111` })) }),
  badBalance: (c) => ({ ...c, listStatements: async (id) => (await c.listStatements(id)).map((s) => ({ ...s, statementBalanceCents: s.statementBalanceCents + 1 })) }),
  ignoresFilter: (c) => ({ ...c, listTransactions: async (id) => c.listTransactions(id) }),
  unknownGivesData: (c) => ({ ...c, getStatement: async (id) => (await c.getStatement(id)) ?? (await c.listStatements('ca_maria_gold'))[0] ?? null }),
};
for (const [name, mutate] of Object.entries(mutants)) {
  describeIssuerCoreContract(`mutant ${name}`, async () => ({ core: mutate(await base), cardmemberId: 'cm_maria_gonzalez', otherCardmemberId: 'cm_james_carter' }));
}
