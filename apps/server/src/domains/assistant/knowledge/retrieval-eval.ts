/*
 * Retrieval evaluation set, written by the team: customer questions phrased the way people type in chat
 * (not the articles' wording), with typos, in English and Spanish, each with the article that answers it;
 * and questions the articles must not answer (weather, crypto, other banks' products, small talk).
 */
import type { KnowledgeLang } from './types.ts';

export interface EvalQuestion {
  readonly question: string;
  readonly lang: KnowledgeLang;
  readonly articleId: string;
}

export interface UnanswerableQuestion {
  readonly question: string;
  readonly lang: KnowledgeLang;
}

export const RETRIEVAL_EVAL: readonly EvalQuestion[] = [
  // chat-hours
  { lang: 'en', articleId: 'chat-hours', question: 'are you guys open on sundays?' },
  { lang: 'en', articleId: 'chat-hours', question: 'can i chat with an actual human at 3am' },
  { lang: 'es', articleId: 'chat-hours', question: 'a que hora atienden los agentes?' },
  { lang: 'es', articleId: 'chat-hours', question: 'estan disponibles los fines de semana' },
  // escalation
  { lang: 'en', articleId: 'escalation', question: 'get me your manager, this agent is useless' },
  { lang: 'es', articleId: 'escalation', question: 'quiero hablar con un superior, el agente fue grosero' },
  // verification
  { lang: 'en', articleId: 'verification', question: 'how do you confirm my identity before changing stuff' },
  { lang: 'en', articleId: 'verification', question: 'why did i get an approval notificaton in the app' },
  { lang: 'es', articleId: 'verification', question: 'como verifican que soy yo el titular' },
  // never-ask
  {
    lang: 'en',
    articleId: 'never-ask',
    question: 'someone called saying they were from you and wanted my pin, is that legit?',
  },
  { lang: 'en', articleId: 'never-ask', question: 'got a text asking for my security code, is it a scam' },
  { lang: 'es', articleId: 'never-ask', question: 'me llamaron pidiendo mi contraseña, ustedes piden eso?' },
  { lang: 'es', articleId: 'never-ask', question: 'es una estafa si me piden el cvv por mensaje' },
  // billing-disputes
  { lang: 'en', articleId: 'billing-disputes', question: 'the store charged me twice for the same order' },
  {
    lang: 'en',
    articleId: 'billing-disputes',
    question: 'how long do i have to dispute something on my statment',
  },
  {
    lang: 'en',
    articleId: 'billing-disputes',
    question: 'ordered shoes online and they never showed up, want my money back',
  },
  { lang: 'es', articleId: 'billing-disputes', question: 'me cobraron doble en el supermercado' },
  { lang: 'es', articleId: 'billing-disputes', question: 'cuanto tiempo tengo para disputar un cargo' },
  { lang: 'es', articleId: 'billing-disputes', question: 'cancele la suscripcion y me siguen cobrando' },
  // unrecognized-charge
  {
    lang: 'en',
    articleId: 'unrecognized-charge',
    question: "there's a charge from some company i've never heard of",
  },
  { lang: 'en', articleId: 'unrecognized-charge', question: 'what is this wierd charge on my account' },
  {
    lang: 'es',
    articleId: 'unrecognized-charge',
    question: 'tengo un cargo que no reconozco de una empresa rara',
  },
  { lang: 'es', articleId: 'unrecognized-charge', question: 'que es este cobro que aparece en mi cuenta?' },
  // report-fraud
  { lang: 'en', articleId: 'report-fraud', question: 'someone is making purchases with my card right now!!' },
  { lang: 'en', articleId: 'report-fraud', question: 'i think my card got skimmed at a gas pump' },
  { lang: 'en', articleId: 'report-fraud', question: 'my account was hacked' },
  {
    lang: 'es',
    articleId: 'report-fraud',
    question: 'alguien esta haciendo compras con mi tarjeta, es fraude',
  },
  { lang: 'es', articleId: 'report-fraud', question: 'creo que me clonaron la tarjeta' },
  // lost-stolen-card
  { lang: 'en', articleId: 'lost-stolen-card', question: 'my wallet got stolen on the subway' },
  { lang: 'en', articleId: 'lost-stolen-card', question: 'i lost my credit card, what do i do' },
  { lang: 'en', articleId: 'lost-stolen-card', question: 'am i liable for charges if my card was stollen' },
  { lang: 'es', articleId: 'lost-stolen-card', question: 'perdí mi tarjeta en el aeropuerto' },
  { lang: 'es', articleId: 'lost-stolen-card', question: 'me robaron la cartera con la tarjeta adentro' },
  // lock-card
  {
    lang: 'en',
    articleId: 'lock-card',
    question: "can i freeze my card for a bit, i can't find it but it's probably at home",
  },
  { lang: 'en', articleId: 'lock-card', question: 'how do i unlock my card' },
  { lang: 'es', articleId: 'lock-card', question: 'como congelo mi tarjeta por unos dias' },
  { lang: 'es', articleId: 'lock-card', question: 'quiero desbloquear la tarjeta' },
  // replacement-card
  { lang: 'en', articleId: 'replacement-card', question: 'the chip on my card is broken' },
  { lang: 'en', articleId: 'replacement-card', question: "my replacment card still hasn't arrived" },
  { lang: 'es', articleId: 'replacement-card', question: 'mi tarjeta esta rota, necesito otra' },
  { lang: 'es', articleId: 'replacement-card', question: 'cuando llega mi tarjeta nueva?' },
  // due-date-cutoff
  { lang: 'en', articleId: 'due-date-cutoff', question: 'whats the latest time i can pay on the due day' },
  { lang: 'en', articleId: 'due-date-cutoff', question: 'when is my bill due each month' },
  { lang: 'es', articleId: 'due-date-cutoff', question: 'hasta que hora puedo pagar el dia que vence' },
  { lang: 'es', articleId: 'due-date-cutoff', question: 'que dia vence mi pago' },
  // change-due-date
  {
    lang: 'en',
    articleId: 'change-due-date',
    question: 'can i move my payment date to the 15th so it matches my paycheck',
  },
  { lang: 'es', articleId: 'change-due-date', question: 'puedo cambiar el dia de pago al 20 de cada mes' },
  // make-payment
  { lang: 'en', articleId: 'make-payment', question: 'how do i set up auto pay' },
  { lang: 'en', articleId: 'make-payment', question: 'i want to pay my bill now' },
  { lang: 'es', articleId: 'make-payment', question: 'como puedo programar un pago desde mi banco' },
  // payment-posting
  { lang: 'en', articleId: 'payment-posting', question: 'i paid yesterday but it is not showing up yet' },
  { lang: 'en', articleId: 'payment-posting', question: 'did my payment go thru' },
  { lang: 'es', articleId: 'payment-posting', question: 'pague ayer y todavia no se refleja el pago' },
  { lang: 'es', articleId: 'payment-posting', question: 'ya les llego mi pago?' },
  // balance-statement
  { lang: 'en', articleId: 'balance-statement', question: 'how much do i owe right now' },
  {
    lang: 'en',
    articleId: 'balance-statement',
    question: "what's the difference between current balance and statment balance",
  },
  { lang: 'es', articleId: 'balance-statement', question: 'cual es mi saldo actual' },
  { lang: 'es', articleId: 'balance-statement', question: 'cuanto es el pago minimo de este mes' },
  // late-fees
  {
    lang: 'en',
    articleId: 'late-fees',
    question: 'i forgot to pay by one day, can you take off the late fee',
  },
  { lang: 'en', articleId: 'late-fees', question: 'please waive the penalty charge' },
  {
    lang: 'es',
    articleId: 'late-fees',
    question: 'me cobraron un recargo por pagar tarde, me lo pueden quitar',
  },
  { lang: 'es', articleId: 'late-fees', question: 'pueden perdonarme la multa por atraso' },
  // rewards-points
  { lang: 'en', articleId: 'rewards-points', question: 'how many points have i got' },
  { lang: 'en', articleId: 'rewards-points', question: 'can i use my rewards to pay off a purchase' },
  { lang: 'en', articleId: 'rewards-points', question: 'i redeemed points last week and they disapeared' },
  { lang: 'es', articleId: 'rewards-points', question: 'cuantos puntos tengo acumulados' },
  { lang: 'es', articleId: 'rewards-points', question: 'quiero pagar una compra con mis puntos' },
  // card-benefits
  { lang: 'en', articleId: 'card-benefits', question: 'does my card get me into airport lounges' },
  {
    lang: 'en',
    articleId: 'card-benefits',
    question: 'do i have insurance when i rent a car with this card',
  },
  {
    lang: 'en',
    articleId: 'card-benefits',
    question: 'my phone got damaged a week after i bought it, is there purchase protecton',
  },
  { lang: 'es', articleId: 'card-benefits', question: 'que beneficios tiene mi tarjeta' },
  { lang: 'es', articleId: 'card-benefits', question: 'puedo entrar a la sala vip del aeropuerto' },
  // trip-protection
  { lang: 'en', articleId: 'trip-protection', question: 'my flight got cancelled, will you cover the hotel' },
  {
    lang: 'en',
    articleId: 'trip-protection',
    question: 'had to cut my vacation short because i got sick, is that covered',
  },
  { lang: 'es', articleId: 'trip-protection', question: 'se retraso mi vuelo 8 horas, me cubren la comida?' },
  {
    lang: 'es',
    articleId: 'trip-protection',
    question: 'tengo seguro de cancelacion de viaje con la tarjeta',
  },
  // travel-bookings
  {
    lang: 'en',
    articleId: 'travel-bookings',
    question: 'i need to change the hotel reservation i made through your travel site',
  },
  {
    lang: 'es',
    articleId: 'travel-bookings',
    question: 'donde veo el itinerario del vuelo que reserve con ustedes',
  },
  // digital-wallets
  { lang: 'en', articleId: 'digital-wallets', question: 'how do i add my card to apple pay' },
  { lang: 'en', articleId: 'digital-wallets', question: "google pay won't accept my card" },
  { lang: 'es', articleId: 'digital-wallets', question: 'como agrego la tarjeta a mi celular para pagar' },
  // card-declined
  { lang: 'en', articleId: 'card-declined', question: 'why does my card keep getting declined at the store' },
  { lang: 'en', articleId: 'card-declined', question: 'transaction got rejected online' },
  { lang: 'es', articleId: 'card-declined', question: 'me rechazaron la tarjeta en el restaurante' },
  { lang: 'es', articleId: 'card-declined', question: 'por que no pasa mi tarjeta' },
  // upload-documents
  { lang: 'en', articleId: 'upload-documents', question: 'where do i send the receipts for my claim' },
  { lang: 'en', articleId: 'upload-documents', question: 'can i attach a screenshot here' },
  { lang: 'es', articleId: 'upload-documents', question: 'como les mando los comprobantes' },
  // chat-summary
  { lang: 'en', articleId: 'chat-summary', question: 'can you email me a copy of this conversation' },
  { lang: 'en', articleId: 'chat-summary', question: 'i want a transcrpt of the chat' },
  { lang: 'es', articleId: 'chat-summary', question: 'me pueden mandar un resumen de lo que hablamos' },
  // complaints
  { lang: 'en', articleId: 'complaints', question: 'i want to file a formal complaint' },
  { lang: 'en', articleId: 'complaints', question: 'this is unacceptable, how do i complain about you guys' },
  { lang: 'es', articleId: 'complaints', question: 'quiero poner una queja formal' },
  // case-status
  { lang: 'en', articleId: 'case-status', question: 'any update on my dispute from last month' },
  { lang: 'en', articleId: 'case-status', question: "what's the status of my ticket" },
  { lang: 'es', articleId: 'case-status', question: 'como va mi reclamo, sigo esperando' },
  // credit-limit
  { lang: 'en', articleId: 'credit-limit', question: 'can you bump up my limit' },
  { lang: 'en', articleId: 'credit-limit', question: 'will asking for more credit hurt my credit score' },
  { lang: 'es', articleId: 'credit-limit', question: 'quiero que me aumenten el limite' },
  // apr-basics
  { lang: 'en', articleId: 'apr-basics', question: 'why am i being charged interest' },
  { lang: 'en', articleId: 'apr-basics', question: 'whats my interst rate on cash advances' },
  { lang: 'es', articleId: 'apr-basics', question: 'por que me cobraron intereses si pague' },
  { lang: 'es', articleId: 'apr-basics', question: 'cual es la tasa de interes de mi tarjeta' },
  // authorized-users
  { lang: 'en', articleId: 'authorized-users', question: 'i want to give my daughter a card on my account' },
  { lang: 'en', articleId: 'authorized-users', question: 'take my ex husband off my account' },
  {
    lang: 'es',
    articleId: 'authorized-users',
    question: 'quiero agregar a mi esposa como usuaria adicional',
  },
  { lang: 'es', articleId: 'authorized-users', question: 'como quito a mi hijo de la tarjeta' },
  // contact-details
  { lang: 'en', articleId: 'contact-details', question: 'i moved, how do i update my adress' },
  { lang: 'en', articleId: 'contact-details', question: 'i want to go paperless' },
  { lang: 'es', articleId: 'contact-details', question: 'cambie de numero de telefono, como lo actualizo' },
  { lang: 'es', articleId: 'contact-details', question: 'ya no quiero recibir correos de promociones' },
  // product-change
  { lang: 'en', articleId: 'product-change', question: 'can i switch to a card with no annual fee' },
  { lang: 'es', articleId: 'product-change', question: 'quiero cambiar mi tarjeta por una mejor' },
];

