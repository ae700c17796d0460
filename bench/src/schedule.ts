/**
 * Open-loop load: every target sends on its own timer, with the mean interval that makes the
 * aggregate `totalRate` messages a second, each gap jittered uniformly in [0.5, 1.5] of the mean
 * and scheduled against absolute time (a late timer is caught up, so the offered load does not
 * drift down when the event loop is busy). The first send of each target is uniform in [0, mean),
 * so the aggregate rate holds from the start. Resolves at `until`, when every timer is cleared.
 */
export function openLoop<T>(
  targets: readonly T[],
  totalRate: number,
  until: number,
  send: (target: T, now: number) => void,
): Promise<void> {
  if (targets.length === 0 || totalRate <= 0) return Promise.resolve();
  const interval = (1000 * targets.length) / totalRate;
  const start = performance.now();
  const timers = new Array<NodeJS.Timeout | undefined>(targets.length);
  targets.forEach((target, i) => {
    let next = start + Math.random() * interval;
    const tick = () => {
      const now = performance.now();
      if (now >= until) return;
      send(target, now);
      next += interval * (0.5 + Math.random());
      timers[i] = setTimeout(tick, Math.max(0, next - performance.now()));
    };
    timers[i] = setTimeout(tick, next - start);
  });
  return new Promise((resolve) =>
    setTimeout(
      () => {
        for (const t of timers) clearTimeout(t);
        resolve();
      },
      Math.max(0, until - performance.now()),
    ),
  );
}
