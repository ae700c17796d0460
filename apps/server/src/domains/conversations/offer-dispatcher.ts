import type { Logger } from '../../platform/logger.ts';

/**
 * Drives push offers on one node: a pass expires the offers past their deadline, then offers what
 * is waiting. Passes run one at a time; `kick()` (a chat entered a queue, an agent freed a slot or
 * came online, an offer was declined) asks for a pass soon, coalescing bursts; a timer runs one
 * every `sweepMs` regardless (deadlines, overflow rules coming due, kicks on other nodes). Every
 * node runs its own: the service's row locks make concurrent passes safe.
 */
export function createOfferDispatcher(deps: {
  conversations: { sweepOffers(): Promise<number>; offerWaiting(): Promise<number> };
  logger: Logger;
  sweepMs: number;
}) {
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  let soon: NodeJS.Timeout | null = null;

  async function pass() {
    do {
      again = false;
      try {
        await deps.conversations.sweepOffers();
        await deps.conversations.offerWaiting();
      } catch (err) {
        if (!closed) deps.logger.warn({ err }, 'offer pass failed');
      }
    } while (again && !closed);
  }

  function run() {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = pass().finally(() => {
      running = null;
    });
  }

  function kick() {
    if (closed || soon) return;
    soon = setTimeout(() => {
      soon = null;
      run();
    }, 20);
    soon.unref();
  }

  const timer = setInterval(run, deps.sweepMs);
  timer.unref();

  return {
    kick,
    /** Stops the timers and waits for a pass in progress. */
    async close() {
      closed = true;
      clearInterval(timer);
      if (soon) clearTimeout(soon);
      await running;
    },
  };
}
