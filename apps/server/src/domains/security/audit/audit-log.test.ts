import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../platform/clock.ts';
import { type Database, migrateDatabase, openDatabase } from '../../../platform/db.ts';
import { auditHead, auditLog } from '../audit.tables.ts';
import { type AuditEntryInput, createAuditLog, REMOVED } from './audit-log.ts';

/*
 * The audit chain on the embedded PGlite and on a real PostgreSQL (mandatory in CI). Every test gets
 * a database of its own (a fresh PGlite, or a fresh PostgreSQL database created beside DATABASE_URL's
 * and dropped after), so tampering here never touches the `test` database other files share.
 */
type Target = { name: string; fresh: () => Promise<Database> };
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function freshPglite(): Promise<Database> {
  const database = await openDatabase({ memory: true });
  await migrateDatabase(database);
  cleanups.push(() => database.close());
  return database;
}

async function freshPostgres(): Promise<Database> {
  const base = process.env.DATABASE_URL!;
  const name = `clearline_audit_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  await migrateDatabase(database);
  cleanups.push(async () => {
    await database.close();
    const drop = new pg.Client({ connectionString: base });
    await drop.connect();
    await drop.query(`drop database if exists ${name} with (force)`);
    await drop.end();
  });
  return database;
}

const targets: Target[] = [{ name: 'PGlite', fresh: freshPglite }];
if (process.env.DATABASE_URL) {
  targets.push({ name: 'PostgreSQL', fresh: freshPostgres });
} else if (process.env.CI) {
  throw new Error('CI must run the audit suite on PostgreSQL: set DATABASE_URL');
} else {
  console.warn('\n*** DATABASE_URL is not set: the PostgreSQL run of the audit suite is SKIPPED ***\n');
}

function entry(i: number, extra: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    actor: { kind: 'agent', id: `ag_${i % 3}` },
    action: 'card.locked',
    subject: { type: 'card_account', id: `ca_${i}` },
    cardAccountId: `ca_${i}`,
    conversationId: randomUUID(),
    before: { locked: false, n: i },
    after: { locked: true, n: i, nested: { b: [1, 'two', { z: null, a: 1.5 }], a: 'x' } },
    ...extra,
  };
}

/** What an attacker with the table owner's rights does: switch off the append-only trigger and edit. */
async function tamper(database: Database, ...statements: string[]) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql.raw('alter table audit_log disable trigger audit_log_append_only'));
    for (const statement of statements) await tx.execute(sql.raw(statement));
    await tx.execute(sql.raw('alter table audit_log enable trigger audit_log_append_only'));
  });
}

async function chainOf(database: Database, n: number) {
  const audit = createAuditLog({ db: database.db, clock: systemClock });
  for (let i = 1; i <= n; i++) await audit.append(entry(i));
  return audit;
}

describe.each(targets)('audit log on $name', ({ fresh }) => {
  it('chains entries: gap-free seq, each linking to the previous hash; verify passes', async () => {
    const database = await fresh();
    const audit = createAuditLog({ db: database.db, clock: systemClock });
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 0 });
    const a = await audit.append(entry(1));
    const b = await audit.append(entry(2, { before: undefined, cardAccountId: undefined }));
    expect(a).toMatchObject({ seq: 1, prevHash: '0'.repeat(64), action: 'card.locked' });
    expect(b).toMatchObject({ seq: 2, prevHash: a.hash, before: null, cardAccountId: null });
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await audit.verify({ batchSize: 1 })).toEqual({
      ok: true,
      checked: 2,
      lastSeq: 2,
      lastHash: b.hash,
    });
    expect((await audit.list({ cardAccountId: 'ca_1' })).map((e) => e.seq)).toEqual([1]);
  });

  it("commits with the caller's transaction and rolls back with it", async () => {
    const database = await fresh();
    const audit = await chainOf(database, 1);
    await expect(
      database.db.transaction(async (tx) => {
        await audit.append(entry(2), tx);
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    await database.db.transaction(async (tx) => {
      await audit.append(entry(3), tx);
    });
    const rows = await database.db.select().from(auditLog);
    expect(rows.map((r) => [r.seq, r.subjectId])).toEqual([
      [1, 'ca_1'],
      [2, 'ca_3'],
    ]);
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it('keeps no secrets: secret-named keys are removed and strings are redacted', async () => {
    const database = await fresh();
    const audit = createAuditLog({ db: database.db, clock: systemClock });
    const e = await audit.append(
      entry(1, {
        before: { password: 'hunter2-hunter2', note: 'card 4111 1111 1111 1111 was lost', last4: '1111' },
        after: { totpSecret: 'JBSWY3DPEHPK3PXP', nested: [{ text: 'my ssn is 123-45-6789' }] },
      }),
    );
    const stored = JSON.stringify(await database.db.select().from(auditLog));
    expect(stored).not.toContain('hunter2');
    expect(stored).not.toContain('4111 1111 1111 1111');
    expect(stored).not.toContain('JBSWY3DPEHPK3PXP');
    expect(stored).not.toContain('123-45-6789');
    expect(e.before).toMatchObject({ password: REMOVED, last4: '1111' });
    expect(e.after).toEqual({ totpSecret: REMOVED, nested: [{ text: REMOVED }] });
    expect(await audit.verify()).toMatchObject({ ok: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the table itself', async () => {
    const database = await fresh();
    await chainOf(database, 2);
    await expect(database.db.execute(sql`update audit_log set actor_id = 'x'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
    await expect(database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  it('detects an altered field', async () => {
    const database = await fresh();
    const audit = await chainOf(database, 5);
    await tamper(database, `update audit_log set after = '{"locked": false, "n": 3}' where seq = 3`);
    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'altered', checked: 2 });
  });

  it('detects an altered field even when the attacker recomputes that hash (the next link breaks)', async () => {
    const database = await fresh();
    const audit = await chainOf(database, 5);
    await tamper(
      database,
      "update audit_log set actor_id = 'ag_mallory', hash = repeat('a', 64) where seq = 2",
    );
    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 2, problem: 'altered' });
  });

  it('detects a deleted middle entry', async () => {
    const database = await fresh();
    const audit = await chainOf(database, 5);
    await tamper(database, 'delete from audit_log where seq = 3');
    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'missing' });
  });

  it('detects a deleted middle entry whose successors were renumbered', async () => {
    const database = await fresh();
    const audit = await chainOf(database, 5);
    await tamper(
      database,
      'delete from audit_log where seq = 3',
      'update audit_log set seq = seq - 1 where seq > 3',
    );
    const result = await audit.verify();
    expect(result).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('detects a deleted first entry', async () => {
    const database = await fresh();
    const audit = await chainOf(database, 3);
    await tamper(database, 'delete from audit_log where seq = 1');
    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 1, problem: 'missing' });
  });

  it('detects a deleted last entry (the head row still names it)', async () => {
    const database = await fresh();
    const audit = await chainOf(database, 4);
    await tamper(database, 'delete from audit_log where seq = 4');
    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBadSeq: 4,
      problem: 'tail_truncated',
      checked: 3,
    });
  });

  it('detects a deleted last entry even when the head row is rolled back to its predecessor’s seq', async () => {
    const database = await fresh();
    const audit = await chainOf(database, 4);
    await tamper(database, 'delete from audit_log where seq = 4');
    await database.db.update(auditHead).set({ seq: 3 });
    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'altered' });
  });

  it("detects two entries' contents swapped", async () => {
    const database = await fresh();
    const audit = await chainOf(database, 5);
    const cols =
      'at, actor_kind, actor_id, action, subject_type, subject_id, card_account_id, conversation_id, before, after, prev_hash, hash';
    await tamper(
      database,
      `update audit_log a set (${cols}) = (select ${cols} from audit_log b where b.seq = case a.seq when 2 then 4 else 2 end) where a.seq in (2, 4)`,
    );
    expect(await audit.verify()).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('chains concurrent appends from two nodes without gaps or forks', async () => {
    const database = await fresh();
    // A second "node": its own connection pool (on PGlite the same embedded instance).
    const second =
      database.kind === 'postgres'
        ? await openDatabase({
            url: (database.db as unknown as { $client: { options: { connectionString: string } } }).$client
              .options.connectionString,
          })
        : database;
    const nodes = [
      createAuditLog({ db: database.db, clock: systemClock }),
      createAuditLog({ db: second.db, clock: systemClock }),
    ];
    const n = 120;
    const appended = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        i % 3 === 0
          ? // some inside callers' transactions, with other work in them
            database.db.transaction(async (tx) => {
              await tx.execute(sql`select 1`);
              return nodes[0]!.append(entry(i), tx);
            })
          : nodes[i % 2]!.append(entry(i)),
      ),
    );
    if (second !== database) await second.close();
    expect(appended.map((e) => e.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: n }, (_, i) => i + 1),
    );
    expect(new Set(appended.map((e) => e.prevHash)).size).toBe(n);
    expect(await nodes[0]!.verify()).toMatchObject({ ok: true, checked: n, lastSeq: n });
  });
});