export const UNANSWERABLE: readonly UnanswerableQuestion[] = [
  { lang: 'en', question: "what's the weather going to be like in Miami tomorrow" },
  { lang: 'en', question: 'is it going to rain this weekend' },
  { lang: 'en', question: 'what is the price of bitcoin today' },
  { lang: 'en', question: 'should i buy ethereum or dogecoin' },
  { lang: 'en', question: 'how do i transfer Chase points to airlines' },
  { lang: 'en', question: 'my Wells Fargo debit card got declined' },
  { lang: 'en', question: 'how do i send money with Venmo' },
  { lang: 'en', question: 'what is the routing number for bank of america' },
  { lang: 'en', question: 'give me a recipe for lasagna' },
  { lang: 'en', question: 'who won the football game last night' },
  { lang: 'en', question: 'write me a python script to sort a list' },
  { lang: 'en', question: 'what time is it in tokyo' },
  { lang: 'en', question: 'tell me a joke' },
  { lang: 'en', question: 'what are the best restaurants near me' },
  { lang: 'en', question: 'how tall is the eiffel tower' },
  { lang: 'en', question: 'can you recommend a good movie' },
  { lang: 'es', question: 'va a llover mañana en madrid' },
  { lang: 'es', question: 'cuanto vale el bitcoin hoy' },
  { lang: 'es', question: 'como abro una cuenta en Santander' },
  { lang: 'es', question: 'mi tarjeta de Banorte fue rechazada' },
  { lang: 'es', question: 'dame una receta de tamales' },
  { lang: 'es', question: 'quien gano el partido del barcelona' },
  { lang: 'es', question: 'como se dice perro en ingles' },
  { lang: 'es', question: 'cuentame un chiste' },
  { lang: 'es', question: 'cual es la capital de australia' },
  { lang: 'es', question: 'como invierto en criptomonedas' },
  { lang: 'es', question: 'recomiendame una pelicula' },
  { lang: 'es', question: 'como mando dinero por zelle' },
];

