/**
 * Text normalisation for the assistant's NLU (English and Spanish).
 *
 * `normalizeText` produces the canonical form used for features: lower case, accents folded,
 * runs of a repeated letter collapsed, contractions expanded, money/numbers/dates turned into
 * placeholder tokens and a small map of common chat typos and abbreviations applied.
 * It is pure and deterministic, so the same text always gives the same features.
 */

/** Removes combining marks after canonical decomposition: "cancelación" -> "cancelacion", "ñ" -> "n". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Collapses a letter repeated three or more times to two ("heeeelp" -> "heelp", "nooo" -> "noo"). */
export function collapseRepeats(text: string): string {
  return text.replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/**
 * Token-level corrections: chat abbreviations and frequent misspellings in English and Spanish.
 * Kept deliberately small and unambiguous; character n-grams handle the long tail of typos.
 */
export const TYPO_MAP: Readonly<Record<string, string>> = Object.freeze({
  // English chat shorthand
  pls: 'please',
  plz: 'please',
  pleas: 'please',
  pleae: 'please',
  u: 'you',
  ya: 'you',
  ur: 'your',
  yr: 'your',
  r: 'are',
  thx: 'thanks',
  thnx: 'thanks',
  thanx: 'thanks',
  ty: 'thanks',
  tks: 'thanks',
  msg: 'message',
  acct: 'account',
  acc: 'account',
  amt: 'amount',
  txn: 'transaction',
  trx: 'transaction',
  pymt: 'payment',
  pmt: 'payment',
  bal: 'balance',
  info: 'information',
  asap: 'soon',
  cc: 'credit card',
  // English misspellings
  recieve: 'receive',
  recieved: 'received',
  recive: 'receive',
  recived: 'received',
  acount: 'account',
  accout: 'account',
  accont: 'account',
  accoutn: 'account',
  paymnet: 'payment',
  payemnt: 'payment',
  paymet: 'payment',
  pament: 'payment',
  adress: 'address',
  addres: 'address',
  transfered: 'transferred',
  tranfer: 'transfer',
  trasnfer: 'transfer',
  transer: 'transfer',
  cancell: 'cancel',
  canel: 'cancel',
  cancle: 'cancel',
  chage: 'charge',
  cahrge: 'charge',
  charg: 'charge',
  carge: 'charge',
  crad: 'card',
  cadr: 'card',
  statment: 'statement',
  stament: 'statement',
  balence: 'balance',
  ballance: 'balance',
  balnce: 'balance',
  definately: 'definitely',
  wich: 'which',
  wat: 'what',
  wht: 'what',
  whats: 'what is',
  hows: 'how is',
  wheres: 'where is',
  // contractions written without the apostrophe
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  couldnt: 'could not',
  wont: 'will not',
  wouldnt: 'would not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  shouldnt: 'should not',
  im: 'i am',
  ive: 'i have',
  youre: 'you are',
  theyre: 'they are',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  // Spanish chat shorthand and misspellings (accents already folded)
  q: 'que',
  k: 'que',
  xq: 'porque',
  pq: 'porque',
  porq: 'porque',
  xk: 'porque',
  tb: 'tambien',
  tmb: 'tambien',
  tmbn: 'tambien',
  xfa: 'por favor',
  porfa: 'por favor',
  pf: 'por favor',
  d: 'de',
  dnd: 'donde',
  tdv: 'todavia',
  tarjta: 'tarjeta',
  tarjeat: 'tarjeta',
  targeta: 'tarjeta',
  tarjete: 'tarjeta',
  cobor: 'cobro',
  cuenat: 'cuenta',
});

const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bain't\b/g, 'is not'],
  [/n't\b/g, ' not'],
  [/'m\b/g, ' am'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/'s\b/g, ''],
];

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/g;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const DATE_RE = /\b\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?\b/g;
const TIME_RE = /\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?\b/g;
const MONEY_RE =
  /(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?\s?[km]?\b)|(?:\b\d[\d,]*(?:\.\d+)?\s?(?:k\s)?(?:dollars?|usd|bucks|euros?|eur|pesos?|pounds?|gbp|mxn|d[oó]lares?)\b)/g;
const ORDINAL_RE = /\b\d+(?:st|nd|rd|th|ro|do|to|vo|no|er|a|o)\b/g;
const NUMBER_RE = /\d+(?:[.,]\d+)*/g;

/** Placeholder tokens substituted for spans that carry meaning by kind rather than value. */
export const PLACEHOLDERS = ['_url_', '_email_', '_date_', '_time_', '_money_', '_ord_', '_num_', '_num4_'];

function numberToken(match: string): string {
  const digits = match.replace(/[^\d]/g, '');
  return digits.length === 4 && !/[.,]/.test(match) ? ' _num4_ ' : ' _num_ ';
}

export interface NormalizeOptions {
  /** Keep accents (for language detection); features always fold them. */
  keepAccents?: boolean;
  /** Apply the typo/abbreviation map (default true). */
  typos?: boolean;
}

/**
 * Normalises one message to a space-separated token string.
 * Examples: "I can't find my CARD!!! Sooo annoyed" -> "i can not find my card soo annoyed";
 * "Pagué $127.43 el 08/15" -> "pague _money_ el _date_".
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  let s = text.normalize('NFKC').toLowerCase();
  s = s.replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d]/g, '"');
  s = s.replace(URL_RE, ' _url_ ').replace(EMAIL_RE, ' _email_ ');
  s = s.replace(MONEY_RE, ' _money_ ');
  s = s.replace(DATE_RE, ' _date_ ').replace(TIME_RE, ' _time_ ');
  s = s.replace(ORDINAL_RE, ' _ord_ ');
  s = s.replace(NUMBER_RE, numberToken);
  if (!options.keepAccents) s = foldAccents(s);
  for (const [re, rep] of CONTRACTIONS) s = s.replace(re, rep);
  s = collapseRepeats(s);
  const raw = s.split(/[^\p{L}\p{N}_]+/u);
  const out: string[] = [];
  const typos = options.typos !== false;
  for (const tok of raw) {
    if (tok.length === 0) continue;
    if (typos) {
      const fix = TYPO_MAP[tok];
      if (fix !== undefined && Object.hasOwn(TYPO_MAP, tok)) {
        out.push(fix);
        continue;
      }
    }
    out.push(tok);
  }
  return out.join(' ');
}

/** Normalises and splits into tokens. */
export function tokenize(text: string, options: NormalizeOptions = {}): string[] {
  const n = normalizeText(text, options);
  return n.length === 0 ? [] : n.split(' ');
}

const EN_SUFFIXES = [
  'ations',
  'ation',
  'ings',
  'ing',
  'ness',
  'ment',
  'edly',
  'ied',
  'ies',
  'ed',
  'ly',
  'es',
  's',
];
const ES_SUFFIXES = [
  'aciones',
  'acion',
  'amente',
  'mente',
  'ando',
  'iendo',
  'aron',
  'ieron',
  'ado',
  'ido',
  'ada',
  'ida',
  'ar',
  'er',
  'ir',
  'os',
  'as',
  'es',
  'o',
  'a',
  's',
];

/**
 * A light, language-agnostic suffix stripper (a crude stem used as an extra feature view).
 * "charged" -> "charg", "charges" -> "charg", "cobrado" -> "cobr"; short words are left alone.
 */
export function lightStem(token: string): string {
  if (token.length <= 4 || token.startsWith('_')) return token;
  for (const suf of EN_SUFFIXES) {
    if (token.length - suf.length >= 4 && token.endsWith(suf)) {
      const stem = token.slice(0, token.length - suf.length);
      return suf === 'ies' || suf === 'ied' ? `${stem}y` : stem.replace(/e$/, '');
    }
  }
  for (const suf of ES_SUFFIXES) {
    if (token.length - suf.length >= 4 && token.endsWith(suf))
      return token.slice(0, token.length - suf.length);
  }
  return token.replace(/e$/, '');
}
