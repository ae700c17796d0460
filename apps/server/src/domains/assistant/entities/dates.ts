import * as chrono from 'chrono-node';
import type { DateEntity, EntityLang } from './types.ts';

/*
 * Dates: a specific day, absolute ("08/15", "Aug 9", "15 de agosto") or relative ("yesterday",
 * "last Tuesday", "hace 3 días"), resolved against `now` to ISO YYYY-MM-DD. Periods ("last week",
 * "in June", "este mes"), durations ("for 30 days", "5 to 7 business days"), times alone ("at 5pm"),
 * fractions ("3/4"), "24/7" and recurring days ("the 5th of every month") are not dates.
 *
 * chrono-node does the English parsing; its Spanish parser misses common forms ("hace 3 días",
 * "el viernes pasado", "anteayer", "5 de sept") and misreads others ("septiembre 5" as 2005), so
 * Spanish and the numeric forms are handled by rules here first and chrono fills in the rest.
 */

interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

interface Candidate {
  start: number;
  end: number;
  day: Day;
}

const DAY_MS = 86_400_000;

function today(now: Date): Day {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

function toUtc(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function addDays(day: Day, days: number): Day {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

function addMonths(day: Day, months: number): Day {
  const first = fromUtc(Date.UTC(day.y, day.m - 1 + months, 1));
  const last = fromUtc(Date.UTC(first.y, first.m, 0)).d;
  return { y: first.y, m: first.m, d: Math.min(day.d, last) };
}

function iso(day: Day): string {
  return `${String(day.y).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

function isValid(day: Day): boolean {
  if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > 31) return false;
  const check = fromUtc(toUtc(day));
  return check.y === day.y && check.m === day.m && check.d === day.d;
}

/** A month/day without a year: the occurrence closest to today (as chrono does). */
function closestYear(m: number, d: number, now: Day): Day | null {
  let best: Day | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const y of [now.y - 1, now.y, now.y + 1]) {
    const day = { y, m, d };
    if (!isValid(day)) continue;
    const distance = Math.abs(toUtc(day) - toUtc(now));
    if (distance < bestDistance) {
      best = day;
      bestDistance = distance;
    }
  }
  return best;
}

/** A day of the month without month ("on the 14th", "el 14"): the closest occurrence. */
function closestMonth(d: number, now: Day): Day | null {
  let best: Day | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const offset of [-1, 0, 1]) {
    const first = fromUtc(Date.UTC(now.y, now.m - 1 + offset, 1));
    const day = { y: first.y, m: first.m, d };
    if (!isValid(day)) continue;
    const distance = Math.abs(toUtc(day) - toUtc(now));
    if (distance < bestDistance) {
      best = day;
      bestDistance = distance;
    }
  }
  return best;
}

function expandYear(raw: string): number {
  const year = Number(raw);
  return raw.length === 2 ? 2000 + year : year;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const MONTHS_ES: Record<string, number> = {
  enero: 1,
  ene: 1,
  febrero: 2,
  feb: 2,
  marzo: 3,
  mar: 3,
  abril: 4,
  abr: 4,
  mayo: 5,
  junio: 6,
  jun: 6,
  julio: 7,
  jul: 7,
  agosto: 8,
  ago: 8,
  septiembre: 9,
  setiembre: 9,
  sept: 9,
  sep: 9,
  set: 9,
  octubre: 10,
  oct: 10,
  noviembre: 11,
  nov: 11,
  diciembre: 12,
  dic: 12,
};

const WEEKDAYS_ES: Record<string, number> = {
  domingo: 0,
  lunes: 1,
  martes: 2,
  miércoles: 3,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sábado: 6,
  sabado: 6,
};

const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
};

const COUNT_WORDS_EN: Record<string, number> = {
  ...COUNT_WORDS,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

const MONTH_ES_ALT = Object.keys(MONTHS_ES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WEEKDAY_ES_ALT = Object.keys(WEEKDAYS_ES).join('|');

/** Words before a weekday that point to the future ("schedule it for Friday", "by Friday"). */
function futureBefore(before: string): boolean {
  return (
    /\b(?:next|coming|by|before|until|till|due|para(?:\s+el)?|antes del?|hasta el)\s*(?:on\s+)?(?:the\s+|el\s+)?$/i.test(
      before,
    ) ||
    /(?:\b(?:schedul\w*|will|going to|gonna|programa\w*|program\w*|set up|plan\w*|book\w*|reserv\w*|voy a|vamos a|get(?:ting)? paid|payday|me pagan|nos pagan|cobro|(?:i'?m|i am|we'?re|we are) (?:traveling|travelling|flying|leaving)|viajo|salgo|me voy|open)\b|['’]ll\b)/i.test(
      before,
    )
  );
}

/** The most recent `weekday` strictly before today (past) or the next one after today (future). */
function weekdayFrom(now: Day, weekday: number, direction: 'past' | 'future' | 'nearest-past'): Day {
  const current = new Date(toUtc(now)).getUTCDay();
  if (direction === 'future') {
    const ahead = (weekday - current + 7) % 7 || 7;
    return addDays(now, ahead);
  }
  const back = (current - weekday + 7) % 7;
  return addDays(now, -(direction === 'nearest-past' ? back : back || 7));
}

/** Words before a day of the month that make it a recurring day (pay day, every month). */
const HABITUAL_EN =
  /\b(?:(?:get|gets|getting|am|are|is)\s+paid|payday|paycheck\w*|every|each|usually|always|due date|lands|falls|check (?:comes|arrives|hits))\b[^.?!]*$/i;
const HABITUAL_ES =
  /\b(?:me pagan|nos pagan|pagan|cobro|cobramos|quincena|cada|todos los|siempre)\b[^.?!]*$/i;

// ---------------------------------------------------------------------------------------------
// Rules shared by both languages: numeric dates.

/** 08/15, 8/15/2025, 15/08/25 (Spanish order), ISO 2025-08-15. */
function numericDates(text: string, lang: EntityLang | undefined, now: Day): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(/(?<![\d/.,$€])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/%])/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const after = text.slice(end, end + 8);
    const before = text.slice(Math.max(0, start - 14), start);
    if (match[0] === '24/7' || match[0] === '50/50') continue;
    if (/^\s*(?:of|de|cup|taza|tsp|tbsp|oz|inch|in\b)/i.test(after)) continue;
    if (/(?:exp\w*|vence la tarjeta|valid thru)\s*:?\s*$/i.test(before)) continue;
    const a = Number(match[1]);
    const b = Number(match[2]);
    // English writes month/day, Spanish day/month; an impossible month settles the order.
    let m = lang === 'es' ? b : a;
    let d = lang === 'es' ? a : b;
    if (m > 12 && d <= 12) [m, d] = [d, m];
    const day = match[3] ? { y: expandYear(match[3]), m, d } : closestYear(m, d, now);
    if (!day || !isValid(day)) continue;
    out.push({ start, end, day });
  }
  // Dashes after a date cue: "on 9-14", "el 14-09-2025" (not "3-4 days", phone or case numbers).
  for (const match of text.matchAll(
    /(?<=\b(?:on|el|del|from|since|dated|de)\s+)(\d{1,2})-(\d{1,2})(?:-(\d{4}|\d{2}))?(?![\d-])(?!\s*(?:days?|d[ií]as|weeks?|semanas|hours?|horas|months?|meses))/gi,
  )) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    let m = lang === 'es' ? b : a;
    let d = lang === 'es' ? a : b;
    if (m > 12 && d <= 12) [m, d] = [d, m];
    const day = match[3] ? { y: expandYear(match[3]), m, d } : closestYear(m, d, now);
    if (!day || !isValid(day)) continue;
    out.push({ start: match.index, end: match.index + match[0].length, day });
  }
  for (const match of text.matchAll(/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g)) {
    const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
    if (day.y < 1990 || !isValid(day)) continue;
    out.push({ start: match.index, end: match.index + match[0].length, day });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Spanish rules.

function spanishDates(text: string, now: Day): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, day: Day | null) => {
    if (day && isValid(day)) out.push({ start, end, day });
  };
  const count = (raw: string) => COUNT_WORDS[raw.toLowerCase()] ?? Number(raw);

  // "15 de agosto (de 2025)", "15 ago", "el 3 de julio"
  const dayMonth = new RegExp(
    String.raw`(?<![\p{L}\d])(\d{1,2})(?:\s+de)?\s+(${MONTH_ES_ALT})\.?(?:\s+(?:de(?:l)?\s+)?(\d{4}))?(?![\p{L}])`,
    'giu',
  );
  for (const match of text.matchAll(dayMonth)) {
    const m = MONTHS_ES[match[2]!.toLowerCase()]!;
    const d = Number(match[1]);
    // "3 mar" is fine, but "2 mar" could be "dos mar(es)"; the abbreviations need "de" or a dot.
    if (
      match[2]!.length <= 4 &&
      !/\sde\s/i.test(match[0]) &&
      !/^(ago|sept?|oct|nov|dic|ene|feb|abr|jun|jul)$/i.test(match[2]!)
    )
      continue;
    push(
      match.index,
      match.index + match[0].length,
      match[3] ? { y: Number(match[3]), m, d } : closestYear(m, d, now),
    );
  }
  // "agosto 15", "septiembre 5 de 2024"
  const monthDay = new RegExp(
    String.raw`(?<![\p{L}])(${MONTH_ES_ALT})\.?\s+(\d{1,2})(?![\d:])(?:,?\s+(?:de\s+)?(\d{4}))?`,
    'giu',
  );
  for (const match of text.matchAll(monthDay)) {
    if (match[1]!.length <= 4 && !/^(ago|sept?|oct|nov|dic|ene|feb|abr|jun|jul)$/i.test(match[1]!)) continue;
    const m = MONTHS_ES[match[1]!.toLowerCase()]!;
    const d = Number(match[2]);
    push(
      match.index,
      match.index + match[0].length,
      match[3] ? { y: Number(match[3]), m, d } : closestYear(m, d, now),
    );
  }
  // "hace 3 días", "hace dos semanas"
  for (const match of text.matchAll(
    /\bhace\s+(\d{1,2}|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(d[ií]as?|semanas?)\b/giu,
  )) {
    const n = count(match[1]!);
    const days = /^d/i.test(match[2]!) ? n : n * 7;
    push(match.index, match.index + match[0].length, addDays(now, -days));
  }
  // "hace un mes": the same day a month back.
  for (const match of text.matchAll(/\bhace\s+un\s+mes(?![\p{L}])/giu)) {
    push(match.index, match.index + match[0].length, addMonths(now, -1));
  }
  // "dentro de 3 días", "en 3 días"; not "en 7 días hábiles" (a delivery time).
  for (const match of text.matchAll(
    /\b(?:dentro de|en)\s+(\d{1,2}|dos|tres|cuatro|cinco)\s+d[ií]as\b(?!\s+h[aá]biles)/giu,
  )) {
    push(match.index, match.index + match[0].length, addDays(now, count(match[1]!)));
  }
  const relative: [RegExp, number][] = [
    [/\b(?:anteayer|antier|antes de ayer)\b/giu, -2],
    [/\bayer(?:\s+(?:en la|por la)\s+(?:mañana|tarde|noche))?(?![\p{L}])/giu, -1],
    [/\banoche\b/giu, -1],
    [/\bhoy(?![\p{L}])/giu, 0],
    [/\besta\s+(?:mañana|tarde|noche)(?![\p{L}])/giu, 0],
    [/\bpasado\s+mañana(?![\p{L}])/giu, 2],
  ];
  for (const [pattern, offset] of relative) {
    for (const match of text.matchAll(pattern))
      push(match.index, match.index + match[0].length, addDays(now, offset));
  }
  // "mañana" = tomorrow, unless it is the morning ("esta mañana", "en la mañana", "por la mañana").
  for (const match of text.matchAll(/(?<![\p{L}])mañana(?![\p{L}])/giu)) {
    const before = text.slice(Math.max(0, match.index - 12), match.index).toLowerCase();
    if (/(?:esta|la|pasado|de)\s+$/.test(before)) continue;
    push(match.index, match.index + match[0].length, addDays(now, 1));
  }
  // Weekdays: "el martes pasado", "el próximo lunes", "el lunes que viene", "el viernes".
  const weekday = new RegExp(
    String.raw`(?<![\p{L}])(?:el\s+)?(pr[oó]ximo\s+)?(${WEEKDAY_ES_ALT})(?![\p{L}])(\s+(?:pasado|que viene|pr[oó]ximo|que entra))?`,
    'giu',
  );
  for (const match of text.matchAll(weekday)) {
    const wd = WEEKDAYS_ES[match[2]!.toLowerCase()]!;
    const suffix = (match[3] ?? '').trim().toLowerCase();
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    let direction: 'past' | 'future' | 'nearest-past';
    if (match[1] || /que viene|pr[oó]ximo|que entra/.test(suffix)) direction = 'future';
    else if (suffix === 'pasado') direction = 'past';
    else direction = futureBefore(before) ? 'future' : 'nearest-past';
    push(match.index, match.index + match[0].length, weekdayFrom(now, wd, direction));
  }
  // A day of the month: "pagué el 14", "el día 5". Not "al 15", "el 5 de cada mes", "el 14%".
  for (const match of text.matchAll(
    /(?<![\p{L}])el\s+(?:d[ií]a\s+)?(\d{1,2})(?![\d.,:%/])(?!\s*(?:de\s+cada|de\s+todos|de\s+(?:\p{L})|d[ií]as|mes|años|a[ñn]os|puntos|veces|horas|minutos|por\s*ciento|d[oó]lares|pesos|€|\$))/giu,
  )) {
    const d = Number(match[1]);
    if (d < 1 || d > 31) continue;
    // "me pagan el 10", "cobro el 15": a recurring day, not a date.
    if (HABITUAL_ES.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    push(match.index, match.index + match[0].length, closestMonth(d, now));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// English rules chrono does not cover.

function englishDates(text: string, now: Day): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(/\b(?:the\s+)?day before yesterday\b/gi)) {
    out.push({ start: match.index, end: match.index + match[0].length, day: addDays(now, -2) });
  }
  // "ten days ago", "two weeks ago" written in words (chrono reads only some of them).
  for (const match of text.matchAll(
    /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(days?|weeks?)\s+ago\b/gi,
  )) {
    const n = COUNT_WORDS_EN[match[1]!.toLowerCase()] ?? Number(match[1]);
    const days = /^d/i.test(match[2]!) ? n : n * 7;
    out.push({ start: match.index, end: match.index + match[0].length, day: addDays(now, -days) });
  }
  // "on the 14th" (a specific day), not "the 5th of every month" (a recurring day).
  for (const match of text.matchAll(
    /\bon\s+(the\s+(\d{1,2})(?:st|nd|rd|th))\b(?!\s+of\s+(?:each|every|the)\s+month)(?!\s+of\s+[A-Z])(?!\s+(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*day)/gi,
  )) {
    const d = Number(match[2]);
    // "I get paid on the 10th", "every month on the 5th": a recurring day, not a date.
    if (HABITUAL_EN.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    const day = closestMonth(d, now);
    const start = match.index + match[0].indexOf(match[1]!);
    if (day) out.push({ start, end: start + match[1]!.length, day });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// chrono-node, filtered to specific days.

const PERIOD_WORDS =
  /\b(?:weeks?|weekends?|months?|years?|quarters?|hours?|minutes?|semanas?|mes|meses|años|fin de semana|trimestre|horas?|minutos?)\b/i;
const AGO = /\b(?:ago|hace)\b/i;
const DURATION_START = /^(?:for|within|in the next|over|durante|por|dentro de)\b/i;
/** chrono readings that are not a day: "now", "the next day", "a weekday", "sat" (the verb). */
const NOT_A_DAY =
  /^(?:(?:[Rr]ight\s+)?[Nn]ow|NOW|[Aa]hora(?:\s+mismo)?|[Aa]horita|(?:[Tt]he\s+)?(?:[Ll]ast|[Nn]ext|[Ss]ame|[Ff]ollowing|[Pp]revious|[Oo]ther)\s+day|[Ww]eekdays?|(?:on\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?)$/;

const RELATIVE_DAY =
  /\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night|ago|hoy|ayer|mañana|anoche)\b/i;

function chronoDates(text: string, lang: EntityLang, reference: Date, now: Day): Candidate[] {
  const parser = lang === 'es' ? chrono.es : chrono.en;
  const out: Candidate[] = [];
  for (const result of parser.parse(text, reference)) {
    const phrase = result.text;
    const start = result.index;
    const end = start + phrase.length;
    if (/^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(phrase)) continue; // numeric: handled above
    // Inside a word ("Mar" in "María"): chrono's boundaries are ASCII-only.
    if (/\p{L}/u.test(text[start - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
    if (NOT_A_DAY.test(phrase)) continue;
    if (/\b(?:before|after|antes|después)\b/i.test(phrase) && !/yesterday|tomorrow|ayer|mañana/i.test(phrase))
      continue;
    // "every Friday", "the 3rd Wednesday", "cada lunes": recurring days.
    if (
      /(?:\b(?:every|each|cada|todos los)|\d(?:st|nd|rd|th)|\b(?:first|second|third|fourth))\s+$/i.test(
        text.slice(Math.max(0, start - 16), start),
      )
    )
      continue;
    if (DURATION_START.test(phrase)) continue;
    if (PERIOD_WORDS.test(phrase) && !AGO.test(phrase)) continue;
    if (AGO.test(phrase)) {
      // "3 days ago", "two weeks ago", "a month ago" are days; "a few days ago", "two years ago",
      // "20 minutes ago" are not.
      if (/\b(?:few|couple|several|some|unos|algunos|varios)\b/i.test(phrase)) continue;
      if (/\b(?:hours?|minutes?|seconds?|years?|horas?|minutos?|segundos?|años)\b/i.test(phrase)) continue;
      if (/\bmonths\b|\bmeses\b/i.test(phrase)) continue;
    }
    if (/\b(?:business days?|h[aá]biles)\b/i.test(text.slice(end, end + 16))) continue;
    const known = result.start;
    const specificDay = known.isCertain('day') || known.isCertain('weekday') || RELATIVE_DAY.test(phrase);
    if (!specificDay) continue;
    if (known.isCertain('year') && (known.get('year') ?? 0) < 1990) continue;
    let day: Day = {
      y: known.get('year') ?? now.y,
      m: known.get('month') ?? now.m,
      d: known.get('day') ?? now.d,
    };
    // A bare weekday ("on Friday") is a past day unless a cue points to the future.
    if (
      known.isCertain('weekday') &&
      !known.isCertain('day') &&
      !/\b(?:last|next|this|past|coming)\b/i.test(phrase)
    ) {
      const before = text.slice(Math.max(0, start - 30), start);
      const wd = known.get('weekday') ?? 0;
      day = weekdayFrom(now, wd, futureBefore(before) ? 'future' : 'nearest-past');
    }
    if (!isValid(day)) continue;
    out.push({ start, end, day });
  }
  return out;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const SPANISH_WORDS =
  /(?<![\p{L}])(?:el|la|los|las|de|del|que|qué|me|mi|por|para|cargo|cobraron|cobró|pagué|pago|tarjeta|hace|ayer|hoy|y|en|no|es|un|una)(?![\p{L}])/giu;
const ENGLISH_WORDS =
  /\b(?:the|a|an|of|my|me|i|to|for|on|at|is|was|and|charge|charged|paid|payment|card|yesterday|today|it|this|that)\b/gi;

/** A rough language guess for the day/month order of numeric dates when no language is given. */
function guessLang(text: string): EntityLang {
  const es = text.match(SPANISH_WORDS)?.length ?? 0;
  const en = text.match(ENGLISH_WORDS)?.length ?? 0;
  return es > en ? 'es' : 'en';
}

export function extractDates(text: string, lang: EntityLang | undefined, reference: Date): DateEntity[] {
  const now = today(reference);
  const ordered: Candidate[][] = [numericDates(text, lang ?? guessLang(text), now)];
  if (lang !== 'en') ordered.push(spanishDates(text, now));
  if (lang !== 'es') ordered.push(englishDates(text, now));
  if (lang !== 'es') ordered.push(chronoDates(text, 'en', reference, now));
  if (lang !== 'en') ordered.push(chronoDates(text, 'es', reference, now));
  // Spanglish: English month names inside Spanish text ("el Aug 9").
  if (lang === 'es')
    ordered.push(
      chronoDates(text, 'en', reference, now).filter(
        (c) => /[a-z]{3}/i.test(text.slice(c.start, c.end)) && !/\d\/\d/.test(text.slice(c.start, c.end)),
      ),
    );
  const chosen: Candidate[] = [];
  // "buenas noches, hasta mañana", "see you tomorrow!": a farewell closing a short message, not a day.
  const farewell = (c: Candidate) =>
    text.length < 60 &&
    /^[\s!.,]*$/.test(text.slice(c.end)) &&
    /(?:hasta|see you|talk to you|ttyl)\s+$/i.test(text.slice(0, c.start)) &&
    /^(?:mañana|tomorrow)$/i.test(text.slice(c.start, c.end));
  for (const group of ordered) {
    // Within a group, longer mentions first ("el martes pasado" over "martes").
    for (const candidate of [...group].sort((a, b) => b.end - b.start - (a.end - a.start))) {
      if (farewell(candidate) || chosen.some((c) => overlaps(c, candidate))) continue;
      chosen.push(candidate);
    }
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map((c) => ({
      type: 'date',
      value: iso(c.day),
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
    }));
}
