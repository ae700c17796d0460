/*
 * Text analysis for knowledge retrieval, English and Spanish: lower case, accents folded, stop words dropped,
 * a light suffix-stripping stemmer per language (plurals, verb endings, gender), a few chat spellings
 * normalised. The same function analyses the articles and the questions, so both meet in one term space.
 */
import type { KnowledgeLang } from './types.ts';

/** "Cancelación" → "cancelacion", "ñ" → "n". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

const STOP_WORDS: Record<KnowledgeLang, ReadonlySet<string>> = {
  en: new Set(
    (
      'a about above after again all am an and any are as at be been before being both but by can could did do ' +
      'does doing done for from further get got had has have having he her here hers him his how i if im in into ' +
      'is it its ive just me mine more most my myself no nor not now of off on once only or other our ours out ' +
      'over own please same she should so some still such than thank thanks that thats the their theirs them then ' +
      'there these they this those through to too under until up us very was we were what whats when where which ' +
      'while who whom why will with would you youre your yours yourself hi hello hey pls plz ok okay also really ' +
      'want wanna need like know tell let lets help question u ur yes yeah guys dont doesnt didnt cant wont isnt ' +
      'one much many right going gonna keep thing things stuff guys'
    ).split(' '),
  ),
  es: new Set(
    (
      'a al algo algun alguna algunas alguno algunos ante antes como con contra cual cuales cuando de del desde ' +
      'donde dos e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estan estar este ' +
      'esto estos estoy fue fueron ha hace han has hasta hay la las le les lo los mas me mi mis mucho muy nada ni ' +
      'no nos nosotros o os otra otro para pero poco por porque puede pueden puedo que quien se sea ser si sido ' +
      'sin sobre son soy su sus tambien te tengo ti tiene tienen todo todos tu tus un una unas uno unos usted ' +
      'ustedes y ya yo hola buenas buenos dias tardes gracias favor quiero quisiera necesito saber ayuda ayudar ' +
      'pregunta oye bueno ok vale pues entonces hacer hago'
    ).split(' '),
  ),
};

/** Chat spellings and abbreviations worth folding before stemming (kept small and unambiguous). */
const SPELLINGS: Readonly<Record<string, string>> = {
  recognise: 'recognize',
  authorised: 'authorized',
  unauthorised: 'unauthorized',
  cancelled: 'canceled',
  cancelling: 'canceling',
  enrol: 'enroll',
  enrolment: 'enrollment',
  txn: 'transaction',
  acct: 'account',
  amt: 'amount',
  cc: 'card',
  tarj: 'tarjeta',
  xq: 'porque',
  pq: 'porque',
  q: 'que',
  k: 'que',
  tb: 'tambien',
  tmb: 'tambien',
  info: 'information',
};

/** Irregular forms the suffix stripper cannot reach. */
const IRREGULAR: Record<KnowledgeLang, Readonly<Record<string, string>>> = {
  en: { paid: 'pay', bought: 'buy', sent: 'send', spent: 'spend', took: 'take', gave: 'give', owed: 'owe' },
  es: { pague: 'pago', pagaste: 'pago', hice: 'hacer', hizo: 'hacer', puse: 'poner', llego: 'llegar' },
};

export function isStopWord(word: string, lang: KnowledgeLang): boolean {
  return STOP_WORDS[lang].has(word);
}

const EN_SUFFIXES: readonly (readonly [suffix: string, minStem: number, replacement: string])[] = [
  ['ational', 3, 'ate'],
  ['ization', 3, 'ize'],
  ['fulness', 3, 'ful'],
  ['iveness', 3, 'ive'],
  ['ements', 3, ''],
  ['ement', 3, ''],
  ['ments', 3, ''],
  ['ment', 3, ''],
  ['ations', 3, 'ate'],
  ['ation', 3, 'ate'],
  ['ingly', 3, ''],
  ['ings', 3, ''],
  ['ing', 3, ''],
  ['edly', 3, ''],
  ['ied', 2, 'y'],
  ['ies', 2, 'y'],
  ['ed', 3, ''],
  ['ly', 4, ''],
  ['sses', 2, 'ss'],
  ['ches', 2, 'ch'],
  ['shes', 2, 'sh'],
  ['xes', 2, 'x'],
  ['es', 4, 'e'],
  ['s', 3, ''],
];

/** Light English stemmer: "disputed", "disputes", "disputing" → "disput"; "charges", "charged" → "charg". */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  for (const [suffix, minStem, replacement] of EN_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= minStem) {
      if (suffix === 's' && /(?:ss|us|is)$/.test(w)) break;
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  // "stopped" → "stopp" → "stop"; "charge" / "charg" meet
  if (/([bdfgmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  return w;
}

const ES_SUFFIXES: readonly string[] = [
  'amientos',
  'imientos',
  'amiento',
  'imiento',
  'aciones',
  'uciones',
  'iciones',
  'ciones',
  'acion',
  'ucion',
  'icion',
  'cion',
  'adoras',
  'adores',
  'adora',
  'ador',
  'mente',
  'ieron',
  'aron',
  'iendo',
  'ando',
  'adas',
  'ados',
  'idas',
  'idos',
  'ada',
  'ado',
  'ida',
  'ido',
  'aba',
  'ias',
  'ia',
  'ar',
  'er',
  'ir',
  'es',
  'as',
  'os',
  'a',
  'o',
  'e',
  's',
];

/** Light Spanish stemmer: "disputa", "disputar", "disputado" → "disput"; "tarjetas" → "tarjet". */
export function stemSpanish(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  for (const suffix of ES_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

export function stem(word: string, lang: KnowledgeLang): string {
  return lang === 'en' ? stemEnglish(word) : stemSpanish(word);
}

/** Words of a text: folded, lower case, apostrophes joined ("don't" → "dont"), letters and digits only. */
export function words(text: string): string[] {
  const folded = foldAccents(text.toLowerCase()).replace(/['’`]/g, '');
  return (folded.match(/[a-z0-9]+/g) ?? [])
    .map((w) => SPELLINGS[w] ?? w)
    .map((w) => w.replace(/(.)\1{2,}/g, '$1$1'));
}

/** One word to its index term, or null for a stop word or a lone character. */
export function analyzeWord(word: string, lang: KnowledgeLang): string | null {
  if (word.length < 2 && !/\d/.test(word)) return null;
  if (isStopWord(word, lang)) return null;
  return stem(IRREGULAR[lang][word] ?? word, lang);
}

/** The index terms of a text in one language. */
export function analyze(text: string, lang: KnowledgeLang): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    const term = analyzeWord(word, lang);
    if (term !== null) terms.push(term);
  }
  return terms;
}
