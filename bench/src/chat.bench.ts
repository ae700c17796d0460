/**
 * `npm run bench:chat`: Clearline end to end (customers and agents through the SDK, server in a child
 * process on embedded PGlite) against a bare `ws` echo server at the same offered load, plus a short
 * closed-loop maximum-throughput probe of both. Progress on stderr; the last line of stdout is the
 * JSON result, also written to bench/results/chat.json. See bench/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createStatsCollector } from './child-stats.ts';
import {
  Child,
  establishedOnPort,
  machineCpuTicks,
  type ProcessStats,
  procCpuSeconds,
  RssSampler,
  windowFigures,
} from './children.ts';
import { ClearlineLoad, type ClearlinePhaseResult, type PhaseOptions } from './clearline-load.ts';
import type { AgentCredentials, ChildStats, CustomerCredentials } from './ipc.ts';
import { Profiler, type ProfileSummary } from './profiler.ts';
import type { SqlTrace } from './sql-trace.ts';
import { log, round, sleep } from './stats.ts';
import { WsLoad, type WsPhaseResult } from './ws-load.ts';

const GOAL = { p99Ms: 50, rate: 1000, customers: 1000 } as const;

const USAGE =
  'usage: npm run bench:chat -- [--customers 1000] [--agents 20] [--seconds 20] [--rate 1000]\n' +
  '  [--reply-share 0.1] [--warmup 2] [--drain 10] [--probe-seconds 5] [--probe-inflight 1]\n' +
  '  [--probe-clients 100] [--sweep 25,50,100] [--sweep-seconds 10] [--batch 50]\n' +
  '  [--db memory|disk|postgres] [--receipts on|off] [--profile] [--trace-sql] [--skip-ws] [--skip-probe]\n' +
  '  [--out bench/results/chat.json]\n';

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}`);
  process.stdout.write(`${JSON.stringify({ benchmark: 'chat', error: message })}\n`);
  process.exit(2);
}

const argv = (() => {
  try {
    return parseArgs({
      options: {
        customers: { type: 'string', default: '1000' },
        agents: { type: 'string', default: '20' },
        seconds: { type: 'string', default: '20' },
        rate: { type: 'string', default: '1000' },
        'reply-share': { type: 'string', default: '0.1' },
        warmup: { type: 'string', default: '2' },
        drain: { type: 'string', default: '10' },
        'probe-seconds': { type: 'string', default: '5' },
        'probe-inflight': { type: 'string', default: '1' },
        'probe-clients': { type: 'string', default: '100' },
        sweep: { type: 'string', default: '' },
        'sweep-seconds': { type: 'string', default: '10' },
        batch: { type: 'string', default: '50' },
        db: { type: 'string', default: 'memory' },
        receipts: { type: 'string', default: 'on' },
        profile: { type: 'boolean', default: false },
        'trace-sql': { type: 'boolean', default: false },
        'skip-ws': { type: 'boolean', default: false },
        'skip-probe': { type: 'boolean', default: false },
        out: { type: 'string', default: fileURLToPath(new URL('../results/chat.json', import.meta.url)) },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    return usageError(err instanceof Error ? err.message : String(err));
  }
})();

if (argv.help) {
  process.stderr.write(USAGE);
  process.exit(0);
}

function num(name: keyof typeof argv, min: number): number {
  const v = Number(argv[name]);
  if (!Number.isFinite(v) || v < min) usageError(`--${name} must be a number ≥ ${min}`);
  return v;
}

if (argv.db !== 'memory' && argv.db !== 'disk' && argv.db !== 'postgres') {
  usageError('--db takes memory, disk or postgres');
}
if (argv.receipts !== 'on' && argv.receipts !== 'off') usageError('--receipts takes on or off');

const opts = {
  customers: Math.floor(num('customers', 1)),
  agents: Math.floor(num('agents', 1)),
  seconds: num('seconds', 1),
  rate: num('rate', 1),
  replyShare: Math.min(1, num('reply-share', 0)),
  warmup: num('warmup', 0),
  drain: num('drain', 0),
  probeSeconds: num('probe-seconds', 0),
  probeInflight: Math.floor(num('probe-inflight', 1)),
  sweep: (argv.sweep ?? '')
    .split(',')
    .filter((x) => x.trim() !== '')
    .map((x) => {
      const v = Number(x);
      if (!Number.isFinite(v) || v <= 0) usageError('--sweep takes rates like 25,50,100');
      return v;
    }),
  sweepSeconds: num('sweep-seconds', 1),
  probeClients: Math.min(Math.floor(num('probe-clients', 1)), Math.floor(num('customers', 1))),
  batch: Math.floor(num('batch', 1)),
  db: argv.db as 'memory' | 'disk' | 'postgres',
  /** The SDK's automatic delivered receipts (on by default in the SDK). */
  deliveredReceipts: argv.receipts !== 'off',
  profile: argv.profile ?? false,
  traceSql: argv['trace-sql'] ?? false,
  ws: !argv['skip-ws'],
  probe: !argv['skip-probe'] && num('probe-seconds', 0) > 0,
};

