import type { PhraseBook } from './book.ts';

/*
 * Training phrases: disputes and charges. The boundaries (INTENTS.md):
 * - dispute_charge: the customer knows the charge and says what is wrong with it (duplicate, wrong
 *   amount, not received, cancelled but billed, refund missing), or explicitly asks to dispute one
 *   identified charge, whatever the reason.
 * - unrecognized_charge: "what is this charge?", not yet sure it is fraud.
 * - report_fraud: unauthorised use now, several unfamiliar charges, skimming, phishing, takeover.
 * - dispute_status: status of anything called a dispute, claim about a charge or chargeback.
 */
export const disputes: PhraseBook = {
  dispute_charge: {
    en: `
I want to dispute a charge
dispute the $45.99 charge from Amazon
I was charged twice at Starbucks on Aug 9
double charge from Uber, please fix
the restaurant charged me $85 but the bill was $58
I never received the package I ordered from Wayfair and they won't refund me
I cancelled my Netflix subscription in May and they're still billing me
the merchant promised a refund 3 weeks ago and it never showed up
returned a jacket to Nordstrom, no credit yet, it's been a month
I want to open a dispute for a charge from Best Buy
how do I dispute a transaction
I'd like to file a chargeback on the Ticketmaster purchase, the concert was cancelled
the hotel charged me for a night I didn't stay
Airbnb charged my card $1,240 after I cancelled within the free cancellation window
the gym keeps charging me after I cancelled my membership
wrong amount charged at the gas station, it says $98 and I only pumped $40
I got charged for a subscription I cancelled, I have the cancellation email
Can you dispute this charge for me? It's the one from Chewy.com on 07/12
I ordered a couch from IKEA, it arrived broken, and they refuse to refund me
the seller never shipped my item. I want my money back
there's a duplicate charge of $23.10 from DoorDash
charged twice for the same order
I paid with my card at the register and then the store charged me again the next day
please dispute the Spotify charge, I cancelled in March
I was overcharged by the car rental company for fuel
The rental car place charged me $300 for damage I didn't cause. Dispute it.
hotel added a cleaning fee I never agreed to
i returned the item and the store gave me a refund receipt but the credit never appeared
I want to contest a charge
the merchant charged me the wrong amount
my uber eats order never arrived and they won't refund
charge for an item that was never delivered
I was billed for a service I cancelled
I want to challenge a charge on my statement
i was charged 3 times for one purchase at Target!!!
the refund from Macy's hasn't posted and it's been 45 days
the tip on my restaurant bill was changed from $10 to $100
the charge from Delta is for a flight the airline cancelled, and they won't refund me
I bought a laptop from Best Buy, returned it the same week, still see the $899 charge and no credit
raise a dispute on the Hilton charge from June 4
I need to dispute a transaction: $67.50 at Shell on Aug 2. I paid cash and they also charged the card
The merchant said they'd refund me and they didn't. Can you help?
Free trial was supposed to be free but they charged me $79.99 and I cancelled before it ended
I cancelled my order right after placing it and they charged me anyway
i have a charge from a store i did buy from but it's for way more than the receipt
a vendor billed me twice for the same invoice
the charge from Comcast Xfinity is wrong, I returned the equipment in April
dispute charge
charge dispute please
I'd like to dispute a charge I didn't authorize from Lyft on 08/03
file a dispute for the charge from Etsy, the seller sent a fake item
I paid for concert tickets and the event got cancelled, no refund from the organizer
i want to dispute the transaction at Walmart Supercenter for 212.33, I was charged twice
The airline charged me for a bag fee that was included in my ticket
I'm being billed monthly for an app I deleted and cancelled months ago
order never came, seller disappeared, charge still on my card
The item was not as described and the seller refuses to take it back. I want to dispute.
ordered shoes online 6 weeks ago, tracking never updated, store ignores my emails. I want this charge reversed
they charged me for a large pizza and a delivery fee, I picked it up myself and it was a small. wrong amount
I was quoted $450 for the repair and the shop ran my card for $780
the parking garage charged my card twice for the same day
my refund for the cancelled hotel booking never came through, the hotel says it was sent weeks ago
I want to dispute the charge from Planet Fitness, I cancelled in person and have the paper
`,
    es: `
quiero disputar un cargo
quiero disputar el cargo de $45.99 de Amazon
me cobraron dos veces en Starbucks el 9 de agosto
cargo duplicado de Uber, por favor arréglenlo
el restaurante me cobró 85 dólares y la cuenta era de 58
nunca recibí el paquete que pedí a Wayfair y no me quieren reembolsar
cancelé Netflix en mayo y me siguen cobrando
el comercio me prometió un reembolso hace 3 semanas y nunca llegó
devolví una chaqueta a Nordstrom y no me han acreditado nada
quiero abrir una disputa por un cargo de Best Buy
cómo disputo una transacción
se canceló el concierto y Ticketmaster no me devuelve el dinero, quiero hacer un contracargo
el hotel me cobró una noche que no me quedé
el gimnasio me sigue cobrando aunque cancelé la membresía
me cobraron un monto equivocado en la gasolinera
me cobraron una suscripción que ya había cancelado, tengo el correo de cancelación
pueden disputar este cargo? es el de Chewy del 12 de julio
la tienda nunca me envió el producto, quiero mi dinero
hay un cargo doble de $23.10 de DoorDash
me cobraron doble la misma compra
pagué en la caja y al día siguiente la tienda me volvió a cobrar
la renta de carro me cobró $300 por un daño que yo no hice, quiero disputarlo
devolví el artículo y el reembolso nunca apareció
quiero reclamar un cargo de mi estado de cuenta
el comercio me cobró de más
mi pedido de uber eats nunca llegó y no me reembolsan
me facturaron un servicio que cancelé
me cobraron 3 veces por una sola compra en Target!!!
la aerolínea canceló el vuelo y no me quieren devolver el dinero
quiero levantar una disputa del cargo de Hilton del 4 de junio
la prueba gratis supuestamente era gratis pero me cobraron $79.99
disputa de cargo
quiero hacer una aclaración de un cargo que me cobraron dos veces
el vendedor me mandó un producto falso y no me devuelve el dinero
me cobraron mal la propina, puse 10 y cobraron 100
el cargo de Comcast está mal, ya devolví el equipo
quiero disputar un cargo que no autoricé de Lyft del 3 de agosto
pedí un sofá, llegó roto y no me quieren reembolsar
chargeback del cargo de Airbnb porfa, cancelé a tiempo
`,
  },

  unrecognized_charge: {
    en: `
what is this charge
I don't recognize a charge on my statement
what's this charge from SQ *BLUE BOTTLE for $14.25?
there's a charge I don't remember making
who is "AMZN Mktp US*2K4"? I see a charge from them
i see a $1 charge from a company I've never heard of
can you tell me what this transaction is? It says PAYPAL *GAMESTOP
unknown charge on my account
I have a charge from Google Ads for $150, I don't know what that is
there's a pending charge from a place called TST* something, what is it
what is the charge from 'APL*ITUNES' on July 2?
I don't know what this charge for $39.99 is
strange charge on my card ending in 1005
i dont recognise this transaction
there's a charge on my statement that doesn't look familiar. can you give me more details on the merchant?
weird charge from Microsoft 365, I don't think I have a subscription
can you look up who charged me $62.18 on Aug 15?
I don't remember buying anything from Etsy, but there's a charge
there's a charge from a merchant in another state. not sure if it's mine, maybe my husband's
Is this charge legit? 'SP * ZENFIT'
unfamiliar transaction
what does "PY *SUNSET CAFE" mean on my statement
I need details about a charge I don't recognize before I decide if it's fraud
mystery charge of $9.99, what is it
what's this $4.99 monthly charge?
there's a charge I don't recognise, but maybe my son used my card. can you tell me where it's from?
i'm looking at my statement and there's a charge from "DD *DOORDASH" that i don't think i ordered, can you tell me more
who charged me yesterday
this charge doesn't look right but I don't know what it is. Walgreens for $86? I don't think I was there
can you explain a charge
I don't understand this charge, what is it for?
there's a $3.12 charge from a company called ABC*ZOOM, can you identify it
a charge I don't recognize from last Tuesday
what merchant is this? the name on the statement is just a bunch of letters and numbers
my statement has something called 'Recurring Payment - SQSP' and I have no idea what it is
Got an alert for $75 at Shell Oil. Not sure if that was me, what location was it?
how can I find out what a charge is for?
I don't recall this purchase
help me identify a transaction
need more info on a charge I don't recognize
is this a real merchant? "FACEBK *ads"
there's a transaction from 'WWW.ACME-SUBS.COM' for 19.95 that I can't place
Whats this chrge
i see a charge from starbucks but i dont drink coffee lol, what is it
what is this pending authorization from a hotel? I haven't checked in anywhere
there's a $1 charge from a gas station... is it a hold or what?
not sure what this charge is, can you give me the merchant's phone number?
unknown merchant on my card, what's it for
What is the charge from "Hulu" on 05/28? I don't think I signed up
random charge on my account
I have no clue what this charge is. Before you say fraud, could it be a subscription?
charge from a company I don't know
Can you tell me who this merchant is and where they're located?
I don't recognize the charge from 'SPOTHERO PARKING' on June 30
There's one transaction I can't figure out. $212 to something called "MSFT *STORE"
My wife and I both looked and can't work out what this charge of $48.20 is
I think there's a charge on my card that isn't mine but I'm not sure yet
this charge is a mystery to me
what's "CKO*PATREON MEMBERSHIP"?? never heard of it
hm, there's a $27.40 thing on my card from friday i cant place. where was that
I don't think I made this purchase but I want to check what it is first
`,
    es: `
qué es este cargo
no reconozco un cargo en mi estado de cuenta
qué es el cargo de SQ *BLUE BOTTLE por $14.25?
hay un cargo que no recuerdo haber hecho
quién es "AMZN Mktp US"? tengo un cargo de ellos
veo un cargo de un dólar de una empresa que no conozco
me pueden decir qué es esta transacción? dice PAYPAL *GAMESTOP
cargo desconocido en mi cuenta
no sé qué es este cargo de $39.99
cargo raro en mi tarjeta terminada en 1005
no reconozco esta transacción
hay un cargo que no me suena, me dan más detalles del comercio?
cargo extraño de Microsoft, no creo que tenga suscripción
pueden buscar quién me cobró $62.18 el 15 de agosto?
no recuerdo haber comprado nada en Etsy pero hay un cargo
hay un cargo de otro estado, no sé si es mío o de mi esposo
qué significa "PY *SUNSET CAFE" en mi estado de cuenta
qué es este cobro mensual de $4.99?
hay un cargo que no reconozco pero quizás lo usó mi hijo, de dónde es?
quién me cobró ayer
no entiendo este cargo, de qué es?
un cargo que no reconozco del martes pasado
qué comercio es este? el nombre es puras letras y números
me llegó una alerta de $75 en Shell, no sé si fui yo, dónde fue?
cómo averiguo de qué es un cargo
no me acuerdo de esta compra
necesito información de un cargo que no reconozco
q es este cargo
tengo un cargo de starbucks pero yo no tomo cafe jaja, que es
qué es esta autorización pendiente de un hotel? no me he hospedado en ningún lado
cargo random en mi cuenta
cargo de una empresa que no conozco
no reconozco el cargo de 'SPOTHERO PARKING' del 30 de junio
creo que hay un cargo que no es mío pero todavía no estoy seguro
hay un charge que no reconozco, me ayudan a ver qué es?
what is este cargo de Hulu? no me acuerdo haberme suscrito
`,
  },

  report_fraud: {
    en: `
someone is using my card
someone used my card number online, I still have the card in my wallet
I'm getting alerts for purchases I'm not making right now
there are 5 charges I didn't make in the last hour
my card has been compromised
I got a text asking for my card number and I gave it. I think I was phished
I think my card got skimmed at a gas station
someone hacked my account and changed my email
fraud on my account
report fraud
several charges from stores I've never been to, all today
I just got 3 alerts for purchases in another country and I'm home
someone is making purchases on my card right now, stop it!!!
there are multiple unauthorized transactions on my account
I clicked a link in a fake email from you guys and entered my login. now there are charges
I did not authorize these charges: $500 at Best Buy, $300 at Target, $250 at Walmart
somebody took over my online account, I can't log in and my phone number was changed
I got a call from someone claiming to be from your fraud department and I gave them my code
my card info was stolen in a data breach and now there are weird charges
unauthorized purchases keep coming in, please block my card
my card was used in Miami and I live in Seattle, I have my card with me, there are like 6 charges
FRAUD ALERT someone is spending on my card
I'm seeing a bunch of small test charges then a big one, this is fraud
please help, charges are popping up I didn't make
someone cloned my card
I got a code for a purchase I didn't make, then another, and another
someone is trying to use my card online, I keep getting alerts for stuff I didn't buy
my wallet is at home but there's a charge in Chicago happening right now
I've been scammed, the caller got my card details and is using them
suspicious activity on my account, multiple charges
there are charges on my card from overseas I didn't make and I still have the card in my hand
my account password was changed and I didn't do it
someone added my card to Apple Pay on their phone! I didn't do this
i want to report fraudulent activity
this is fraud, 8 transactions at gas stations in one day, not me
fraud fraud fraud. my card is being used
I entered my card number on a fake website and now I see charges
I think someone got my card number from the restaurant, there are three charges I didn't make since yesterday
I need to report identity theft on my card account
got a fraud alert text, none of these are mine
unauthorized charges all over my account
a hacker got into my account
I was phished
someone is buying gift cards with my card
I'm traveling and just saw five charges back home I didn't make. Someone has my number
my elderly father's card is being used by a scammer who called him
there's a lot of suspicious purchases today on card ending 8812
there was a card skimmer on the ATM I used and now there are charges I didn't make
someone got access to my account and redeemed all my points
HELP someone is draining my card right now
I think I'm a victim of fraud
someone opened a card in my name, I never applied
someone is charging my card at multiple online stores, amounts $19.99, $49.99, $129.00
unauthorized online purchases happening as we speak
got scammed on a phone call, they asked for my security code and I gave it
my email was hacked and now my card account has charges I didn't make
someone changed my mailing address and ordered a replacement card, I didn't do this
there are charges coming in from an Amazon account that isn't mine, three so far today
i just got 4 texts in 10 minutes about purchases at electronics stores. i'm sitting at home. what is happening
my card is with me but somebody has the number, they've tried it at 3 different places today
`,
    es: `
alguien está usando mi tarjeta
me están llegando alertas de compras que no estoy haciendo
hay 5 cargos que no hice en la última hora
mi tarjeta fue comprometida
me llegó un mensaje pidiendo mis datos y los di, creo que me robaron la información
creo que clonaron mi tarjeta en una gasolinera
hackearon mi cuenta y cambiaron mi correo
fraude en mi cuenta
quiero reportar un fraude
varios cargos de tiendas donde nunca he ido, todos hoy
alguien está comprando con mi tarjeta ahora mismo, párenlo!!!
hay varias transacciones no autorizadas en mi cuenta
le di clic a un correo falso y puse mi usuario, ahora hay cargos
alguien se metió a mi cuenta en línea y cambió mi teléfono
me llamaron diciendo que eran del departamento de fraude y les di el código
mi tarjeta se usó en Miami y yo vivo en Seattle, tengo la tarjeta conmigo
FRAUDE alguien está gastando con mi tarjeta
clonaron mi tarjeta
me llegan códigos de compras que yo no hice, uno tras otro
me estafaron, el que llamó tiene los datos de mi tarjeta y los está usando
actividad sospechosa en mi cuenta, muchos cargos
hay cargos del extranjero que no hice y tengo la tarjeta en la mano
cambiaron la contraseña de mi cuenta y no fui yo
alguien agregó mi tarjeta a Apple Pay en su teléfono, yo no fui
esto es fraude, 8 cargos en gasolineras en un día
puse el número de mi tarjeta en una página falsa y ahora veo cargos
robo de identidad en mi cuenta
me llegó alerta de fraude y ninguno de esos cargos es mío
me hackearon la cuenta
están comprando tarjetas de regalo con mi tarjeta
ayuda alguien está vaciando mi tarjeta en este momento
creo que soy víctima de fraude
me estafaron por teléfono, me pidieron el código de seguridad y se los di
hay compras en línea no autorizadas ahorita mismo
someone está usando mi tarjeta, hay como 6 cargos que no reconozco de hoy
`,
  },

  dispute_status: {
    en: `
what's the status of my dispute
any update on my dispute?
I disputed a charge from Amazon last month, what's happening with it
status of claim 4471002
is my chargeback resolved yet
I filed a dispute on Aug 2 for the Hilton charge, where is it at?
did you finish investigating my dispute
when will my dispute be resolved
the provisional credit from my dispute disappeared, what happened?
has the merchant responded to my dispute yet
dispute status
I opened a claim about a double charge 3 weeks ago and have heard nothing
check on my dispute case number D-20931
what's going on with the chargeback for the Ticketmaster tickets
you told me my dispute would take 30 days, it's been 60
my dispute was closed and I don't know why
was my dispute approved or denied?
I got a letter about my dispute, what does it mean for the outcome?
Is the temporary credit for my disputed charge permanent now?
follow up on the dispute I filed for $212.45
I'm checking on a dispute I opened by phone last week
any news on the disputed charge from Wayfair?
how long do disputes usually take? mine has been open since June 3
my claim for the DoorDash refund, is it done?
the merchant sent you documents, what happens next with my dispute?
update on chargeback please
they said I'd get my money back from the dispute, still nothing
Hi, I'd like an update on dispute reference 882-113.
where are we with my dispute? I've uploaded everything you asked for
I disputed two charges, one was resolved but what about the other one?
is my disputed transaction still under review
what stage is my dispute in
the dispute letter says the merchant provided proof. what now?
dispute was denied?? why? I want to know the status and reason
my dispute keeps saying pending
when does the dispute investigation end
did my dispute go through
I never heard back about my dispute on the Airbnb charge
can you tell me if my claim for the cancelled flight was resolved
has my dispute with Best Buy been settled
my dispute case got reopened? what's the status
what's the status of the fraud claim I filed last week for those charges
I was told I'd hear back on my dispute in 10 days. It's been 20. What's going on
check dispute
dispute status for card ending 4410
any progress on the charge I'm disputing
was the provisional credit for the disputed $89 finalized?
Is there an update on claim #55120? It's for the Netflix charges.
I want to know whether my chargeback was won
the merchant reversed the charge, does that close my dispute?
my dispute from 07/01, what's the status
still waiting for an answer on my dispute, this is ridiculous
The dispute I opened on the Uber charge: did you get the merchant's reply?
How long until my dispute is decided?
what's the ETA on my chargeback
you reversed my provisional credit without explanation, what happened to my dispute
I need an update on the claim for the item that never arrived
my dispute status says 'closed - merchant credit'. what does that mean?
Quick check: my dispute for $45 from Lyft, approved yet?
any word on my dispute
i reported those unauthorized charges two weeks ago, has the investigation finished?
`,
    es: `
cuál es el estado de mi disputa
hay novedades de mi disputa?
disputé un cargo de Amazon el mes pasado, qué pasó con eso
estado de la reclamación 4471002
ya se resolvió mi contracargo?
abrí una disputa el 2 de agosto por el cargo de Hilton, en qué va?
cuándo se resuelve mi disputa
el crédito provisional de mi disputa desapareció, qué pasó?
el comercio ya respondió a mi disputa?
estado de disputa
abrí una reclamación por un cobro doble hace 3 semanas y no sé nada
me dijeron que la disputa tardaría 30 días y ya van 60
cerraron mi disputa y no sé por qué
aprobaron o rechazaron mi disputa?
el crédito temporal del cargo en disputa ya es definitivo?
seguimiento a la disputa que abrí por $212.45
alguna noticia del cargo disputado de Wayfair?
mi reclamo del reembolso de DoorDash ya quedó?
cómo va mi aclaración del cargo duplicado?
en qué etapa está mi disputa
rechazaron mi disputa?? por qué?
mi disputa sigue pendiente
nunca me respondieron sobre la disputa del cargo de Airbnb
sigue en revisión mi transacción disputada?
cuando termina la investigación de mi disputa
el comercio devolvió el dinero, eso cierra mi disputa?
mi disputa del 1 de julio, cual es el status
sigo esperando respuesta de mi disputa, esto es ridículo
gané el contracargo o no?
hay actualización del reclamo #55120? es por los cargos de Netflix
que paso con mi disputa
status de mi dispute del cargo de Uber
ya me van a devolver el dinero de la disputa? todavía nada
me revirtieron el crédito provisional sin explicación, qué pasó con mi disputa
ya hay respuesta de la reclamación del producto que nunca llegó?
`,
  },
};
