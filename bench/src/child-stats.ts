import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { ChildReply, ChildStats } from './ipc.ts';

/** This process's counters, for the parent (event-loop delay is reset on every read). */
export function createStatsCollector(): () => Omit<ChildStats, 'connections' | 'clearline'> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  return () => {
    const elu = performance.eventLoopUtilization();
    const cpu = process.cpuUsage();
    const mem = process.memoryUsage();
    const stats = {
      pid: process.pid,
      rssBytes: mem.rss,
      heapUsedBytes: mem.heapUsed,
      cpuUserUs: cpu.user,
      cpuSystemUs: cpu.system,
      eluIdleMs: elu.idle,
      eluActiveMs: elu.active,
      // No sample at all means no timer could run since the last read: the loop was blocked throughout.
      loopDelayP99Ms: delay.count > 0 ? delay.percentile(99) / 1e6 : null,
      loopDelayMaxMs: delay.count > 0 ? delay.max / 1e6 : null,
    };
    delay.reset();
    return stats;
  };
}

type Handler = (msg: { id: number; type: string; [k: string]: unknown }) => unknown;

/** Answers the parent's requests; exits when the parent goes away or asks to shut down. */
export function serveParent(handlers: Record<string, Handler>): void {
  const send = (reply: ChildReply) => process.send?.(reply);
  process.on('message', async (raw) => {
    const msg = raw as { id: number; type: string };
    const handler = handlers[msg.type];
    try {
      if (!handler) throw new Error(`unknown request ${msg.type}`);
      send({ id: msg.id, ok: true, data: (await handler(msg)) ?? null });
    } catch (err) {
      send({ id: msg.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
    if (msg.type === 'shutdown') setTimeout(() => process.exit(0), 20);
  });
  // The parent died or closed the channel: never outlive it.
  process.on('disconnect', () => process.exit(0));
}
