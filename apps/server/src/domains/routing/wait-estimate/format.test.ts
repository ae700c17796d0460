import { describe, expect, it } from 'vitest';
import type { WaitEstimate } from './estimator.ts';
import { formatPosition, formatWait, formatWaitAnnouncement, roundForDisplay } from './format.ts';

const r = (low: number, high: number): WaitEstimate => ({
  kind: 'range',
  lowSeconds: low,
  highSeconds: high,
  pointSeconds: (low + high) / 2,
});

describe('formatWait', () => {
  it.each([
    [r(200, 350), 'about 3–6 minutes', 'unos 3–6 minutos'],
    [r(0, 40), 'less than a minute', 'menos de un minuto'],
    [r(10, 150), 'less than 3 minutes', 'menos de 3 minutos'],
    [r(65, 90), 'about 1–2 minutes', 'unos 1–2 minutos'],
    [r(180, 180), 'about 3–4 minutes', 'unos 3–4 minutos'],
    [r(14 * 60, 23 * 60), 'about 10–25 minutes', 'unos 10–25 minutos'],
    [r(3 * 3600, 4 * 3600), 'more than 2 hours', 'más de 2 horas'],
    [{ kind: 'unknown', reason: 'no-agents' }, "we'll be with you shortly", 'le atenderemos en breve'],
  ] as [WaitEstimate, string, string][])('%j', (e, en, es) => {
    expect(formatWait(e, 'en')).toBe(en);
    expect(formatWait(e, 'es')).toBe(es);
  });

  it('never shows a range narrower than the estimate', () => {
    for (let low = 0; low < 7200; low += 37) {
      for (const width of [10, 60, 200, 900]) {
        const d = roundForDisplay(r(low, low + width));
        if (d.kind === 'range') {
          expect(d.lowMinutes * 60).toBeLessThanOrEqual(low);
          expect(d.highMinutes * 60).toBeGreaterThanOrEqual(low + width);
        }
      }
    }
  });

  it('announces position and wait in one sentence', () => {
    expect(formatWaitAnnouncement(3, r(200, 350))).toBe(
      "You're number 3 in line. Estimated wait: about 3 to 6 minutes.",
    );
    expect(formatWaitAnnouncement(1, { kind: 'unknown', reason: 'no-agents' }, 'es')).toBe(
      'Es el siguiente. Le atenderemos en breve.',
    );
    expect(formatPosition(4, 'es')).toBe('está en el puesto 4 de la fila');
  });
});
