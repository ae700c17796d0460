import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChildReady, ChildReply, ChildStats } from './ipc.ts';

export type ProcessStats = Omit<ChildStats, 'connections' | 'clearline'>;

const live = new Set<ChildProcess>();

function killAll(): void {
  for (const child of live) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
  live.clear();
}

// Whatever happens to the load generator, its servers go with it.
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** A server process started by the benchmark, spoken to over IPC, measured through /proc. */
export class Child {
  readonly #child: ChildProcess;
  readonly #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #nextId = 1;
  #exit: Promise<number | null>;
  #exited = false;

  private constructor(
    readonly name: string,
    child: ChildProcess,
    readonly url: string,
    readonly pid: number,
  ) {
    this.#child = child;
    this.#exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.on('message', (raw) => {
      const reply = raw as ChildReply;
      const pending = this.#pending.get(reply.id);
      if (!pending) return;
      this.#pending.delete(reply.id);
      if (reply.ok) pending.resolve(reply.data);
      else pending.reject(new Error(`${name}: ${reply.error}`));
    });
    void this.#exit.then((code) => {
      this.#exited = true;
      live.delete(child);
      for (const p of this.#pending.values()) p.reject(new Error(`${name} exited (code ${code})`));
      this.#pending.clear();
    });
  }

  /** Forks `script` (a .ts file next to this one) with tsx and waits for its `ready` message. */
  static async start(
    name: string,
    script: string,
    options: { env?: Record<string, string>; execArgv?: string[]; timeoutMs?: number } = {},
  ): Promise<Child> {
    const path = fileURLToPath(new URL(script, import.meta.url));
    const child = fork(path, [], {
      execArgv: ['--import', 'tsx', ...(options.execArgv ?? [])],
      env: { ...process.env, ...options.env },
      // The child's stdout goes to our stderr: our stdout carries only the result.
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    live.add(child);
    const ready = await new Promise<ChildReady>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${name} did not start in time`)),
        options.timeoutMs ?? 60_000,
      );
      child.on('message', (m) => {
        if ((m as ChildReady).type === 'ready') {
          clearTimeout(timer);
          resolve(m as ChildReady);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited during start-up (code ${code})`));
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    }).catch((err) => {
      live.delete(child);
      child.kill('SIGKILL');
      throw err;
    });
    return new Child(name, child, ready.url, ready.pid);
  }

  get exited(): boolean {
    return this.#exited;
  }

  request<T>(type: string, extra: Record<string, unknown> = {}, timeoutMs = 120_000): Promise<T> {
    if (this.#exited) return Promise.reject(new Error(`${this.name} is not running`));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${this.name}: no answer to ${type}`));
      }, timeoutMs);
      this.#pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.#child.send({ id, type, ...extra });
    });
  }

  stats(): Promise<ChildStats> {
    return this.request<ChildStats>('stats');
  }

  /** Resident set size from /proc/<pid>/status (VmRSS), in MB; null if the process is gone. */
  rssMb(): number | null {
    return procRssMb(this.pid);
  }

  /** Asks the child to exit; kills it if it has not within `graceMs`. */
  async stop(graceMs = 5_000): Promise<void> {
    if (this.#exited) return;
    await this.request('shutdown', {}, graceMs).catch(() => undefined);
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), graceMs);
    await this.#exit;
    clearTimeout(timer);
  }
}

export function procRssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system, all threads) a process has used, from /proc/<pid>/stat; null if gone. */
export function procCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at state (field 3).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime (14) and stime (15)
    return ticks / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100; // USER_HZ: 100 on every Linux architecture Node supports

/**
 * Established TCP connections whose local port is `port` (i.e. accepted by the server listening
 * there), from /proc/net/tcp and tcp6: read without asking the server, whose event loop may be busy.
 */
export function establishedOnPort(port: number): number | null {
  let n = 0;
  let readAny = false;
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    readAny = true;
    const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 3 && cols[1]!.endsWith(hex) && cols[3] === '01') n++;
    }
  }
  return readAny ? n : null;
}

/** Busy and total CPU time of the whole machine (all cores), in clock ticks, from /proc/stat. */
export function machineCpuTicks(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user)
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs` and remembers the peak. */
export class RssSampler {
  peakMb = 0;
  readonly #timer: NodeJS.Timeout;
  constructor(pid: number, everyMs = 500) {
    this.#timer = setInterval(() => {
      const mb = procRssMb(pid);
      if (mb !== null && mb > this.peakMb) this.peakMb = mb;
    }, everyMs);
    this.#timer.unref();
  }
  stop(): number {
    clearInterval(this.#timer);
    return this.peakMb;
  }
}

/** CPU and event-loop figures of a process over a window, from two stats snapshots. */
export function windowFigures(before: ProcessStats, after: ProcessStats) {
  const wallMs = after.eluIdleMs + after.eluActiveMs - (before.eluIdleMs + before.eluActiveMs);
  const cpuMs = (after.cpuUserUs + after.cpuSystemUs - before.cpuUserUs - before.cpuSystemUs) / 1000;
  return {
    /** Share of one core used by the whole process (JS thread + GC/libuv threads); 100 = one core. */
    cpuPercent: Math.round((cpuMs / Math.max(1, wallMs)) * 1000) / 10,
    /** Share of the time the JS thread was busy (performance.eventLoopUtilization); 100 = saturated. */
    eventLoopUtilizationPercent:
      Math.round(((after.eluActiveMs - before.eluActiveMs) / Math.max(1, wallMs)) * 1000) / 10,
    /** Event-loop delay over the window (how long a ready callback waited), milliseconds. */
    eventLoopDelayP99Ms: after.loopDelayP99Ms === null ? null : Math.round(after.loopDelayP99Ms * 100) / 100,
    eventLoopDelayMaxMs: after.loopDelayMaxMs === null ? null : Math.round(after.loopDelayMaxMs * 100) / 100,
  };
}
