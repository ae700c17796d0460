import type { Message } from '@clearline/protocol';

/**
 * One conversation's messages as the user sees them: each seq once, in order, no gaps. Messages that
 * arrive ahead of a gap wait until the gap is filled (from the server's history).
 */
export class Timeline {
  readonly messages: Message[] = [];
  readonly #ahead = new Map<number, Message>();

  get lastSeq(): number {
    return this.messages.at(-1)?.seq ?? 0;
  }

  /** True when messages are waiting behind a gap. */
  get hasGap(): boolean {
    return this.#ahead.size > 0;
  }

  /** Adds what arrived; returns the messages that became displayable, in order. */
  ingest(incoming: readonly Message[]): Message[] {
    for (const m of incoming) {
      if (m.seq > this.lastSeq) this.#ahead.set(m.seq, m);
    }
    const released: Message[] = [];
    for (let next = this.#ahead.get(this.lastSeq + 1); next; next = this.#ahead.get(this.lastSeq + 1)) {
      this.#ahead.delete(next.seq);
      this.messages.push(next);
      released.push(next);
    }
    return released;
  }
}
