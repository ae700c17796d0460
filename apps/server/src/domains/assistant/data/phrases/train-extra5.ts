import type { PhraseBook } from './book.ts';

/*
 * Training phrases, sixth pass: the systematic weaknesses the realistic hold-out set showed (bills
 * owed to other companies, other issuers' store cards and airline or hotel loyalty programmes that
 * looked in scope, "case" about a charge, due-date moves worded as "make it due later", freezing the
 * card from the app in Spanish, paying with the phone, moved house, callbacks and requests that were
 * never processed), plus long messages with context before the request. Written fresh: never copied
 * from the hold-out set, which data.test.ts keeps unseen.
 */
export const extra5: PhraseBook = {
  payment_due_date: {
    en: `
what's the latest day I can pay this month without getting charged a fee
remind me which date the card has to be paid by
I always forget, which day of the month does my payment need to be in
my bills are piling up and I'm trying to plan. the card one, when exactly is it due? I just want to make sure I'm not late
I'm setting up my budget spreadsheet for the fall, can you give me the due date for this statement
`,
    es: `
cual es el ultimo dia para pagar sin que me cobren recargo
recuerdame que dia tengo que pagar la tarjeta
siempre se me olvida, que dia del mes hay que pagar
estoy organizando mis gastos del mes y quiero saber hasta cuando tengo para pagar la tarjeta, me dices la fecha?
`,
  },
  change_due_date: {
    en: `
I need a new payment due day going forward
going forward I'd like the bill to be due on the 10th instead
what's the process to get my due day switched
set my card to be due on a different day each month
can the bill be due at the start of every month from now on
my current due day doesn't work, I'd like to pick another one
could the card be due later in the month instead
I'd like my payment day to fall in a different week
please modify which day my payment is due
my card bill and my mortgage are due the same day, can you push the card one back
can my statement be due after the 20th from now on
I get my pension on the 3rd, so I'd like the card to be due a few days after that instead of before
`,
    es: `
quiero otro dia de vencimiento de ahora en adelante
de ahora en adelante quiero que la tarjeta venza a principio de mes
que tramite hago para cambiar el dia en que vence la tarjeta
se puede hacer que la tarjeta venza mas tarde en el mes
quiero modificar el dia en que vence el pago
me gustaria que mi fecha de pago caiga en otra semana
la hipoteca y la tarjeta vencen el mismo dia, pueden recorrer la fecha de la tarjeta
cobro mi pension a principios de mes y el pago vence antes, se puede mover el vencimiento para despues
`,
  },
  payment_status: {
    en: `
my payment got reversed, why
the app says my last payment was returned, what happened to it
the autopay was supposed to run already, did it actually take the money this month
I paid through my bank's bill pay two days ago, can you see it on your side
my checking shows the payment left but the card still says I owe the full amount. did you receive it?
`,
    es: `
mi pago aparece como devuelto, que paso
me revirtieron el pago, por que
ya se cobro el pago automatico de este mes o todavia no
pague desde la app de mi banco hace dos dias, ya les aparece?
en mi cuenta ya salio el dinero pero la tarjeta sigue con el mismo saldo, ya recibieron mi pago?
`,
  },
  make_payment: {
    en: `
I want to pay the card using my Chase checking account
can I transfer money from my Bank of America account to pay this card
pay the card from my credit union savings
I'd like to pay everything I owe in one go
let me clear the whole balance today
I just sold my car and I want to wipe out what's on the card. how do I send the payment?
`,
    es: `
quiero que se pague el saldo total automaticamente cada mes
quiero liquidar mi tarjeta ya
liquidar el total de la tarjeta ahora
quiero liquidar todo lo que debo de la tarjeta
pagar el total de mi tarjeta de una vez
puedo pagar la tarjeta desde mi cuenta de BBVA?
quiero hacer una transferencia desde mi cuenta de Santander para pagar esta tarjeta
me llego un dinero extra y quiero dejar la tarjeta en ceros, como hago el pago
`,
  },
  dispute_charge: {
    en: `
I bought a mattress online, returned it within the trial period and have the return label receipt. two months later they still haven't credited me. I want to dispute it
we booked a tour for our anniversary, the company cancelled the day before and stopped answering calls. I want my money back through you
`,
    es: `
compre un colchon en linea, lo devolvi dentro del periodo de prueba y tengo la guia de devolucion. ya pasaron dos meses y no me regresan el dinero, quiero disputar el cargo
`,
  },
  unrecognized_charge: {
    en: `
who is 'TST* HARBOR GRILL' and why are they billing me
what company is 'PP*MARKETSHOP', I see a charge from them
there's a charge I have no memory of making, could be my teenager, could be something else. can you tell me what it is first
I'm looking at a line on my statement and I honestly can't tell what store it is
`,
    es: `
quien es 'SQ *LA ESQUINA' y por que me cobro
hay un cargo que no ubico, puede ser de mi hijo o no se, me dicen de que es antes de reportarlo
`,
  },
  dispute_status: {
    en: `
what happened with the case about the double charge
the case for my airline refund, is it still open
I have a case open about a charge from a restaurant, any decision yet
my case on the wrong amount charged, has it been resolved
is the claim about my hotel charge finished
checking on the case I opened for a purchase that never arrived
`,
    es: `
mi caso por el cobro equivocado, ya lo resolvieron?
el caso del reembolso del hotel sigue abierto?
que paso con mi caso del cargo que me cobraron dos veces
tengo un caso abierto por una compra que nunca llego, ya hay respuesta
como va el caso de mi aclaracion por el cargo del restaurante
`,
  },
  lost_stolen_card: {
    en: `
someone grabbed my purse at the mall and my card was in it
a thief took my backpack off the train, my card was inside, I need it cancelled and replaced
`,
    es: `
me arrebataron la bolsa en la calle y ahi iba la tarjeta
se metieron a mi carro y se llevaron la cartera con mi tarjeta, cancelenla
`,
  },
  lock_card: {
    en: `
how can I switch off my card from the app for a little while
disable the card for now, I'll decide later if it's lost
`,
    es: `
como apago la tarjeta desde la aplicacion
quiero congelar mi tarjeta en la app, como le hago
desactivala por unos dias, no la canceles
pausa la tarjeta un rato mientras la encuentro
pon mi tarjeta en pausa desde el celular
apagar la tarjeta temporalmente desde la app
`,
  },
  unlock_card: {
    en: `
I froze the card myself and now the grocery store declined it, please unfreeze it
I had paused the card and forgot, my online order just failed. switch it back on
`,
    es: `
yo congele la tarjeta y se me olvido, ahora me la rechazaron en la farmacia, activenla
`,
  },
  card_delivery_status: {
    en: `
my wife got her new card but mine never came
can I get the tracking info for the card you mailed me
it's been three weeks and the new card still isn't here
I changed my address recently, did the new card go out to the old one
`,
    es: `
a mi esposo ya le llego su tarjeta y la mia no
me pueden dar el rastreo del envio de mi tarjeta
ya pasaron tres semanas y la tarjeta nueva no llega
me mude hace poco, la tarjeta nueva la mandaron a la direccion anterior?
tienen numero de rastreo de la tarjeta que me enviaron
`,
  },
  digital_wallet: {
    en: `
can I use my phone to pay instead of the plastic card
pay by phone at the checkout, how do I turn that on
I want to start paying in stores with my phone, how do I set that up
can I tap my phone at the register with this card
set my card up on my phone so I don't have to carry it
`,
    es: `
pagar con el cel en vez de sacar la tarjeta
quiero pagar acercando el telefono, como lo activo
quiero pagar con el celular en las tiendas, como configuro la tarjeta
como uso la tarjeta desde el telefono para pagar acercandolo
poner mi tarjeta en el telefono para no traerla
`,
  },
  rewards_balance: {
    en: `
how much cashback have I got so far
what's my cash back total right now
cash rewards balance?
`,
    es: `
cuanto cashback llevo
cual es mi saldo de cashback
`,
  },
  report_fraud: {
    en: `
someone got into my online account and changed my phone number and password
a stranger logged into my account and ordered a card for themselves
`,
    es: `
usaron mi tarjeta sin mi permiso, hay compras que no son mias
alguien hizo compras con mi tarjeta sin autorizacion
alguien entro a mi cuenta en linea y cambio mi telefono y contraseña
`,
  },
  damaged_card: {
    en: `
the stripe on the back is scratched up and won't swipe
`,
    es: `
la banda de la tarjeta esta rayada y ya no pasa
el chip esta raspado y la terminal no lo lee
`,
  },
  trip_protection: {
    en: `
does the card include insurance if my trip gets cancelled
`,
    es: `
la tarjeta incluye seguro de cancelacion de viaje?
viene incluido algun seguro por retraso de vuelo
`,
  },
  card_declined: {
    en: `
I'm at the counter and it won't let me pay, says declined, and I haven't locked anything
`,
    es: `
estoy pagando y me sale declinada, yo no la bloquee ni nada
`,
  },
  redemption_issue: {
    en: `
used my points to book a flight, the points are gone and there's no ticket
I never got the gift card my points paid for
I used points for a gift card and the code was never emailed
the gift card I redeemed points for never came
`,
    es: `
canjee mis puntos por unos boletos de avion y la reservacion nunca se confirmo
use puntos para una tarjeta de regalo y nunca me mandaron el codigo
`,
  },
  benefits_info: {
    en: `
is the streaming statement credit automatic or do I need to sign up
do I have to enroll to get the monthly dining credit
how many lounge visits are included each year
can I bring a guest into the airport lounge with this card
how many free Priority Pass entries does the card give me
is there a cap on lounge visits
`,
    es: `
el credito de streaming se aplica solo o me tengo que inscribir
cuantas entradas a salas vip incluye la tarjeta al año
puedo llevar un acompañante a la sala vip
cuantas visitas gratis tengo con Priority Pass
hay limite de visitas a salas de aeropuerto
`,
  },
  add_authorized_user: {
    en: `
how much does an extra card for a family member cost
`,
    es: `
cuanto cuesta sacar una tarjeta adicional
tiene costo una tarjeta adicional para mi esposo
`,
  },
  remove_authorized_user: {
    en: `
I no longer want my son to have a card on my account
my sister doesn't need her card on my account anymore, take it off
he graduated and has his own credit now, so please take his card off my account
`,
    es: `
mi hija ya no debe tener tarjeta en mi cuenta, quitenla
ya no quiero que mi hermano use la adicional
quitenle la tarjeta adicional a mi hijo, ya tiene la suya
mi sobrino ya no necesita la tarjeta de mi cuenta, denla de baja
`,
  },
  update_address: {
    en: `
I moved out of state, how do I get my account updated with where I live now
my mail from you is still going to the house I sold
I don't live at that address anymore
I relocated to another city
statements keep showing up at my previous place
`,
    es: `
me cambie de casa
ya no vivo en esa direccion
me mude de ciudad
los estados de cuenta siguen llegando a mi casa anterior
me fui a vivir a otro lado y tengo que cambiar mi direccion
`,
  },
  credit_limit_increase: {
    en: `
I was told I could request a higher limit after six months, it's been a year. can you look at raising it
`,
    es: `
ya tengo un año con la tarjeta y siempre pago puntual, me pueden revisar para subir el limite
`,
  },
  product_change: {
    en: `
can I move to a card that gets me into airport lounges
switch me to your card that has lounge access
`,
    es: `
me pueden cambiar a la tarjeta que tiene salas vip
`,
  },
  talk_to_agent: {
    en: `
what number do I call to reach a real person
can an agent phone me
is there a number where I can talk to somebody
I'd like a call from one of your people
`,
    es: `
me pueden marcar por telefono
a que numero llamo para hablar con alguien
que me llame un asesor por favor
quiero que me llame una persona
`,
  },
  file_complaint: {
    en: `
where do I leave a complaint about how I was treated
`,
    es: `
donde dejo una queja por el mal servicio
donde pongo un reclamo por como me atendieron
`,
  },
  case_status: {
    en: `
someone was supposed to call me back and nobody did
I was promised a callback two days ago, what's going on
were the forms I sent in processed
did you finish processing my paperwork
I asked for a higher limit last week and still have no answer, where is that request
I requested a product change and never heard back, what's the status
my name change request, is it done yet
`,
    es: `
me iban a devolver la llamada y nadie me llamo
quedaron de llamarme y no me han llamado
ya procesaron los papeles que mande
pedi aumento de limite hace una semana y no me contestan, en que va la solicitud
mi solicitud de cambio de nombre ya quedo?
`,
  },
  supervisor: {
    en: `
I want to talk to the agent's boss
`,
    es: `
quiero hablar con el jefe
con el superior del asesor por favor
`,
  },
  upload_documents: {
    en: `
how do I upload a file for you
`,
    es: `
como subo un archivo
donde subo la foto del recibo
`,
  },
  greeting: {
    en: `
greetings, I'm a cardmember
hello from a long time customer
hey there, long time customer here
`,
    es: `
saludos, soy cliente
hola, buenas, espero que esten bien
`,
  },
  goodbye: {
    en: `
thank you and goodbye
thanks, goodbye now
gotta head out
I have to run now
I'm heading out, bye
finish the conversation
`,
    es: `
terminar esta conversacion
acabar el chat
ya me tengo que ir, adios
`,
  },
  affirm: {
    en: `
sure, go for it
yeah sure
why not, yes
`,
    es: `
si, por que no
si, va, hazlo
`,
  },
  communication_preferences: {
    en: `
no more paper mail from you please
quit sending junk mail to my house
`,
    es: `
ya no me manden publicidad por correo
`,
  },
  out_of_scope: {
    en: `
can I use my Citi points for a flight
transfer my Capital One miles to an airline
my mom's card from her bank got stolen, cancel it for her
pay my rent
pay the cable bill
I need to pay my kid's school tuition
how do I pay my HOA fees
# bills owed to other companies (not this card)
the water company wants me to pay online, how
can I pay my gas company bill in this chat
I need to pay my property taxes
where do I pay my internet bill
pay my phone company for me
I owe the hospital for an ER visit, how do I pay them
my electric company says I'm late, what do I do
how do I pay a speeding ticket
# other issuers' store cards and other banks' cards
when do I have to pay my Kohl's charge card
what's the balance on my Macy's store card
my Old Navy credit card payment didn't post
my credit union debit card was stolen
my PNC debit card is lost
my Navy Federal card keeps getting declined
my Chime card isn't working
my son's Capital One card was stolen, cancel it
can you lock my Wells Fargo debit card
my husband's Citi card got declined at dinner
# airline and hotel loyalty programmes
my Southwest Rapid Rewards points are missing after my flight
my Hyatt points didn't post from my stay
how many AAdvantage miles do I have
transfer my IHG points to my wife
my hotel loyalty points never showed up after checkout
# refunds from companies paid another way
how do I ask an airline for a refund on a ticket I bought with my debit card
I paid cash for a concert and it got cancelled, how do I get the venue to refund me
the airline cancelled a flight I booked on their website with my bank card, how do I get them to pay me back
# payment apps and buy now pay later
my Afterpay installment is due
my Sezzle payment failed
Zelle says my transfer is pending
# general money questions
should I pay off student loans or invest first
what's a good credit score to buy a house
how do I build credit from nothing
`,
    es: `
pagar el telefono de la casa
pagar la renta del departamento
como pago el gas
pagar el cable
quiero pagar el seguro del carro
donde pago el agua
como pago el agua de mi casa
donde pago el servicio de luz de mi departamento
quiero pagar la colegiatura de mi hijo
pagar el mantenimiento del condominio
necesito pagar el internet de la casa
# recibos de otras empresas
como pago el recibo del agua
quiero pagar el gas natural
donde pago la tenencia del carro
pagar el recibo de la CFE
como pago mi plan de Telcel
quiero pagar el impuesto de mi casa
tengo que pagar una multa de transito, donde la pago
# tarjetas de tiendas y de otros bancos
cuanto debo en mi tarjeta Coppel
la tarjeta de Suburbia no pasa
el pago de mi tarjeta Sears no aparece
mi tarjeta de debito de Bancomer fue robada
perdi la tarjeta de HSBC de mi esposo
mi tarjeta de Nu no funciona
bloquea mi tarjeta de Banorte
# programas de lealtad de aerolineas y hoteles
no me abonaron las millas de Volaris
cuantos puntos tengo en Marriott Bonvoy
mis puntos de Club Premier no aparecen
los puntos del hotel no me llegaron despues de mi estancia
# reembolsos de empresas pagadas de otra forma
la aerolinea me cancelo un vuelo que pague con mi tarjeta de debito, como les pido el reembolso
compre boletos en efectivo para un concierto que cancelaron, como me devuelven el dinero
# apps de pago y finanzas generales
mi pago de Kueski esta atrasado
me conviene ahorrar o pagar mis deudas primero?
`,
  },
};
