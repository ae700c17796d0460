import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy between clients and a test server that can cut every connection mid-stream, refuse
 * new ones for a while, or swallow what the server sends (so acknowledgements are lost).
 */
export class TcpProxy {
  readonly #pairs = new Set<{ client: Socket; upstream: Socket }>();
  #server: Server | null = null;
  #refusing = false;
  #blackholeDownstream = false;
  port = 0;

  constructor(private readonly targetPort: number) {}

  async start(): Promise<string> {
    this.#server = createServer((client) => {
      if (this.#refusing) {
        client.destroy();
        return;
      }
      const upstream = connect(this.targetPort, '127.0.0.1');
      const pair = { client, upstream };
      this.#pairs.add(pair);
      client.on('data', (chunk) => upstream.write(chunk));
      upstream.on('data', (chunk) => {
        if (!this.#blackholeDownstream) client.write(chunk);
      });
      const end = () => {
        this.#pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('error', end);
      upstream.on('error', end);
      client.on('close', end);
      upstream.on('close', end);
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    const addr = this.#server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : 0;
    return `http://127.0.0.1:${this.port}`;
  }

  /** Destroys every open connection at once, like a dropped network. */
  cut(): void {
    for (const { client, upstream } of this.#pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.#pairs.clear();
  }

  /** While true, new connections are closed at once (the client keeps retrying). */
  refuse(on: boolean): void {
    this.#refusing = on;
  }

  /** While true, bytes from the server are dropped: requests arrive, acknowledgements never do. */
  blackholeDownstream(on: boolean): void {
    this.#blackholeDownstream = on;
  }

  get openConnections(): number {
    return this.#pairs.size;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }
}

/** Polls until `check` passes or the time runs out (then rethrows its last failure). */
export async function eventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 10_000,
  stepMs = 25,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, stepMs));
    }
  }
}