const selfStats = createStatsCollector();

interface ServerWindow {
  pid: number;
  /** CPU used by the whole server process over the window (/proc/<pid>/stat), % of one core. */
  cpuPercent: number | null;
  /** From the server's own snapshots (null if it did not answer in time; see snapshotDelayMs). */
  eventLoopUtilizationPercent: number | null;
  eventLoopDelayP99Ms: number | null;
  eventLoopDelayMaxMs: number | null;
  /**
   * How long the server took to answer the stats request at the window's start and end: a busy
   * server answers late, and its event-loop figures and counters then cover a shifted window.
   */
  snapshotDelayMs: { start: number | null; end: number | null };
  rssMb: number | null;
  rssPeakMb: number;
  /** Established TCP connections to the server's port at the window's end (/proc/net/tcp). */
  connections: number | null;
  /** Engine.io clients and namespace sockets as the server reported them when it answered. */
  socketsReported: ChildStats['connections'] | null;
  clearline?: ReturnType<typeof counterDelta>;
}

interface Measured<T> {
  result: T;
  server: ServerWindow;
  loadGenerator: ReturnType<typeof windowFigures> & { rssMb: number };
  /**
   * The whole machine over the window (% of one core, so 200 = both cores of a 2-core machine) and
   * what processes other than the server and this load generator used: other work on the machine
   * competes with the benchmark for the same cores.
   */
  machine: { busyPercent: number | null; otherProcessesPercent: number | null; loadAverage1m: number };
  profile?: { server: ProfileSummary | null; loadGenerator: ProfileSummary | null };
  /** Statements the server ran on PGlite during the window (--trace-sql). */
  sqlTrace?: SqlTrace | null;
}

interface Snapshot {
  stats: ChildStats | null;
  delayMs: number | null;
}

/** Asks a child for its stats without ever failing the run (a saturated server may answer very late). */
function snapshot(child: Child): Promise<Snapshot> {
  const sent = performance.now();
  return child.stats().then(
    (stats) => ({ stats, delayMs: Math.round(performance.now() - sent) }),
    () => ({ stats: null, delayMs: null }),
  );
}

