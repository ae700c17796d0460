/**
 * Optional instrumentation (BENCH_TRACE_SQL=1) of the server's PGlite instance, from the outside:
 * counts statements by SQL text and transactions, and times the wire-protocol calls into the WASM
 * Postgres (execProtocolStream), i.e. the time the database held the server's only thread.
 */
interface PGliteLike {
  query(sql: string, params?: unknown[], options?: unknown): Promise<{ rows: unknown[] }>;
  transaction<T>(fn: (tx: PGliteLike) => Promise<T>): Promise<T>;
  execProtocolStream(message: Uint8Array, options?: unknown): Promise<unknown>;
}

export interface SqlTrace {
  statements: number;
  transactions: number;
  /** Calls into the WASM Postgres (a statement takes several: parse, describe, bind, execute, sync). */
  protocolCalls: number;
  protocolMs: number;
  top: Array<{ sql: string; count: number; rows: number }>;
}

export function traceSql(client: PGliteLike): { read(): SqlTrace; reset(): void } {
  const bySql = new Map<string, { count: number; rows: number }>();
  let statements = 0;
  let transactions = 0;
  let protocolCalls = 0;
  let protocolMs = 0;
  const note = (sql: string, rows: number) => {
    statements++;
    const e = bySql.get(sql) ?? { count: 0, rows: 0 };
    e.count++;
    e.rows += rows;
    bySql.set(sql, e);
  };
  const wrapQuery = (target: PGliteLike) => {
    const query = target.query.bind(target);
    target.query = async (sql, params, options) => {
      const result = await query(sql, params, options);
      note(sql, result.rows.length);
      return result;
    };
  };
  wrapQuery(client);
  const transaction = client.transaction.bind(client);
  client.transaction = (fn) =>
    transaction((tx) => {
      transactions++;
      wrapQuery(tx);
      return fn(tx);
    });
  const exec = client.execProtocolStream.bind(client);
  client.execProtocolStream = async (message, options) => {
    const t = performance.now();
    try {
      return await exec(message, options);
    } finally {
      protocolCalls++;
      protocolMs += performance.now() - t;
    }
  };
  return {
    read: () => ({
      statements,
      transactions,
      protocolCalls,
      protocolMs: Math.round(protocolMs),
      top: [...bySql]
        .sort((a, b) => b[1].count - a[1].count)
        .slice(0, 12)
        .map(([sql, e]) => ({ sql: sql.replace(/\s+/g, ' ').slice(0, 160), count: e.count, rows: e.rows })),
    }),
    reset: () => {
      bySql.clear();
      statements = transactions = protocolCalls = protocolMs = 0;
    },
  };
}
