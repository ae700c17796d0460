import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../platform/clock.ts';
import { migrateDatabase, openDatabase } from '../../../platform/db.ts';
import { createAuditLog } from './audit-log.ts';

const CLI = fileURLToPath(new URL('./audit-cli.ts', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'clearline-audit-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runCli(): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    // The CLI finds the database like the server: here the embedded PGlite in DATA_DIR.
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', DATA_DIR: dataDir };
    const child = spawn(process.execPath, ['--import', 'tsx', CLI], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

describe('audit:verify CLI (spawned, on the embedded database in DATA_DIR)', () => {
  it('exits 0 with a JSON line when the chain is intact, non-zero naming the first bad entry when not', async () => {
    let database = await openDatabase({ dataDir });
    await migrateDatabase(database);
    const audit = createAuditLog({ db: database.db, clock: systemClock });
    for (let i = 1; i <= 4; i++)
      await audit.append({
        actor: { kind: 'system', id: 'test' },
        action: 'card.locked',
        subject: { type: 'card_account', id: `ca_${i}` },
      });
    await database.close();

    const intact = await runCli();
    expect(intact.code).toBe(0);
    expect(JSON.parse(intact.stdout)).toMatchObject({ ok: true, checked: 4, lastSeq: 4, database: 'pglite' });

    database = await openDatabase({ dataDir });
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await tx.execute(sql`update audit_log set subject_id = 'ca_forged' where seq = 2`);
      await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    });
    await database.close();

    const broken = await runCli();
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({
      ok: false,
      firstBadSeq: 2,
      problem: 'altered',
      entry: { seq: 2, subjectId: 'ca_forged' },
    });
    expect(broken.stderr).toContain('BROKEN at entry 2');
  }, 180_000); // two on-disk PGlite starts in child processes
});
