import type { PhraseBook } from './book.ts';

/*
 * Training phrases, second pass: long multi-sentence messages with context before the request,
 * angry and rambling ones, Spanglish, and the boundary cases between neighbouring intents.
 */
export const extra: PhraseBook = {
  payment_due_date: {
    en: `
WHEN IS THE PAYMENT DUE ON THIS CARD
ok so I just got back from a two week trip and I'm catching up on bills. what's the due date on this card this month?
I usually pay on the 1st but my statement came late this time. When is the bill actually due?
not asking to change it, just tell me the date it's due
i'm trying to set a reminder on my phone, which day should I put for the card payment
`,
    es: `
CUANDO SE VENCE EL PAGO DE ESTA TARJETA
acabo de regresar de viaje y me estoy poniendo al día con las cuentas, cuándo vence el pago de esta tarjeta?
no quiero cambiar la fecha, solo dime qué día vence
when is my payment due? perdón, cuándo es mi fecha límite
`,
  },

  change_due_date: {
    en: `
I've been paying late every month because your due date lands three days before I get paid. I'm not asking for a waiver, I'm asking you to move the date permanently.
my employer switched us to monthly pay on the 25th. can the card's due date move to the end of the month to match?
can the payment due date be changed once a year or more often than that?
I don't want a reminder, I want a different due date
`,
    es: `
siempre pago tarde porque la fecha de pago cae antes de mi quincena, no quiero que me perdonen nada, quiero que cambien la fecha para siempre
en mi trabajo ahora pagan el 25, se puede mover la fecha de pago a fin de mes?
se puede cambiar el due date a otro día del mes? el 3 no me sirve
`,
  },

  payment_status: {
    en: `
I logged in today and my balance still shows the full amount. I paid through my bank's bill pay on Friday and the money is gone from checking. Did you get it or not?
so I paid the minimum yesterday afternoon, got a confirmation number and everything, but the app still says payment due. did it go through??
you guys keep saying my payment is pending. it's been 4 days. when does it actually post
i paid it from my other bank account, the one at wells fargo, and i don't see it on this card yet
`,
    es: `
hoy entré y el saldo sigue igual, pagué el viernes desde mi banco y ya me quitaron el dinero. lo recibieron o no?
pagué el mínimo ayer y me dieron número de confirmación pero la app sigue diciendo pago pendiente, ya pasó?
my payment sigue pending desde el lunes, cuándo se aplica?
`,
  },

  make_payment: {
    en: `
ok I finally have the money. I want to pay off everything on the card today, what do I need to do?
I want to pay $300 now and set up autopay for the minimum going forward so I stop forgetting
can you take a payment right now? I don't want to get a late fee
how do I link my checking account so I can pay the card
`,
    es: `
por fin tengo el dinero, quiero pagar todo lo de la tarjeta hoy, qué tengo que hacer?
quiero pagar $300 ahorita y poner pago automático del mínimo para no olvidarme
me pueden cobrar el pago ya? no quiero recargo
`,
  },

  late_fee_waiver: {
    en: `
I have paid this card on time for six years. This month my father was in the ICU and I missed the due date by two days. You charged me a $40 late fee. I would really appreciate it if you could remove it.
late fee?? are you serious. I paid at 9am the next day. take it off my account
the autopay didn't run because of a glitch on your side and now I'm being charged a late fee. reverse it please
`,
    es: `
llevo seis años pagando puntual, este mes mi papá estuvo en el hospital y me pasé dos días. me cobraron $40 de recargo, les agradecería mucho si lo quitan
en serio me cobraron recargo? pagué al día siguiente a las 9 de la mañana. quítenlo
el pago automático no corrió por un error de ustedes y ahora tengo cargo por mora, reviértanlo
`,
  },

  balance_inquiry: {
    en: `
I'm about to book flights for my family and want to make sure I have room. What's my available credit and current balance?
can you tell me my statement balance vs my current balance, I'm confused which one to pay
how much do I owe in total right now including the stuff that's still pending
`,
    es: `
voy a comprar boletos de avión para mi familia y quiero ver si me alcanza, cuánto tengo disponible y cuánto debo?
cuál es la diferencia entre el saldo del estado de cuenta y el saldo actual? cuánto debo pagar
cuanto debo en total ahorita con lo pendiente
`,
  },

  dispute_charge: {
    en: `
Last month I ordered a couch from an online store for $1,300. It was supposed to arrive in three weeks. It's been two months, they stopped answering emails, and the website is down. I want my money back.
so I cancelled my gym membership in person in March, got a paper receipt and everything, and they are STILL charging me $39.99 every month. this is the 4th charge since. dispute all of it
I was charged $89 for a hotel night I cancelled within the free cancellation window. The hotel says they can't refund it. I want to dispute the charge.
the waiter ran my card twice at dinner last night, I see two charges of $74.20 from the same restaurant
I returned a TV to Best Buy three weeks ago, they gave me a return receipt, but the refund never hit my card
I don't care what the merchant says, I want to dispute this charge. the product was not what they advertised
`,
    es: `
pedí un sillón en una tienda en línea por $1,300, tenía que llegar en tres semanas, ya van dos meses y no contestan. quiero mi dinero de vuelta
cancelé el gimnasio en persona en marzo, tengo el comprobante, y me SIGUEN cobrando $39.99 cada mes. disputen todo
me cobraron $89 por una noche de hotel que cancelé a tiempo y el hotel no me quiere devolver, quiero disputar el cargo
anoche en la cena me pasaron la tarjeta dos veces, veo dos cargos iguales del mismo restaurante
`,
  },

  unrecognized_charge: {
    en: `
I was going through my statement and there's one charge I can't place. It's $23.50 from something called "PMT*CITYPARK". Could that be a parking meter? I don't remember parking anywhere.
before I call it fraud, what is this charge? it's only one and it's small
hey there is a charge on here from a company I have never heard of, can you tell me who they are
my husband says he didn't buy anything at this store, and I don't think I did either, but maybe it's a subscription. what is it?
`,
    es: `
revisando mi estado de cuenta hay un cargo que no ubico, $23.50 de algo que se llama "PMT*CITYPARK", será un estacionamiento? no me acuerdo
antes de decir que es fraude, qué es este cargo? es solo uno y es pequeño
hay un cargo de una empresa que nunca he oído, me dicen quién es?
`,
  },

  report_fraud: {
    en: `
I just got five texts in a row from you about purchases at electronics stores in another state. I'm at home and my card is in my hand. Someone is using my card number. Please stop it NOW.
I think someone got into my online account. I got an email that my password was changed and I didn't change it, and now there are charges I didn't make
a guy called pretending to be from your fraud team and I read him the code from my text. right after that two big charges showed up
multiple charges I didn't make are showing up one after another, this is fraud
`,
    es: `
me acaban de llegar cinco mensajes seguidos de compras en tiendas de electrónica en otro estado, estoy en mi casa con la tarjeta en la mano. alguien tiene mi número, párenlo YA
creo que alguien entró a mi cuenta en línea, me llegó un correo de cambio de contraseña que no hice y ahora hay cargos que no hice
me llamó un tipo diciendo que era de fraudes y le di el código del mensaje, luego salieron dos cargos grandes
`,
  },

  dispute_status: {
    en: `
Three weeks ago I disputed a double charge from a hotel. I got a temporary credit, but today the credit disappeared from my account. What happened with my dispute?
I filed a claim about a charge for a package that never arrived. The letter said 30 days. It's been 45. Where is it?
just checking whether the chargeback I opened for the concert tickets has been decided
`,
    es: `
hace tres semanas disputé un cargo doble de un hotel, me dieron crédito temporal y hoy desapareció, qué pasó con mi disputa?
puse una reclamación por un paquete que nunca llegó, la carta decía 30 días y ya van 45, en qué va?
ya decidieron el contracargo de los boletos del concierto?
`,
  },

  lost_stolen_card: {
    en: `
I was at a concert last night and when I got home my wallet was gone. I called the venue, nothing. My card was in it. I need it cancelled and a new one sent.
I'm on vacation and my bag got stolen at the beach with my card in it. Please cancel it and tell me how fast you can get me a new one.
definitely lost, not misplaced. I've torn the house apart. cancel it and send a new card
`,
    es: `
anoche fui a un concierto y cuando llegué a casa ya no tenía la cartera, la tarjeta estaba ahí. cancélenla y manden otra
estoy de vacaciones y me robaron la bolsa en la playa con la tarjeta, cancélenla y díganme qué tan rápido me mandan otra
la perdí de verdad, ya busqué en toda la casa. cancélenla y envíen una nueva
`,
  },

  damaged_card: {
    en: `
My card has been acting up for a week. At the grocery store the chip reader says card error, and the cashier had to type the number in. The chip looks scratched. Can you send me a new card?
the card literally split down the middle while it was in my wallet, I need a new one with the same number
my dog got hold of my card and chewed the chip, it doesn't work at any terminal now
`,
    es: `
mi tarjeta lleva una semana fallando, en el súper la terminal dice error de chip y la cajera tuvo que teclear el número. el chip se ve rayado, me mandan otra?
la tarjeta se partió a la mitad dentro de la cartera, necesito una nueva con el mismo número
mi perro mordió el chip de la tarjeta y ya no funciona en ninguna terminal
`,
  },

  lock_card: {
    en: `
I can't find my card right now. I think I left it at my sister's place but she isn't answering. I don't want to cancel it if it's just there. Can you freeze it until I hear back?
please lock my card for now, my teenage son has been using it without asking and I want to pause it until we talk
pause my card, don't cancel anything
`,
    es: `
no encuentro mi tarjeta, creo que la dejé en casa de mi hermana pero no contesta. no la quiero cancelar si está ahí, la pueden congelar mientras?
bloqueen mi tarjeta por ahora, mi hijo la está usando sin permiso y la quiero pausar hasta que hablemos
congelen la tarjeta, no cancelen nada
`,
  },

  unlock_card: {
    en: `
Last night I locked my card because I couldn't find it. It was in my gym bag the whole time. Now I'm at the store and it got declined because it's still locked. Please unlock it.
I put a freeze on my card before my trip. I'm home now, take the freeze off
the card is not lost anymore, found it in the car. can you turn it back on
`,
    es: `
anoche bloqueé mi tarjeta porque no la encontraba y estaba en la mochila del gym. ahora me la rechazaron en la tienda porque sigue bloqueada, desbloquéenla
congelé la tarjeta antes del viaje, ya regresé, quiten el congelamiento
ya no está perdida, la encontré en el carro, la pueden volver a activar?
`,
  },

  card_delivery_status: {
    en: `
My card was stolen two weeks ago. You cancelled it and said a new one would arrive in 5 to 7 business days. Nothing has come and I have no way to pay for anything. Where is it?
I was told my replacement card shipped last Monday. Can you give me a tracking number?
my card expires this month and I haven't received the renewal card, should I be worried?
`,
    es: `
me robaron la tarjeta hace dos semanas, la cancelaron y dijeron que la nueva llegaba en 5 a 7 días hábiles. no ha llegado nada y no tengo con qué pagar. dónde está?
me dijeron que mi tarjeta de reemplazo salió el lunes pasado, me dan el número de rastreo?
mi tarjeta vence este mes y no me ha llegado la renovación
`,
  },

  digital_wallet: {
    en: `
I just got my replacement card in the mail. I'm trying to add it to Apple Pay on my iPhone and it keeps saying "could not add card, contact your card issuer". What do I do?
the verification code for google pay keeps going to my old phone number so I can't finish adding the card
my card shows in apple wallet but every time I tap to pay it fails, the plastic card works fine
`,
    es: `
me llegó la tarjeta de reemplazo y quiero agregarla a Apple Pay en mi iphone pero dice "no se pudo agregar la tarjeta, contacte al emisor", qué hago?
el código de verificación de google pay se va a mi número viejo y no puedo terminar de agregar la tarjeta
la tarjeta sale en apple wallet pero cuando acerco el teléfono para pagar falla, la física sí funciona
`,
  },

  card_declined: {
    en: `
I'm at the airport trying to check a bag and my card got declined twice. I have plenty of available credit and I didn't lock it. What is going on?
I tried to order groceries online and it said my card was declined. I paid my balance off last week. Why?
my card got declined at a restaurant in Rome even though I told you I was traveling
I didn't freeze anything, so why is every purchase failing today
`,
    es: `
estoy en el aeropuerto queriendo documentar una maleta y me rechazaron la tarjeta dos veces. tengo crédito y no la bloqueé, qué pasa?
quise pedir el súper en línea y dice tarjeta declinada, ya pagué mi saldo la semana pasada, por qué?
me rechazaron la tarjeta en un restaurante en Roma aunque avisé que estaba de viaje
`,
  },

  rewards_balance: {
    en: `
I put my whole vacation on this card last month, around $4,000. How many points did that earn me and what's my total now?
the welcome offer said 60k bonus points after spending 3k in 3 months. I hit that in May. Where are my points?
how many points will I have after this statement closes
`,
    es: `
el mes pasado puse todas mis vacaciones en la tarjeta, como $4,000. cuántos puntos gané y cuántos tengo en total?
la oferta de bienvenida decía 60 mil puntos al gastar 3 mil en 3 meses, lo cumplí en mayo, dónde están mis puntos?
cuántos puntos voy a tener cuando cierre este estado de cuenta
`,
  },

  pay_with_points: {
    en: `
I have about 80,000 points sitting there. I'd rather use them than pay cash for the $640 furniture charge from last week. Can I apply points to that charge?
can I use points to knock down my balance this month, money is tight
I'd like to redeem points against my recent travel charges, how does that work
`,
    es: `
tengo como 80,000 puntos sin usar, prefiero usarlos que pagar el cargo de muebles de $640 de la semana pasada. puedo aplicar puntos a ese cargo?
puedo usar puntos para bajar mi saldo este mes? ando corto de dinero
quiero canjear puntos contra mis cargos de viaje recientes, cómo funciona?
`,
  },

  redemption_issue: {
    en: `
Two weeks ago I used 30,000 points for a statement credit. The points left my account the same day but the credit never showed up on my statement. Where did my points go?
I transferred points to my airline account for a flight and they never arrived. The airline says they have nothing. Meanwhile my points are gone.
I redeemed for a gift card, the confirmation email came, but the code says invalid at checkout
`,
    es: `
hace dos semanas usé 30,000 puntos para un crédito, los puntos se fueron el mismo día pero el crédito nunca apareció. dónde quedaron mis puntos?
transferí puntos a mi aerolínea para un vuelo y nunca llegaron, la aerolínea dice que no tiene nada y yo ya no tengo los puntos
canjeé una tarjeta de regalo, me llegó la confirmación pero el código dice inválido
`,
  },

  benefits_info: {
    en: `
I'm renting a car in Portugal next month. Do I need to buy the rental company's insurance, or does my card cover collision damage?
my phone got stolen last week and I pay my phone bill with this card. Is there phone protection, and how do I use it?
what exactly does my card give me at airports, lounges or anything like that
`,
    es: `
voy a rentar un carro en Portugal el mes que viene, tengo que comprar el seguro de la arrendadora o mi tarjeta cubre los daños?
me robaron el celular la semana pasada y pago la factura con esta tarjeta, hay protección de celular y cómo la uso?
qué me da exactamente mi tarjeta en los aeropuertos, salas vip o algo así
`,
  },

  add_authorized_user: {
    en: `
My daughter just started college and I'd like her to have a card on my account for emergencies and books. How do I add her and can I set a limit for her?
my wife and I share everything, I'd like her to have her own card on my account
`,
    es: `
mi hija empezó la universidad y quiero que tenga una tarjeta en mi cuenta para emergencias, cómo la agrego y le puedo poner límite?
mi esposa y yo compartimos todo, quiero que tenga su propia tarjeta en mi cuenta
`,
  },

  remove_authorized_user: {
    en: `
My ex-husband is still an authorized user on my card and he's been making purchases since the divorce. I want him removed today and his card shut off.
my son is 25 now and has his own credit card, please take him off my account
`,
    es: `
mi ex esposo sigue siendo adicional en mi tarjeta y ha hecho compras desde el divorcio, quiero que lo quiten hoy y le apaguen la tarjeta
mi hijo ya tiene 25 y su propia tarjeta, por favor quítenlo de mi cuenta
`,
  },

  update_contact_info: {
    en: `
I switched phone carriers and got a new number, so I'm not getting your verification texts anymore. How do I update the phone number on my account?
I don't use my yahoo email anymore, please change the email on file to my gmail
`,
    es: `
cambié de compañía de celular y tengo número nuevo, ya no me llegan los códigos. cómo actualizo el teléfono de mi cuenta?
ya no uso mi correo de yahoo, cambien el correo registrado a mi gmail por favor
`,
  },

  update_address: {
    en: `
We just bought a house and moved last weekend. My statements are still going to the old apartment. How do I change my mailing address?
my billing address is wrong so online stores keep rejecting my card, I need to update it to my new place
I'm staying with my parents for six months while our house is renovated. Can you send my mail to their address until then?
the post office forwards my mail but I'd rather you just have the right street address on the account
`,
    es: `
acabamos de comprar casa y nos mudamos el fin de semana, los estados de cuenta siguen llegando al departamento viejo, cómo cambio la dirección?
mi dirección de facturación está mal y las tiendas en línea rechazan la tarjeta, necesito actualizarla
`,
  },

  communication_preferences: {
    en: `
I get an email from you every single day with some offer I don't want. I also still get paper statements even though I use the app. Please turn off the marketing emails and switch me to paperless.
can I get a text alert the moment any charge goes through on my card
`,
    es: `
me llega un correo diario con ofertas que no quiero y además sigo recibiendo estados de cuenta en papel aunque uso la app. quiten los correos de publicidad y pásenme a sin papel
quiero una alerta por mensaje en cuanto pase cualquier cargo en mi tarjeta
`,
  },

  credit_limit_increase: {
    en: `
I've had this card for four years, always pay in full, and my income went up a lot this year. My limit is still $3,000. I'd like it raised, what do I need to do?
we have a big family trip coming up and my limit won't cover it, can I get a higher limit for a couple of months
`,
    es: `
tengo la tarjeta hace cuatro años, siempre pago completo y mis ingresos subieron mucho. mi límite sigue en $3,000, lo quiero más alto, qué necesito?
tenemos un viaje familiar grande y mi límite no alcanza, me pueden dar más límite un par de meses?
`,
  },

  apr_info: {
    en: `
I carried a balance for the first time last month and now I see an interest charge I didn't expect. How is interest calculated, and what's my rate?
why do I have a finance charge on my statement when I paid the full statement balance on time?
`,
    es: `
el mes pasado dejé saldo por primera vez y ahora veo un cargo de intereses que no esperaba, cómo se calculan los intereses y cuál es mi tasa?
por qué tengo cargo financiero si pagué el saldo completo a tiempo?
`,
  },

  product_change: {
    en: `
The annual fee on this card went up and I barely use the travel benefits anymore. Instead of cancelling, can I switch to one of your no-fee cards and keep my account history?
I'd like to move up to a card with better travel rewards, what can I upgrade to?
`,
    es: `
subió la anualidad de esta tarjeta y casi no uso los beneficios de viaje. en vez de cancelar, me pueden cambiar a una sin anualidad y conservar mi historial?
quiero subir a una tarjeta con mejores recompensas de viaje, a cuál me puedo cambiar?
`,
  },

  travel_booking: {
    en: `
I booked a round trip to Denver through your travel site last month. The airline moved my return flight by a day and now I need to change the hotel I also booked through you. Can you help?
the car rental I reserved on your travel portal wasn't there when I landed, the counter had no record of it
`,
    es: `
reservé un viaje redondo a Denver en su sitio de viajes el mes pasado, la aerolínea movió mi regreso un día y ahora necesito cambiar el hotel que también reservé con ustedes
el auto que reservé en su portal de viajes no estaba cuando aterricé, en el mostrador no tenían nada
`,
  },

  trip_protection: {
    en: `
Our flight home from Cancun was cancelled because of a storm and we were stuck two extra nights. I paid for the hotel and meals, about $600. I paid for the trip with this card. Can I get reimbursed?
if I have to cancel my trip because I get sick, does the card cover the nonrefundable stuff?
`,
    es: `
cancelaron nuestro vuelo de regreso de Cancún por una tormenta y nos quedamos dos noches más, pagué como $600 de hotel y comida. pagué el viaje con esta tarjeta, me lo reembolsan?
si me enfermo y tengo que cancelar el viaje, la tarjeta cubre lo que no es reembolsable?
`,
  },

  talk_to_agent: {
    en: `
I've tried three times to explain this and the automated answers aren't helping. I'd like to talk to an actual person please.
can you transfer me to the disputes department, I need to talk to someone who handles chargebacks
`,
    es: `
ya intenté tres veces explicar esto y las respuestas automáticas no me ayudan, quiero hablar con una persona de verdad
me pueden pasar con el departamento de disputas? necesito hablar con alguien de contracargos
`,
  },

  supervisor: {
    en: `
The agent I just spoke with was rude, told me there was nothing she could do, and then ended the chat. I want to speak to her supervisor.
I have been passed between four representatives today. I want a manager, not another agent.
`,
    es: `
la agente con la que hablé fue grosera, me dijo que no podía hacer nada y me cortó el chat. quiero hablar con su supervisor
hoy me han pasado con cuatro representantes, quiero un gerente, no otro agente
`,
  },

  file_complaint: {
    en: `
This is the third time this year you've charged me a fee that your own rep said would be removed. I'm not asking for a manager. I want a formal complaint filed with a reference number.
I want to file a complaint about how my fraud claim was handled, it took months and nobody called me back
`,
    es: `
es la tercera vez este año que me cobran una comisión que su propio asesor dijo que quitarían. no quiero un gerente, quiero una queja formal con número de referencia
quiero poner una queja por cómo manejaron mi caso de fraude, tardaron meses y nadie me llamó
`,
  },

  case_status: {
    en: `
I called last week about my address change request and they opened a case. It still shows my old address. Can you tell me the status?
I filed a complaint two weeks ago and got a case number but haven't heard anything. What's the status?
`,
    es: `
llamé la semana pasada por el cambio de dirección y abrieron un caso, todavía sale mi dirección vieja. me dicen en qué va?
puse una queja hace dos semanas y me dieron número de caso pero no sé nada, cuál es el estado?
`,
  },

  request_summary: {
    en: `
Before we finish, can you send me a summary of everything we did today with the reference number? I want to keep it for my records.
I'm going to need proof of what you told me today, please email me the transcript of this chat
`,
    es: `
antes de terminar, me pueden mandar un resumen de todo lo que hicimos hoy con el número de referencia? lo quiero guardar
voy a necesitar prueba de lo que me dijiste hoy, mándame la transcripción de este chat por correo
`,
  },

  upload_documents: {
    en: `
The disputes team sent me a letter asking for the cancellation confirmation from the merchant. I have it as a PDF on my laptop. How do I get it to you?
I have pictures of the receipts from my delayed trip, where do I send them for the claim
`,
    es: `
el equipo de disputas me mandó una carta pidiendo la confirmación de cancelación del comercio, la tengo en PDF en mi laptop. cómo se las mando?
tengo fotos de los recibos del viaje retrasado, a dónde las mando para el reclamo?
`,
  },

  greeting: {
    en: `
good morning! hope you're having a good day
hey there, hello
`,
    es: `
buenos días, cómo están?
hola buenas, qué tal
`,
  },

  goodbye: {
    en: `
ok that's everything I needed, have a good one, bye
alright I'm going to log off now, bye
`,
    es: `
listo, eso era todo, que tengan buen día, adiós
bueno ya me voy, nos vemos
`,
  },

  thanks: {
    en: `
thank you so much, you've been really patient with me today
ok great, that's super helpful, thanks
`,
    es: `
muchas gracias, has tenido mucha paciencia conmigo
ok perfecto, me sirvió muchísimo, gracias
`,
  },

  affirm: {
    en: `
yes, that's exactly the charge I'm talking about
yep, that's the card
`,
    es: `
sí, ese es exactamente el cargo del que hablo
sip, esa es la tarjeta
`,
  },

  deny: {
    en: `
no, that's not the charge I mean, it's the other one
nope, that's not my card
`,
    es: `
no, ese no es el cargo, es el otro
nop, esa no es mi tarjeta
`,
  },

  out_of_scope: {
    en: `
# other banks and issuers, worded like in-scope requests
my Chase payment from last week still hasn't posted, can you check
I paid my Capital One bill on Friday and it's still pending
did my payment to Citi go through
when is my Wells Fargo credit card payment due
I want to change the due date on my Bank of America card
my Chase Sapphire points balance
how many Capital One miles do I have
I redeemed my Citi points and they never showed up
my Barclays card was declined at the gas station
my debit card from my credit union got declined at the grocery store
I lost my Bank of America debit card
someone stole my Capital One card, cancel it
I need to freeze my Chase card
unlock my Wells Fargo card
my new Citi card hasn't arrived in the mail
my Chase card won't add to Apple Pay
what's the interest rate on my Capital One card
can you raise the limit on my Chase Freedom
upgrade my Citi Double Cash to a Premier
downgrade my Chase Sapphire Reserve
add my wife as an authorized user on my Chase card
remove my son from my Capital One account
update my address with Wells Fargo
waive the late fee on my Citi card
I want to dispute a charge on my Chase card
there's a charge on my Capital One card I don't recognize
someone is using my Bank of America card right now
what's the status of my dispute with Chase
I need to talk to someone at Capital One
I want a supervisor at Citi
file a complaint against Wells Fargo
how do I check the status of my Chase case
my Synchrony store card payment is late
my Amazon store card balance
my Target RedCard was declined
my Kohl's charge card payment
I have the Apple Card from Goldman Sachs and my payment didn't go through
what's the balance on my PayPal Credit
how do I pay my Affirm loan
Klarna charged me a late fee
my Afterpay payment failed
my Best Buy credit card from Citi, when is it due
my Costco Citi card was stolen
my Delta SkyMiles balance
how many Hilton Honors points do I have
my Marriott Bonvoy points didn't post after my stay
transfer my United miles to my wife
my Southwest Rapid Rewards points expired
my American Airlines AAdvantage account was hacked
# payment apps and bills to other companies
my Venmo payment is still pending
Zelle says the payment is being processed
my Cash App transfer didn't arrive
PayPal is holding my money
my Venmo card was declined
I sent money on Zelle by mistake, can you reverse it
how do I pay my electric bill
pay my phone bill with Verizon
when is my rent due
how do I pay my water bill online
my car insurance payment is due tomorrow, can I pay it here
can you pay my Comcast bill for me
my Netflix password isn't working
cancel my Spotify subscription for me
my Uber account is locked
DoorDash won't let me add a new address
my Amazon account was hacked
# other things
is it going to rain on my flight to Denver
what's the best credit card for travel rewards
should I get a personal loan to pay off my card
how do I freeze my credit report
my credit score dropped 40 points, why
what's a good mortgage rate right now
how do I open a Roth IRA
can you help me budget for next month
how much should I save for retirement
what's the minimum wage in California
how do I get a refund from the IRS
the stock market crashed today, should I sell
is Tesla a good investment
what year did the Titanic sink
recommend a good Italian restaurant in Chicago
what's a healthy breakfast
how long is the drive from Dallas to Austin
I'm bored, entertain me
write a birthday message for my mom
what's the plot of Harry Potter
`,
    es: `
# otros bancos y emisores
mi pago a Santander de la semana pasada no aparece
pagué mi tarjeta de BBVA el viernes y sigue pendiente
cuándo vence el pago de mi tarjeta de Banorte
quiero cambiar la fecha de pago de mi tarjeta Banamex
cuántos puntos tengo en BBVA
canjeé mis puntos de Santander y no llegaron
me rechazaron la tarjeta de débito de mi banco en el súper
perdí mi tarjeta de débito de Banorte
me robaron la tarjeta de HSBC, cancélenla
congelar mi tarjeta de Nu
no me llega la tarjeta nueva de BBVA
cuál es la tasa de interés de mi tarjeta Santander
súbanme el límite de mi tarjeta Banamex
quiero quitar a mi hijo de mi tarjeta de BBVA
quítenme el recargo de mi tarjeta de Liverpool
quiero disputar un cargo de mi tarjeta HSBC
hay un cargo que no reconozco en mi tarjeta de Banorte
quiero hablar con alguien de Banamex
poner una queja contra BBVA
mis puntos de Aeroméxico no aparecen
cuántas millas tengo en Avianca
# apps de pago y cuentas de otras empresas
mi pago por Venmo sigue pendiente
zelle dice que el pago se está procesando
mi transferencia de Cash App no llegó
PayPal me está reteniendo el dinero
mandé dinero por zelle por error, lo pueden regresar?
cómo pago el recibo de la luz
cuándo vence la renta del departamento
mi pago del seguro del carro vence mañana, lo puedo pagar aquí?
cancelen mi suscripción de Spotify
mi cuenta de Uber está bloqueada
hackearon mi cuenta de Amazon
# otras cosas
cuál es la mejor tarjeta de crédito para viajar
me conviene un préstamo personal para pagar la tarjeta?
cómo congelo mi reporte de crédito
bajó mi puntaje de crédito, por qué?
cómo abro una cuenta de retiro
me ayudas a hacer un presupuesto
recomiéndame un restaurante italiano en Chicago
cuánto se tarda de Dallas a Austin manejando
estoy aburrido, entretenme
escribe un mensaje de cumpleaños para mi mamá
`,
  },
};