/** Runs a phase, measuring both processes over its window (and profiling it if asked). */
async function measured<T>(
  server: Child,
  run: (hooks: Pick<PhaseOptions, 'onWindowStart' | 'onWindowEnd'>) => Promise<T>,
): Promise<Measured<T>> {
  let before: Promise<Snapshot> | undefined;
  let after: Promise<Snapshot> | undefined;
  let selfBefore: ProcessStats | undefined;
  let selfAfter: ProcessStats | undefined;
  let cpuBefore: number | null = null;
  let cpuAfter: number | null = null;
  let wallBefore = 0;
  let wallAfter = 0;
  let machineBefore: ReturnType<typeof machineCpuTicks> = null;
  let machineAfter: ReturnType<typeof machineCpuTicks> = null;
  let sampler: RssSampler | undefined;
  let rssAtEnd: number | null = null;
  let connections: number | null = null;
  let peak = 0;
  const port = Number(new URL(server.url).port);
  const selfProfiler = new Profiler();
  let serverProfile: Promise<ProfileSummary | null> | undefined;
  let selfProfile: Promise<ProfileSummary | null> | undefined;
  let sqlTrace: Promise<SqlTrace | null> | undefined;
  const tracing = opts.traceSql && server.name === 'clearline';
  const result = await run({
    onWindowStart: () => {
      wallBefore = performance.now();
      machineBefore = machineCpuTicks();
      cpuBefore = procCpuSeconds(server.pid);
      selfBefore = selfStats();
      before = snapshot(server);
      sampler = new RssSampler(server.pid);
      if (tracing) void server.request('sql-trace-reset').catch(() => undefined);
      if (opts.profile) {
        void server.request('profile-start').catch(() => undefined);
        void selfProfiler.start();
      }
    },
    onWindowEnd: () => {
      wallAfter = performance.now();
      machineAfter = machineCpuTicks();
      cpuAfter = procCpuSeconds(server.pid);
      selfAfter = selfStats();
      connections = establishedOnPort(port);
      after = snapshot(server);
      rssAtEnd = server.rssMb();
      peak = sampler?.stop() ?? 0;
      if (tracing) sqlTrace = server.request<SqlTrace | null>('sql-trace').catch(() => null);
      if (opts.profile) {
        serverProfile = server.request<ProfileSummary | null>('profile-stop').catch(() => null);
        selfProfile = selfProfiler.stop();
      }
    },
  });
  const [b, a] = await Promise.all([before!, after!]);
  const loop = b.stats && a.stats ? windowFigures(b.stats, a.stats) : null;
  const serverCpu =
    cpuBefore !== null && cpuAfter !== null
      ? round(((cpuAfter - cpuBefore) * 100_000) / Math.max(1, wallAfter - wallBefore), 1)
      : null;
  const self = windowFigures(selfBefore!, selfAfter!);
  const mb = machineBefore as ReturnType<typeof machineCpuTicks>;
  const ma = machineAfter as ReturnType<typeof machineCpuTicks>;
  const busy =
    mb && ma
      ? round(((ma.busy - mb.busy) / Math.max(1, ma.total - mb.total)) * cpus().length * 100, 1)
      : null;
  return {
    result,
    server: {
      pid: server.pid,
      cpuPercent: serverCpu,
      eventLoopUtilizationPercent: loop?.eventLoopUtilizationPercent ?? null,
      eventLoopDelayP99Ms: loop?.eventLoopDelayP99Ms ?? null,
      eventLoopDelayMaxMs: loop?.eventLoopDelayMaxMs ?? null,
      snapshotDelayMs: { start: b.delayMs, end: a.delayMs },
      rssMb: rssAtEnd,
      rssPeakMb: Math.max(peak, rssAtEnd ?? 0),
      connections,
      socketsReported: a.stats?.connections ?? null,
      ...(a.stats?.clearline && b.stats?.clearline
        ? { clearline: counterDelta(b.stats.clearline, a.stats.clearline) }
        : {}),
    },
    loadGenerator: { ...self, rssMb: round(process.memoryUsage().rss / 2 ** 20, 1) },
    machine: {
      busyPercent: busy,
      otherProcessesPercent:
        busy !== null && serverCpu !== null
          ? round(Math.max(0, busy - serverCpu - self.cpuPercent), 1)
          : null,
      loadAverage1m: round(loadavg()[0] ?? 0, 2),
    },
    ...(opts.profile
      ? { profile: { server: (await serverProfile) ?? null, loadGenerator: (await selfProfile) ?? null } }
      : {}),
    ...(tracing ? { sqlTrace: (await sqlTrace) ?? null } : {}),
  };
}

/** Clearline's counters over the window (they are cumulative in the server). */
function counterDelta(b: NonNullable<ChildStats['clearline']>, a: NonNullable<ChildStats['clearline']>) {
  const diff = (x: Record<string, number>, y: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(y)
        .map(([k, v]) => [k, v - (x[k] ?? 0)] as const)
        .filter(([, v]) => v !== 0),
    );
  const count = a.sendAck.count - b.sendAck.count;
  return {
    messagesStored: diff(b.messagesStored, a.messagesStored),
    errorsByCode: diff(b.errorsByCode, a.errorsByCode),
    duplicateSends: a.duplicateSends - b.duplicateSends,
    /** Server-side time from receiving message.send to its acknowledgement (handler + transaction). */
    sendAck: {
      count,
      meanMs: count ? round((a.sendAck.sumMs - b.sendAck.sumMs) / count) : null,
      over50ms: a.sendAck.over50ms - b.sendAck.over50ms,
      over250ms: a.sendAck.over250ms - b.sendAck.over250ms,
    },
  };
}

