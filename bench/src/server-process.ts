/**
 * A Clearline server in its own process for the load test: the real server (buildServer through the
 * test harness) on in-memory PGlite (or on-disk PGlite with BENCH_DB=disk), listening on a random
 * port. The parent talks to it over the IPC channel (see ipc.ts); nothing is printed on stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENT_NAMESPACE, CUSTOMER_NAMESPACE } from '@clearline/protocol';
import { createTestServer, openTestDatabase } from '@clearline/server/test';
// Not exported by the package; the benchmark reaches in for the on-disk variant only.
import { migrateDatabase, openDatabase } from '../../apps/server/src/platform/db.ts';
import { createStatsCollector, serveParent } from './child-stats.ts';
import type { AgentCredentials, ChildReady, ChildStats, CustomerCredentials } from './ipc.ts';
import { Profiler } from './profiler.ts';
import { traceSql } from './sql-trace.ts';

const onDisk = process.env.BENCH_DB === 'disk';
// With BENCH_DB=postgres the server uses a real PostgreSQL (BENCH_DATABASE_URL, default the local `test` database).
const postgresUrl =
  process.env.BENCH_DB === 'postgres'
    ? (process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test')
    : null;
// In-memory PGlite (what the tests use), or with BENCH_DB=disk on-disk PGlite in a fresh temporary
// directory, which is what `npm start` uses (under ./.data) when no DATABASE_URL is set.
const dataDir = onDisk ? mkdtempSync(join(tmpdir(), 'clearline-bench-')) : null;
const database = postgresUrl
  ? await openDatabase({ url: postgresUrl })
  : dataDir
    ? await openDatabase({ dataDir })
    : await openTestDatabase();
if (onDisk || postgresUrl) await migrateDatabase(database);
// The load is customer ↔ agent messaging: chats go straight to agents (the assistant is measured by bench:nlu).
const test = await createTestServer({ database, env: { ASSISTANT: 'off' } });
const { server } = test;
const collect = createStatsCollector();
const profiler = new Profiler();
const trace =
  process.env.BENCH_TRACE_SQL === '1'
    ? traceSql((server.database.db as unknown as { $client: Parameters<typeof traceSql>[0] }).$client)
    : null;

type Sample = { labels: Record<string, string | number>; value: number; metricName?: string };
async function samples(metric: { get(): Promise<{ values: Sample[] }> | { values: Sample[] } }) {
  return (await metric.get()).values;
}

async function clearlineCounters(): Promise<NonNullable<ChildStats['clearline']>> {
  const m = server.metrics;
  const byLabel = (values: Sample[], label: string) =>
    Object.fromEntries(values.map((v) => [String(v.labels[label]), v.value]));
  const ack = (await samples(m.ackLatency as never)).filter((v) => v.labels.event === 'message.send');
  const of = (suffix: string, le?: number) =>
    ack
      .filter((v) => v.metricName?.endsWith(suffix) && (le === undefined || v.labels.le === le))
      .reduce((s, v) => s + v.value, 0);
  const count = of('_count');
  return {
    messagesStored: byLabel(await samples(m.messages as never), 'author'),
    errorsByCode: byLabel(await samples(m.errors as never), 'code'),
    duplicateSends: (await samples(m.duplicateSends as never)).reduce((s, v) => s + v.value, 0),
    sendAck: {
      count,
      sumMs: of('_sum') * 1000,
      over50ms: count - of('_bucket', 0.05),
      over250ms: count - of('_bucket', 0.25),
    },
  };
}

serveParent({
  async customers(msg) {
    const out: CustomerCredentials[] = [];
    for (let i = 0; i < Number(msg.count); i++) {
      const c = await test.customer();
      out.push({ token: c.token, cardAccountId: c.cardAccountIds[0]! });
    }
    return out;
  },
  async agents(msg) {
    const out: AgentCredentials[] = [];
    for (let i = 0; i < Number(msg.count); i++) {
      const a = await test.agent();
      out.push({ email: a.email, password: a.password, totp: a.totp() });
    }
    return out;
  },
  async stats(): Promise<ChildStats> {
    return {
      ...collect(),
      connections: {
        engine: server.io.engine.clientsCount,
        customer: server.io.of(CUSTOMER_NAMESPACE).sockets.size,
        agent: server.io.of(AGENT_NAMESPACE).sockets.size,
      },
      clearline: await clearlineCounters(),
    };
  },
  'profile-start': () => profiler.start(),
  'profile-stop': () => profiler.stop(),
  'sql-trace-reset': () => trace?.reset(),
  'sql-trace': () => trace?.read() ?? null,
  shutdown: () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    return null;
  },
});

const ready: ChildReady = { type: 'ready', url: test.url, pid: process.pid };
process.send?.(ready);
