/**
 * Passwords: "my password is X", "password: X", "pw: X", "mi contraseña es X", "clave de acceso: X",
 * "X is my password". The span covers the secret only (quotes and trailing sentence punctuation excluded).
 */
import type { KeywordKind } from './lexicon.ts';
import type { Normalized } from './normalize.ts';
import type { ProtectedRange, RangeIndex } from './protected-tokens.ts';
import { hitIndexByToken, type KeywordHit, type Token } from './tokens.ts';
import type { Detection } from './types.ts';

const QUALIFIERS = new Set(
  (
    'for para of de del la el my mi the your tu su online app account cuenta banking login web internet portal ' +
    'site sitio website acceso new nueva nuevo current actual temporary temporal old vieja viejo banca en linea ' +
    'mobile movil email correo bank banco to a al this esta este that'
  ).split(' '),
);
const CONNECTOR_WORDS = new Set(['is', 'es', 'was', 'era', 'sera', 'seria', 'are', 'son', 'equals', 'reads']);
const AFTER_CONNECTOR = new Set(
  'still now just literally actually simply todavia ahora aun currently basically probably set'.split(' '),
);
const CHANGE_VERBS = new Set(
  'changed change set reset updated update cambie cambio cambiar puse pusieron actualice'.split(' '),
);
const STOPWORDS = new Set(
  (
    'the a an my your not no wrong incorrect correct right invalid valid expired locked blocked same different new ' +
    'old too very still being getting been case sensitive it this that what which working broken reset changed ' +
    'required needed missing empty blank weak strong long short complicated hard easy simple secure safe saved ' +
    'stored forgotten lost stolen compromised and or but for to in on at with from of by as so just also only set ' +
    'there here something nothing anything fine ok okay good bad great please help again now always never ever ' +
    'similar like is was are were be will would can could should have has had do does did i you he she we they me ' +
    'him her us them mine yours his hers ours theirs because when where why how if then else than youre im its dont ' +
    'doesnt didnt cant wont isnt wasnt any some all none one two three four five asking mandatory update updated ' +
    'change recover recovery forgot remember know unknown temporary sent same supposed going gonna able ' +
    'el la los las un una mi tu su no si muy demasiado incorrecta incorrecto correcta correcto invalida invalido ' +
    'valida bloqueada bloqueado vencida vencido caducada caducado nueva nuevo vieja viejo igual misma mismo ' +
    'diferente otra otro larga corta segura debil fuerte que y o pero para por con de del en a al lo le se es era ' +
    'esta estaba son tambien solo ya aun todavia nada algo esa ese eso este esto cual donde cuando como porque mia ' +
    'tuya suya olvide olvidada olvidado perdida equivocada mala buena temporal facil dificil complicada'
  ).split(' '),
);

const ARROWS = new Set([':', '=', '-', '>', '→', '⇒', '➡', '➔', '=>']);
const PASSWORD_KINDS: ReadonlySet<KeywordKind> = new Set(['password', 'passWeak', 'clave', 'passcode']);
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '`': '`', '«': '»', '[': ']', '<': '>' };
const TRAILING = /[.,;:?)\]}'"!]+$/;

export interface PasswordInput {
  readonly n: Normalized;
  readonly tokens: readonly Token[];
  readonly hits: readonly KeywordHit[];
  readonly protectedRanges: RangeIndex<ProtectedRange>;
  readonly claimed: RangeIndex<{ start: number; end: number }>;
}

function strongLooking(original: string): boolean {
  const letters = /\p{L}/u.test(original);
  const digits = /\d/.test(original);
  const symbols = /[^\p{L}\d]/u.test(original);
  const mixedCase = /\p{Lu}/u.test(original.slice(1)) && /\p{Ll}/u.test(original);
  return (letters && digits) || (symbols && (letters || digits)) || (mixedCase && original.length >= 6);
}

