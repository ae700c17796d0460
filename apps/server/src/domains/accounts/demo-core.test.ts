import { randomUUID } from 'node:crypto';
import { count, inArray } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, type Db, migrateDatabase, openDatabase } from '../../platform/db.ts';
import { insertCoreFixture } from '../../test/core-fixture.ts';
import { issuerDateOf } from '../cases/index.ts';
import { coreCardAccounts, coreCardmembers, coreStatements, coreTransactions } from './accounts.tables.ts';
import { createDemoCore } from './demo-core.ts';
import { DEMO_CARDMEMBER_IDS, seedDemoCore } from './demo-data.ts';
import { generateDemoData } from './demo-generator.ts';
import { describeIssuerCoreContract } from './issuer-core.contract.ts';

/*
 * The demo core over the real migrations: on one embedded PGlite for this file, and on PostgreSQL
 * when DATABASE_URL is set (mandatory in CI). On PostgreSQL the demo seed is shared data: it is
 * seeded idempotently and never deleted.
 */

const today = new Date();
const CARDMEMBER = 'cm_maria_gonzalez';
const OTHER_CARDMEMBER = 'cm_james_carter';

let pglite: Promise<Database> | null = null;
/** The file's one PGlite, migrated, not yet seeded. */
function embedded(): Promise<Database> {
  pglite ??= openDatabase({ memory: true }).then(async (database) => {
    await migrateDatabase(database);
    return database;
  });
  return pglite;
}

const opened: Database[] = [];
afterAll(async () => {
  if (pglite) opened.push(await pglite);
  await Promise.all(opened.map((database) => database.close()));
});

async function demoCounts(db: Db): Promise<{ cardmembers: number; accounts: number; statements: number }> {
  const ids = [...DEMO_CARDMEMBER_IDS];
  const [members] = await db
    .select({ n: count() })
    .from(coreCardmembers)
    .where(inArray(coreCardmembers.id, ids));
  const accountIds = db
    .select({ id: coreCardAccounts.id })
    .from(coreCardAccounts)
    .where(inArray(coreCardAccounts.cardmemberId, ids));
  const [accounts] = await db
    .select({ n: count() })
    .from(coreCardAccounts)
    .where(inArray(coreCardAccounts.cardmemberId, ids));
  const [statements] = await db
    .select({ n: count() })
    .from(coreStatements)
    .where(inArray(coreStatements.cardAccountId, accountIds));
  return { cardmembers: members?.n ?? 0, accounts: accounts?.n ?? 0, statements: statements?.n ?? 0 };
}

/** Every statement of every demo account reconciles with its transactions (through the core). */
async function expectAllStatementsReconcile(db: Db): Promise<void> {
  const core = createDemoCore(db);
  for (const id of DEMO_CARDMEMBER_IDS) {
    for (const account of await core.listCardAccounts(id)) {
      const statements = await core.listStatements(account.id);
      expect(statements.length).toBeGreaterThanOrEqual(3);
      for (const s of statements) {
        const billed = await core.listTransactions(account.id, { statementId: s.id });
        const total = billed.reduce((sum, t) => sum + t.amountCents, s.previousBalanceCents);
        expect(total, s.id).toBe(s.statementBalanceCents);
      }
    }
  }
}

