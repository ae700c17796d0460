import type { Socket } from 'socket.io';
import type { Clock } from '../../platform/clock.ts';
import type { Logger } from '../../platform/logger.ts';

/** What the idle watcher needs from agent authentication (the security domain). */
export interface AgentSessionClock {
  idleMs: number;
  touch(sessionId: string): Promise<Date | null>;
  deadline(sessionId: string): Promise<Date | null>;
}

/** How long before the end the agent is warned: 2 minutes, or a quarter of a shorter timeout. */
export const warningLeadMs = (idleMs: number) => Math.min(120_000, Math.floor(idleMs / 4));

/**
 * Agent idle timeout (issue 4 §4; WCAG 2.2.1 "Timing Adjustable"): each agent socket is warned with
 * `session.expiring {expiresAt}` shortly before its session would end for inactivity, and when it
 * ends gets `session.ended {reason:'expired'}` and is closed. The deadline is always re-read from the
 * database, so activity on another socket or node (or a REST request) extends it everywhere.
 */
export function watchAgentIdle(deps: { sessions: AgentSessionClock; clock: Clock; logger: Logger }) {
  const { sessions, clock, logger } = deps;
  const lead = warningLeadMs(sessions.idleMs);
  const tracked = new Map<
    string,
    { socket: Socket; sessionId: string; timer: NodeJS.Timeout | null; warnedFor: number | null }
  >();
  /** When this node last recorded activity per session: a burst of events costs one database round trip. */
  const lastTouched = new Map<string, number>();

  function end(entry: { socket: Socket }) {
    entry.socket.emit('session.ended', { reason: 'expired' });
    entry.socket.disconnect(true);
  }

  async function check(socketId: string): Promise<void> {
    const entry = tracked.get(socketId);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    let deadline: Date | null;
    try {
      deadline = await sessions.deadline(entry.sessionId);
    } catch (err) {
      logger.warn({ err }, 'agent session check failed');
      deadline = new Date(clock.now().getTime() + lead); // try again soon
    }
    if (!tracked.has(socketId)) return;
    const now = clock.now().getTime();
    if (!deadline || deadline.getTime() <= now) {
      tracked.delete(socketId);
      end(entry);
      return;
    }
    const warnAt = deadline.getTime() - lead;
    if (now >= warnAt && entry.warnedFor !== deadline.getTime()) {
      entry.warnedFor = deadline.getTime();
      entry.socket.emit('session.expiring', { expiresAt: deadline.toISOString() });
    }
    const next = now < warnAt ? warnAt : deadline.getTime();
    entry.timer = setTimeout(() => void check(socketId), Math.min(next - now + 50, 2 ** 31 - 1));
    entry.timer.unref();
  }

  return {
    track(socket: Socket, sessionId: string): void {
      tracked.set(socket.id, { socket, sessionId, timer: null, warnedFor: null });
      socket.on('disconnect', () => {
        const entry = tracked.get(socket.id);
        if (entry?.timer) clearTimeout(entry.timer);
        tracked.delete(socket.id);
        if (![...tracked.values()].some((e) => e.sessionId === sessionId)) lastTouched.delete(sessionId);
      });
      void check(socket.id);
    },
    /** Activity on a socket: extends its session; false (and the socket is ended) when it already ended. */
    async activity(socket: Socket, sessionId: string): Promise<boolean> {
      const now = clock.now().getTime();
      if (now - (lastTouched.get(sessionId) ?? 0) < 5_000) return true;
      const deadline = await sessions.touch(sessionId);
      if (deadline) {
        lastTouched.set(sessionId, now);
        // A warning already shown is answered by the activity: re-arm for the new deadline.
        for (const [id, e] of tracked) if (e.sessionId === sessionId && e.warnedFor !== null) void check(id);
        return true;
      }
      lastTouched.delete(sessionId);
      const entry = tracked.get(socket.id);
      tracked.delete(socket.id);
      if (entry?.timer) clearTimeout(entry.timer);
      end({ socket });
      return false;
    },
    /** Re-checks every tracked socket now (after the clock moved, in tests; or after an extension). */
    async checkAll(sessionId?: string): Promise<void> {
      await Promise.all(
        [...tracked.entries()]
          .filter(([, e]) => !sessionId || e.sessionId === sessionId)
          .map(([id]) => check(id)),
      );
    },
    close(): void {
      for (const e of tracked.values()) if (e.timer) clearTimeout(e.timer);
      tracked.clear();
      lastTouched.clear();
    },
  };
}