/** The secret starting at normalised offset `p`: a quoted string, or the run of non-space characters. */
function readValue(text: string, p: number): { start: number; end: number; quoted: boolean } | undefined {
  const open = text[p];
  if (open && QUOTES[open] && open !== '[' && open !== '<') {
    const close = text.indexOf(QUOTES[open]!, p + 1);
    if (close > p + 1 && close - p <= 80 && !text.slice(p + 1, close).includes('\n'))
      return { start: p + 1, end: close, quoted: true };
  }
  if (open === '(' || open === '[') return readValue(text, p + 1);
  let e = p;
  while (e < text.length && text[e] !== ' ' && text[e] !== '\n') e++;
  const raw = text.slice(p, e);
  const trimmed = raw.replace(TRAILING, (m) =>
    m.startsWith('!') && raw.length > m.length ? m.replace(/[^!]+$/, '') : '',
  );
  if (trimmed.length === 0) return undefined;
  return { start: p, end: p + trimmed.length, quoted: false };
}

function acceptable(
  input: PasswordInput,
  kind: KeywordKind,
  v: { start: number; end: number; quoted: boolean },
  connector: boolean,
): boolean {
  const { n } = input;
  const folded = n.text.slice(v.start, v.end);
  const original = n.original.slice(n.start[v.start]!, n.end[v.end - 1]!);
  if (folded.length < 3 || folded.length > 64) return false;
  if (
    input.claimed.overlaps(v.start, v.end) ||
    input.protectedRanges.overlapping(v.start, v.end).some((r) => r.kind === 'label')
  )
    return false;
  if (/^\d+$/.test(folded)) {
    if (kind === 'clave' && folded.length >= 4 && folded.length <= 6) return false; // a PIN
    if (kind === 'passcode') return false; // a one-time code
    if (input.protectedRanges.overlaps(v.start, v.end)) return false;
  }
  if (v.quoted) return true;
  if (/^https?:/.test(folded)) return false;
  if (STOPWORDS.has(folded.replace(/'/g, ''))) return false;
  if (/^\p{L}+$/u.test(folded)) {
    if (!connector) return strongLooking(original);
    if (folded.length > 4 && /(?:ing|ed|ada|ado|ida|ido)$/.test(folded)) return false;
    return true;
  }
  return connector || strongLooking(original) || /^\d{4,}$/.test(folded);
}

const SCAN_STOP = new Set(
  "not no never nunca don't dont doesn't doesnt isn't isnt won't wont can't cant didn't didnt and y but pero or o".split(
    ' ',
  ),
);

/** Index of "is"/"es"/":"/"=" within five words after `from`, or -1. */
function findConnector(tokens: readonly Token[], from: number): number {
  for (let k = from, words = 0; k < tokens.length && words <= 5; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      if (t.text === ':' || t.text === '=') return k;
      if (t.text !== "'") return -1;
    } else if (t.kind === 'word') {
      if (CONNECTOR_WORDS.has(t.text)) return k;
      if (SCAN_STOP.has(t.text)) return -1;
      words++;
    } else return -1;
  }
  return -1;
}

export function detectPasswords(all: PasswordInput): Detection[] {
  // "password-based", "pw2.cwd": a keyword that is part of a longer token is not a keyword
  const glued = (h: KeywordHit) =>
    /^[\p{L}\d]|^[-.][\p{L}\d]/u.test(all.n.text.slice(all.tokens[h.last]!.end, all.tokens[h.last]!.end + 2));
  const input: PasswordInput = { ...all, hits: all.hits.filter((h) => !glued(h)) };
  const { tokens, n } = input;
  const text = n.text;
  const byToken = hitIndexByToken(tokens, input.hits);
  const out: Detection[] = [];
  const leet = (h: KeywordHit) => /[^a-z]/.test(text.slice(tokens[h.first]!.start, tokens[h.first]!.end));
  for (const hit of input.hits) {
    if (!PASSWORD_KINDS.has(hit.kind)) continue;
    // "my password is p4ssw0rd": a keyword spelled with digits right after "is" is the secret, not a keyword
    const before = tokens[hit.first - 1];
    if (leet(hit) && before && (CONNECTOR_WORDS.has(before.text) || ARROWS.has(before.text))) continue;
    let k = hit.last + 1;
    let qualifiers = 0;
    while (
      k < tokens.length &&
      tokens[k]!.kind === 'word' &&
      QUALIFIERS.has(tokens[k]!.text) &&
      qualifiers < 5
    ) {
      if (tokens[k]!.text === 'to' || tokens[k]!.text === 'a' || tokens[k]!.text === 'al') break;
      k++;
      qualifiers++;
    }
    let connector = false;
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === 'punct' && ARROWS.has(t.text)) {
      connector = true;
      k++;
      while (tokens[k]?.kind === 'punct' && ARROWS.has(tokens[k]!.text)) k++;
    } else if (t.kind === 'word' && CONNECTOR_WORDS.has(t.text)) {
      connector = true;
      k++;
      if (tokens[k]?.text === ':') k++;
    } else if (t.kind === 'word' && (t.text === 'to' || t.text === 'a')) {
      const before = tokens.slice(Math.max(0, hit.first - 3), hit.first).map((x) => x.text);
      if (!before.some((w) => CHANGE_VERBS.has(w))) continue;
      connector = true;
      k++;
    } else if (t.kind === 'word' && (t.text === 'would' || t.text === 'will' || t.text === 'should')) {
      if (tokens[k + 1]?.text !== 'be') continue;
      connector = true;
      k += 2;
    } else {
      // "the password I use for the app is X": a short relative clause before the connector
      const at = findConnector(tokens, k);
      if (at < 0) {
        if (qualifiers > 0) continue;
      } else {
        connector = true;
        k = at + 1;
      }
    }
    while (k < tokens.length && tokens[k]!.kind === 'word' && AFTER_CONNECTOR.has(tokens[k]!.text)) k++;
    if (hit.kind === 'passWeak') {
      const prev = tokens[hit.first - 1]?.text;
      const colon = t.kind === 'punct' && t.text === ':';
      if (!colon && !(connector && (prev === 'my' || prev === 'mi'))) continue;
    }
    const vt = tokens[k];
    const vHit = byToken[k];
    if (!vt || vt.kind === 'label' || (vHit?.kind === 'password' && !leet(vHit))) continue;
    // "pw: last four 0000": the words after the keyword are a last-four cue, not the secret.
    if (vHit?.kind === 'last4') continue;
    if (vt.kind === 'punct' && vt.text === '\n') continue;
    const v = readValue(text, vt.start);
    if (!v || !acceptable(input, hit.kind, v, connector)) continue;
    out.push({ type: 'PASSWORD', start: v.start, end: v.end, priority: 1 });
  }
  out.push(...detectNearbySecrets(input));
  out.push(...detectTrailingPasswords(input, byToken));
  out.push(...detectLoginAttempts(input));
  return out;
}

const ATTEMPT =
  /\b(?:log(?:ging|ged)? ?in|sign(?:ing|ed)? ?in|tried|try|trying|typed|entered|put in|using|used|(?:is|was) it(?: maybe| probably)?|maybe|perhaps|entre|intente|ingrese|puse|escribi|usando|use|probe|quizas|tal vez|sera)\s+(?:(?:with|con|using)\s+)?(?=\S)/g;

/** "reset it to NewPass#2026": a new secret, even without the word password. */
const RESET_TO =
  /\b(?:reset|change|changed|set|update|updated|cambie|cambiar|actualice)\s+(?:it|that|mine|la|lo)\s+(?:to|a)\s+(?=\S)/g;

function veryStrong(original: string): boolean {
  return /\p{Ll}/u.test(original) && /\d/.test(original) && /[^\p{L}\d\s._-]|\p{Lu}/u.test(original);
}

/** "I tried logging in with Xy9#kLm2 and it says wrong password": a password-like token after a login verb. */
function detectLoginAttempts(input: PasswordInput): Detection[] {
  const keyword = input.hits.some((h) => h.kind === 'password');
  const { n } = input;
  const out: Detection[] = [];
  const starts = [
    ...(keyword ? [...n.text.matchAll(ATTEMPT)].map((m) => [m.index + m[0].length, false] as const) : []),
    ...[...n.text.matchAll(RESET_TO)].map((m) => [m.index + m[0].length, true] as const),
  ];
  for (const [at, reset] of starts) {
    const v = readValue(n.text, at);
    if (!v || v.end - v.start < 6) continue;
    const original = n.original.slice(n.start[v.start]!, n.end[v.end - 1]!);
    if (!(reset ? veryStrong(original) : strongLooking(original)) || /^\d+$/.test(original)) continue;
    if (/^\S+@\S+\.\w+$|^https?:|^www\./i.test(original) || /^[A-Z0-9]+(?:-[A-Z0-9]+)+$/.test(original))
      continue;
    if (input.claimed.overlaps(v.start, v.end) || input.protectedRanges.overlaps(v.start, v.end)) continue;
    out.push({ type: 'PASSWORD', start: v.start, end: v.end, priority: 1 });
    // "I've tried Dolphins#13 and Dolphins13!": the alternatives listed after it
    let end = v.end;
    for (let more = 0; more < 3; more++) {
      const m = /^,? +(?:and |or |y |o |, ?)?(?=\S)/.exec(n.text.slice(end));
      const w = m ? readValue(n.text, end + m[0].length) : undefined;
      if (!w || w.end - w.start < 6) break;
      const alt = n.original.slice(n.start[w.start]!, n.end[w.end - 1]!);
      if (!strongLooking(alt) || /^\d+$/.test(alt) || input.protectedRanges.overlaps(w.start, w.end)) break;
      out.push({ type: 'PASSWORD', start: w.start, end: w.end, priority: 1 });
      end = w.end;
    }
  }
  return out;
}

/**
 * "the temporary password you gave me Temp#1234 doesn't work": without "is" or ":", a token that can only be a
 * password (lower case, digits, and a symbol or capital) within six words after the keyword.
 */
function detectNearbySecrets(input: PasswordInput): Detection[] {
  const { tokens, n } = input;
  const out: Detection[] = [];
  for (const hit of input.hits) {
    if (hit.kind !== 'password') continue;
    let words = 0;
    for (let k = hit.last + 1; k < tokens.length && words < 6; k++) {
      const t = tokens[k]!;
      if (t.kind === 'label' || (t.kind === 'punct' && (t.text === '.' || t.text === '?' || t.text === '\n')))
        break;
      if (t.kind !== 'word' && t.kind !== 'num') continue;
      words++;
      if (k > hit.last + 1 && n.text[t.start - 1] !== ' ') continue; // inside a longer token
      const v = readValue(n.text, t.start);
      if (!v || v.end - v.start < 6) continue;
      const original = n.original.slice(n.start[v.start]!, n.end[v.end - 1]!);
      if (!veryStrong(original) || /^\S+@\S+\.\w+$|^https?:|^www\./i.test(original)) continue;
      if (input.claimed.overlaps(v.start, v.end) || input.protectedRanges.overlaps(v.start, v.end)) continue;
      out.push({ type: 'PASSWORD', start: v.start, end: v.end, priority: 1 });
      break;
    }
  }
  return out;
}

/** "Hunter2! is my password", "Perro123 es mi contraseña". */
function detectTrailingPasswords(
  input: PasswordInput,
  byToken: readonly (KeywordHit | undefined)[],
): Detection[] {
  const { tokens, n } = input;
  const out: Detection[] = [];
  for (const hit of input.hits) {
    if (hit.kind !== 'password') continue;
    const owner = tokens[hit.first - 1];
    const verb = tokens[hit.first - 2];
    if (!owner || !verb || !['my', 'mi', 'the', 'la', 'el'].includes(owner.text)) continue;
    if (!['is', 'es', 'was', 'era'].includes(verb.text)) continue;
    const end = verb.start - 1;
    if (end <= 0 || n.text[end] !== ' ') continue;
    let s = end;
    while (s > 0 && n.text[s - 1] !== ' ' && n.text[s - 1] !== '\n') s--;
    const original = n.original.slice(n.start[s]!, n.end[end - 1]!);
    if (end - s < 4 || !strongLooking(original) || (byToken[hit.first - 3] && /^\p{L}+$/u.test(original)))
      continue;
    if (input.claimed.overlaps(s, end) || input.protectedRanges.overlaps(s, end)) continue;
    out.push({ type: 'PASSWORD', start: s, end, priority: 1 });
  }
  return out;
}
