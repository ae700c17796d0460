import { type RefObject, useEffect } from 'react';

/**
 * Reports the highest message seq that has been on screen (inside the scrolling transcript, with the
 * page visible). Each new message element is observed once.
 */
export function useMarkRead(
  container: RefObject<HTMLElement | null>,
  lastSeq: number,
  enabled: boolean,
  onRead: (seq: number) => void,
): void {
  useEffect(() => {
    const root = container.current;
    if (!enabled || !root || lastSeq === 0) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (document.visibilityState !== 'visible') return;
        let max = 0;
        for (const e of entries) {
          if (!e.isIntersecting) continue;
          const seq = Number((e.target as HTMLElement).dataset.seq);
          if (seq > max) max = seq;
        }
        if (max > 0) onRead(max);
      },
      { root, threshold: 0.5 },
    );
    for (const el of root.querySelectorAll<HTMLElement>('[data-seq]')) observer.observe(el);
    return () => observer.disconnect();
  }, [container, lastSeq, enabled, onRead]);
}
