import type { HoldoutBook } from './book.ts';

/*
 * Hold-out set, blind part: written after the training data was improved against the rest of the
 * hold-out, and measured once without tuning anything to it, so its figure is not optimistic. Heavier
 * noise than the rest: typos, run-on sentences, Spanglish, several details before the ask.
 * NEVER trained on (see holdout-en.ts).
 */
export const holdoutBlindEn: HoldoutBook = {
  payment_due_date: `
wen is my paymnt due
hey so i just got my first statment and it has like 5 different dates on it, which one is the actual one I have to pay by
Is the payment due before or after the weekend? dont want to mess it up
`,
  change_due_date: `
can u move the due date closer to the end of the month plz my check comes on the 28th
how do i go about getting a new payment due day, the current one is terrible for me
is it possible to have the bill due on the first of the month from now on
`,
  payment_status: `
payed [$600]{amount} on [tuesday]{date:2025-09-16} and it still says pending??? how long does this take
did the money i sent [yesterday]{date:2025-09-16} actually get there, my bank shows it left
hi, can you check if my online payment posted, it was the full statement balance
`,
  make_payment: `
i wanna pay [$125]{amount} toward the card rn
how can i make a one time payment without setting up autopay
Can I pay my balance at a branch or only online?
`,
  late_fee_waiver: `
plz remove the late fee i was literally 1 day late and its the first time
can the [$35]{amount} late charge be credited back? i had a family emergency
Late fee waiver request, autopay didnt run because of your system update
`,
  balance_inquiry: `
hw much do i owe rn
whats left on my credit line
can u tell me the statement balance and whats the min i have to pay
`,
  dispute_charge: `
[Best Buy]{merchant} charged me twice for the same headphones [$199.99]{amount} each, i only bought one pair
i canceled my [Hulu]{merchant} back in june and they still took [$17.99]{amount} this month, i want that back
the restaurant added a [$20]{amount} tip i never wrote, thats not ok, need to dispute it
`,
  unrecognized_charge: `
wtf is this [$89]{amount} charge from [NTFX*BILLING]{merchant}
theres a charge i dont recognize from [Sep 12]{date:2025-09-12}, can u tell me what it is
Hello, I have a small charge I can't identify. Could you give me more details about it?
`,
  report_fraud: `
SOMEONE IS USING MY CARD i just got 3 alerts for stuff i didnt buy
i think my card info got stolen from a website, theres a bunch of charges from overseas
my account got hacked, they changed my password and made purchases
`,
  dispute_status: `
whats the status on the dispute i opened for the [Wayfair]{merchant} order
its been 45 days on my dispute, whens it going to be done
did i win my chargeback or not
`,
  lost_stolen_card: `
my purse got stolen at the mall [today]{date:2025-09-17} need to cancel the card asap
i lost my card on the bus, its gone, send a new one
Someone stole my wallet [last night]{date:2025-09-16}. Please cancel the card and send a replacement.
`,
  damaged_card: `
card chip is busted wont read anywhere
my card cracked in half in my back pocket lol
the card is all bent and scratched, need a new one
`,
  lock_card: `
can u freeze my card real quick, i cant find it but its probably at home
temporarily lock my card pls dont cancel it
I want to put my card on hold until I find it
`,
  unlock_card: `
found my card, pls unfreeze
how do i turn my card back on i locked it [yesterday]{date:2025-09-16}
the card is locked and i need it working again for a trip
`,
  card_delivery_status: `
still no card in the mail, its been forever
hey is my replacment card on the way
When should my new card arrive? I got approved [2 weeks ago]{date:2025-09-03}
`,
  digital_wallet: `
cant add my card to apple wallet keeps failing
how to put card in google pay
Is this card compatible with Samsung Wallet?
`,
  card_declined: `
y does my card keep getting declined
got declined at [Walmart]{merchant} for like [$40]{amount} and i have credit available
My card was rejected for an online purchase [this morning]{date:2025-09-17}. I have not locked it.
`,
  rewards_balance: `
how many pts do i have
whats my cashback balance
How many reward points have I earned so far this year?
`,
  pay_with_points: `
can i use my pts to pay off some of my balance
use rewards to pay for the [$300]{amount} flight charge
Can I apply my points to a recent purchase?
`,
  redemption_issue: `
redeemed my points and nothing happened
my points got taken but i never got the gift card i redeemed
The statement credit from my points redemption is missing.
`,
  benefits_info: `
does my card come with any travel perks
is there cell phone insurance with this card
What purchase protection does my card offer?
`,
  add_authorized_user: `
want to add my gf to my card
how do i add an authorised user
Can I get an additional card for my daughter?
`,
  remove_authorized_user: `
take my ex off the account plz
how to remove an authorised user
I'd like to cancel my son's authorized user card.
`,
  update_contact_info: `
need to update my cell number
change the email on my account to my new one
I have a new phone number, how can I update it?
`,
  update_address: `
need to change my adress i moved
pls update the mailing addr on my acct
I recently moved. How do I change my address on file?
`,
  communication_preferences: `
stop emailing me promos
i want paperless statements
How do I set up text alerts for my account?
`,
  credit_limit_increase: `
can i get a higher limit
need more credit on my card for a big purchase
I'd like to request a credit limit increase please.
`,
  apr_info: `
whats the apr on this card
why is there an interest charge on my bill
What is the interest rate on cash advances?
`,
  product_change: `
can i switch to a card with no annual fee
want to upgrade my card
Is it possible to change my card to a different product?
`,
  travel_booking: `
need to change my hotel booking i made thru ur travel site
cancel the flight i booked thru the portal
I need help with a reservation I made through your travel service.
`,
  trip_protection: `
my flight got canceled, does my card have trip insurance
lost luggage claim through my card how
Does my card cover trip cancellation if I get sick?
`,
  talk_to_agent: `
let me talk to a real person
get me a human
Can I please speak with a customer service representative?
`,
  supervisor: `
i want ur supervisor now
this agent is useless get me a manager
I'd like to escalate this to a supervisor, please.
`,
  file_complaint: `
i want to make a complaint
how do i file a formal complaint about ur service
I would like to submit a complaint about my experience.
`,
  case_status: `
whats the status of my case
any update on the ticket i opened last week
I'm following up on my request from [two weeks ago]{date:2025-09-03}. Any news?
`,
  request_summary: `
send me a copy of this chat
can i get a transcript emailed to me
Could you send me a summary of our conversation?
`,
  upload_documents: `
where do i send my documents
how do i upload the receipt for my dispute
Where can I submit the paperwork you asked for?
`,
  greeting: `
hiii
hey hey there
Good morning, I hope you can help me.
`,
  goodbye: `
kk bye now
thats all i needed bye
Thank you, goodbye.
`,
  thanks: `
thx so much
ty for the help
Thanks, that was very helpful.
`,
  affirm: `
yea yea
ya thats right
Yes, you got it right.
`,
  deny: `
nah thats not it
nope wrong one
No, that is not what I meant.
`,
  out_of_scope: `
whats the best pizza place near me
my discover card from another bank got declined, why
how do i get a refund from [amazon]{merchant} for a package that never arrived, i paid with a gift card
can you help me write a cover letter
my Wells Fargo account is locked
how much is gas going to cost this summer
can i use my chase points for a hotel
what's the weather like in Miami this weekend
my Venmo payment didn't go through
whats the easiest way to quit my gym, they make it impossible
`,
};

