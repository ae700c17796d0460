/**
 * Group commit: items submitted while a batch is being written wait and go together in the next
 * one. Under light load a batch holds one item (no added latency); under heavy load the per-batch
 * cost (a transaction, a few statements) is shared by everything that queued meanwhile. Between
 * batches the event loop is given a turn, so sockets and heartbeats keep moving even when the
 * database (PGlite runs on this thread) is the bottleneck.
 *
 * Node-local by design: it only orders this node's own writes; correctness across nodes comes from
 * the row locks taken inside each batch.
 */
export class Batcher<I, O> {
  readonly #queue: Array<{ item: I; resolve: (o: O) => void; reject: (e: unknown) => void }> = [];
  #running = false;

  constructor(
    /** Writes a batch and returns, per item (same order), its result or the error for that item alone. */
    private readonly write: (items: I[]) => Promise<Array<O | Error>>,
    private readonly maxBatch = 256,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (!this.#running) void this.#drain();
    });
  }

  get waiting(): number {
    return this.#queue.length;
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, this.maxBatch);
        try {
          const results = await this.write(batch.map((b) => b.item));
          batch.forEach((b, i) => {
            const r = results[i];
            if (r instanceof Error) b.reject(r);
            else b.resolve(r as O);
          });
        } catch (err) {
          for (const b of batch) b.reject(err);
        }
        if (this.#queue.length > 0) await new Promise((r) => setImmediate(r));
      }
    } finally {
      this.#running = false;
    }
  }
}
