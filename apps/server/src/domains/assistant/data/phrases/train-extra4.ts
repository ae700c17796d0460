import type { PhraseBook } from './book.ts';

/*
 * Training phrases, fifth pass: in-scope messages naming many different merchants and the card
 * networks the issuer's cards run on (Visa, Mastercard, Amex), so a brand name alone does not pull a
 * message out of scope.
 */
export const extra4: PhraseBook = {
  dispute_charge: {
    en: `
Regal charged me twice for the same movie tickets on Saturday
AT&T billed me for a line I cancelled in June
Sephora never refunded the lipstick set I sent back
Nike shipped the wrong shoes and won't take them back, I want the $130 charge reversed
GameStop charged me full price for a preorder that got cancelled
Old Navy double charged me at the register
Expedia charged me for a hotel booking that the hotel says doesn't exist
StubHub sold me fake tickets and refuses to refund
Petco charged me for an autoship order I cancelled
Instacart charged $85 but half the groceries never came
Grubhub charged my card twice for one order
Shein order never arrived, tracking is stuck for a month, I want my money back
Zara took my return in store but the refund never posted to my card
`,
    es: `
Regal me cobró dos veces los mismos boletos del cine
AT&T me cobró una línea que cancelé en junio
Sephora nunca me reembolsó lo que devolví
Shein no me entregó el pedido y quiero que me devuelvan el dinero
Zara recibió mi devolución en tienda pero el reembolso no aparece en la tarjeta
`,
  },
  unrecognized_charge: {
    en: `
what's this charge from Ulta? I haven't been there in ages
there's a charge from PetSmart and I don't have a pet
who is "GOOGLE *CLOUD"? I see $9.99 from them
I don't recognize a $64 charge from Lowe's on my Visa
what is this Adobe charge, I don't use their software
`,
    es: `
qué es este cargo de Ulta? hace mucho que no voy
hay un cargo de PetSmart y no tengo mascota
no reconozco un cargo de Lowe's en mi Visa
`,
  },
  card_declined: {
    en: `
my Visa got declined at Home Depot this morning
my Mastercard from you was declined at the airport
my Amex was declined at a restaurant that takes Amex
my card was declined at Ulta and I have plenty of credit
Sephora declined my card online
`,
    es: `
me rechazaron la Visa en Home Depot esta mañana
mi Mastercard de ustedes fue rechazada en el aeropuerto
mi Amex no pasó en un restaurante que sí acepta Amex
`,
  },
  card_delivery_status: {
    en: `
my new Visa still hasn't arrived
the replacement Mastercard you sent hasn't shown up
my new Amex card is taking forever to arrive
`,
    es: `
mi nueva Visa todavía no llega
la Mastercard de reemplazo no ha llegado
`,
  },
  report_fraud: {
    en: `
charges at Nike, Sephora and Apple in the last hour, none of them mine, someone has my card
someone is using my Visa at stores all over the city right now
`,
    es: `
cargos en Nike, Sephora y Apple en la última hora, ninguno mío, alguien tiene mi tarjeta
alguien está usando mi Visa en varias tiendas ahorita
`,
  },
};
