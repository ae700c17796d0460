import type { PhraseBook } from './book.ts';

/*
 * Training phrases, third pass: context-first messages (a story, then the request), in-scope
 * messages that mention another bank for a good reason (paying this card from a Chase checking
 * account), and more out-of-scope requests about other banks' products worded like ours.
 */
export const extra2: PhraseBook = {
  payment_due_date: {
    en: `
the statement pdf and the email you sent don't match and now I'm not sure. what is the real due date for this cycle?
my mom is in the hospital and I'm handling her bills along with mine, so bear with me. when is the payment on this card due?
`,
    es: `
el correo y el estado de cuenta dicen cosas distintas, cuál es la fecha límite real de este mes?
`,
  },
  change_due_date: {
    en: `
rent comes out on the 1st, car payment on the 3rd, and your card on the 5th. it's too much at once. can the card be due around the 20th instead?
`,
    es: `
la renta sale el 1, el carro el 3 y la tarjeta el 5, es demasiado junto. se puede pasar la tarjeta al 20?
`,
  },
  payment_status: {
    en: `
I paid this card from my Chase checking account on Monday. Chase shows it as sent, but your app still shows the full balance. Did you receive it?
the payment I made from my Bank of America account three days ago still isn't showing on this card
`,
    es: `
pagué esta tarjeta desde mi cuenta de BBVA el lunes, en BBVA dice enviado pero aquí sigue el saldo completo, lo recibieron?
`,
  },
  make_payment: {
    en: `
I want to pay this card using my Wells Fargo checking account, how do I add it as a payment account?
`,
    es: `
quiero pagar esta tarjeta con mi cuenta de Santander, cómo la agrego para pagar?
`,
  },
  balance_inquiry: {
    en: `
I'm moving my other bills around this month and need to know exactly what I owe on this card, statement balance and current balance
`,
    es: `
estoy organizando mis pagos del mes y necesito saber cuánto debo en esta tarjeta exactamente
`,
  },
  dispute_charge: {
    en: `
we stayed at a hotel in Orlando for three nights. at checkout they charged the room again on top of the prepaid booking, so I paid twice. they won't fix it. I want the second charge reversed.
I bought a phone case online, returned it within the window with tracking, and the store still hasn't refunded me after six weeks
`,
    es: `
nos quedamos tres noches en un hotel y al salir nos volvieron a cobrar la habitación que ya estaba pagada, no lo quieren arreglar, quiero que reviertan ese segundo cargo
`,
  },
  unrecognized_charge: {
    en: `
my daughter borrowed my card last weekend so some of these might be hers, but there's one from a place called "Brightline" for $38 I can't place. what is it?
`,
    es: `
mi hija usó mi tarjeta el fin de semana así que algunos cargos pueden ser de ella, pero hay uno de "Brightline" por $38 que no ubico, qué es?
`,
  },
  report_fraud: {
    en: `
I'm at work and my phone has been buzzing all morning with purchase alerts. I haven't bought anything today. Someone has my card number and is using it right now.
`,
    es: `
estoy en el trabajo y el celular no deja de sonar con alertas de compras, no he comprado nada hoy. alguien tiene el número de mi tarjeta y la está usando
`,
  },
  card_declined: {
    en: `
my Chase card got declined so I tried yours and it got declined too. I have like $4,000 available on this one. why was it declined?
I'm traveling in Italy, I told you guys before I left, and the card still got declined at the hotel tonight
`,
    es: `
me rechazaron la tarjeta de otro banco y luego probé la de ustedes y también la rechazaron, tengo crédito disponible, por qué?
`,
  },
  apr_info: {
    en: `
I'm thinking of moving the balance from my Citi card over to this one. What's the balance transfer APR and is there a fee?
`,
    es: `
quiero pasar el saldo de mi tarjeta de Banamex a esta, cuál es la tasa de transferencia de saldo?
`,
  },
  lost_stolen_card: {
    en: `
I left my wallet in a rideshare last night and the driver says it isn't there. The card is gone. Cancel it and send me a new one.
`,
    es: `
dejé la cartera en un uber anoche y el chofer dice que no está, ya no la tengo. cancelen la tarjeta y mándenme otra
`,
  },
  talk_to_agent: {
    en: `
I've typed my question three different ways and keep getting the same canned answer. Please connect me to a human.
`,
    es: `
ya escribí mi pregunta de tres formas y me contesta lo mismo, pásenme con un humano por favor
`,
  },
  goodbye: {
    en: `
ok, thanks, bye
`,
    es: `
ok gracias, chao
`,
  },
  out_of_scope: {
    en: `
my Bank of America card got declined at the grocery store this morning, what's going on
my Capital One Quicksilver was declined online, can you check why
Citi declined my purchase even though I have credit available
why did Wells Fargo decline my debit card
my US Bank card was declined at the pump
how do I check the points on my Chase Freedom Unlimited
Citi ThankYou points balance please
my Capital One miles didn't post for my flight
I redeemed Chase points for a gift card and never got it
when is my Discover it card payment due, it's not with you, it's directly with Discover
my Bank of America payment hasn't posted yet
the payment I made to my Capital One account is pending
did my payment to Synchrony go through
can you move my Citi due date
waive my Bank of America late fee
I was charged a late fee by Capital One, how do I get it back
what's my Chase Sapphire balance
how much do I owe on my Citi card
my Capital One card was stolen
I lost my Wells Fargo card while traveling
freeze my Bank of America card
I locked my Chase card, how do I unlock it
my replacement Citi card never arrived
my Wells Fargo card won't add to Google Pay
what's the APR on my Chase Freedom
raise my Capital One credit limit
how do I upgrade my Citi card
add an authorized user to my Bank of America card
remove my ex from my Chase account
update my phone number with Capital One
dispute a charge on my Citi card from Amazon
I don't recognize a charge on my Chase card
someone is using my Wells Fargo card right now
status of my Capital One dispute
transfer me to someone at Chase
I want to complain about Wells Fargo
status of my case with Bank of America
my Amazon Prime Visa was declined
my Costco Citi card payment is late
my Apple Card has a charge I don't recognize
Cash App says my payment failed
Venmo charged me a fee I didn't expect
my PayPal dispute is still open, any update
Zelle won't let me send more than 500
my crypto wallet got hacked
is the Chase branch on main street open today
what's the routing number for Wells Fargo
how do I reset my Bank of America online banking password
my student loan servicer is charging me interest I don't understand
what's the interest rate on my mortgage
my car loan payment didn't go through
my insurance company denied my claim
how do I file a claim with my homeowner's insurance
how do I dispute something on my credit report
what's the best cash back card out there
how do I get a loan for a house
`,
    es: `
me rechazaron la tarjeta de Santander en el súper, por qué
mi tarjeta de BBVA no pasa en la gasolinera
Banorte me rechazó una compra aunque tengo crédito
por qué HSBC me declinó la tarjeta
mi tarjeta Nu fue rechazada en línea
cuántos puntos tengo en Santander
mis puntos de Banamex no aparecen
canjeé puntos de BBVA y no llegó nada
cuándo vence el pago de mi tarjeta Santander
mi pago a Banorte no aparece
el pago que hice a HSBC sigue pendiente
me pueden cambiar la fecha de pago de BBVA?
quiten el recargo de mi tarjeta de Banamex
cuánto debo en mi tarjeta de Santander
me robaron la tarjeta de BBVA
perdí mi tarjeta de Banorte en el viaje
congelen mi tarjeta de HSBC
no me llega la reposición de mi tarjeta de Santander
cuál es la tasa de mi tarjeta BBVA
súbanme el límite de mi tarjeta de Banorte
agregar un adicional a mi tarjeta de Santander
Banamex me cobró algo que no compré, cómo lo disputo con ellos
alguien está usando mi tarjeta de BBVA ahorita
cómo va mi aclaración con Banorte
pásenme con alguien de HSBC
quiero poner una queja contra Santander
mi tarjeta de Liverpool fue rechazada
mi pago de Mercado Pago falló
Cash App me cobró una comisión
mi aclaración de PayPal sigue abierta
cuál es la sucursal de BBVA más cercana
cómo recupero mi contraseña de la banca en línea de Santander
mi préstamo del carro me cobró intereses de más
la aseguradora rechazó mi reclamo
cómo peleo algo en mi buró de crédito
`,
  },
};
