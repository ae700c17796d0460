/** A tiny typed event emitter that works the same in browsers and Node. */
type Listener = (...args: never[]) => void;
type Args<F> = F extends (...args: infer A) => void ? A : never;

export class Emitter<Events extends object> {
  readonly #listeners = new Map<keyof Events, Set<Listener>>();

  on<K extends keyof Events>(event: K, listener: Events[K] & Listener): () => void {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    set.add(listener);
    return () => this.off(event, listener);
  }

  off<K extends keyof Events>(event: K, listener: Events[K] & Listener): void {
    this.#listeners.get(event)?.delete(listener);
  }

  protected emit<K extends keyof Events>(event: K, ...args: Args<Events[K]>): void {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) {
      try {
        (listener as unknown as (...a: Args<Events[K]>) => void)(...args);
      } catch (err) {
        // A listener's bug must not break delivery to the others.
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  }
}
