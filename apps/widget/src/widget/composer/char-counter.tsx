import { useTranslation } from 'react-i18next';
import { announceThreshold, MAX_CHARS, SHOW_COUNTER_REMAINING } from './char-limit.ts';

/**
 * A visible counter near the limit, and a polite status that speaks only when a threshold is
 * crossed (500, 250, 100, 50, 10 and 0 characters left), so typing is not drowned in announcements.
 */
export function CharCounter({ id, length }: { id: string; length: number }) {
  const { t } = useTranslation();
  const remaining = Math.max(0, MAX_CHARS - length);
  const threshold = announceThreshold(remaining);
  const announcement =
    threshold === null
      ? ''
      : threshold === 0
        ? t('widget.limitReached', { max: MAX_CHARS })
        : t('widget.remaining', { count: threshold });
  return (
    <>
      <span id={id} className="cl-counter" data-near-limit={remaining <= SHOW_COUNTER_REMAINING}>
        {remaining <= SHOW_COUNTER_REMAINING ? t('widget.counter', { count: length, max: MAX_CHARS }) : ''}
      </span>
      <span className="cl-visually-hidden" role="status">
        {announcement}
      </span>
    </>
  );
}