describe('seedDemoCore on PGlite', () => {
  it('seeds once when two nodes start together', async () => {
    const { db } = await embedded();
    const results = await Promise.all([seedDemoCore(db, today), seedDemoCore(db, today)]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    const data = generateDemoData(today);
    const [transactions] = await db.select({ n: count() }).from(coreTransactions);
    expect(transactions?.n).toBe(data.transactions.length);
  });

  it('does nothing the second time', async () => {
    const { db } = await embedded();
    await seedDemoCore(db, today);
    const before = await demoCounts(db);
    expect(await seedDemoCore(db, today)).toEqual({ seeded: false });
    expect(await seedDemoCore(db, new Date(today.getTime() + 40 * 86_400_000))).toEqual({ seeded: false });
    expect(await demoCounts(db)).toEqual(before);
  });

  it('stores at least 6 cardmembers, 10 card accounts and 3 statements each', async () => {
    const { db } = await embedded();
    await seedDemoCore(db, today);
    const counts = await demoCounts(db);
    expect(counts.cardmembers).toBe(DEMO_CARDMEMBER_IDS.length);
    expect(counts.cardmembers).toBeGreaterThanOrEqual(6);
    expect(counts.accounts).toBeGreaterThanOrEqual(10);
    expect(counts.statements).toBe(counts.accounts * 3);
  });

  it('serves last4 of 15-digit 34/37 numbers for Amex accounts and 16-digit ones for the others', async () => {
    const { db } = await embedded();
    await seedDemoCore(db, today);
    const numbers = new Map<string, string>();
    generateDemoData(today, { onCardNumber: ({ cardId, number }) => numbers.set(cardId, number) });
    const core = createDemoCore(db);
    let amex = 0;
    for (const id of DEMO_CARDMEMBER_IDS) {
      for (const account of await core.listCardAccounts(id)) {
        const number = numbers.get(`card_${account.id.slice(3)}_primary`) ?? '';
        expect(account.last4).toBe(number.slice(-4));
        if (account.network === 'amex') {
          amex++;
          expect(number).toMatch(/^3[47]\d{13}$/);
        } else {
          expect(number).toMatch(/^\d{16}$/);
        }
        for (const card of await core.listCards(account.id)) {
          expect(card.last4).toBe(numbers.get(card.id)?.slice(-4));
        }
      }
    }
    expect(amex).toBeGreaterThanOrEqual(2);
  });

  it('reconciles every statement balance with its transactions', async () => {
    const { db } = await embedded();
    await seedDemoCore(db, today);
    await expectAllStatementsReconcile(db);
  });

  it('rejects malformed filter dates', async () => {
    const { db } = await embedded();
    const core = createDemoCore(db);
    await expect(core.listTransactions('ca_maria_gold', { from: 'yesterday' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

/** A fresh account for the contract's changes (see test/core-fixture.ts). */
const freshOn =
  (db: Db) =>
  async (options: { pointsBalance?: number } = {}) => {
    const fixture = await insertCoreFixture(db, {
      today: issuerDateOf(new Date()),
      latePaidStatements: [2],
      ...options,
    });
    return { cardmemberId: fixture.cardmemberId, cardAccountId: fixture.cardAccountId };
  };

describeIssuerCoreContract('demo core on PGlite', async () => {
  const { db } = await embedded();
  await seedDemoCore(db, today);
  return {
    core: createDemoCore(db),
    cardmemberId: CARDMEMBER,
    otherCardmemberId: OTHER_CARDMEMBER,
    fresh: freshOn(db),
  };
});

describe('demo core changes over time (injected clock)', () => {
  /** 2026-03-06 is a Friday. */
  const at = (iso: string) => ({ now: () => new Date(iso) });

  it('moves a replacement card from ordered to shipped to delivered by business days', async () => {
    const { db } = await embedded();
    const fixture = await insertCoreFixture(db, { today: '2026-03-06' });
    const friday = createDemoCore(db, { clock: at('2026-03-06T15:00:00Z') });
    const order = await friday.reportCardLostOrStolen({
      cardAccountId: fixture.cardAccountId,
      cardId: fixture.primaryCardId,
      reason: 'lost',
      requestId: `req-${randomUUID()}`,
    });
    // Ordered on Friday: ships Monday, arrives Tuesday (two business days, express).
    expect(order).toMatchObject({
      orderedOn: '2026-03-06',
      shipsOn: '2026-03-09',
      estimatedDeliveryOn: '2026-03-10',
      status: 'ordered',
      deliveredOn: null,
    });
    const on = async (iso: string) =>
      (await createDemoCore(db, { clock: at(iso) }).listReplacementOrders(fixture.cardAccountId))[0];
    expect((await on('2026-03-08T15:00:00Z'))?.status).toBe('ordered');
    expect((await on('2026-03-09T15:00:00Z'))?.status).toBe('shipped');
    expect(await on('2026-03-10T15:00:00Z')).toMatchObject({
      status: 'delivered',
      deliveredOn: '2026-03-10',
    });

    const damaged = await friday.replaceDamagedCard({
      cardAccountId: fixture.cardAccountId,
      cardId: fixture.authorizedUserCardId,
      requestId: `req-${randomUUID()}`,
    });
    // Mail: five business days.
    expect(damaged).toMatchObject({ shipsOn: '2026-03-09', estimatedDeliveryOn: '2026-03-13' });
  });

  it('credits a payment made by 5 p.m. Eastern the same day, and a later one the next day', async () => {
    const { db } = await embedded();
    const fixture = await insertCoreFixture(db, { today: '2026-07-15' });
    const pay = (iso: string) =>
      createDemoCore(db, { clock: at(iso) }).makePayment({
        cardAccountId: fixture.cardAccountId,
        bankAccountId: fixture.bankAccountId,
        amountCents: 2_500,
        requestId: `req-${randomUUID()}`,
      });
    // July: EDT, 5 p.m. is 21:00 UTC.
    expect(await pay('2026-07-15T21:00:00.000Z')).toMatchObject({
      paymentDate: '2026-07-15',
      creditedOn: '2026-07-15',
      status: 'pending',
    });
    expect(await pay('2026-07-15T21:00:00.001Z')).toMatchObject({
      paymentDate: '2026-07-15',
      creditedOn: '2026-07-16',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// PostgreSQL: mandatory in CI, skipped loudly elsewhere when DATABASE_URL is not set.

const databaseUrl = process.env.DATABASE_URL;

let postgres: Promise<Database> | null = null;
function shared(url: string): Promise<Database> {
  postgres ??= openDatabase({ url }).then(async (database) => {
    opened.push(database);
    await migrateDatabase(database);
    await seedDemoCore(database.db, today);
    return database;
  });
  return postgres;
}

if (databaseUrl) {
  const url = databaseUrl;

  describeIssuerCoreContract('demo core on PostgreSQL', async () => {
    const { db } = await shared(url);
    return {
      core: createDemoCore(db),
      cardmemberId: CARDMEMBER,
      otherCardmemberId: OTHER_CARDMEMBER,
      fresh: freshOn(db),
    };
  });

  describe('seedDemoCore on PostgreSQL (shared data: seeded once, never deleted)', () => {
    it('does nothing once seeded, and the seed meets the minimums', async () => {
      const { db } = await shared(url);
      const before = await demoCounts(db);
      expect(await seedDemoCore(db, today)).toEqual({ seeded: false });
      expect(await demoCounts(db)).toEqual(before);
      expect(before.cardmembers).toBe(DEMO_CARDMEMBER_IDS.length);
      expect(before.accounts).toBeGreaterThanOrEqual(10);
      expect(before.statements).toBeGreaterThanOrEqual(before.accounts * 3);
      await expectAllStatementsReconcile(db);
    });

    it('seeds once when two nodes start together on an empty database', async (context) => {
      // A throwaway database, so that the shared demo data stays untouched.
      const name = `clearline_seed_race_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        try {
          await admin.query(`create database ${name}`);
        } catch (err) {
          if ((err as { code?: string }).code !== '42501') throw err;
          console.warn(
            `⚠ cannot create a throwaway database (no CREATEDB privilege): seed race test skipped`,
          );
          context.skip();
        }
        const raceUrl = new URL(url);
        raceUrl.pathname = `/${name}`;
        const nodes = await Promise.all([
          openDatabase({ url: raceUrl.toString() }),
          openDatabase({ url: raceUrl.toString() }),
        ]);
        try {
          await Promise.all(nodes.map((node) => migrateDatabase(node)));
          const results = await Promise.all(nodes.map((node) => seedDemoCore(node.db, today)));
          expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
          const [first] = nodes;
          if (first) {
            const [transactions] = await first.db.select({ n: count() }).from(coreTransactions);
            expect(transactions?.n).toBe(generateDemoData(today).transactions.length);
          }
        } finally {
          await Promise.all(nodes.map((node) => node.close()));
        }
      } finally {
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      }
    });
  });
} else if (process.env.CI) {
  describe('demo core on PostgreSQL', () => {
    it('runs in CI: DATABASE_URL must be set', () => {
      expect.fail(
        'DATABASE_URL is not set: the PostgreSQL run of the issuer-core contract is mandatory in CI.',
      );
    });
  });
} else {
  console.warn(
    '\n⚠⚠⚠ DATABASE_URL is not set: the issuer-core contract and the demo seed are NOT tested on PostgreSQL ' +
      '(only on PGlite). Set DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them. ⚠⚠⚠\n',
  );
  describe.skip('demo core on PostgreSQL (DATABASE_URL not set)', () => {
    it('needs DATABASE_URL', () => {});
  });
}
