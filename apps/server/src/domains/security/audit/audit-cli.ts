/**
 * Audit chain verification.
 *
 *   npm run audit:verify
 *
 * Finds the database like the server does (DATABASE_URL, else the embedded PGlite in DATA_DIR), walks
 * the whole audit chain in one snapshot and prints one JSON line:
 *   intact   → {"ok":true,"checked":N,"lastSeq":N,"lastHash":"…","database":"pglite|postgres"}, exit 0
 *   broken   → {"ok":false,"firstBadSeq":N,"problem":"…","detail":"…","entry":{…}|null,…}, exit 1
 *   an error → {"ok":false,"error":"…"}, exit 2
 * It never migrates or writes: run it against a database the server has already set up.
 */
import { eq } from 'drizzle-orm';
import { loadConfig } from '../../../config.ts';
import { systemClock } from '../../../platform/clock.ts';
import { openDatabase } from '../../../platform/db.ts';
import { auditLog } from '../audit.tables.ts';
import { createAuditLog } from './audit-log.ts';

export async function runAuditVerify(env: Record<string, string | undefined>): Promise<{
  code: number;
  line: Record<string, unknown>;
}> {
  const config = loadConfig(env);
  const database = await openDatabase(config.database);
  try {
    const audit = createAuditLog({ db: database.db, clock: systemClock });
    const result = await audit.verify();
    if (result.ok) return { code: 0, line: { ...result, database: database.kind } };
    // The first bad entry as stored (it may be gone: a deleted entry or tail).
    const [row] = await database.db.select().from(auditLog).where(eq(auditLog.seq, result.firstBadSeq));
    return { code: 1, line: { ...result, database: database.kind, entry: row ?? null } };
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('audit-cli.ts')) {
  runAuditVerify(process.env)
    .then(({ code, line }) => {
      process.stdout.write(`${JSON.stringify(line)}\n`);
      if (code !== 0)
        process.stderr.write(
          `audit:verify: the audit chain is BROKEN at entry ${String(line.firstBadSeq)} (${String(line.problem)}): ${String(line.detail)}\n`,
        );
      process.exitCode = code;
    })
    .catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      process.stdout.write(`${JSON.stringify({ ok: false, error: message })}\n`);
      process.stderr.write(`audit:verify: ${message}\n`);
      process.exitCode = 2;
    });
}