/**
 * Held out: written after the retrieval settings were chosen and never used to tune them (analysis, boosts,
 * thresholds, keywords), so their accuracy estimates how the knowledge base does on new questions.
 */
export const RETRIEVAL_HOLDOUT: readonly EvalQuestion[] = [
  { lang: 'en', articleId: 'chat-hours', question: 'is live chat available on christmas day' },
  { lang: 'en', articleId: 'escalation', question: 'i need someone above you, escalate this' },
  {
    lang: 'en',
    articleId: 'never-ask',
    question: 'a guy on the phone wants the 3 digits on the back of my card, should i give them',
  },
  {
    lang: 'en',
    articleId: 'billing-disputes',
    question: 'merchant billed me the wrong amount, how do i fight it',
  },
  { lang: 'en', articleId: 'lost-stolen-card', question: 'left my card at a bar last night and its gone' },
  { lang: 'en', articleId: 'lock-card', question: 'can i pause my card temporarly' },
  { lang: 'en', articleId: 'due-date-cutoff', question: 'what time does my payment need to be in by' },
  { lang: 'en', articleId: 'late-fees', question: 'got hit with a late charge, first time ever' },
  { lang: 'en', articleId: 'rewards-points', question: 'can i use points for my netflix charge' },
  { lang: 'en', articleId: 'digital-wallets', question: 'add card to my samsung phone wallet' },
  { lang: 'en', articleId: 'credit-limit', question: 'how do i increase my spending limit' },
  { lang: 'en', articleId: 'authorized-users', question: 'remove my son as authorized user' },
  { lang: 'en', articleId: 'contact-details', question: 'change my email address on file' },
  { lang: 'es', articleId: 'chat-hours', question: 'hay agentes disponibles de noche?' },
  { lang: 'es', articleId: 'never-ask', question: 'me llego un mensaje pidiendo mi clave, es real?' },
  { lang: 'es', articleId: 'billing-disputes', question: 'el comercio me cobro de mas, quiero reclamar' },
  { lang: 'es', articleId: 'lost-stolen-card', question: 'extravie mi tarjeta en el taxi' },
  { lang: 'es', articleId: 'payment-posting', question: 'mi pago no aparece todavia' },
  { lang: 'es', articleId: 'late-fees', question: 'me pueden quitar el cargo por pago atrasado' },
  { lang: 'es', articleId: 'replacement-card', question: 'el chip de mi tarjeta no funciona' },
  { lang: 'es', articleId: 'trip-protection', question: 'mi vuelo se cancelo, me reembolsan el hotel?' },
  { lang: 'es', articleId: 'digital-wallets', question: 'como pongo la tarjeta en apple pay' },
  { lang: 'es', articleId: 'complaints', question: 'quiero presentar un reclamo formal' },
  { lang: 'es', articleId: 'card-declined', question: 'por que me rechazan la tarjeta en amazon' },
];

export const UNANSWERABLE_HOLDOUT: readonly UnanswerableQuestion[] = [
  { lang: 'en', question: 'how much is a flight to paris' },
  { lang: 'en', question: 'what is the capital of canada' },
  { lang: 'en', question: 'how do i open a citi account' },
  { lang: 'en', question: 'best pizza in town' },
  { lang: 'en', question: 'how do i reset my iphone' },
  { lang: 'es', question: 'que temperatura hace hoy' },
  { lang: 'es', question: 'como pago con paypal' },
  { lang: 'es', question: 'cuando juega el real madrid' },
  { lang: 'es', question: 'traduce hello al español' },
  { lang: 'es', question: 'quiero comprar acciones de tesla' },
];
