/** Dollars as an agent types them ("86.40", "$1,200", "12") → integer cents; null when not an amount. */
export function parseCents(input: string): number | null {
  const text = input.trim().replace(/^\$/, '');
  // Commas only as thousands separators ("1,200.50"), never in the cents ("25,00" is refused).
  const match = /^(\d{1,9}|\d{1,3}(?:,\d{3}){1,2})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  return Number(match[1]!.replace(/,/g, '')) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Integer cents → "$1,234.56" (the input format of parseCents, with grouping). */
export function formatCents(cents: number, language = 'en'): string {
  return new Intl.NumberFormat(language.startsWith('es') ? 'es-US' : 'en-US', {
    style: 'currency',
    currency: 'USD',
  }).format(cents / 100);
}

/** Cents as a plain dollar amount for an input field: 8640 → "86.40". */
export function centsToInput(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** `2027-03-11` → "Mar 11, 2027" (a calendar day in the issuer's zone: no shift). */
export function formatDay(day: string, language = 'en'): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language.startsWith('es') ? 'es-US' : 'en-US', {
    timeZone: 'UTC',
    dateStyle: 'medium',
  }).format(date);
}

/** An instant in the issuer's zone (America/New_York). */
export function formatMoment(iso: string, language = 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language.startsWith('es') ? 'es-US' : 'en-US', {
    timeZone: 'America/New_York',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
