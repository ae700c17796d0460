/** The messages exchanged with the benchmark's child processes over Node's IPC channel. */

export type ServerRequest =
  | { id: number; type: 'customers'; count: number }
  | { id: number; type: 'agents'; count: number }
  | { id: number; type: 'stats' }
  | { id: number; type: 'profile-start' }
  | { id: number; type: 'profile-stop' }
  | { id: number; type: 'sql-trace-reset' }
  | { id: number; type: 'sql-trace' }
  | { id: number; type: 'shutdown' };

export interface CustomerCredentials {
  token: string;
  cardAccountId: string;
}

export interface AgentCredentials {
  email: string;
  password: string;
  /** The TOTP code current when the agent was created (valid for about a minute, and only once). */
  totp: string;
}

/** What a child reports about itself (all cumulative; the parent takes differences). */
export interface ChildStats {
  pid: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** process.cpuUsage(): microseconds. */
  cpuUserUs: number;
  cpuSystemUs: number;
  /** performance.eventLoopUtilization(): cumulative idle/active milliseconds. */
  eluIdleMs: number;
  eluActiveMs: number;
  /** Event-loop delay since the last reset (monitorEventLoopDelay), milliseconds. */
  loopDelayP99Ms: number | null;
  loopDelayMaxMs: number | null;
  /** Open connections: engine.io clients and sockets per namespace (Clearline only). */
  connections: { engine: number; customer?: number; agent?: number };
  /** Clearline's own counters (Clearline only). */
  clearline?: {
    messagesStored: Record<string, number>;
    errorsByCode: Record<string, number>;
    duplicateSends: number;
    /** Server-side time from receiving message.send to sending its ack. */
    sendAck: { count: number; sumMs: number; over50ms: number; over250ms: number };
  };
}

export type ChildReply = { id: number; ok: true; data: unknown } | { id: number; ok: false; error: string };

/** The first message a child sends once it listens. */
export interface ChildReady {
  type: 'ready';
  url: string;
  pid: number;
}
