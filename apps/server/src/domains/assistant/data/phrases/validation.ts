import type { PhraseBook } from './book.ts';

/*
 * Validation phrases: written separately from the training phrases (not paraphrases of them), to
 * measure accuracy on wording the model has not seen. Never copy these into the training files;
 * data.test.ts rejects exact and near-exact duplicates across the two sets.
 */
export const validation: PhraseBook = {
  payment_due_date: {
    en: `
hey so whats the deadline on this months bill
I get paid every other Thursday and I want to line up my payment. What day is it due this cycle?
due on the what?? i cant see it anywhere on the statement pdf
How many days until my payment is due?
My statement closed recently. By which date must the minimum be received?
what is the payment due date on the card that ends with 9902
quick one: next due date?
I was late last month and don't want a repeat. Tell me exactly when my next payment is due.
is the minimum due on the 21st this time
When exactly do you need my payment by for it to count as on time?
paymnt due date plz
my wife said we owe by the end of the week, is that accurate? when's the due date
what's the final day to pay without penalty this month
`,
    es: `
oye cual es la fecha limite de este mes
me pagan cada quince días y quiero organizarme, qué día vence mi tarjeta este ciclo?
para cuando es el pago minimo
cuántos días faltan para que venza mi pago?
qué día me toca pagar la tarjeta que termina en 9902
el mes pasado pagué tarde y no quiero que se repita, cuándo vence el siguiente pago?
mi fecha de pago es el 21?
`,
  },

  change_due_date: {
    en: `
is there any way to make my bill due on the 25th instead? my rent is due the same day as my card
I want a different payment date, permanently
how many times a year am I allowed to move my due date
can you reset my due date so it comes after my payday on the 8th
due date doesnt work for me anymore, need to change it
I'd like to request that my payment due date be moved to the 3rd of each month.
switch my billing date pls, the 12th is awful
can I pick the 30th as my due date? or is that not allowed because of february
my pension schedule changed. Could the due date be changed to match?
I requested a new due date online and it didn't take. I want it moved to the 14th.
How do I go about changing the date my card payment is due each month?
Would moving the due date affect this month's statement?
make my due date the 1st, thanks
`,
    es: `
se puede cambiar el día de pago al 25? la renta me cae el mismo día
quiero otra fecha de pago de forma permanente
cuántas veces al año puedo mover la fecha de vencimiento
pueden poner mi fecha límite después de mi quincena
la fecha de pago ya no me acomoda, necesito cambiarla
quisiera solicitar que mi fecha de vencimiento sea el 3 de cada mes
cambienme la fecha de pago al 1 porfa
`,
  },

  payment_status: {
    en: `
I sent $420 from my credit union on Tuesday. Has it landed on your side yet?
did the payment i scheduled for the 5th actually get processed
my checking shows the debit but my card balance hasn't moved. what's going on with my payment
Just want to confirm my last payment was received on time.
is the autopay from yesterday complete or still processing
my payment says reversed?? what does that mean
payment went thru?
I made a payment at like 9pm last night, has it posted or will it show tomorrow
It's been a week and the payment I mailed hasn't been applied. Can you look into it?
can you tell me if my $65 payment on Aug 1 was credited
the app shows my payment as 'in process' since friday
Why is my credit line still maxed? I paid it off two days ago.
did you receive the payment I made over the phone?
`,
    es: `
mandé 420 dólares desde mi banco el martes, ya les llegó?
ya se procesó el pago que programé para el 5?
en mi banco ya salió el dinero pero mi saldo no cambia, qué pasa con mi pago?
quiero confirmar que mi último pago llegó a tiempo
el pago automático de ayer ya quedó o sigue procesando?
ya paso el pago? lo hice anoche
dice que mi pago fue revertido, qué significa eso?
`,
  },

  make_payment: {
    en: `
I'd like to send a payment of $275 from my checking today
how do I set it up so the full balance is paid automatically every month?
can you schedule $100 for the 28th
i want to knock out my whole balance right now
pay minimum
Where in the app do I go to make a payment? I've looked everywhere.
Is it possible to make a payment through this chat with my bank account ending 3321?
I'd like to put $50 toward my card today and another $50 next Friday.
pay my statement balance from my savings please
what's the quickest way to get a payment in today
turn on autopay for the minimum due
I'm ready to pay off the card, let's do it
can i pay by check over the phone
`,
    es: `
quiero mandar un pago de $275 desde mi cuenta de cheques hoy
cómo pongo que se pague el saldo total automático cada mes?
programa $100 para el 28
quiero pagar todo el saldo ahorita
dónde le pico en la app para pagar? no lo encuentro
quiero abonar 50 hoy y otros 50 el viernes
activar autopago del minimo
`,
  },

  late_fee_waiver: {
    en: `
I've never missed a payment in 8 years, and this month my autopay failed because my bank changed routing numbers. Please take off the late charge.
can that $35 late fee be credited back as a one-time courtesy
late fee on my account. i was 1 day late. remove pls
Is there anything you can do about the late fee? I was in the hospital.
i want the late payment penalty reversed
how about a goodwill credit for the late fee this month?
late charge removal request
your site crashed the night I tried to pay, so I got charged a late fee. That's on you, not me.
Can you refund the late fee if I pay the full balance now?
the fee for paying late, can it be forgiven?
charged late fee even though payment was sent on time from my bank. credit it
I'd appreciate it if the late fee could be waived this once
why is there a $40 penalty on my statement? I want it gone
`,
    es: `
nunca me he atrasado en 8 años y este mes falló el pago automático, por favor quiten el recargo
me pueden bonificar el cargo por mora de $35 por única vez?
cargo por pago tarde en mi cuenta, fue 1 día. quitenlo porfa
pueden hacer algo con el recargo? estuve en el hospital
quiero que reviertan la penalización por pago atrasado
la página se cayó la noche que iba a pagar y me cobraron recargo, eso es culpa de ustedes
me perdonan el late fee esta vez?
`,
  },

  balance_inquiry: {
    en: `
How much is currently owed on my account?
what's the total I owe including the pending stuff
remaining available credit on my card?
minimum payment amount for this statement please
I need to know how much I have left to spend before I hit my limit
whats my current balence on the card ending 0198
what does my latest statement say I owe
How much would it take to pay the card off completely?
can you give me my outstanding balance
my balance?
How much credit is available right now? I want to book a hotel.
what's the current amount due
how much did the last statement come to
`,
    es: `
cuánto debo actualmente en mi cuenta?
cuál es el total que debo con lo pendiente
cuánto crédito me queda disponible?
cuál es el pago mínimo de este estado de cuenta
cuál es mi saldo de la tarjeta que termina en 0198
cuanto necesito para liquidar la tarjeta por completo
mi saldo?
`,
  },

  dispute_charge: {
    en: `
I was billed $64.99 twice by Spotify USA on Aug 3. I only have one account. Please reverse the duplicate.
I returned a pair of boots to TJ Maxx three weeks ago and still no credit on my card. I have the receipt.
the hotel in Miami charged me a $150 resort fee that was never disclosed
I ordered from Wayfair in May and it never arrived. They keep saying it's coming. I want to dispute the charge.
Please open a dispute on the $212 charge from Ticketmaster on 07/19, the show was postponed indefinitely
i cancelled hulu in june and they charged me again in july and august
charged $48 instead of $28 at Chipotle
The airline refunded my ticket according to their email but the credit isn't on my card.
I'd like to file a dispute: the contractor took a $2,000 deposit and never showed up.
double billed by Lyft for one ride
I want to contest the Uber Eats charge from last Tuesday, the food never came and their support closed my ticket
they charged me for 3 items and I only received 1
dispute the amazon charge please, the package was empty
`,
    es: `
Spotify me cobró $64.99 dos veces el 3 de agosto, solo tengo una cuenta, reviertan el duplicado
devolví unas botas a TJ Maxx hace 3 semanas y no me han devuelto el dinero, tengo el recibo
el hotel me cobró una tarifa de $150 que nunca me dijeron
pedí algo a Wayfair en mayo y nunca llegó, quiero disputar el cargo
cancelé hulu en junio y me siguen cobrando cada mes
me cobraron $48 en vez de $28 en Chipotle
quiero levantar una disputa, el contratista cobró el anticipo y nunca vino
`,
  },

  unrecognized_charge: {
    en: `
there's a $17.38 charge from 'TST* LUNA KITCHEN' and I have no idea what that is
can you tell me more about a transaction on 08/11? the description is just numbers
I'm not sure this purchase is mine. Can you tell me what company it's from?
who is 'SQ *RIVERSIDE' and why did they charge me?
what's this thing on my statement for $2.99?
unfamiliar merchant on my bill, need info
I see a charge from Target in a city I don't live in. It could be my daughter, not sure. What store was it?
there's a charge I don't understand, 'CHECKCARD 0812 ZEL*'? what is it
what company charged me $58.40 last friday
is this a subscription? 'RECURRING APPLE.COM/BILL' $10.99
I don't remember this charge at all, what is it for
something called HLU*HULUPLUS charged me, what's that
Before I freak out, can you tell me what the charge from "PAYPAL *EBAY" is?
`,
    es: `
hay un cargo de $17.38 de 'TST* LUNA KITCHEN' y no sé qué es
me pueden decir de dónde es una transacción del 11 de agosto? solo salen números
no estoy seguro de que esta compra sea mía, de qué empresa es?
quién es 'SQ *RIVERSIDE' y por qué me cobró?
qué es esta cosa de $2.99 en mi estado de cuenta?
hay un cargo de Target en otra ciudad, puede ser de mi hija, no sé. qué tienda fue?
qué empresa me cobró $58.40 el viernes pasado
`,
  },

  report_fraud: {
    en: `
I'm getting text alerts right now for purchases at stores in Texas and I'm in Ohio. Please stop this.
somebody has my card info, 4 charges in the last 20 minutes that aren't mine
I think I got phished. I entered my login on a site that looked like yours and now my password doesn't work.
My card is in my hand but someone is using it online. Several charges today.
got a call from "your bank", gave them the code, now there are purchases I didn't make
my account's been hacked, the email and phone were changed
fraudulent charges are piling up, help
The gas pump I used had a skimmer on it, police told me. Now I see charges I didn't make.
there are 10 transactions at walmart i didnt make, all today
Someone is using my card right now to buy electronics online. I need this stopped immediately.
unauthorized activity on my account, multiple purchases overseas
i think my card has been cloned, there are charges in 2 states at the same time
identity theft, someone is using my account
`,
    es: `
me están llegando alertas ahorita de compras en Texas y yo estoy en Ohio, párenlo
alguien tiene los datos de mi tarjeta, 4 cargos en 20 minutos que no son míos
creo que me hicieron phishing, puse mi usuario en una página igualita a la suya
tengo la tarjeta conmigo pero alguien la está usando en internet, varios cargos hoy
me hackearon la cuenta, cambiaron el correo y el teléfono
hay 10 compras en walmart que no hice, todas de hoy
creo que clonaron mi tarjeta, hay cargos en dos estados al mismo tiempo
`,
  },

  dispute_status: {
    en: `
I opened a dispute about a double charge from Amazon on Aug 2. Has there been any progress?
what's happening with chargeback 77-4410?
the dispute on my Delta charge, resolved or not?
it's been 45 days since I disputed the Hilton charge. Any update?
Did the merchant respond to my claim?
my dispute is still open, when will I hear something
can you check where my dispute for $319.00 stands
the temporary credit for my dispute was removed, why?
I uploaded my receipts for the dispute last week, is it moving?
any updates on my disputed transaction from DoorDash
I need the outcome of my dispute
was my claim about the wrong amount charged approved?
dispute update pls
`,
    es: `
abrí una disputa por un cobro doble de Amazon el 2 de agosto, hay avance?
qué pasa con el contracargo 77-4410?
la disputa del cargo de Delta, ya se resolvió o no?
ya van 45 días desde que disputé el cargo de Hilton, alguna novedad?
el comercio ya contestó mi reclamación?
me quitaron el crédito temporal de la disputa, por qué?
cuál fue el resultado de mi disputa?
`,
  },

  lost_stolen_card: {
    en: `
my wallet got snatched on the train this morning and my card was in it. cancel it and send me a new one please
I lost my card at the airport in Denver. I've already checked lost and found. It's gone.
my card got stolen, I need to report it
someone broke into my car last night and took my purse with my card
cancel my card permanently, I lost it and I don't want anyone using it
lost card, need replacement shipped to my home
I'm 100% sure my card was stolen at the bar. Please deactivate it.
How do I get a new card? Mine was stolen.
i lost my credit card somewhere in the mall yesterday, it's not at customer service either
my card ending 6610 was stolen, please close it and reissue
we were robbed at our hotel, cards gone
I lost my card for good. Block it and send a new number.
card is lost
`,
    es: `
me arrebataron la cartera en el tren esta mañana con la tarjeta, cancélenla y mándenme otra
perdí la tarjeta en el aeropuerto de Denver, ya pregunté en objetos perdidos, no está
reportar tarjeta robada
alguien se metió a mi carro anoche y se llevó mi bolsa con la tarjeta
cancelen mi tarjeta de forma permanente, la perdí
me robaron la tarjeta terminada en 6610, ciérrenla y manden otra
perdí la tarjeta para siempre, bloquéenla y manden un número nuevo
`,
  },

  damaged_card: {
    en: `
the chip on my card is cracked and the readers at the store reject it every time
my card got bent in my wallet and now it won't fit in the machine
can I get a new physical card? this one is peeling apart
the stripe on the back is scratched so swiping fails
my card went through the dryer and looks warped
card damaged, need replacement with the same number
the contactless chip stopped working, tapping does nothing
my puppy chewed up my card lol, need a new one
the numbers are worn off my card and cashiers can't read them
my card snapped at the corner and the chip is loose
I need a replacement, my card is physically broken
every terminal says chip read error, and you can see a scratch across the chip
card cracked
`,
    es: `
el chip de mi tarjeta está quebrado y la terminal la rechaza siempre
mi tarjeta se dobló en la cartera y ya no entra en la terminal
me dan una tarjeta nueva? esta se está despegando
la banda de atrás está rayada y no pasa
mi tarjeta pasó por la secadora y quedó torcida
se borraron los números de mi tarjeta y no los pueden leer en las tiendas
tarjeta dañada, necesito reposición con el mismo número
`,
  },

  lock_card: {
    en: `
I might have left my card at the grocery store. Can you pause it while I call them?
can you temporarily turn off my card? not cancel, just off for now
put a freeze on my card until I find it
I'd like to lock my card for a few days while I'm away
card might be in the car, freeze it just in case
how do I pause my card from the website
lock my card ending 5521 temporarily
my kid has been using my card without permission, can I lock it for now
i dont want a new card, just block it temporarily
please suspend my card for the weekend
I can't find my card but I'm pretty sure it's somewhere at home. Just freeze it.
temporarily deactivate the card pls
is there a way to put my card on hold without reporting it lost
`,
    es: `
creo que dejé la tarjeta en el súper, la pueden pausar mientras les llamo?
pueden apagar mi tarjeta temporalmente? no cancelarla
congelen mi tarjeta hasta que la encuentre
quiero bloquear la tarjeta unos días mientras estoy fuera
puede que esté en el carro, congélenla por si acaso
bloquear temporalmente la tarjeta terminada en 5521
no quiero otra tarjeta, solo bloquéenla un rato
`,
  },

  unlock_card: {
    en: `
I found my card in my jacket pocket, can you unfreeze it please
my card is still paused from last week, turn it back on
I locked my card and forgot. Now my purchase at Costco was declined. Unlock it please.
how do I remove the freeze I put on my card
unlock the card ending 5521
please lift the lock, I'm back home
card is frozen and i need to use it now
i want to unpause my card
Reactivate the card I temporarily locked yesterday
I accidentally locked my card in the app. How do I turn it on?
the freeze is still on after I toggled it off
take the temporary block off my card
found it! you can turn my card back on
`,
    es: `
encontré la tarjeta en la chamarra, la pueden descongelar?
mi tarjeta sigue pausada desde la semana pasada, actívenla otra vez
bloqueé la tarjeta y se me olvidó, ahora me rechazaron en Costco. desbloquéenla
cómo quito el congelamiento que le puse a la tarjeta
desbloquear la tarjeta terminada en 5521
ya regresé a casa, quiten el bloqueo
bloqueé la tarjeta por accidente en la app, cómo la prendo?
`,
  },

  card_delivery_status: {
    en: `
My replacement card was supposed to arrive last Thursday and I still don't have it
when is my new card going to show up
any tracking info on the card you're sending me?
I reported my card stolen 2 weeks ago and the new one hasn't come
has the card I requested been sent out yet
where's my new credit card
the renewal card still isn't here and my current one expires this month
I need my card for a trip next week, when will it arrive?
is my replacement card in the mail yet
the new card never reached me
Can you check if my card was shipped to my new address?
how long until my replacement shows up?
still no card in my mailbox
`,
    es: `
mi tarjeta de reposición debía llegar el jueves pasado y no ha llegado
cuándo va a llegar mi tarjeta nueva
tienen número de rastreo de la tarjeta que me mandan?
reporté mi tarjeta robada hace 2 semanas y no llega la nueva
ya enviaron la tarjeta que pedí?
la tarjeta renovada no llega y la mía vence este mes
sigue sin llegar la tarjeta a mi buzón
`,
  },

  digital_wallet: {
    en: `
I'm trying to put my card on my iPhone wallet and it keeps saying it can't be added
google pay verification failing
how do I add my new card to my apple watch
my card disappeared from apple pay after the replacement
can I use my card with Samsung Wallet?
the code to verify my card in google wallet never arrives
Apple Pay shows my card as suspended
set up apple pay please
my phone wallet won't accept the card
how do I remove my card from an old phone's apple pay
does my card support tap to pay from my phone?
apple pay says contact card issuer
I can't get google pay to work with this card
`,
    es: `
estoy tratando de poner la tarjeta en la wallet del iphone y dice que no se puede agregar
falla la verificación de google pay
cómo agrego mi tarjeta nueva al apple watch
la tarjeta desapareció de apple pay después del reemplazo
no me llega el código para verificar la tarjeta en google wallet
apple pay dice que la tarjeta está suspendida
configurar apple pay porfa
`,
  },

  card_declined: {
    en: `
I'm at the pharmacy and my card just got declined for $23. What's wrong?
my card was turned down at the hotel check in even though I have credit available
why do my online purchases keep failing?
declined again at the gas station. this is so frustrating
was my card declined because of a fraud hold? it was me
my card isn't going through anywhere today
the transaction at Home Depot for $540 was declined
I'm overseas and the card is being rejected
card declined
they told me my card was declined at dinner, I've never had this happen
I have not locked my card, so why was it declined?
my purchase at Best Buy got rejected, what happened
my subscription payment was declined on your end
`,
    es: `
estoy en la farmacia y me acaban de rechazar la tarjeta por $23, qué pasa?
me rechazaron la tarjeta en el hotel aunque tengo crédito disponible
por qué me fallan las compras en línea?
otra vez me rechazaron en la gasolinera, qué frustración
fue rechazada mi tarjeta por alerta de fraude? era yo
me rechazaron una compra de $540 en Home Depot
estoy fuera del país y me rechazan la tarjeta
`,
  },

  rewards_balance: {
    en: `
how many points are in my account right now
did I earn points on my vacation spending last month
whats my rewards total
I want to know my current cash back balance
points earned on my Whole Foods purchases?
how many miles have I racked up
my bonus points from the signup offer, have they posted?
how many points do I have available to use
rewards balance please
what's my point total as of today
how much have I earned in rewards this year
points balance on my card ending 9902
I spent $5,000 on the card this month, how many points is that?
`,
    es: `
cuántos puntos hay en mi cuenta ahorita
gané puntos con lo que gasté en las vacaciones?
cuál es mi total de recompensas
cuánto cashback llevo
ya me dieron los puntos de bienvenida?
cuántas millas he juntado
puntos de la tarjeta que termina en 9902
`,
  },

  pay_with_points: {
    en: `
I want to apply my points to the $450 hotel charge from last week
can I cover my grocery purchases with rewards?
use points to reduce my statement balance
I'd like to redeem points for a credit against the Delta flight charge
how do I use my points to pay for a charge I already made?
can rewards be used toward my monthly payment
pay off the $89 charge at Target with my points
can I use cash back to pay the bill
I want to erase some purchases using points
convert points into a statement credit please
pay this month's balance with my points
use rewards on a past purchase
can I use points to cover the annual fee charge?
`,
    es: `
quiero aplicar mis puntos al cargo del hotel de $450 de la semana pasada
puedo cubrir las compras del súper con recompensas?
usar puntos para bajar el saldo del estado de cuenta
cómo uso mis puntos para pagar un cargo que ya hice?
pagar el cargo de $89 de Target con mis puntos
puedo usar el cashback para pagar la factura?
convertir puntos en crédito al estado de cuenta por favor
`,
  },

  redemption_issue: {
    en: `
I redeemed 20,000 points for a statement credit and it never posted, but the points are gone
my gift card redemption from two weeks ago hasn't arrived
the points I transferred to my airline never showed up
redemption failed but the points were deducted
I cancelled my redemption and didn't get the points back
error when I try to redeem, keeps failing
i redeemed points for a flight, the flight got cancelled, and now the points are gone
I used points to pay for a charge but the charge is still there and the points are gone
my points redemption has been pending for 3 weeks
the e-gift card code I got from redeeming is invalid
points disappeared after a redemption
only half of my redemption credit posted
why did my redemption get cancelled?
`,
    es: `
canjeé 20,000 puntos por crédito y nunca apareció, pero los puntos ya no están
la tarjeta de regalo que canjeé hace dos semanas no llega
los puntos que transferí a la aerolínea nunca aparecieron
falló el canje pero me descontaron los puntos
cancelé el canje y no me regresaron los puntos
el código de la tarjeta de regalo que canjeé no sirve
mi canje lleva 3 semanas pendiente
`,
  },

  benefits_info: {
    en: `
does this card give me access to any airport lounges?
what's the rental car coverage on my card and is it primary?
how does the monthly dining credit work
my phone was stolen, does my card have cell phone protection?
what perks come with my card membership
is there purchase protection if something I buy breaks in the first 90 days?
do I get the Global Entry fee reimbursed?
what's the annual travel credit on this card
can my guests come into the lounge with me?
does the card have extended warranty
card benefits list please
is the netflix credit automatic or do I have to enroll
what protections do I have when renting a car in Italy
`,
    es: `
esta tarjeta me da acceso a salas VIP en aeropuertos?
cuál es la cobertura de renta de autos y es primaria?
cómo funciona el crédito mensual de restaurantes
me robaron el celular, la tarjeta tiene protección de celular?
qué beneficios tengo con mi tarjeta
me reembolsan el Global Entry?
la tarjeta tiene garantía extendida?
`,
  },

  add_authorized_user: {
    en: `
I'd like to add my husband as an additional cardholder on my account
can my 17 year old get a card on my account
how do I add an authorized user and what info do you need
add my mother to my card please
I want to get a card for my partner linked to my account
how many additional cards can I get
can I add my employee to my business card
is there a cost for an authorized user card
I want to put my daughter on my card so she builds credit
add authorized user now
Could I get a card for my wife under my account?
how do I give someone else a card on my account
add my son, he's 19
`,
    es: `
quiero agregar a mi esposo como tarjetahabiente adicional
mi hijo de 17 puede tener una tarjeta en mi cuenta?
cómo agrego un adicional y qué datos necesitan?
agreguen a mi mamá a mi tarjeta por favor
quiero sacar una tarjeta para mi pareja ligada a mi cuenta
cuántas tarjetas adicionales puedo tener?
quiero poner a mi hija en mi tarjeta para que haga historial
`,
  },

  remove_authorized_user: {
    en: `
Please remove my ex-wife from my account, effective immediately
take my son off as an authorized user
how do I remove an additional cardholder
cancel the additional card for my former employee
I want my daughter removed from my card
remove my partner's card from my account, we split up
can you delete an authorized user
remove the authorized user ending in 3304
my brother is no longer allowed on my account, remove him
how do I take someone off as an authorized user
please remove the additional cardholder from my account
she's still charging on my account after the divorce, remove her now
take off the authorized user on my account
`,
    es: `
quiten a mi ex esposa de mi cuenta de inmediato
quiten a mi hijo como usuario adicional
cómo elimino a un tarjetahabiente adicional
cancelen la tarjeta adicional de mi ex empleado
quiero que quiten a mi hija de mi tarjeta
quiten la tarjeta de mi pareja, terminamos
sigue usando mi tarjeta después del divorcio, quítenla ya
`,
  },

  update_contact_info: {
    en: `
I got a new phone number, can you update it on my account?
please change the email address on my profile
my email is outdated, update it to my new one
update my cell phone number
codes are going to my old number, I need to change it
change my contact email to my personal one
I'd like to update my phone number and email address
my phone number on file is wrong
switch my mobile number
new email
where in the app can I swap my email address
I changed my number, please update your records
my old work email doesn't exist anymore, update it
`,
    es: `
tengo número nuevo, lo pueden actualizar en mi cuenta?
por favor cambien el correo de mi perfil
actualicen mi celular
los códigos llegan a mi número viejo, lo necesito cambiar
quiero actualizar mi teléfono y mi correo
el teléfono que tienen registrado está mal
cambié de número, actualicen sus registros
`,
  },

  update_address: {
    en: `
I just moved, please update my mailing address
how do I change my billing address
my address changed, here's the new one: 88 Maple Dr, Raleigh NC
update the address on file
I'm moving next week, can I change my address now
please send my statements to my new address
change my home address
new address
my zip code is wrong on my account
I'm relocating to another state, how do I update my address
can I change my address online or do I need to call
the address on my account is my old apartment
update my address and send my cards there
`,
    es: `
me acabo de mudar, actualicen mi dirección
cómo cambio mi dirección de facturación
cambió mi dirección, la nueva es Calle Arce 88, Raleigh
actualizar la dirección registrada
me mudo la próxima semana, puedo cambiar la dirección ya?
manden los estados de cuenta a mi dirección nueva
mi código postal está mal en la cuenta
`,
  },

  communication_preferences: {
    en: `
please stop sending me paper statements, I want them online only
turn off promotional emails
I'd like text alerts whenever a purchase is made
how do I change my notification settings
take me off every marketing list
switch me to paperless
I want a reminder before my payment is due
stop emailing me offers
turn on alerts for purchases over $500
I want to go back to paper statements
no more marketing calls please
the app keeps pinging me, how do I silence the push alerts
unsubscribe me from promotional mail
`,
    es: `
dejen de mandarme el estado de cuenta en papel, lo quiero solo en línea
desactiven los correos de promociones
quiero alertas por mensaje cada vez que haya una compra
cómo cambio la configuración de notificaciones
pásenme a sin papel
quiero un recordatorio antes de la fecha de pago
ya no me llamen para ofrecerme cosas
`,
  },

  credit_limit_increase: {
    en: `
I'd like to request a higher credit limit, my income has gone up
can you raise my limit to $12,000
would I qualify for a bigger credit line at this point
my limit is way too low for my spending
credit limit increase please
can I get a temporary limit increase for a big purchase
will a limit increase request do a hard pull
how do I ask for more credit
why was my request for a higher limit denied
increase my credit line
I've been a good customer for 4 years, can I get a higher limit
Can I get my credit limit raised today
more room on my card please
`,
    es: `
quiero solicitar un límite más alto, mis ingresos subieron
me pueden subir el límite a $12,000?
califico para un aumento de línea de crédito?
mi límite es muy bajo para lo que gasto
aumento de límite temporal para una compra grande
por qué rechazaron mi solicitud de más límite?
súbanme el limite por favor
`,
  },

  apr_info: {
    en: `
what interest rate am I paying on purchases
why is there an interest charge this month
how is interest calculated on my balance
what's the cash advance rate
my APR went up, why
can you reduce my APR
what's the interest on balance transfers
when does my 0% intro rate end
how can I avoid interest charges
what is my current APR
is the rate on my card fixed or variable
how much interest am I being charged each month
I paid in full and still got interest, explain
`,
    es: `
qué tasa de interés pago en compras
por qué hay un cargo por intereses este mes
cómo se calculan los intereses de mi saldo
mi tasa subió, por qué?
me pueden reducir la tasa de interés?
cuándo termina mi tasa de 0%
pagué el total y me cobraron intereses, explíquenme
`,
  },

  product_change: {
    en: `
I'd like to downgrade to a no annual fee card
can I upgrade to the platinum
which of your other cards could I move this account to
I don't use the travel perks anymore, can I change my card
upgrade my card now
switch me to the cash back card
will I lose my points if I change cards
can I product change without a hard inquiry
I want to move to a different card with better rewards
downgrade card please
is there an upgrade available for my account
can I switch from my gold card to the blue card
change my card to one with no foreign transaction fees
`,
    es: `
quiero bajar a una tarjeta sin anualidad
puedo subir a la platinum?
qué opciones de tarjeta tengo si quiero cambiar la mía
ya no uso los beneficios de viaje, puedo cambiar de tarjeta?
cámbienme a la tarjeta de cashback
pierdo mis puntos si cambio de tarjeta?
hay algún upgrade disponible para mi cuenta?
`,
  },

  travel_booking: {
    en: `
I need to change the flight I booked through your travel site
where can I find my hotel confirmation from the portal
cancel the car rental I booked with your travel service
can you send me the itinerary for my trip next month
the hotel says they don't have my reservation that I made through you
I'd like to book a flight to Orlando
add a passenger to my trip booking
my flight booked through the card was cancelled, can you rebook me
what's my confirmation number for the trip to Paris
change the dates on my hotel booking
I need to modify my travel reservation
can I see my upcoming bookings
book a hotel in Seattle for the 10th through the 12th
`,
    es: `
necesito cambiar el vuelo que reservé en su sitio de viajes
dónde encuentro la confirmación del hotel del portal
cancelen el auto que reservé con su servicio de viajes
mándenme el itinerario de mi viaje del próximo mes
el hotel dice que no tiene la reserva que hice con ustedes
quiero reservar un vuelo a Orlando
cambiar las fechas de mi reservación de hotel
`,
  },

  trip_protection: {
    en: `
my flight was delayed overnight and I had to pay for a hotel, does my card reimburse that?
does my card have trip cancellation coverage
how do I file a claim for trip interruption
we had to cancel our vacation because my son got sick, are we covered
what's the trip delay coverage
my luggage was delayed 2 days, can I claim expenses
is trip insurance included with my card
how do I get reimbursed for a cancelled trip
trip protection terms
my connecting flight was cancelled and I spent $300 on food and lodging
what counts as a covered reason for trip cancellation
is my spouse covered for trip delay
trip delay claim
`,
    es: `
mi vuelo se retrasó toda la noche y pagué hotel, la tarjeta me lo reembolsa?
mi tarjeta tiene cobertura de cancelación de viaje?
cómo presento un reclamo por interrupción de viaje
tuvimos que cancelar las vacaciones porque mi hijo se enfermó, estamos cubiertos?
cuál es la cobertura por retraso de viaje
mi maleta llegó 2 días tarde, puedo reclamar gastos?
el seguro de viaje viene incluido con mi tarjeta?
`,
  },

  talk_to_agent: {
    en: `
can I please talk to an actual person
connect me to a live representative
I need a human agent
transfer me to someone in disputes
real person please
is there a live agent available
I'd like to chat with a rewards specialist
get me a rep
I don't want the bot, I want a person
speak to someone
agent please
can you connect me to customer support
I need to talk to the fraud team
`,
    es: `
puedo hablar con una persona de verdad?
comuníquenme con un representante en vivo
necesito un agente humano
pásenme con alguien de disputas
quiero que me atienda un ser humano
no quiero el bot, quiero una persona
agente por favor
`,
  },

  supervisor: {
    en: `
I'd like to speak with a manager, the agent was rude
get me your supervisor
escalate this to management please
I need someone above you
the rep hung up on me, I want a supervisor
supervisor
I've been bounced around, I want a manager
can I speak to a team lead
the agent gave me wrong info, escalate to a supervisor
manager please
I want to escalate this, the last person was no help
get a supervisor on this chat
I need to talk to someone in charge
`,
    es: `
quiero hablar con un gerente, el agente fue grosero
pásame con tu supervisor
escalen esto a la gerencia por favor
necesito a alguien por encima de ti
el representante me colgó, quiero un supervisor
me han estado pasando de uno a otro, quiero un gerente
el agente me dio información incorrecta, escálenlo a un supervisor
`,
  },

  file_complaint: {
    en: `
I'd like to formally complain about this
please log a complaint about my experience
how do I submit a complaint
I'm filing a complaint about the fees
I want to make an official complaint about the agent
complaint please
register a complaint for me
this needs to be logged as a complaint
I have a complaint about your service
I want to complain about how my account was handled
how can I lodge a grievance
file a complaint against your company
I want my complaint documented
`,
    es: `
deseo levantar una queja formal contra ustedes
por favor registren una queja sobre mi experiencia
cómo presento una queja
quiero poner una queja oficial contra el agente
registren una queja por mí
tengo una queja sobre su servicio
quiero que mi queja quede documentada
`,
  },

  case_status: {
    en: `
what's the latest on my case
status of ticket 48213
any update on my complaint from last week
I'm following up on a request I made
has my case been closed
check the status of my request to change my address
case number 99-2201, what's the status
I haven't heard back on my case
where does my complaint stand
status of my open ticket
any updates on my case?
I want to check on my request for a limit review
my case is still pending, why
`,
    es: `
qué hay de nuevo con mi caso
estado del ticket 48213
alguna actualización de mi queja de la semana pasada?
le doy seguimiento a una solicitud que hice
ya cerraron mi caso?
caso número 99-2201, cuál es el estatus
no me han respondido sobre mi caso
`,
  },

  request_summary: {
    en: `
could I get this conversation summarized and emailed to me
I'd like a transcript of our conversation
send me a recap
please send the chat transcript to my email
can I get a written summary of what we did
I want a copy of this chat
summary of this conversation please
could you send me the chat history
I need a transcript for my records
send the summary to my secure messages
can you recap everything
email me the transcript
I want a record of this conversation
`,
    es: `
me mandan por correo un resumen de este chat
quiero la transcripción de nuestra conversación
mándame un resumen
por favor envíen la transcripción a mi email
quiero una copia de este chat
necesito la transcripción para mi archivo
mándenme el resumen a mis mensajes seguros
`,
  },

  upload_documents: {
    en: `
how can I send you my receipt
where do I upload the documents for my dispute
I have photos of the receipt, how do I submit them
can you send me an upload link
how do I send you the cancellation email
I need to provide proof of delivery, how
what's the best way to send documents
can I attach a file here
upload documents for my claim
how do I send supporting paperwork
I have the invoice as a pdf, where do I send it
the upload link isn't working
where do the hotel receipts from my delayed flight go
`,
    es: `
cómo les mando mi recibo
dónde subo los documentos de mi disputa
tengo fotos del recibo, cómo las envío
me mandan un enlace para subir archivos?
cómo les mando el correo de cancelación
puedo adjuntar un archivo aquí?
tengo la factura en pdf, a dónde la mando?
`,
  },

  greeting: {
    en: `
hi there friend
hello and good morning
hey, anyone around?
well good afternoon to you
hi hello
hello hello
hey hi
hi, hope you're doing well
good evening, hope you can help
hey what's going on
hi bot
top of the morning
hello, i have a couple of questions
`,
    es: `
hola buenas tardes
hola, buen día a todos
buenas, hay alguien por ahí?
qué tal, buenas noches
hola hola
hola, ojalá me puedan ayudar
buenas buenas
`,
  },

  goodbye: {
    en: `
alright that's all, bye now
ok I'll go now
thats all for me, see you
bye, have a nice day
I'm finished, you can end the chat
laters
okay goodbye
have a good weekend
I'm signing off
see you around
bye take care
that's it, goodbye
going now, bye
`,
    es: `
bueno, con eso termino, adiós
ya me voy, hasta luego
listo, nos vemos
adiós, que tengas buen día
ya acabé, cierren la conversación
chao, cuídate
hasta la vista
`,
  },

  thanks: {
    en: `
thank you, that was really helpful
thanks so much!
great stuff, much appreciated
ty so much
appreciate the help
thanks for taking care of that
perfect, thanks a lot
awesome, thank you!
I appreciate your help
thank you for the quick help
many thanks for your assistance
you've been great, thank you
thank you thank you
`,
    es: `
muchas gracias, me ayudó mucho
gracias de verdad
perfecto, muchas gracias
te agradezco la ayuda
gracias por resolverlo tan rápido
mil gracias, me salvaste el día
muy amable, gracias
`,
  },

  affirm: {
    en: `
yeah, that one
yes sir
correct, that's the one
yep, go for it
sure, please go ahead
yes, I'd like that
right on
absolutely, yes
yes it is
that is right
yes, that's the charge I meant
okay, do it
yeah exactly
`,
    es: `
sí, así es
sí, esa es
claro, adelante
correcto, ese mero
sí, por favor hazlo
sí sí
eso mismo
`,
  },

  deny: {
    en: `
no, that's not the one
nope, not it
no, wrong card
that's wrong
no, I didn't mean that
not that charge
no, please don't do that
no, cancel
nah, different one
negative, that's incorrect
no no
no, the amount is wrong
that isn't right
`,
    es: `
no, ese no es
no, tarjeta equivocada
eso está mal
no, no quise decir eso
no, por favor no lo hagas
no no, otro
no, hablo de un cargo distinto
`,
  },

  out_of_scope: {
    en: `
what's the forecast for Miami tomorrow
how do I make guacamole
who's playing in the NBA finals
how do I write a for loop in java
bitcoin price today
my chase freedom card keeps getting declined at gas stations
how do I check my Citi rewards points
venmo is charging me a fee to transfer money, why
my zelle transfer to my sister is pending
I want to dispute a charge on my Wells Fargo credit card
can you tell me a fun fact
how many miles is it from LA to San Francisco
best pizza place in Brooklyn
how do I reset my Netflix password
my Amazon order says delivered but I don't have it
when is the next full moon
can I pay the city water utility from here
my car insurance went up, why
what's a good stock to buy right now
my PayPal account got limited
I need the Bank of America customer service number
my Capital One card is locked, how do I unlock it
check my Hilton Honors status for me
can you write me an email to my boss asking for a raise
the Chase app won't let me log in
who won the election
how do I get a library card
how much does a dog cost per year
I lost my Citi card at the mall
what's the APR on my student loan
how do I cancel my gym membership
Spotify premium price
what's the minimum payment on my car loan
I got scammed on Facebook Marketplace, the seller took my Zelle payment
the ATM at my credit union kept my card
translate 'where is the bathroom' into Spanish
is it going to be sunny this weekend in San Diego
hey so I have a Capital One Quicksilver and a payment I made last week hasn't posted. can you check on that for me?
my Apple Card monthly installments, how do they work
how do I change my PIN on my Chase debit card
`,
    es: `
cómo va a estar el clima mañana en Guadalajara
cómo se hace el guacamole
quién juega la final
cuánto cuesta el bitcoin ahorita
me rechazan la tarjeta de Banorte en la gasolinera
cuántos puntos tengo en mi tarjeta de Santander
zelle me dice que el pago está pendiente
quiero disputar un cargo en mi tarjeta de BBVA
dime un dato curioso
mi pedido de Amazon dice entregado y no lo tengo
cómo pago el recibo del agua
mi cuenta de PayPal está limitada
necesito el número de atención de Citibanamex
mi tarjeta de Capital One está bloqueada, cómo la desbloqueo?
escríbeme un correo para pedir aumento de sueldo a mi jefe
cómo saco la credencial de la biblioteca
cuál es el pago mínimo del préstamo de mi carro
me estafaron en marketplace, le pagué por zelle
traduce 'dónde está el baño' al inglés
tengo una tarjeta de Nu y un pago que hice no aparece, me ayudas a revisar?
`,
  },
};
