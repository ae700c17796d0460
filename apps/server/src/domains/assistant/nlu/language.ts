/**
 * English/Spanish language detection for short chat messages.
 *
 * Three kinds of evidence, summed as log-odds (positive = Spanish):
 *  - stop words and very common words of each language (the strongest signal on short messages),
 *  - Spanish-only characters (ñ, ¿, ¡, accented vowels),
 *  - a character-trigram naive Bayes model trained at load time from small built-in samples.
 * Short or ambiguous messages fall back to a prior (English unless told otherwise) with a low confidence.
 */
import { collapseRepeats, foldAccents } from './normalize.ts';

export type Language = 'en' | 'es';

export interface LanguageGuess {
  lang: Language;
  /** Probability of `lang` (0.5 = no evidence). */
  confidence: number;
}

const EN_WORDS = `the a an and or but of to in on at for with from by about as is are was were be been being am do does did
doing have has had having i me my mine you your yours he him his she her it its we us our they them their this that these
those what which who whom whose when where why how not no yes can could will would should shall may might must there here
if then than so just very too also only again still yet please thanks thank hi hello hey ok okay want need get got
any some all every each more most much many into out up down over under after before why because since while
card account payment charge money balance help pay paid make made know tell give see let would like my i'm dont cant
still been waiting received online transfer statement fee late due date limit points new old one two`;

const ES_WORDS = `el la los las un una unos unas y o pero de del al a en con sin por para sobre entre desde hasta como es son
era fue fueron ser estar esta estan estoy estaba he ha han hay tengo tiene tienen tenia yo me mi mis tu tus su sus
usted ustedes nos nosotros ellos ellas que cual quien cuando donde porque por que como no si ya todavia aun tambien muy
mas menos mucho poco este esta estos estas ese esa eso esto aqui alla hola gracias buenos buenas dias tardes noches
favor quiero quisiera necesito puedo puede pueden hacer pagar pago pague cobro cobraron cargo cuenta tarjeta saldo
dinero ayuda ayudar fecha limite puntos nueva nuevo dos uno hace ayer hoy manana mes semana llego llega sigue ningun
nada algo otra otro cuanto cuanta cual cuales mio bien mal ahora despues antes tambien solo pero ni lo le les se`;

// Words shared by both lists are dropped so they carry no evidence ("no", "a", "me", ...).
const enSet = new Set(EN_WORDS.split(/\s+/).filter(Boolean));
const esSet = new Set(ES_WORDS.split(/\s+/).filter(Boolean));
for (const w of [...enSet]) {
  if (esSet.has(w)) {
    enSet.delete(w);
    esSet.delete(w);
  }
}

const EN_SAMPLES = `i was charged twice for the same purchase and i want my money back
where is my new card it has been two weeks and it still has not arrived
can you tell me when my payment is due this month
i did not make this transaction someone is using my card without permission
please lock my card i think i left it at the restaurant last night
how many points do i have and can i use them to pay my statement
i want to talk to a real person not a bot
my card keeps getting declined at the gas station what is going on
could you waive the late fee i have always paid on time
what is the interest rate on purchases and how is interest calculated
update my mailing address and phone number please
i would like to increase my credit limit am i eligible for that
the merchant refunded me but the credit never showed up on my account
thank you so much for your help have a great day
hello good morning i have a question about my bill
send me a copy of this conversation by email
my apple pay is not working with the new card
i need to dispute a charge from the hotel they billed the wrong amount
when will the replacement card be delivered to my house
the chip on my card is broken and it does not work at the store`;

