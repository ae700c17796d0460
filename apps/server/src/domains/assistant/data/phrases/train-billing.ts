import type { PhraseBook } from './book.ts';

// Training phrases: billing (due date, payments, late fees, balances).
export const billing: PhraseBook = {
  payment_due_date: {
    en: `
when is my payment due
due date?
whens my bill due
what day is my payment due this month
when do I have to pay by
when's the due date on my card ending in 4821
payment due date for my gold card
i need to know the deadline for my next payment
what is the last day i can pay without being late
hey, quick question, when is the payment due on this account?
when is my next payment due date
is my payment due on the 15th or the 20th?
I just got paid and want to make sure I pay before the due date. when is it?
Whens the dead line for my minimum payment
due date for the statement that closed on June 3?
what date does my payment have to be in by
by what time on the due date does my payment need to be received
till when do I have to pay this month's bill
I keep forgetting when my bill is due. Can you remind me?
whan is my paymnet due
my statement came in the mail but i threw it away, when is the due date
When is my minimum payment due?
what day of the month is my card payment due
How many days do I have left to pay my bill?
is my payment due tomorrow?
do i still have time to pay before it's late
what's the due date for the card ending 7733
when is the next bill due for my platinum card
I'm traveling next week and want to pay before my due date. When exactly is it?
When does my payment need to be made so I don't get a late fee?
payment due when
due date pls
when do i need to pay my credit card
Can you tell me when my payment is due? I'm paid on Fridays and I want to plan around it.
I just opened this card last month, when is my first payment due?
whens the first payment due on a new account
when is the payment due on the business card
my husband says our bill is due on the 1st, is that right?
Is the due date the same day every month?
what's the cutoff time for payments on the due date
when is my credit card bill due, I can't find it in the app
the app doesn't show my due date anywhere. when is it
I got an email saying payment due soon, when exactly?
When's the due date? I don't want to be late again like last time.
seriously why is it so hard to find the due date in your app?? just tell me when it's due
is the payment due date on the 28th?
do I have to pay by the 5th?
due date for next month?
When will my next payment be due after this statement closes?
when is this months payment due
when is my payment due for July
I'm on autopay but I want to know which day the payment actually comes due
what's the latest I can pay this cycle without being charged a late fee
What's the last date to pay my balance this month?
If I pay on the 16th will I be late? When is the due date exactly?
my payment is due when? the statement layout is confusing
when do i have to have the minimum paid by
Hi, I would like to know the payment due date for my account, please.
payment deadline?
how long do i have to pay after the statement comes out
Is my bill due this Friday or next Friday?
when is it due
what is the due date on my latest statement
my wife handles the bills and she's away, what day do we need to pay by?
remind me of the due date for card 5512
ok and when is the payment due
when do I gotta pay this thing
`,
    es: `
cuándo vence mi pago
cuando vence mi pago
fecha de vencimiento del pago?
cuál es la fecha límite de pago de mi tarjeta
hasta cuándo tengo para pagar
cuando tengo que pagar la tarjeta
qué día vence el pago de este mes
cuándo se vence el pago mínimo
hola, quisiera saber cuál es la fecha de pago de mi tarjeta terminada en 4411
cual es el ultimo dia para pagar sin recargo
para cuándo tengo que pagar?
mi pago vence el 15 o el 20?
me acaban de pagar y quiero pagar antes de la fecha límite, cuándo es?
se me olvida siempre cuando tengo que pagar, me recuerdas la fecha?
que dia del mes se paga la tarjeta
cuántos días me quedan para pagar
vence mañana mi pago?
todavía estoy a tiempo de pagar antes de que venza?
cuando vence el pago de la tarjeta platinum
cuando es el due date de mi tarjeta
cual es mi due date
hasta que hora puedo pagar el dia del vencimiento
la app no me muestra la fecha de pago, cuando vence?
cuando vence mi primer pago? abrí la cuenta el mes pasado
la fecha de pago es la misma todos los meses?
tengo que pagar antes del 5?
cuando vence el pago minimo de julio
fecha limite de pago porfa
cuando se vence mi factura de la tarjeta
si pago el 16 ya es tarde? cuando vence exactamente
me llegó un correo que dice que mi pago vence pronto, qué día es?
estoy en autopay pero quiero saber que dia vence
hola buenas tardes, me podría indicar la fecha límite de pago de mi cuenta?
para que fecha debo pagar el saldo
cuanto tiempo tengo para pagar despues de que sale el estado de cuenta
cuando vence el pago de la tarjeta del negocio
mi esposo dice que pagamos el día primero, es correcto?
`,
  },

  change_due_date: {
    en: `
can I change my due date
I want to move my payment due date to the 15th
Is it possible to switch my due date to later in the month? I get paid on the 1st and 15th
change due date
move due date pls
my due date is right before payday and it's killing me. can we move it to the 25th?
how often can I change my payment due date?
can you push my due date back a week permanently
I'd like a different due date, the 3rd doesn't work with my pay schedule
switch due date to the 1st of the month
Can the due date be changed to match my other bills?
how do i change the date my payment is due
i changed jobs and now get paid on the 20th, i need my due date moved
Is there a limit on how many times I can change my due date in a year?
can u change my payment date to the end of the month
I need to pick a new due date
chnage my due date plz
How long does it take for a due date change to take effect?
If I change my due date will my next payment be due sooner?
Will changing my due date cost anything or hurt my credit?
I asked to change my due date last year, can I do it again?
my due date falls on the 28th and february always messes me up. can i move it to the 10th?
would like to request a due date change
Can I align the due dates on both of my cards so they're on the same day?
I want my bill due on the 5th instead of the 22nd
hey can you guys move my due date. the current one is terrible
I'm retired and my social security comes on the 3rd Wednesday. Can my due date be after that?
need to reschedule my due date, not a one-time extension, a permanent change
why can't I change my due date in the app? the option is greyed out
Can I choose my own due date?
option to pick payment due date?
modify billing due date
please set my due date to the 18th going forward
You moved my due date without asking and I want it back to the 12th
is changing the due date possible for business cards
I started a new job with a different payday and I'd like to adjust my card's due date accordingly.
how many days notice do you need to change my due date
dude i've asked twice to move my due date and nothing happened. move it to the 20th please
Can I get a later due date?
an earlier due date would work better for me
alter my payment due date
change my billing cycle so the payment is due on the 30th
Does the statement closing date change too if I move the due date?
move my payment due day from the 7th to the 21st
i'd like to update my due date
could you shift my due date by about 10 days?
due date change request
I need my due date changed ASAP
my paycheck comes after my due date every month. can that be fixed?
what are the available due dates I can choose from?
is there any way to get a different payment due date on my card ending in 3390
I'd love to have the due date line up with my paycheck on the 15th.
Is it true I can only change my due date once every 12 months?
can the due date on my account be changed online or do I have to call
i want to change my due date to a day after my pension arrives
my due date keeps landing on a weekend, can you move it to a weekday
can I change my due date to the 2nd? my last change was 6 months ago
change payment due date to the 9th of every month
the due date you gave me is the worst possible day. change it
new due date please, something mid month
can my husband and i have the same due date on our cards, mine is the 4th his is the 19th
`,
    es: `
puedo cambiar mi fecha de pago
quiero cambiar la fecha de vencimiento al día 15
se puede mover la fecha límite de pago a fin de mes?
cambiar fecha de pago
me pagan el 1 y el 15, quiero que mi fecha de pago sea después
cada cuánto puedo cambiar la fecha de vencimiento?
quisiera una fecha de pago diferente, el día 3 no me funciona
pasar mi fecha de pago al día 20 por favor
como cambio el día en que vence mi pago
cambié de trabajo y ahora cobro el 20, necesito mover mi fecha de pago
hay un límite de veces para cambiar la fecha de vencimiento?
necesito elegir otra fecha de pago
kiero cambiar mi fecha de pago
cuanto tarda en aplicarse el cambio de fecha de pago?
si cambio la fecha de vencimiento me cobran algo?
quiero que mi pago venza el 5 en vez del 22
por favor muevan mi fecha de pago, la actual no me sirve para nada
puedo escoger mi propia fecha de pago?
quiero cambiar el due date de mi tarjeta
can I change la fecha de pago al 10?
se puede cambiar la fecha de corte y de pago de mi tarjeta terminada en 7781?
me gustaría que la fecha de pago coincida con mi quincena
es cierto que solo puedo cambiar la fecha de pago una vez al año?
la fecha de pago me cae en fin de semana, la pueden pasar a un dia entre semana?
ya pedí dos veces que me cambien la fecha de pago y nada. pásenla al 20 por favor
cambiar dia de vencimiento del pago
quiero una fecha de pago mas tarde en el mes
se puede adelantar mi fecha de pago unos dias de forma permanente
solicito cambio de fecha de vencimiento
mi pensión llega el día 3, pueden poner mi fecha de pago después de eso?
qué fechas de pago puedo elegir?
cambiaron mi fecha de pago sin avisar y quiero que vuelva al 12
como modifico la fecha de pago desde la app
puedo alinear la fecha de pago de mis dos tarjetas?
si muevo la fecha de pago cambia tambien la fecha de corte?
me pagan cada quincena y la fecha de pago actual me queda muy mal, se puede cambiar?
necesito cambiar la fecha de vencimiento urgente
`,
  },

  payment_status: {
    en: `
did my payment go through
did you get my payment
I paid $250 on Monday and it's still not showing. did it post?
payment posted?
has my payment cleared yet
i made a payment yesterday but my available credit didn't change
I sent a payment from my checking account on June 3 and it still says pending
how long does it take for a payment to post
is my payment of $1,200 processed?
my payment isn't showing up on my account
I paid my bill last week, can you confirm you received it?
The bank says the money left my account but your app shows no payment. where is it?
why is my payment still pending after 3 days
did my autopay go through this month
checking if my last payment was received
was my payment of 500 dollars applied to my balance
I accidentally paid twice, did both payments go through?
payment status
status of my payment please
i got an email saying my payment was returned. why?
my payment disappeared from the activity list
I paid through my bank's bill pay, did it arrive?
I mailed a check two weeks ago and it hasn't been credited
has the check I mailed arrived yet
I paid $89.50 this morning, when will it show?
it's been 5 business days and my payment still hasn't posted. what is going on
my balance is the same even though I paid in full yesterday. did it go through??
can you see a payment from me on the 12th?
did the payment from my Wells Fargo checking get to you
confirm my payment was received
pymnt not posted yet??
did my payment clear
i want to make sure my payment got there before the due date
When will my payment be reflected in my available credit?
my payment shows processing, is that normal
is there a hold on my payment?
I set up a one-time payment for Friday, did it actually go out?
the scheduled payment for the 1st, did it process?
i paid and it says payment failed. what happened?
has my payment posted to the account ending in 2234
paid $75 online, nothing on my account. hello??
why hasn't my payment been applied yet
I paid more than the statement balance, did the extra go through?
the payment I made through the app on Sunday isn't showing
Where's my payment? Bank took the money on Tuesday.
I need proof you got my payment. did it post on time?
your system says i missed my payment but i paid on the 14th. can you check?
Can you check whether the payment of $342.18 from last Friday posted?
did the minimum payment go through?
Is my autopay working? I don't see the payment for June.
Hi, I paid my balance in full on 07/02, could you confirm it posted?
payment still pending why
how come my payment is taking so long to clear
did the money arrive
I paid yesterday at 4pm, will it post today?
is my payment counted as on time if it posted the day after the due date?
I paid but my card is still restricted, did the payment post?
ok so I paid 300 on the 3rd and my bank statement shows it cleared but you still show the old balance. did you get it or not
the payment confirmation number is 88321, can you see if it posted
i think my payment got lost somewhere
`,
    es: `
ya se reflejó mi pago?
recibieron mi pago?
pagué 250 dólares el lunes y todavía no aparece
mi pago ya se aplicó?
hice un pago ayer y mi crédito disponible sigue igual
cuanto tarda en reflejarse un pago
el pago que hice no aparece en mi cuenta
el banco ya me descontó el dinero pero en la app no sale el pago, dónde está?
por qué mi pago sigue pendiente después de 3 días
se hizo el pago automático este mes?
quiero confirmar que recibieron mi último pago
estado de mi pago
me devolvieron el pago? me llegó un correo
mandé un cheque hace dos semanas y no lo han acreditado
pague $89.50 esta mañana, cuando se va a ver?
ya pasaron 5 días hábiles y mi pago no aparece. qué está pasando
pagué el total ayer y el saldo no cambia, se hizo o no??
pueden ver un pago mío del día 12?
confirmen que recibieron mi pago porfa
ya paso mi pago?
el pago dice procesando, es normal?
programé un pago para el viernes, sí salió?
pagué y dice pago fallido, qué pasó?
ya se acreditó el pago a la tarjeta terminada en 2234?
pagué 75 dólares en línea y nada, hola??
por que no se ha aplicado mi pago
mi pago ya está posted?
el pago que hice por la app el domingo no aparece
dónde está mi pago? el banco me cobró el martes
ustedes dicen que no pagué pero pagué el 14, pueden revisar?
pueden verificar si el pago de $342.18 del viernes pasado ya entró?
se aplicó el pago mínimo?
hola, pagué el saldo completo el 2 de julio, me confirman que se registró?
pague desde mi cuenta de Bank of America, ya les llego el dinero?
el pago sigue pendiente por qué
ya se reflejo el pago q hice ayer
`,
  },

  make_payment: {
    en: `
I want to make a payment
pay my bill
i'd like to pay $300 toward my balance
how do I pay my credit card
pay the statement balance now
schedule a payment for next Friday
can I pay my minimum from my checking account
pay in full today please
set up autopay
I need to make a payment before my due date, how do i do that?
make a payment of $150 on the card ending in 1005
Pay $500 on the 15th
how can i pay my bill online
can I pay with a debit card
can i pay by phone
where do I mail a check for my payment
I want to pay off my entire balance
I'd like to schedule a recurring payment each month
Can you help me pay my credit card? I'm new to this and can't find the button
I got paid today, let's pay the card
Pay the minimum due
i want to make a one-time payment
add a bank account so I can pay my bill
set up automatic payments for the full statement balance
I wanna pay like 200 bucks now and the rest next week
how to make a payment from a different bank account
can I schedule a payment for a future date
make paymnet
paying my card now, how?
Please take a payment of $1,000 from my savings account
I want to pay extra this month to bring down my balance
Can I pay my bill here in the chat?
pay current balance
I need to pay before midnight, how do I do it fastest?
how do I set up autopay for the minimum payment
can I pay part of my balance now and part later
I'm trying to pay but I don't know where to enter my bank info
enroll in auto pay
how do i make an expedited payment
pay $75.25 today
I'd like to pay my statement balance of $2,341.07 now
pay off the card
what are my options to pay
let me pay my bill
I'm behind and want to catch up. can I make a payment today?
how do I pay my business card bill
want to pay the remaining balance on my Platinum card
Help me schedule a payment on the 1st of each month
schedule payment
Can I make two payments in one month?
I'd like to pay now please, the full amount
pay 1200 dollars tomorrow
Take the minimum payment out of my account on the 20th
can I change my autopay amount to the full balance
i want to pay, where do i click
I'm at work and need to quickly make a payment from my phone
I'd like to pay off the $640 I put on the card for the plane tickets
can i pay my card with money from my other bank
submit a payment
i have the money now, take it. pay the whole thing
`,
    es: `
quiero hacer un pago
pagar mi tarjeta
quiero abonar 300 dólares a mi saldo
cómo pago mi tarjeta de crédito
pagar el saldo del estado de cuenta ahora
programar un pago para el viernes que viene
puedo pagar el mínimo desde mi cuenta de cheques?
quiero pagar el total hoy
activar el pago automático
necesito pagar antes de la fecha límite, cómo lo hago?
hacer un pago de $150 a la tarjeta terminada en 1005
pagar $500 el día 15
cómo pago en línea
puedo pagar con tarjeta de débito?
a donde mando el cheque para pagar
quiero liquidar toda la deuda
quiero programar un pago recurrente cada mes
me pagaron hoy, quiero pagar la tarjeta
pagar el minimo
quiero hacer un pago único
agregar una cuenta bancaria para pagar
quiero pagar como 200 ahora y el resto la otra semana
como hago un pago desde otra cuenta de banco
kiero pagar mi tarjeta
por favor cobren $1,000 de mi cuenta de ahorros para pagar
puedo pagar aquí en el chat?
quiero pagar el balance ahora mismo
como pongo el autopay para el pago mínimo
quiero hacer un payment de 400
puedo pagar una parte ahora y otra después?
inscribirme en pagos automáticos
quiero pagar ya, donde le doy?
como pago desde el celular rapido
quiero adelantar un pago este mes para bajar el saldo
programa un pago el primero de cada mes por favor
estoy atrasada y quiero ponerme al corriente, puedo pagar hoy?
pagar 75.25 hoy
`,
  },

  late_fee_waiver: {
    en: `
can you waive my late fee
I was charged a late fee, can you remove it?
please reverse the late fee, I've never been late before
I paid one day late because of a bank holiday. Can you credit back the $40 fee?
late fee refund
remove late charge
I got hit with a late payment fee even though my autopay failed on your end. take it off
can the late fee be waived as a courtesy
I've been a customer for 12 years and missed one payment. Is there any way to get that fee removed?
waive late fee pls
i was in the hospital and missed my payment, please waive the fee
the late fee is $39 and I think it's unfair, can you do anything?
goodwill credit for late fee
I forgot to pay this month, can you forgive the late fee this once?
why did I get a late fee? I paid on the due date. I want it removed
I paid at 11pm on the due date and you charged me a late fee. reverse it
please refund the late payment charge on my card ending in 7781
Can I get a one-time courtesy waiver on the late fee?
Is there a way to get the late fee and the interest on it removed?
Late fee waiver request
my payment was only 2 days late, can the fee be dropped?
I'd like to request a credit for the late fee on my June statement
You charged me a $29 late fee. I have never missed a payment in 5 years. Please remove
could you please be so kind as to waive this month's late charge
the late fee is ridiculous, I paid the next morning
get rid of the late fee
will you credit back the late fee if I pay the full balance today?
I was traveling and couldn't access the app, so I paid late. please waive the fee
my mom passed away last month and I missed the payment. can the late fee be forgiven?
can the late fee be reversed if it was my first time
how do i get a late fee reversed
I need that late fee taken off my account
lat fee wavier
take off the late fee. your website was down on the due date!
I just noticed a $40 late fee. I set up autopay, so this is not my fault. Credit it back.
do you offer late fee forgiveness?
late fee credit please
Hi there. I missed my due date by a day because my paycheck was delayed. I'd really appreciate it if you could waive the late fee.
i've been loyal for years, waive this late fee or i'm closing my account
any chance the late fee can be refunded? it was an honest mistake
I was charged a late fee of 41 dollars on 7/3, please reverse
Can you do a goodwill adjustment on the late payment fee?
the payment was late because my bank took 4 days to send it. waive the fee please
reverse late fee
I'm asking for a courtesy credit of the late fee
is there a one-time late fee waiver policy?
it says late fee on my statement. i never got a reminder. remove it
please don't charge me a late fee, i paid this morning
my autopay didn't run and now I have a late fee. fix it
forgive my late charge please
late fee removal
can you waive the late fee on my business card?
I was late for the first time ever, can we get that fee wiped?
can I get my late fee back
I paid late because of the hurricane. Is there a fee waiver?
I'd like the late payment fee refunded to my account
the late fee pushed me over my limit, can you reverse it?
I need a courtesy waiver, the late fee is killing me
can you remove the late fee that was added on 06/14
so I was one day late. ONE DAY. and you slap me with a fee? take it off
is it possible to have the late penalty removed this one time
`,
    es: `
me pueden quitar el cargo por pago tardío?
me cobraron un recargo por atraso, lo pueden eliminar?
por favor reviertan el cargo por mora, nunca me había atrasado
pagué un día tarde por un feriado bancario, me devuelven los $40?
reembolso del cargo por pago atrasado
quiten el late fee
me cobraron late fee aunque el pago automático falló por culpa de ustedes
pueden condonar el cargo por pago tardío como cortesía?
soy cliente hace 12 años y me atrasé una vez, me pueden quitar la comisión?
estuve hospitalizado y no pude pagar, por favor eliminen el recargo
se me olvidó pagar este mes, me perdonan el cargo por atraso esta vez?
pagué a las 11 de la noche del día de vencimiento y me cobraron mora. quítenla
quiero solicitar la bonificación del cargo por pago tardío
me cobraron 29 dólares de recargo, nunca he faltado un pago
el cargo por atraso es injusto, pagué a la mañana siguiente
si pago todo hoy me devuelven el cargo por mora?
estaba de viaje y no pude entrar a la app, por eso pagué tarde. quiten el cargo
cómo hago para que me reviertan el late fee?
necesito que me quiten el recargo de mi cuenta
quita el cargo por pago atrasado, la pagina no funcionaba el dia de pago!
acabo de ver un cargo por mora de $40, tengo pago automático, no es mi culpa
tienen perdón de recargos por pago tardío?
me atrasé un día porque me depositaron tarde, agradecería que eliminaran el cargo
me cobraron recargo de 41 dolares el 3 de julio, por favor reviertanlo
pueden hacer un ajuste de cortesía al cargo por atraso?
solicito la condonación del cargo moratorio
es la primera vez que me atraso, me quitan la multa?
me pueden devolver el cargo por pago tardío
quitar comision por pago tarde
mi pago automático no corrió y ahora tengo cargo por mora. arréglenlo
me pueden perdonar el recargo? fue un error honesto
pague tarde por el huracan, hay exoneracion del cargo?
el cargo por atraso me pasó del límite, lo pueden revertir?
waive el late fee porfa
por que me cobraron un cargo por pago tardio si pague a tiempo? quiero que lo quiten
multa por pago tarde, se puede eliminar?
`,
  },

  balance_inquiry: {
    en: `
what's my balance
how much do I owe
current balance?
what is my statement balance
what's my minimum payment due
how much available credit do I have
balance on card ending in 3321
I need to know my total balance and the minimum due
how much is left on my credit limit
how much can I still spend this month
what do I owe on my last statement
whats my balence
show me my current balance
how much did I spend this month
I'm about to buy a TV for $1,100, do I have enough available credit?
what's the minimum I have to pay this month
How much do I need to pay to avoid interest?
what's my payoff amount
Is my balance really $4,300? that seems high, can you check the total
can you tell me my remaining balance after my last payment
my available credit looks low, what's my actual balance?
how much is my bill this month
balance please
what is the pending balance on my account
how much do i owe on my platinum card
how much of my limit have I used
what's my credit limit and how much is available
total amount due?
hey, just checking how much I owe right now
I want to pay off my card completely. how much is the full balance including pending charges?
what's the statement balance for the June statement
remaining statement balance?
whats my min payment
minimum amount due on card 4471
I'm trying to budget for next month. could you give me my current balance and the minimum payment?
how much is owed on the business card
Is there any balance left on my account?
do I have a balance?
What is my available credit right now? I'm at the register.
What's the balance on my card and my husband's card
how much money is on my card
what's the amount of my last statement
Could you let me know the outstanding balance on my account please?
Current statement balance and minimum payment due, please.
what's my available balance
tell me my balance
how much do i owe in total
balance inquiry
how much room do I have on my card before I hit my limit
what is my new balance
whats the balance due this month
can you check my balance real quick
How much credit do I have left?
What is my current balance? I made a few purchases at Costco today.
my minimum payment, how much is it?
how much have I charged since my last statement
how much open to buy do I have
what was my statement balance on the last bill
i need my balance for a loan application, what is it exactly
`,
    es: `
cuál es mi saldo
cuanto debo
saldo actual?
cuál es el saldo de mi estado de cuenta
cuánto es el pago mínimo
cuánto crédito disponible tengo
saldo de la tarjeta terminada en 3321
necesito saber mi saldo total y el pago mínimo
cuanto me queda de límite
cuánto puedo gastar todavía este mes
cuanto debo del ultimo estado de cuenta
cual es mi balance
cuanto gaste este mes
voy a comprar una tele de $1,100, me alcanza el crédito disponible?
cuánto tengo que pagar para no generar intereses
cuál es el monto para liquidar la tarjeta
cuanto es mi factura este mes
saldo por favor
cuanto debo en la tarjeta platinum
cuánto de mi límite he usado
cual es mi limite de credito y cuanto tengo disponible
monto total a pagar?
hola, nada más quiero saber cuánto debo ahorita
quiero liquidar la tarjeta, cuánto es el saldo total con los cargos pendientes?
cuanto es el pago minimo de este mes
me puede dar el saldo pendiente de mi cuenta por favor
saldo disponible
dime mi saldo
cuanto debo en total
consulta de saldo
kuanto debo
cual es el balance de la tarjeta y el pago minimo
cuánto me queda disponible en la tarjeta
cuanto he cargado desde el ultimo corte
estoy en la caja, cuánto crédito disponible tengo?
checa mi balance porfa
`,
  },
};
