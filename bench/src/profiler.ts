import { Session } from 'node:inspector/promises';

/** Where the CPU time of one process went during a window (V8 sampling profiler, self time). */
export interface ProfileSummary {
  totalMs: number;
  /** Self time grouped by package (node_modules/<pkg>, Clearline workspace, node internals, wasm, GC...). */
  byGroup: Array<{ group: string; ms: number; pct: number }>;
  topFunctions: Array<{ fn: string; where: string; ms: number; pct: number }>;
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

function groupOf(frame: CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native/builtin)';
  if (url.startsWith('wasm://')) return 'wasm (PGlite Postgres)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  for (const [part, name] of [
    ['/packages/client/', '@clearline/client'],
    ['/packages/protocol/', '@clearline/protocol'],
    ['/apps/server/', '@clearline/server'],
    ['/bench/', '@clearline/bench'],
  ] as const) {
    if (url.includes(part)) return name;
  }
  return 'other';
}

function shortWhere(frame: CallFrame): string {
  if (!frame.url) return '';
  const url = frame.url.replace(/^file:\/\//, '');
  const nm = url.lastIndexOf('node_modules/');
  const tail =
    nm >= 0 ? url.slice(nm + 'node_modules/'.length) : url.replace(/^.*\/(apps|packages|bench)\//, '$1/');
  return `${tail}:${frame.lineNumber + 1}`;
}

export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) byId.set(n.id, n);
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const d = Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0);
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + d);
    total += d;
  }
  const groups = new Map<string, number>();
  const fns = new Map<string, { fn: string; where: string; us: number }>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const g = groupOf(frame);
    groups.set(g, (groups.get(g) ?? 0) + us);
    const where = shortWhere(frame);
    const key = `${frame.functionName}@${where}`;
    const entry = fns.get(key) ?? { fn: frame.functionName || '(anonymous)', where, us: 0 };
    entry.us += us;
    fns.set(key, entry);
  }
  const pct = (us: number) => Math.round((us / Math.max(1, total)) * 1000) / 10;
  return {
    totalMs: Math.round(total / 1000),
    byGroup: [...groups]
      .sort((a, b) => b[1] - a[1])
      .map(([group, us]) => ({ group, ms: Math.round(us / 1000), pct: pct(us) })),
    topFunctions: [...fns.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ fn: f.fn, where: f.where, ms: Math.round(f.us / 1000), pct: pct(f.us) })),
  };
}

/** Samples this process's own CPU between start() and stop(). */
export class Profiler {
  #session: Session | null = null;

  async start(intervalUs = 1000): Promise<void> {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
    await session.post('Profiler.start');
    this.#session = session;
  }

  async stop(): Promise<ProfileSummary | null> {
    const session = this.#session;
    if (!session) return null;
    this.#session = null;
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    return summarizeProfile(profile as unknown as CpuProfile);
  }
}