interface SweepStep {
  offeredRate: number;
  messagesPerSecond: number;
  latencyMs: ClearlinePhaseResult['latencyMs'];
  undelivered: number;
  disconnects: number;
  serverCpuPercent: number | null;
  otherProcessesPercent: number | null;
  meetsP99: boolean;
}

/** Waits (≤ 60 s) until the SDK outboxes are empty and the server answers within 100 ms. */
async function settle(server: Child, backlog: () => number): Promise<void> {
  const started = performance.now();
  for (;;) {
    const { delayMs } = await snapshot(server);
    if (backlog() === 0 && delayMs !== null && delayMs < 100) break;
    if (performance.now() - started > 60_000) {
      log(`  server still busy after 60 s (backlog ${backlog()}, stats answered in ${delayMs} ms); going on`);
      return;
    }
    await sleep(200);
  }
  log(`  server idle again after ${Math.round(performance.now() - started)} ms`);
}

function sumValues(r: Record<string, number> | undefined): number {
  return Object.values(r ?? {}).reduce((s, v) => s + v, 0);
}

async function runClearline() {
  log(`starting Clearline server (${opts.db} PGlite) in a child process`);
  const server = await Child.start('clearline', './server-process.ts', {
    env: {
      BENCH_DB: opts.db,
      BENCH_TRACE_SQL: opts.traceSql ? '1' : '0',
      TEST_LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    },
  });
  log(`server pid ${server.pid} at ${server.url}, RSS ${server.rssMb()} MB`);
  let load: ClearlineLoad | null = null;
  try {
    const customers = await server.request<CustomerCredentials[]>('customers', { count: opts.customers });
    const agentCreds = await server.request<AgentCredentials[]>('agents', { count: opts.agents });
    log(`minted ${customers.length} customer tokens and created ${agentCreds.length} agents`);
    load = await ClearlineLoad.setup(server.url, customers, agentCreds, {
      batch: opts.batch,
      deliveredReceipts: opts.deliveredReceipts,
    });
    const l = load;
    const idleRss = server.rssMb();
    log(`server RSS after setup ${idleRss} MB`);
    // The closed-loop probe first: it cannot leave a backlog behind, the open-loop phase can.
    let probe: Measured<ClearlinePhaseResult> | null = null;
    if (opts.probe) {
      log(
        `max-throughput probe: ${opts.probeClients} customers × ${opts.probeInflight} in flight, 1 s warm-up + ${opts.probeSeconds} s`,
      );
      probe = await measured(server, (hooks) =>
        l.runProbe(opts.probeClients, opts.probeInflight, {
          warmupSeconds: 1,
          seconds: opts.probeSeconds,
          drainSeconds: opts.drain,
          ...hooks,
        }),
      );
      logPhase('clearline probe', probe.result, probe);
      await settle(server, () => l.backlog);
    }
    // Optional shorter open-loop steps below the target, to find what the server sustains.
    const sweep: SweepStep[] = [];
    for (const stepRate of opts.sweep) {
      log(`sweep step: ${stepRate} msg/s from ${l.slots.length} customers for ${opts.sweepSeconds} s`);
      const step = await measured(server, (hooks) =>
        l.runRate(stepRate, opts.replyShare, {
          warmupSeconds: 1,
          seconds: opts.sweepSeconds,
          drainSeconds: opts.drain,
          ...hooks,
        }),
      );
      logPhase(`sweep ${stepRate}`, step.result, step);
      sweep.push({
        offeredRate: stepRate,
        messagesPerSecond: step.result.messagesPerSecond,
        latencyMs: step.result.latencyMs,
        undelivered: step.result.undelivered,
        disconnects: step.result.disconnects,
        serverCpuPercent: step.server.cpuPercent,
        otherProcessesPercent: step.machine.otherProcessesPercent,
        meetsP99: step.result.undelivered === 0 && (step.result.latencyMs.p99 ?? Infinity) <= GOAL.p99Ms,
      });
      await settle(server, () => l.backlog);
    }
    log(
      `rate phase: ${opts.rate} msg/s from ${l.slots.length} customers (+ agents reply to ${opts.replyShare * 100}%),`,
    );
    log(`  ${opts.warmup} s warm-up + ${opts.seconds} s measured, up to ${opts.drain} s drain`);
    const rate = await measured(server, (hooks) =>
      l.runRate(opts.rate, opts.replyShare, {
        warmupSeconds: opts.warmup,
        seconds: opts.seconds,
        drainSeconds: opts.drain,
        ...hooks,
      }),
    );
    logPhase('clearline rate', rate.result, rate);
    return {
      rate,
      probe,
      sweep,
      connectedCustomers: l.slots.length,
      connectedAgents: l.agents.length,
      setupErrors: l.setupErrors,
      idleRss,
    };
  } finally {
    load?.close();
    await server.stop();
  }
}