const ES_SAMPLES = `me cobraron dos veces la misma compra y quiero que me devuelvan el dinero
donde esta mi tarjeta nueva ya pasaron dos semanas y todavia no llega
me puede decir cuando vence mi pago este mes
yo no hice esta compra alguien esta usando mi tarjeta sin permiso
por favor bloquea mi tarjeta creo que la deje en el restaurante anoche
cuantos puntos tengo y puedo usarlos para pagar mi estado de cuenta
quiero hablar con una persona real no con un robot
mi tarjeta sigue siendo rechazada en la gasolinera que esta pasando
podrian quitarme el cargo por pago atrasado siempre he pagado a tiempo
cual es la tasa de interes de las compras y como se calculan los intereses
actualicen mi direccion postal y mi numero de telefono por favor
me gustaria aumentar mi limite de credito soy elegible
el comercio me hizo un reembolso pero el credito nunca aparecio en mi cuenta
muchas gracias por su ayuda que tenga un excelente dia
hola buenos dias tengo una pregunta sobre mi factura
enviame una copia de esta conversacion por correo
mi apple pay no funciona con la tarjeta nueva
necesito disputar un cargo del hotel me cobraron un monto equivocado
cuando me van a entregar la tarjeta de reemplazo en mi casa
el chip de mi tarjeta esta roto y no funciona en la tienda`;

function trigrams(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/\s+/)) {
    if (!w) continue;
    const p = ` ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) out.push(p.slice(i, i + 3));
  }
  return out;
}

interface NbModel {
  logp: Map<string, number>;
  unseen: number;
}

function trainNb(samples: string, extraWords: Set<string>): NbModel {
  const counts = new Map<string, number>();
  let total = 0;
  const text = `${samples}\n${[...extraWords].join(' ')}`;
  for (const g of trigrams(text.replace(/\n/g, ' '))) {
    counts.set(g, (counts.get(g) ?? 0) + 1);
    total++;
  }
  const v = counts.size + 5000;
  const logp = new Map<string, number>();
  for (const [g, c] of counts) logp.set(g, Math.log((c + 0.5) / (total + 0.5 * v)));
  return { logp, unseen: Math.log(0.5 / (total + 0.5 * v)) };
}

const EN_NB = trainNb(EN_SAMPLES, enSet);
const ES_NB = trainNb(ES_SAMPLES, esSet);

const SPANISH_ENDINGS = /(?:cion|ciones|mente|ando|iendo|ado|ada|idos|idas|amos|emos|aron|ieron)$/;
const ENGLISH_ENDINGS = /(?:ing|tion|ed|ly|ness|'s|n't)$/;

/** Detects English or Spanish. `prior` decides messages with no evidence. */
export function detectLanguage(text: string, prior: Language = 'en'): LanguageGuess {
  const lower = text.normalize('NFC').toLowerCase();
  let score = 0; // log-odds, Spanish positive
  const special = lower.match(/[ñ¿¡áéíóú]/g);
  if (special) score += 1.6 * Math.min(special.length, 4);
  const folded = collapseRepeats(foldAccents(lower));
  const words = folded.split(/[^a-z']+/).filter(Boolean);
  let evidence = special?.length ?? 0;
  for (const w of words) {
    if (esSet.has(w)) {
      score += 1.3;
      evidence++;
    } else if (enSet.has(w)) {
      score -= 1.3;
      evidence++;
    } else if (w.length > 4 && SPANISH_ENDINGS.test(w)) score += 0.4;
    else if (w.length > 4 && ENGLISH_ENDINGS.test(w)) score -= 0.4;
  }
  const grams = trigrams(words.join(' '));
  let nb = 0;
  for (const g of grams) nb += (ES_NB.logp.get(g) ?? ES_NB.unseen) - (EN_NB.logp.get(g) ?? EN_NB.unseen);
  // Trigram evidence is correlated; damp it so stop words dominate on short text.
  score += 0.35 * nb;
  evidence += grams.length / 6;
  if (evidence === 0 || score === 0) return { lang: prior, confidence: 0.5 };
  const pEs = 1 / (1 + Math.exp(-score));
  return pEs >= 0.5 ? { lang: 'es', confidence: pEs } : { lang: 'en', confidence: 1 - pEs };
}
