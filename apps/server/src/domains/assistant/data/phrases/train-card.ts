import type { PhraseBook } from './book.ts';

/*
 * Training phrases: the card. Boundaries (INTENTS.md):
 * - lost_stolen_card: definitely lost or stolen, cancel and replace.
 * - lock_card: temporary freeze or pause, "not sure it's lost, don't cancel".
 * - unlock_card: turn a locked card back on, including "I locked it and now it's declined".
 * - card_declined: declined, not because the customer locked it.
 */
export const card: PhraseBook = {
  lost_stolen_card: {
    en: `
I lost my card
my card was stolen
my wallet got stolen last night with my credit card in it
cancel my card, it's lost
I need to report my card lost and get a new one
my purse was stolen at the mall, please cancel the card and send a replacement
lost my credit card
card stolen
someone stole my wallet on the subway. cancel everything
I left my card at a bar and it's gone, they don't have it
report lost card
I dropped my card somewhere yesterday and I've looked everywhere, it's gone for good. please block it
my car was broken into and my card was taken
please cancel my card ending in 3345, it was stolen
I lost my card while traveling in Spain, I need a replacement sent to my hotel
i've lost my card, need a new one asap
how do I report a stolen card
my card got stolen, what do I do?
block my card permanently and send a new one, it was stolen
my bag was stolen with my card inside
I can't find my card anywhere, I'm sure I lost it at the airport. cancel it
Lost card replacement
my card is gone. Stolen from my gym locker.
my son lost the authorized user card, cancel that one and send a new one
replace lost card
my house was burglarized and they took my cards
pickpocketed in Barcelona. card gone.
i lost my wallet, please deactivate the card and reissue
I need to cancel my lost card and get a new number
my card was stolen and I want it cancelled right away, not just locked
my card is definitely lost, I retraced my steps and it's nowhere
Can you send me a new card? Mine was stolen this morning
I think I left my card in a taxi and the company says nobody turned it in. It's lost, cancel it.
stolen card report
what's my liability if my stolen card gets used?
mugged last night, they took my wallet and phone
I lost my credit card at the concert
lost card need new one
someone took my card out of my mailbox
My card fell out of my pocket somewhere in the city, it's gone
cancel and replace my card, I lost it
I lost my card and I'm leaving on a trip Friday, can you expedite a new one?
my wallet was lifted at a concert, card included
somebody stole my credit card from my desk at work
lost it. the card. please cancel
my card is lost, do not lock it, cancel it
how fast can I get a replacement for a stolen card
my card got stolen along with my ID
the waiter never gave my card back and the restaurant says they don't have it
I threw out my card by accident with the trash. need a new one
i lost my card on vacation in Mexico
wallet stolen, need to cancel card and get a replacement
My card was stolen, has anyone used it since?
I lost my card last week and just realized it. please cancel it
the card I lost was the platinum ending 2201
report my card as stolen
I lost my card, deactivate it please
my daughter lost her card, she is an authorized user on my account
Stolen card, cancel it immediately.
had my backpack stolen at school and my card was in it
my card was stolen out of my hotel room safe. I need it shut down and a new one sent
ugh, lost my card again. same drill, cancel and send a new one
`,
    es: `
perdí mi tarjeta
me robaron la tarjeta
me robaron la cartera anoche con la tarjeta adentro
cancelen mi tarjeta, la perdí
quiero reportar mi tarjeta perdida y que me manden otra
me robaron el bolso en el centro comercial, cancelen la tarjeta y envíen una nueva
perdi mi tarjeta de credito
tarjeta robada
me robaron la billetera en el metro, cancelen todo
se me cayó la tarjeta ayer y no la encuentro por ningún lado, bloquéenla definitivamente
me rompieron el carro y se llevaron la tarjeta
cancelen la tarjeta terminada en 3345, me la robaron
perdí la tarjeta de viaje en España, necesito una de reemplazo en mi hotel
como reporto una tarjeta robada
me robaron la tarjeta, qué hago?
bloqueen mi tarjeta para siempre y manden una nueva, me la robaron
se me perdió la tarjeta en el aeropuerto, cancélenla
reposición de tarjeta perdida
me asaltaron anoche y se llevaron mi cartera
perdí la tarjeta en el concierto
me robaron la tarjeta del buzón
cancelen y reemplacen mi tarjeta, la perdí
perdí mi tarjeta y me voy de viaje el viernes, pueden enviar otra urgente?
me bolsearon y se llevaron la tarjeta
la perdi. la tarjeta. cancelenla por favor
mi tarjeta está perdida, no la congelen, cancélenla
cuánto tarda el reemplazo de una tarjeta robada
me robaron la tarjeta junto con mi identificación
perdí mi tarjeta en las vacaciones en México
reportar mi tarjeta como robada
perdi mi tarjeta, desactivenla por favor
mi hija perdió su tarjeta adicional
tarjeta robada, cancélenla de inmediato
me robaron la mochila en la escuela con la tarjeta adentro
lost my card y necesito una nueva ya
se me perdió la tarjeta, ya busqué en todos lados
`,
  },

  damaged_card: {
    en: `
my card is broken
the chip on my card isn't working
my card is cracked in half
my card is worn out and the numbers are faded
the card won't read at the terminal, the chip looks damaged
i need a replacement card, mine is damaged
my dog chewed my card
the magnetic strip doesn't work anymore
card snapped
I accidentally put my card through the washing machine and now it's bent
replace damaged card
the tap to pay feature on my card stopped working, I think the antenna inside is broken
my card is peeling and the chip is coming off
cashiers keep having to type in my number because the chip is busted
the card got melted in my car on a hot day
Can I get a new card with the same number? Mine is damaged
contactless doesn't work on my physical card anymore
my card's chip is scratched and won't insert
the card is bent and won't go into the machine
new card please, this one is falling apart
the numbers on my card rubbed off
my card split in two
damaged card replacement
card is physically damaged
i sat on my card and it cracked
my card doesn't swipe. the stripe is demagnetized I think
the chip reader says 'chip error' every time, at every store, and the card looks scratched
the card is worn, I need a fresh one
my toddler bent my card
How do I replace a broken card?
the corner of my card broke off
I need a replacement because the chip fell out
my card is damaged can you send another one with the same number
my card got water damaged
chip not working
card not reading
my metal card got scratched badly and the chip won't work
my card is warped from the heat
the signature strip is peeling and the chip is loose
my card is cracked right through the chip. it still works sometimes but barely
replacement for a worn out card
tap isn't working on my card, chip and swipe are fine, can you send me a new one
my card is in bad shape, can i get a new one without changing the account number
the card broke when I folded my wallet
the gas pump card slot mangled my card
card damaged please replace
the embossed numbers are flattened and unreadable
can I get a replacement, the chip stopped working after I dropped it in the pool
my kid cut my card with scissors thinking it was expired. It's not
my card looks like it's been through a war lol, need a new one
magnetic stripe worn off
every machine says 'card read error', i think it's damaged
broken chip
the chip is cracked so I have to swipe everywhere, and half the stores don't allow that anymore
got a crack across the front of my card, can you mail me a replacement with the same number
my card is bent from sitting in my back pocket, it barely fits in readers
the chip has a dent in it and terminals reject it
`,
    es: `
mi tarjeta está rota
el chip de mi tarjeta no funciona
la tarjeta se partió a la mitad
mi tarjeta está desgastada y no se ven los números
necesito reponer mi tarjeta, está dañada
mi perro mordió la tarjeta
la banda magnética ya no sirve
la tarjeta se dobló en la lavadora
reemplazo de tarjeta dañada
el pago sin contacto de la tarjeta dejó de funcionar
el chip se está despegando
las cajeras tienen que teclear el número porque el chip no lee
la tarjeta se derritió en el carro
me pueden mandar una tarjeta nueva con el mismo número? la mía está dañada
el chip está rayado y no entra
la tarjeta está doblada y no entra en la terminal
tarjeta nueva por favor, esta se está cayendo a pedazos
se borraron los números de mi tarjeta
me senté encima de la tarjeta y se quebró
la tarjeta no pasa, creo que la banda se desmagnetizó
la terminal dice error de chip en todas las tiendas
mi tarjeta está gastada, necesito una nueva
mi hijo dobló la tarjeta
cómo reemplazo una tarjeta rota
se le rompió la esquina a la tarjeta
se cayó el chip de la tarjeta
chip no funciona
la tarjeta no lee
mi tarjeta se mojó y ya no funciona
la tarjeta está quebrada justo en el chip
tarjeta dañada favor de reemplazarla
el chip dejó de funcionar después de que se me cayó a la alberca
mi hijo cortó la tarjeta con tijeras pensando que estaba vencida
la tarjeta se ve destrozada jaja, necesito otra
mi tarjeta esta rota, mándenme otra sin cambiar el número
el tap no funciona en mi tarjeta, me mandan otra?
`,
  },

  lock_card: {
    en: `
lock my card
freeze my card
can you put a temporary lock on my card
I can't find my card but I think it's somewhere at home. Can I freeze it for now?
pause my card
I misplaced my card, don't cancel it yet, just lock it
temporarily block my card
I left my card at a restaurant and I'm going back tomorrow to get it. can you freeze it until then?
how do I lock my card in the app
freeze card please
I think my card is in my other jacket but I'm not sure. lock it just in case
put a hold on my card for now
can I turn my card off temporarily
my teenager has my card and I want to lock it for a few days
lock card ending 8890
I don't want to cancel my card, only pause it while I look for it
disable my card for now
lock my card while I'm on vacation, I'm not using it
is there a way to freeze my card without getting a new one?
can't find my wallet, probably in the car. lock the card temporarily please
temporary freeze
I want to lock my card so no new charges go through
freeze the card, not cancel
stop all charges on my card for now
lock it
my card might be lost, can we pause it before deciding
Lock my card, I'll unlock it when I find it
put my card on hold
suspend my card temporarily
my son took my card without asking, lock it until he brings it back
can you block the card just for today
I keep getting tempted to spend, can I freeze my card for a month? lol
I misplaced my card at the office, can you lock it
how do i temporarily disable my credit card
I'm not sure where my card is... maybe I dropped it? lock it for now, don't cancel yet
lock my authorized user's card
freeze my husband's card on my account
can I lock my card from the website
I want to lock my card but keep my autopay bills going
turn off my card
lock my physical card but keep using it in apple pay
hold my card temporarily please
is there a freeze option on my card
I lost track of my card at home. lock it please
temp lock
how do I put a temporary lock on my card?
block my card temporarily while I search for it
Lock the card ending 2201 please
don't cancel my card, just freeze it. I'm sure it's somewhere in the house
I want to lock my card until I get back from my trip
i left my card in a friend's car, they'll return it next week. pause it meanwhile
Can you freeze my card? I think I left it at the gym but they're closed until morning
lock card
I need to freeze my credit card right now
my card is probably just misplaced, lock it so nobody can use it
make my card inactive for a while
deactivate my card temporarily
can I put my card on pause
freeze my card for a couple days
my ex might still have my card details, freeze it for now while i figure out if anything happened
`,
    es: `
bloquear mi tarjeta temporalmente
congelar mi tarjeta
pueden poner un bloqueo temporal a mi tarjeta?
no encuentro mi tarjeta pero creo que está en casa, la pueden congelar por ahora?
pausar mi tarjeta
extravié mi tarjeta, no la cancelen todavía, solo bloquéenla
dejé la tarjeta en un restaurante y mañana voy por ella, la congelan mientras?
cómo bloqueo mi tarjeta en la app
congela la tarjeta porfa
creo que la tarjeta está en otra chaqueta pero no estoy seguro, bloquéenla por si acaso
puedo apagar mi tarjeta temporalmente?
bloquear tarjeta terminada en 8890
no quiero cancelar la tarjeta, solo pausarla mientras la busco
desactiven mi tarjeta por ahora
bloqueen la tarjeta mientras estoy de vacaciones
hay forma de congelar la tarjeta sin que me den una nueva?
no encuentro mi cartera, seguro está en el carro. bloqueen la tarjeta temporalmente
congelamiento temporal
congelen la tarjeta, no la cancelen
suspender mi tarjeta temporalmente
mi hijo se llevó mi tarjeta sin permiso, bloquéenla hasta que la regrese
no sé dónde dejé la tarjeta, bloquéenla por ahora
bloquear la tarjeta de mi usuario adicional
apagar mi tarjeta
hay opción de congelar la tarjeta?
bloqueo temporal
no la cancelen, solo congelen, seguro está en la casa
quiero bloquear la tarjeta hasta que regrese de mi viaje
dejé la tarjeta en el carro de un amigo, me la devuelve la semana que viene. pausenla mientras
necesito congelar mi tarjeta ya
pongan mi tarjeta en pausa
bloqueala x favor, creo q la deje en el gym
lock a mi tarjeta porfa, no la encuentro
quiero congelar mi tarjeta unos días
desactivar temporalmente la tarjeta
`,
  },

  unlock_card: {
    en: `
unlock my card
unfreeze my card
I found my card, please turn it back on
I locked my card and now it's getting declined, can you unlock it
remove the lock on my card
reactivate my card
I froze my card by mistake, how do I undo it
turn my card back on
found my wallet! unlock please
my card is locked, I want to use it again
lift the temporary hold on my card
I locked my card last week, I want to unlock it now
unpause my card
card was frozen, I need it working again
how do I unlock my card in the app
i locked it and now i cant buy anything. unlock
I paused my card while I looked for it, it turned up in the laundry, turn it on
please remove the freeze, I'm back from my trip
unlock card ending 8890
the unlock button in the app doesn't work
my card is still locked even though I unlocked it in the app
unblock my card
I want to reactivate the card I froze
can you unlock my husband's card? I locked it by accident
un-lock my card pls
my card was declined because I had it frozen, I forgot. unfreeze it
I turned off my card and now need to turn it on
found the card in my couch. you can unlock it now
take my card off hold
resume my card
unfreeze
can you release the lock on my card
I need my card active again, I put a lock on it yesterday
unlock it
re-enable my card
why is my card still frozen? I asked to unfreeze it an hour ago
I locked my card while traveling, now I'm back and want to use it
The temporary block on my card, please remove it
my daughter's card is locked, can you unlock it
I want to unlock my card but the app says error
thaw my card lol
I found it, unlock
turn my card on please
can I unlock my card myself or do you have to do it
switch my card back on
I'd like to remove the temporary lock
unlock my card. i found it in my gym bag
unlock please
my card's been locked since Monday, I don't need the lock anymore
the card lock is still on and I'm trying to pay for dinner
reactivate my frozen card
my card shows as locked in the app. I want it unlocked
deactivated my card temporarily, now want it back
unfreeze the card ending in 2201
i put a freeze on the card by accident when i was messing with the app
remove the hold I placed on my card last night
unlock my card so I can buy groceries
I froze it myself earlier but I want the freeze off now
tried to pay at Target and got declined, then remembered I paused the card in the app. turn it back on
`,
    es: `
desbloquear mi tarjeta
descongelar mi tarjeta
encontré mi tarjeta, actívenla de nuevo
bloqueé mi tarjeta y ahora me la rechazan, la pueden desbloquear?
quiten el bloqueo de mi tarjeta
reactivar mi tarjeta
congelé la tarjeta por error, cómo lo deshago?
prender mi tarjeta otra vez
encontré la cartera! desbloqueen porfa
mi tarjeta está bloqueada, la quiero volver a usar
quitar la pausa de mi tarjeta
bloqueé la tarjeta la semana pasada y ya la quiero desbloquear
cómo desbloqueo la tarjeta en la app
la bloqueé y ahora no puedo comprar nada. desbloquear
ya apareció la tarjeta, la encontré en la ropa, actívenla
quiten el congelamiento, ya regresé de mi viaje
desbloquear tarjeta terminada en 8890
el botón de desbloquear en la app no sirve
mi tarjeta sigue bloqueada aunque la desbloqueé en la app
quiero reactivar la tarjeta que congelé
desbloqueen la tarjeta de mi esposo, la bloqueé sin querer
me rechazaron la tarjeta porque la tenía congelada, se me olvidó. descongélenla
apagué mi tarjeta y ahora la necesito prender
la encontré en el sillón, ya la pueden desbloquear
necesito la tarjeta activa de nuevo, la bloqueé ayer
por qué sigue congelada mi tarjeta? pedí que la descongelaran hace una hora
la tarjeta de mi hija está bloqueada, pueden desbloquearla?
quiero quitar el bloqueo temporal
desbloqueala ya la encontre
unlock mi tarjeta porfa
quitar el bloqueo que le puse anoche a la tarjeta
la app dice que mi tarjeta está bloqueada, la quiero desbloqueada
desbloquéenme la tarjeta para pagar el súper
la congele por accidente jugando con la app
activar de nuevo la tarjeta congelada
`,
  },

  card_delivery_status: {
    en: `
where is my new card
when will my replacement card arrive
I haven't received my new card yet
has my card shipped
tracking number for my replacement card?
it's been two weeks and my new card still hasn't arrived
my card was supposed to arrive by Friday, where is it
I ordered a replacement card, what's the status of the delivery
did you mail my new card
when should I expect my new card in the mail
my renewed card hasn't come, the old one expires at the end of the month
where's my replacement card? I reported mine stolen 10 days ago
can you check the delivery status of my card
my new card never showed up
was my card sent to the right address?
how long does it take to get a new card
I requested an expedited card, has it shipped?
card in the mail?
i'm still waiting on my card
my authorized user card hasn't arrived yet
the card for my wife never came
my card shipped? when will it get here
I moved recently, did my new card go to the old address?
I still don't have my new card and I need it for a trip on Monday
how many days for card delivery
my upgraded card hasn't arrived
new card status
waiting for my replacement for over 3 weeks, this is unacceptable
fedex tracking for my card please
tracking says my card was delivered but it's not in my mailbox
did my card go out yet
When will the new card ending in 5521 arrive?
i got a text that my card was mailed, when will it come
the replacement card you promised is not here
Where is my metal card? I ordered it a month ago
has the card been dispatched
my card still hasn't come in the mail after 12 days. Should I be worried?
I got approved for the card last week, when does it arrive?
i need my new card, when is it coming
replacement card ETA
my new card should have been here already
is my card on the way
where's my card
I was told 5 to 7 business days. It's day 9. Where is my card?
check status of card shipment
I never got the card you sent after my old one broke
how do I track my new credit card
My mailbox has nothing. Where's the replacement?
When will my damaged card's replacement be delivered?
the new chip card hasn't arrived yet
my renewal card hasn't come and the expiry date is next week
new card not received
delivery status of my card
has my card been mailed out
my new card delivery is late
When will my card arrive? I'm leaving the country soon.
Did my card get lost in the mail?
tell me when my card is coming
it's been a while since my card was reissued, where is it
so you cancelled my old card after it was stolen and now i have NO card. where is the new one
`,
    es: `
dónde está mi tarjeta nueva
cuándo llega mi tarjeta de reemplazo
todavía no recibo mi tarjeta nueva
ya enviaron mi tarjeta?
número de rastreo de mi tarjeta de reemplazo?
ya pasaron dos semanas y no me llega la tarjeta nueva
mi tarjeta debía llegar el viernes, dónde está
pedí una tarjeta de reemplazo, cómo va el envío?
cuándo me llega la tarjeta por correo
mi tarjeta renovada no ha llegado y la vieja vence a fin de mes
dónde está mi tarjeta de reemplazo? reporté la mía robada hace 10 días
pueden revisar el estado del envío de mi tarjeta?
nunca me llegó la tarjeta nueva
mandaron la tarjeta a la dirección correcta?
cuánto tarda en llegar una tarjeta nueva
pedí envío urgente de la tarjeta, ya salió?
sigo esperando mi tarjeta
la tarjeta adicional de mi esposa no ha llegado
me mudé hace poco, la tarjeta nueva se fue a la dirección vieja?
no tengo la tarjeta nueva y me voy de viaje el lunes
estado de mi tarjeta nueva
llevo 3 semanas esperando la reposición, es inaceptable
el rastreo dice entregada pero yo no tengo la tarjeta
cuándo llega la tarjeta terminada en 5521?
me llegó un mensaje de que enviaron la tarjeta, cuándo llega?
dónde está mi tarjeta de metal? la pedí hace un mes
me aprobaron la tarjeta la semana pasada, cuándo llega?
tarjeta de reemplazo cuándo llega
ya viene en camino mi tarjeta?
dónde está mi tarjeta
me dijeron de 5 a 7 días hábiles y ya van 9. dónde está mi tarjeta?
cómo rastreo mi tarjeta nueva
no ha llegado la tarjeta que me mandaron después de que se rompió la otra
se perdió mi tarjeta en el correo?
no me llega la tarjeta nueva
donde esta mi nueva tarjeta, ya se tardaron mucho
ya mandaron el plástico nuevo?
`,
  },

  digital_wallet: {
    en: `
how do I add my card to Apple Pay
my card won't add to Google Pay
Apple Pay says my card can't be added
add card to apple wallet
is my card compatible with Samsung Pay?
I got a new card, do I need to re-add it to Apple Pay?
google pay keeps saying contact your issuer
verification code for apple pay never came
my apple watch won't accept my card
Apple Pay stopped working after I got my replacement card
how do I set up my card in google wallet
i can't verify my card in apple pay, it's stuck on 'verifying'
can I use my card with apple pay on my iphone and my watch
remove my card from an old phone's wallet
I upgraded my phone and now my card isn't in my wallet anymore
does my card work with Google Pay?
Apple Pay is declining my card but the physical card works fine
tap to pay with my phone isn't working
how to add the virtual card to my wallet app
the wallet app says 'card not supported'
my digital wallet shows my old card number
I want to use my card in Samsung Wallet
can my authorized user add the card to their Apple Pay?
the one time code for adding my card to Google Pay didn't arrive
add to apple pay button doesn't show in your app
i need help with apple pay
what devices are linked to my card?
why did my card disappear from Apple Wallet?
Google Pay isn't working with my card
I'm trying to provision my card to my phone and it fails
set up contactless payments on my phone
Can I pay with my phone using this card?
apple pay card activation problem
my card was suspended in google wallet
how do I update my card in apple pay after it expired
the wallet is asking me to call the bank to verify
apple pay not working
i added the card to apple pay but it says 'activation required'
can I use my card with Garmin Pay or Fitbit Pay?
how do I remove a device from my card's wallet tokens
My card doesn't appear in Google Wallet after the update
can I use apple pay before my physical card arrives?
add my card to my iphone
setting up apple pay with my new card ending 4410
I tried adding my card to my watch three times and it failed every time
Is there a limit on how many phones I can add my card to?
my wife wants to add my card to her Apple Pay, is that allowed?
Google Pay says the card issuer declined to add the card
apple pay says card expired but I have the new one
mobile wallet setup help
the card verification in Samsung Pay fails
phone wallet won't take my card
How do I use my credit card with Apple Pay in stores?
remove card from google pay
my card is in apple wallet but tapping doesn't work at any store
why can't I add my business card to apple pay
Apple Pay verification by text isn't coming through. I've tried 5 times
i keep getting 'could not add card' in the wallet app on my pixel
is my card still active in my apple wallet after the replacement? the last four in the wallet look different
`,
    es: `
cómo agrego mi tarjeta a Apple Pay
mi tarjeta no se agrega a Google Pay
Apple Pay dice que no se puede agregar la tarjeta
agregar tarjeta a la cartera de apple
mi tarjeta es compatible con Samsung Pay?
me llegó tarjeta nueva, tengo que volver a agregarla a Apple Pay?
google pay me dice que contacte al emisor
nunca llegó el código de verificación para apple pay
mi apple watch no acepta la tarjeta
Apple Pay dejó de funcionar desde que me llegó la tarjeta de reemplazo
cómo configuro la tarjeta en google wallet
no puedo verificar la tarjeta en apple pay, se queda en verificando
quitar mi tarjeta de la cartera de un teléfono viejo
cambié de celular y la tarjeta ya no está en mi wallet
mi tarjeta funciona con Google Pay?
pagar con el celular no funciona
la app de wallet dice que la tarjeta no es compatible
mi cartera digital muestra el número de la tarjeta vieja
no llega el código para agregar la tarjeta a Google Pay
no aparece el botón de agregar a apple pay en su app
necesito ayuda con apple pay
por qué desapareció mi tarjeta de Apple Wallet?
Google Pay no funciona con mi tarjeta
quiero pagar con el teléfono usando esta tarjeta
apple pay no funciona
puedo usar apple pay antes de que llegue la tarjeta física?
agregar mi tarjeta al iphone
intenté agregar la tarjeta al reloj tres veces y falla
Google Pay dice que el emisor rechazó agregar la tarjeta
ayuda para configurar la billetera digital
la tarjeta está en apple wallet pero no funciona al acercarla
por que no puedo agregar la tarjeta del negocio a apple pay
mi esposa quiere agregar mi tarjeta a su Apple Pay, se puede?
no me deja meter la tarjeta en el wallet del cel
quiero activar la tarjeta en samsung pay y no me deja
`,
  },

  card_declined: {
    en: `
my card was declined
why was my card declined
card declined at the grocery store
I tried to pay for gas and my card got declined, I have plenty of credit
my card keeps getting declined online
transaction declined, why?
my card didn't work at the restaurant, so embarrassing
card got rejected at Costco today
why is my card being declined? I paid my balance
declined at checkout on Amazon
I'm abroad and my card was declined at the hotel
my card isn't working
card not working at stores
my purchase of $1,250 at Best Buy was declined
can you tell me why the transaction at Shell was declined this morning?
i just got declined for a $12 purchase. I have like $5000 available
my card was declined twice today
why won't my card work
card denied
the payment for my phone bill was declined, it's on autopay with your card
my card declined at the airport and I'm about to board
declined for no reason
my online order keeps failing, says card declined
my card was declined overseas in Paris
this is the third time this week my card was declined. WHAT is going on
I didn't lock my card but it's getting declined
i tried to book a flight and the card was declined
is there a block on my card? it was declined at Target and I never locked it
my card was refused at the pharmacy
it says "do not honor" when I use my card
card declined even though I called ahead about my travel
card decline at gas pump
the barista said my card was declined for an $8 coffee
declined transaction at Walmart
my new card is getting declined everywhere
why are my transactions failing
my card got declined on a subscription renewal, Netflix emailed me
I was at the register with a full cart and my card got declined. I was humiliated. Fix this now
my card doesn't work at the ATM
card declined international purchase
they said insufficient funds?? it's a credit card with a high limit
My card was declined when I tried to pay for the hotel. Is there a hold on the account?
i got a fraud alert and my card got declined, but it was me trying to buy stuff
was my card declined because of suspicious activity? it was really me
why did my card get declined at Uber
the restaurant ran my card 3 times and it kept declining
card keeps declining at self checkout
my card was declined for a big purchase, can you approve it?
my authorized user's card got declined
i tried my card online and it said invalid card
got declined, help
Card declined. Why?
my card won't go through
the website says the card was declined by the issuer
tried to buy concert tickets and my card was declined, tickets sold out meanwhile. thanks a lot
card got declined at a restaurant in Mexico City
my card ending in 2201 was declined yesterday at Walgreens
I need to make a big purchase today and my card keeps getting declined
declined on a $600 purchase, I have room on my limit
so I'm standing at the car rental counter in Denver and your card just got declined. I have a reservation and no other card
`,
    es: `
me rechazaron la tarjeta
por qué me rechazaron la tarjeta
tarjeta rechazada en el supermercado
intenté pagar gasolina y me rechazaron la tarjeta, tengo crédito de sobra
me rechazan la tarjeta en compras en línea
transacción declinada, por qué?
mi tarjeta no pasó en el restaurante, qué vergüenza
me declinaron la tarjeta en Costco hoy
por qué me están rechazando la tarjeta? ya pagué mi saldo
estoy en el extranjero y me rechazaron la tarjeta en el hotel
mi tarjeta no funciona
me rechazaron una compra de $1,250 en Best Buy
me declinaron una compra de 12 dólares y tengo 5000 disponibles
me rechazaron la tarjeta dos veces hoy
por qué no pasa mi tarjeta
me declinaron la tarjeta en el aeropuerto y estoy por abordar
rechazada sin razón
mi pedido en línea falla, dice tarjeta declinada
me rechazaron la tarjeta en París
es la tercera vez esta semana que me rechazan la tarjeta. QUÉ pasa
no bloqueé mi tarjeta pero la están rechazando
quise comprar un vuelo y me declinaron
me rechazaron la tarjeta en la farmacia
no pasa la tarjeta en la gasolinera
mi tarjeta nueva la rechazan en todos lados
estaba en la caja con el carrito lleno y me rechazaron la tarjeta. fix this ya
me rechazaron la compra internacional
me llegó alerta de fraude y me rechazaron la tarjeta pero era yo
la tarjeta de mi adicional la rechazan
me rechazaron la tarjeta, ayuda
mi tarjeta ending in 2201 fue declinada ayer en Walgreens
necesito hacer una compra grande hoy y me rechazan la tarjeta
me declinaron una compra de $600 y tengo límite disponible
my card got declined en el Walmart
no me pasa la tarjeta en uber
dice declinada por el emisor en la pagina
`,
  },
};
