/** Dates and money as the issuer writes them: calendar days and times in America/New_York. */

const ISSUER_ZONE = 'America/New_York';

function locale(language: string): string {
  return language.startsWith('es') ? 'es-US' : 'en-US';
}

/** `2027-03-11` → "March 11, 2027" / "11 de marzo de 2027" (a calendar day: no zone shift). */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date);
}

/** An instant in the issuer's zone: "Mar 11, 2027, 3:04 PM". */
export function formatMoment(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: ISSUER_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** Integer cents → "$1,234.56". */
export function formatCents(cents: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'USD' }).format(cents / 100);
}