export const holdoutBlindEs: HoldoutBook = {
  payment_due_date: `
cuando se vence mi pago de este mes
hasta que dia tengo para pagar la tarjeta?
`,
  change_due_date: `
quiero cambiar el dia de pago de mi tarjeta
se puede cambiar mi fecha de vencimiento?
`,
  payment_status: `
ya se aplico el pago que hice [ayer]{date:2025-09-16}?
hice mi pago y no se ve reflejado
`,
  make_payment: `
como pago mi tarjeta en linea
quiero hacer un pago de [$200]{amount}
`,
  late_fee_waiver: `
me pueden quitar el recargo por pago tarde porfa
me cobraron late fee y fue la primera vez, lo quitan?
`,
  balance_inquiry: `
cuanto es mi saldo actual
cuanto tengo disponible en la tarjeta
`,
  dispute_charge: `
me cobraron dos veces en [Liverpool]{merchant}, quiero disputar el cargo
pedi algo en linea y nunca llego, quiero mi dinero de vuelta
`,
  unrecognized_charge: `
no reconozco este cargo de [$45]{amount}
que es este cobro que me aparece?
`,
  report_fraud: `
alguien uso mi tarjeta sin permiso!!
hay compras que yo no hice en mi cuenta
`,
  dispute_status: `
como va la disputa que abri
ya se resolvio mi reclamo del cargo?
`,
  lost_stolen_card: `
perdi mi tarjeta en el super
me robaron mi tarjeta de credito en el metro, cancelenla ya
`,
  damaged_card: `
mi tarjeta se rompio
el chip ya no jala en ninguna terminal
`,
  lock_card: `
bloquea mi tarjeta temporalmente porfa
quiero congelar mi tarjeta mientras la busco
`,
  unlock_card: `
ya encontre mi tarjeta, desbloqueala
como desbloqueo mi tarjeta?
`,
  card_delivery_status: `
cuando me llega la tarjeta nueva
todavia no recibo mi tarjeta de reemplazo
`,
  digital_wallet: `
como agrego mi tarjeta a google pay
no puedo agregar mi tarjeta a apple pay
`,
  card_declined: `
por que rechazaron mi tarjeta
mi tarjeta fue declinada en la tienda
`,
  rewards_balance: `
cuantos puntos llevo
cual es mi saldo de recompensas
`,
  pay_with_points: `
puedo pagar mi saldo con mis puntos
quiero usar mis puntos para una compra
`,
  redemption_issue: `
canjee puntos y no recibi nada
el canje de mis puntos no funciono
`,
  benefits_info: `
que beneficios de viaje tiene mi tarjeta
mi tarjeta tiene seguro de compras?
`,
  add_authorized_user: `
quiero agregar a mi esposo como usuario adicional
como pido una tarjeta adicional
`,
  remove_authorized_user: `
quiero quitar a un usuario de mi tarjeta
eliminar la tarjeta adicional de mi hijo
`,
  update_contact_info: `
quiero actualizar mi numero de celular
cambiar el correo de mi cuenta
`,
  update_address: `
necesito actualizar mi direccion
me cambie de casa, como actualizo mi domicilio
`,
  communication_preferences: `
no quiero recibir correos de promociones
mandenme los estados de cuenta solo por mail
`,
  credit_limit_increase: `
quiero un aumento de limite
me pueden subir la linea de credito?
`,
  apr_info: `
cual es la tasa de interes de mi tarjeta
por que me cobraron intereses este mes
`,
  product_change: `
me cambian a alguna tarjeta que no cobre anualidad?
puedo mejorar mi tarjeta a una premium?
`,
  travel_booking: `
necesito cambiar mi reserva de hotel del portal de viajes
cancelar el vuelo que reserve con ustedes
`,
  trip_protection: `
cancelaron mi vuelo, mi tarjeta tiene seguro de viaje?
perdieron mi maleta, la tarjeta me cubre?
`,
  talk_to_agent: `
quiero hablar con un agente
pasame con una persona real
`,
  supervisor: `
quiero hablar con tu supervisor
paseme con un gerente por favor
`,
  file_complaint: `
quiero poner una queja del servicio
como hago una queja formal
`,
  case_status: `
cual es el estatus de mi caso
hay novedades de mi solicitud?
`,
  request_summary: `
me mandas una copia de este chat
quiero la transcripcion de la conversacion
`,
  upload_documents: `
donde mando mis documentos
como subo el comprobante
`,
  greeting: `
holis buenas
hola que tal, buen dia
`,
  goodbye: `
bueno adios
eso es todo, gracias, bye
`,
  thanks: `
gracias por todo
muchisimas gracias
`,
  affirm: `
sii
si, eso es
`,
  deny: `
no, no es correcto eso
nop, ese no es
`,
  out_of_scope: `
cual es el mejor restaurante cerca de mi
mi tarjeta de Santander no funciona
como cancelo mi suscripcion del gimnasio
me ayudas a escribir un correo para mi jefe
cuanto cuesta la gasolina [hoy]{date:2025-09-17}
mi pago de Mercado Pago no paso
`,
};