async function runWs(offered: number, clients: number) {
  log(`starting the ws echo baseline in a child process; ${clients} clients, ${offered} msg/s`);
  const server = await Child.start('ws-echo', './ws-echo-server.ts');
  let load: WsLoad | null = null;
  try {
    load = await WsLoad.setup(server.url, clients, opts.batch);
    const l = load;
    let probe: Measured<WsPhaseResult> | null = null;
    if (opts.probe) {
      probe = await measured(server, (hooks) =>
        l.runProbe(opts.probeClients, opts.probeInflight, {
          warmupSeconds: 1,
          seconds: opts.probeSeconds,
          drainSeconds: opts.drain,
          ...hooks,
        }),
      );
      logPhase('ws probe', probe.result, probe);
    }
    const rate = await measured(server, (hooks) =>
      l.runRate(offered, {
        warmupSeconds: opts.warmup,
        seconds: opts.seconds,
        drainSeconds: opts.drain,
        ...hooks,
      }),
    );
    logPhase('ws rate', rate.result, rate);
    return { rate, probe };
  } finally {
    load?.close();
    await server.stop();
  }
}

function logPhase(
  name: string,
  r: {
    messagesPerSecond: number;
    latencyMs: { p50: number | null; p99: number | null; max: number | null };
    undelivered: number;
  },
  m: Pick<Measured<unknown>, 'server' | 'loadGenerator' | 'machine'>,
) {
  const { server: s, loadGenerator: g, machine } = m;
  log(
    `${name}: ${r.messagesPerSecond} msg/s delivered, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, ` +
      `max ${r.latencyMs.max} ms, undelivered ${r.undelivered} | server CPU ${s.cpuPercent}% ELU ${s.eventLoopUtilizationPercent}% ` +
      `loop-delay p99 ${s.eventLoopDelayP99Ms} ms RSS ${s.rssMb} MB | load-gen CPU ${g.cpuPercent}% ELU ${g.eventLoopUtilizationPercent}% | ` +
      `other processes ${machine.otherProcessesPercent}% (load avg ${machine.loadAverage1m})`,
  );
}

function ratio(a: number | undefined, b: number | undefined): number | null {
  return a !== undefined && b ? round(a / b, 3) : null;
}

