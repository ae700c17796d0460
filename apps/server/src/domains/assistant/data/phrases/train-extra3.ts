import type { PhraseBook } from './book.ts';

/*
 * Training phrases, fourth pass: wording gaps found in error analysis (short complaints about a
 * declined card that looked out of scope, reminders vs due dates, slang), written fresh rather than
 * copied from the validation set.
 */
export const extra3: PhraseBook = {
  unrecognized_charge: {
    en: `
which company is behind this $31 charge from Tuesday
which store took $75 out last week? I don't remember it
who is this merchant that billed me on the 3rd
a pet store charged me $54 on the 8th and we don't have any pets, what is this
a restaurant in Denver charged me $88 yesterday, I've never been to Denver. what is that charge
there's $19.99 from a streaming service I never signed up for, what is it
a gym charged me $45 on Monday and I'm not a member anywhere
a hotel in Chicago billed me $210 last week and I was home the whole time, can you tell me about that charge
I see $12.50 from a coffee shop across town on Sunday, I don't think that was me
a charge at a gas station for $60 on the 2nd, I don't drive. what is this
charged $35 at a bakery on Saturday? I was out of town all weekend
a bookstore charged me $27.80 two days ago, I haven't bought a book in years
$140 at a salon on the 9th, I don't go to salons. what's this
there's a charge from an airline for $320 and I haven't flown anywhere this year
a $15 charge from a car wash last week, I don't even own a car
charged at a bar in Austin on Friday, I was at home. can you tell me what this is
something billed me $9.99 on the 1st and I don't subscribe to anything
a $48 charge at a toy store yesterday, we don't have kids. where is this from?
`,
    es: `
qué empresa está detrás de este cargo de $31 del martes
una tienda de mascotas me cobró $54 el día 8 y no tenemos mascotas, qué es eso
un restaurante de otra ciudad me cobró $88 ayer y nunca he estado ahí, qué cargo es
me cobraron $45 de un gimnasio el lunes y no soy socio de ninguno
hay un cargo de un hotel de $210 de la semana pasada y yo estaba en mi casa, qué es
me cobraron en una gasolinera y yo no manejo, no fui yo, qué es ese cargo
me cobraron $35 en una panadería el sábado y yo estaba de viaje
hay un cargo de $140 de un salón de belleza del día 9 y yo no voy a salones, qué es
me cobró una aerolínea $320 y no he volado este año
me cobraron $48 en una juguetería ayer y no tenemos hijos, de dónde es?
un bar me cobró el viernes y yo estaba en mi casa, no fui yo, qué es eso
`,
  },
  dispute_charge: {
    en: `
my phone company billed me $280 instead of the $70 plan I signed up for
the department store still hasn't credited my return from two weeks ago
the store promised me a price adjustment of $150 and never applied it
the cable company charged $190 this month instead of the usual $65
I returned shoes to a department store last week and the refund isn't on my card
the electronics store told me they'd credit $100 for a price match, nothing showed up
the internet provider billed me for a modem I already returned
the restaurant charged $62 but my receipt says $26
I returned a dress to Macy's and the credit still isn't on my account
Kohl's took back my return ten days ago and no refund yet
`,
    es: `
la compañía de teléfono me cobró $280 en vez del plan de $70
la tienda departamental no me ha reembolsado la devolución de hace dos semanas
me prometieron un ajuste de precio de $150 y nunca lo aplicaron
el cable me cobró $190 este mes en lugar de los $65 de siempre
devolví un vestido en Macy's y el reembolso sigue sin aparecer
`,
  },
  balance_inquiry: {
    en: `
do I owe around 200 bucks or is it more
roughly what do I owe right now
`,
    es: `
debo como 200 dólares o es más?
`,
  },
  dispute_status: {
    en: `
the case I opened about the streaming charge, where is it now
any news on case 48810? it's about a charge from a hotel
my case about the double charge, is it resolved
`,
    es: `
el caso que abrí por el cargo de la suscripción, en qué va
hay novedades del caso del cobro doble?
`,
  },
  make_payment: {
    en: `
fastest way to get money onto the card today?
I need to send in a payment right now before the cutoff
pay $600 on Friday from my savings account
take $350 from my savings to pay the card tomorrow
`,
    es: `
cuál es la forma más rápida de abonar hoy a la tarjeta
paguen $600 el viernes desde mi cuenta de ahorros
`,
  },
  payment_due_date: {
    en: `
how long have I got before the payment is late
days left until my bill is due?
`,
    es: `
cuánto falta para la fecha límite de pago
me quedan días para pagar o ya venció?
`,
  },
  payment_status: {
    en: `
my payment got reversed, why did that happen
the payment I sent bounced back, what went wrong
`,
    es: `
me regresaron el pago, por qué?
mi pago aparece como devuelto, qué pasó
`,
  },
  damaged_card: {
    en: `
swiping doesn't work anymore, the strip on the back is all scratched up
the card warped in the heat and won't slide into readers
the magnetic part is scuffed and readers can't get it
`,
    es: `
la banda de la tarjeta está toda rayada y ya no la pasan
la tarjeta se deformó con el calor y no entra en la terminal
se me torció la tarjeta y ya no la lee ninguna máquina
`,
  },
  card_delivery_status: {
    en: `
how many more days until the replacement card gets here
when does the new plastic show up
any idea when my replacement will be delivered
`,
    es: `
cuántos días más para que llegue la tarjeta de reemplazo
`,
  },
  card_declined: {
    en: `
rejected at the gas pump again, what is wrong with this card
my purchase got rejected at the electronics store
the store said my card was turned down
got turned down at the hotel front desk even with credit available
why do my purchases keep failing at checkout
my card got refused for a $30 purchase, ridiculous
declined at the grocery store for the second time this week
transaction failed at the register, card declined message
`,
    es: `
otra vez me rechazaron en la bomba de gasolina, qué tiene esta tarjeta
no me aceptaron la tarjeta en la tienda de electrónica
mis compras siguen fallando al pagar, por qué
la tarjeta no pasó en la recepción del hotel y tengo crédito
`,
  },
  rewards_balance: {
    en: `
what does my point count look like today
total points as of now?
what's my current points tally
`,
    es: `
cuál es mi total de puntos al día de hoy
`,
  },
  benefits_info: {
    en: `
do I have to enroll to get the monthly streaming credit or is it automatic
is the uber credit applied automatically
how do I activate the dining statement credit
`,
    es: `
el crédito de streaming es automático o me tengo que inscribir?
`,
  },
  communication_preferences: {
    en: `
send me a reminder a few days before each payment is due
I'd like a text reminder ahead of my due date
set up an email alert before the bill is due
stop calling me with offers, I'm not interested
`,
    es: `
mándenme un recordatorio unos días antes de la fecha de pago
quiero un aviso por mensaje antes del vencimiento
ya no me llamen para venderme cosas
dejen de llamarme con promociones de tarjetas
`,
  },
  credit_limit_increase: {
    en: `
I need more room on the card, can you bump the limit
give me more spending room please
`,
    es: `
por qué no me aprobaron más límite?
necesito más espacio en la tarjeta, súbanme el límite
`,
  },
  product_change: {
    en: `
if I switch to a different card do my points carry over?
what happens to my rewards if I downgrade my card
`,
    es: `
si cambio de tarjeta conservo mis puntos?
`,
  },
  supervisor: {
    en: `
let me talk to whoever is in charge there
put me through to the person in charge
`,
    es: `
pásenme con el que manda ahí
`,
  },
  case_status: {
    en: `
what's happening with the complaint I made
has anyone looked at the complaint I sent in?
`,
    es: `
en qué va la queja que puse?
`,
  },
  goodbye: {
    en: `
laterrr
ok peace
cya later
`,
    es: `
cierren el chat ya terminé
ahí le dejamos, adiós
`,
  },
  deny: {
    en: `
that isn't correct
no, that's not right at all
that's not it, no
`,
    es: `
no, eso está mal
eso no está bien
no es así
`,
  },
};
