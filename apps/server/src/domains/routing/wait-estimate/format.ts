/**
 * Display text for the estimated wait, in English and Spanish ("about 3–6 minutes" / "unos 3–6 minutos").
 * The range is rounded outwards (low down, high up) to a step that grows with the wait: 1 minute up to
 * 10 minutes, 5 minutes up to an hour, 15 minutes beyond, so the shown range never claims more precision
 * than the estimate has and never becomes narrower than the estimate. The widget announces the text in a
 * polite live region (WCAG 4.1.3), so the strings are complete sentences fragments without symbols that
 * screen readers mispronounce (the en dash is read as "to"; `ariaText` spells it out anyway).
 */
import type { WaitEstimate } from './estimator.ts';

export type WaitLocale = 'en' | 'es';

export type DisplayWait =
  | { kind: 'shortly' }
  | { kind: 'under-a-minute' }
  | { kind: 'under'; minutes: number }
  | { kind: 'range'; lowMinutes: number; highMinutes: number }
  | { kind: 'over'; minutes: number };

function stepFor(minutes: number): number {
  if (minutes <= 10) return 1;
  if (minutes <= 60) return 5;
  return 15;
}

/** Rounds an estimate for display (see header). */
export function roundForDisplay(estimate: WaitEstimate): DisplayWait {
  if (estimate.kind === 'unknown') return { kind: 'shortly' };
  const lowMin = Math.max(0, estimate.lowSeconds / 60);
  const highMin = Math.max(lowMin, estimate.highSeconds / 60);
  if (highMin <= 1) return { kind: 'under-a-minute' };
  if (lowMin >= 120) return { kind: 'over', minutes: 120 };
  const hiStep = stepFor(highMin);
  let high = Math.ceil(highMin / hiStep - 1e-9) * hiStep;
  const loStep = stepFor(lowMin);
  const low = Math.floor(lowMin / loStep + 1e-9) * loStep;
  if (high > 120) {
    return low >= 60 ? { kind: 'over', minutes: 60 } : { kind: 'over', minutes: Math.max(low, 1) };
  }
  if (low === 0) return { kind: 'under', minutes: high };
  if (high <= low) high = low + hiStep;
  return { kind: 'range', lowMinutes: low, highMinutes: high };
}

function minutesWord(n: number, locale: WaitLocale): string {
  if (locale === 'es') return n === 1 ? 'minuto' : 'minutos';
  return n === 1 ? 'minute' : 'minutes';
}

function overText(minutes: number, locale: WaitLocale): string {
  if (minutes === 120) return locale === 'es' ? 'más de 2 horas' : 'more than 2 hours';
  if (minutes === 60) return locale === 'es' ? 'más de una hora' : 'more than an hour';
  return locale === 'es'
    ? `más de ${minutes} ${minutesWord(minutes, locale)}`
    : `more than ${minutes} ${minutesWord(minutes, locale)}`;
}

/** "about 3–6 minutes", "less than a minute", "we'll be with you shortly" (and Spanish). */
export function formatWait(estimate: WaitEstimate, locale: WaitLocale = 'en', separator = '–'): string {
  const d = roundForDisplay(estimate);
  switch (d.kind) {
    case 'shortly':
      return locale === 'es' ? 'le atenderemos en breve' : "we'll be with you shortly";
    case 'under-a-minute':
      return locale === 'es' ? 'menos de un minuto' : 'less than a minute';
    case 'under':
      return locale === 'es'
        ? `menos de ${d.minutes} ${minutesWord(d.minutes, locale)}`
        : `less than ${d.minutes} ${minutesWord(d.minutes, locale)}`;
    case 'range':
      return locale === 'es'
        ? `unos ${d.lowMinutes}${separator}${d.highMinutes} minutos`
        : `about ${d.lowMinutes}${separator}${d.highMinutes} minutes`;
    case 'over':
      return overText(d.minutes, locale);
  }
}

/** Queue position text: "you're next" / "you're number 3 in line". */
export function formatPosition(position: number, locale: WaitLocale = 'en'): string {
  if (position <= 1) return locale === 'es' ? 'es el siguiente' : "you're next";
  return locale === 'es' ? `está en el puesto ${position} de la fila` : `you're number ${position} in line`;
}

/** One sentence for the live region: position and wait, with the range spelled out ("3 to 6"). */
export function formatWaitAnnouncement(
  position: number,
  estimate: WaitEstimate,
  locale: WaitLocale = 'en',
): string {
  const pos = formatPosition(position, locale);
  const cap = pos.charAt(0).toUpperCase() + pos.slice(1);
  if (estimate.kind === 'unknown') {
    return locale === 'es' ? `${cap}. Le atenderemos en breve.` : `${cap}. We'll be with you shortly.`;
  }
  const wait = formatWait(estimate, locale, locale === 'es' ? ' a ' : ' to ');
  return locale === 'es' ? `${cap}. Espera estimada: ${wait}.` : `${cap}. Estimated wait: ${wait}.`;
}