async function main() {
  const started = Date.now();
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
  log(`machine: ${JSON.stringify(machine)}; options: ${JSON.stringify(opts)}`);

  const clearline = await runClearline();
  const offeredTotal = round(opts.rate * (1 + opts.replyShare), 3);
  const ws = opts.ws ? await runWs(offeredTotal, opts.customers) : null;

  const r = clearline.rate.result;
  const clientErrors = sumValues(r.errors);
  const setupErrors = sumValues(clearline.setupErrors);
  const serverErrors = sumValues(clearline.rate.server.clearline?.errorsByCode);
  const errors = clientErrors + setupErrors + serverErrors;
  const met =
    clearline.connectedCustomers >= GOAL.customers &&
    opts.rate >= GOAL.rate &&
    r.customerToAgent.perSecond >= 0.95 * opts.rate &&
    r.latencyMs.p99 !== null &&
    r.latencyMs.p99 <= GOAL.p99Ms &&
    r.undelivered === 0 &&
    errors === 0;

  const connections = clearline.rate.server.socketsReported?.engine ?? clearline.rate.server.connections;
  const notes: string[] = [];
  const srv = clearline.rate.server;
  const gen = clearline.rate.loadGenerator;
  const other = clearline.rate.machine.otherProcessesPercent;
  if (other !== null && other >= 20) {
    notes.push(
      `Other processes used ${other}% of a core during the measured window (load average ${clearline.rate.machine.loadAverage1m}): ` +
        'the figures are perturbed by work that is not part of the benchmark.',
    );
  }
  if (r.undelivered > 0) {
    notes.push(
      `${r.undelivered} of ${r.sent} messages sent in the window had not arrived when the ${opts.drain} s drain ended; ` +
        'latency percentiles cover delivered messages only and understate the tail.',
    );
  }
  const lateSnapshot = Math.max(srv.snapshotDelayMs.start ?? 0, srv.snapshotDelayMs.end ?? 0);
  if (r.disconnects > 0) {
    notes.push(
      `${r.disconnects} SDK clients lost their connection during the phase and ${r.clientsConnectedAtWindowEnd} of ${r.clients} ` +
        `were connected when the window ended: the server's event loop was blocked (it took up to ${round(lateSnapshot / 1000, 1)} s ` +
        'to answer a stats request), so Engine.IO heartbeats were missed, and reconnections (each re-joining its ' +
        'conversation from the database) added to the load.',
    );
  }
  if ((srv.eventLoopUtilizationPercent ?? 0) >= 90 || (srv.cpuPercent ?? 0) >= 90 || lateSnapshot >= 1000) {
    notes.push(
      `The server's event loop was saturated (ELU ${srv.eventLoopUtilizationPercent}%, CPU ${srv.cpuPercent}% of one core, ` +
        `stats answered after up to ${lateSnapshot} ms) ` +
        `while the load generator's was at ${gen.eventLoopUtilizationPercent}%: the server is the bottleneck.`,
    );
  }
  if (gen.eventLoopUtilizationPercent >= 90) {
    notes.push(
      `The load generator's event loop was saturated (ELU ${gen.eventLoopUtilizationPercent}%): figures may understate the server.`,
    );
  }
  const dup = srv.clearline?.duplicateSends ?? 0;
  if (dup > 0)
    notes.push(
      `${dup} sends were SDK retries (ack timeout ${5} s) answered with the already stored message.`,
    );
  const output = {
    benchmark: 'chat',
    timestamp: new Date().toISOString(),
    customers: opts.customers,
    agents: opts.agents,
    seconds: opts.seconds,
    warmupSeconds: opts.warmup,
    replyShare: opts.replyShare,
    database: opts.db === 'postgres' ? 'postgresql' : `pglite-${opts.db}`,
    sdkDeliveredReceipts: opts.deliveredReceipts,
    /** Customer messages a second offered (open loop); agent replies come on top (offeredTotalRate). */
    offeredRate: opts.rate,
    offeredTotalRate: offeredTotal,
    /** Chat messages (customer→agent and agent→customer) delivered during the measured window, per second. */
    messagesPerSecond: r.messagesPerSecond,
    /** Send (SDK send() call) → the other party's SDK `message` event, every message sent in the window. */
    latencyMs: r.latencyMs,
    customerToAgent: r.customerToAgent,
    agentToCustomer: r.agentToCustomer,
    customerAckLatencyMs: r.customerAckLatencyMs,
    sent: r.sent,
    delivered: r.delivered,
    undelivered: r.undelivered,
    sdkBacklogAtWindowEnd: r.sdkBacklogAtWindowEnd,
    errors,
    errorDetail: {
      clientSendFailures: r.errors,
      setup: clearline.setupErrors,
      serverDuringWindow: clearline.rate.server.clearline?.errorsByCode ?? {},
    },
    serverRssMb: clearline.rate.server.rssMb,
    serverRssPeakMb: clearline.rate.server.rssPeakMb,
    serverRssAfterSetupMb: clearline.idleRss,
    /** Socket.IO (engine.io) connections the server reported at the window's end. */
    connections,
    connectionsReportedByServer: clearline.rate.server.socketsReported,
    tcpConnectionsAtWindowEnd: clearline.rate.server.connections,
    clientsConnectedAtWindowEnd: r.clientsConnectedAtWindowEnd,
    clients: r.clients,
    disconnects: r.disconnects,
    server: clearline.rate.server,
    loadGenerator: clearline.rate.loadGenerator,
    machineDuringWindow: clearline.rate.machine,
    maxThroughput: clearline.probe
      ? {
          customers: opts.probeClients,
          inflightPerCustomer: opts.probeInflight,
          seconds: opts.probeSeconds,
          messagesPerSecond: clearline.probe.result.customerToAgent.perSecond,
          latencyMs: clearline.probe.result.customerToAgent.latencyMs,
          customerAckLatencyMs: clearline.probe.result.customerAckLatencyMs,
          undelivered: clearline.probe.result.undelivered,
          errors: clearline.probe.result.errors,
          server: clearline.probe.server,
          loadGenerator: clearline.probe.loadGenerator,
          machineDuringWindow: clearline.probe.machine,
          duplicateSends: clearline.probe.server.clearline?.duplicateSends ?? null,
        }
      : null,
    sweep: clearline.sweep.length
      ? {
          seconds: opts.sweepSeconds,
          steps: clearline.sweep,
          /** The highest swept rate delivered in full with p99 within the goal (null if none). */
          maxRateMeetingP99: clearline.sweep
            .filter((x) => x.meetsP99)
            .reduce<number | null>((m, x) => Math.max(m ?? 0, x.offeredRate), null),
        }
      : null,
    ws: ws
      ? {
          what: 'bare ws echo server (child process), same number of clients, same message body',
          clients: opts.customers,
          offeredRate: offeredTotal,
          messagesPerSecond: ws.rate.result.messagesPerSecond,
          latencyMs: ws.rate.result.latencyMs,
          undelivered: ws.rate.result.undelivered,
          errors: sumValues(ws.rate.result.errors),
          serverRssMb: ws.rate.server.rssMb,
          server: ws.rate.server,
          loadGenerator: ws.rate.loadGenerator,
          machineDuringWindow: ws.rate.machine,
          maxThroughput: ws.probe
            ? {
                clients: opts.probeClients,
                inflightPerClient: opts.probeInflight,
                seconds: opts.probeSeconds,
                messagesPerSecond: ws.probe.result.messagesPerSecond,
                latencyMs: ws.probe.result.latencyMs,
                server: ws.probe.server,
                loadGenerator: ws.probe.loadGenerator,
                machineDuringWindow: ws.probe.machine,
              }
            : null,
        }
      : null,
    throughputRatioVsWs: ratio(r.messagesPerSecond, ws?.rate.result.messagesPerSecond),
    maxThroughputRatioVsWs: ratio(
      clearline.probe?.result.customerToAgent.perSecond,
      ws?.probe?.result.messagesPerSecond,
    ),
    ratioMeaning:
      'throughputRatioVsWs = Clearline chat messages delivered per second ÷ ws echoes received per second, ' +
      `both offered the same open-loop load (${offeredTotal} msg/s over ${opts.customers} clients, ${opts.seconds} s); ` +
      '1.0 means Clearline kept up with the offered load exactly as well as a bare WebSocket echo did (it says ' +
      'nothing about headroom). maxThroughputRatioVsWs = the same ratio in a closed-loop probe where every ' +
      `of the first ${opts.probeClients} clients keeps ${opts.probeInflight} message(s) in flight (a new one once the previous arrived) for ` +
      `${opts.probeSeconds} s: Clearline customer→agent deliveries per second (each stored in a PGlite ` +
      'transaction and fanned out to customer and agent) ÷ bare echo round trips per second, i.e. the share of ' +
      "raw WebSocket capacity this machine's Clearline server achieves; both load generators run in this one process.",
    ...(opts.traceSql
      ? { sqlTrace: { rate: clearline.rate.sqlTrace ?? null, probe: clearline.probe?.sqlTrace ?? null } }
      : {}),
    ...(opts.profile
      ? {
          profile: {
            rate: clearline.rate.profile,
            probe: clearline.probe?.profile ?? null,
            wsRate: ws?.rate.profile ?? null,
          },
        }
      : {}),
    notes,
    machine,
    durationSeconds: round((Date.now() - started) / 1000, 1),
    goal: { ...GOAL, met },
  };

  mkdirSync(dirname(argv.out!), { recursive: true });
  writeFileSync(argv.out!, `${JSON.stringify(output, null, 2)}\n`);
  log(`wrote ${argv.out}`);
  log(
    `RESULT: ${r.messagesPerSecond} msg/s (offered ${offeredTotal}), p99 ${r.latencyMs.p99} ms, ` +
      `${errors} errors, server RSS ${output.serverRssMb} MB, ${connections} connections, ` +
      `ratio vs ws ${output.throughputRatioVsWs} (max ${output.maxThroughputRatioVsWs}), goal met: ${met}`,
  );
  process.stdout.write(`${JSON.stringify(output)}\n`);
}

main().then(
  () => process.exit(0),
  (err) => {
    log(`FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.stdout.write(
      `${JSON.stringify({ benchmark: 'chat', error: String(err instanceof Error ? err.message : err) })}\n`,
    );
    process.exit(1);
  },
);
