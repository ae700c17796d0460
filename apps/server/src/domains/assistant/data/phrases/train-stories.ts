import type { PhraseBook } from './book.ts';

/*
 * Training phrases, long messages: real cardmembers often tell the story first and ask at the end,
 * with details (family, work, travel, amounts) that belong to no intent. One or two per intent and
 * language, so the request at the end outweighs the context.
 */
export const stories: PhraseBook = {
  payment_due_date: {
    en: `
I just switched all my bills to paperless and I haven't figured out the new app yet. The card is the one I worry about most because I was late once years ago. What date is this month's payment due?
`,
    es: `
acabo de cambiar todos mis recibos a electronicos y todavia no le entiendo a la app. la tarjeta es la que mas me preocupa porque una vez me atrase. que fecha vence el pago de este mes?
`,
  },
  change_due_date: {
    en: `
I started a new job in August and they pay on the last business day of the month. Right now my card is due on the 5th, so I'm always short. Is there a way to set the due date to the middle of the month?
`,
    es: `
empece en un trabajo nuevo y me pagan el ultimo dia habil del mes. la tarjeta me vence el dia 5 y siempre ando corta de dinero. se puede poner la fecha de pago a mediados de mes?
`,
  },
  payment_status: {
    en: `
I'm a bit worried because I paid from my savings account on the weekend and the app still shows the old balance. My bank statement already shows the withdrawal. Can you confirm the payment arrived?
`,
    es: `
estoy preocupado porque pague el fin de semana desde mi cuenta de ahorro y la app sigue mostrando el saldo anterior. en mi banco ya aparece el retiro. me confirman si les llego el pago?
`,
  },
  make_payment: {
    en: `
My tax refund finally came in and I'd like to put most of it toward the card before interest piles up. I've only ever paid by mailing a check. Can I pay right here, and how?
`,
    es: `
por fin me llego la devolucion de impuestos y quiero meter casi todo a la tarjeta antes de que me cobren mas intereses. siempre he pagado con cheque. puedo pagar desde aqui?
`,
  },
  late_fee_waiver: {
    en: `
The storm knocked out power in our whole neighborhood for five days and I couldn't get online to pay. I paid the morning it came back but there's a late fee now. I've had the card for eight years. Could you remove it this once?
`,
    es: `
con la tormenta nos quedamos sin luz cinco dias y no pude entrar a pagar. pague en cuanto regreso la luz pero ya me pusieron un cargo por pago tardio. tengo ocho años con la tarjeta, me lo pueden quitar por esta vez?
`,
  },
  balance_inquiry: {
    en: `
My daughter's wedding is next month and a lot of the deposits are going on this card. Before I put down the next one for the caterer, I want to know where I stand. What's my balance and how much is still available?
`,
    es: `
la boda de mi hija es el mes que entra y muchos anticipos van en esta tarjeta. antes de pagar el del banquete quiero saber como voy. cuanto debo y cuanto me queda disponible?
`,
  },
  dispute_charge: {
    en: `
I hired a moving company, paid the deposit on the card, and on moving day nobody came. They stopped answering their phone and their website is gone. I'd like to get that deposit back through a dispute.
`,
    es: `
contrate una mudanza, pague el anticipo con la tarjeta y el dia de la mudanza nunca llegaron. ya no contestan el telefono y su pagina desaparecio. quiero recuperar ese anticipo con una disputa
`,
  },
  unrecognized_charge: {
    en: `
Going through my statement before paying it, I found a charge with a name I've never seen, something like a string of letters and numbers. It might be a subscription under a different name. Can you tell me who the merchant is?
`,
    es: `
revisando el estado de cuenta antes de pagar encontre un cargo con un nombre que nunca habia visto, como letras y numeros. a lo mejor es alguna suscripcion con otro nombre. me pueden decir que comercio es?
`,
  },
  report_fraud: {
    en: `
I was asleep and woke up to a dozen alerts from stores overseas, all within an hour. My card is on my nightstand. Somebody has my number and is spending with it right now. Please shut it down.
`,
    es: `
estaba dormido y desperte con muchas alertas de compras en tiendas del extranjero, todas en una hora. la tarjeta esta en mi buro. alguien tiene mi numero y la esta usando ahorita, por favor detenganlo
`,
  },
  dispute_status: {
    en: `
In August I disputed a gym charge because they kept billing me after I cancelled. I sent the cancellation email as proof and got a temporary credit. Now the credit is gone from my statement. Was the dispute decided against me?
`,
    es: `
en agosto dispute un cargo del gimnasio porque me seguian cobrando despues de cancelar. mande el correo de cancelacion y me dieron un credito temporal. ahora ya no aparece el credito. se resolvio la disputa en mi contra?
`,
  },
  lost_stolen_card: {
    en: `
We were at a concert and somewhere in the crowd my wallet slipped out of my pocket. Security has nothing and it's been two days. I'm sure it's gone for good, so I need the card cancelled and a new one mailed to me.
`,
    es: `
estabamos en un concierto y entre la gente se me cayo la cartera. seguridad no tiene nada y ya pasaron dos dias. ya se que no va a aparecer, necesito cancelar la tarjeta y que me manden otra
`,
  },
  damaged_card: {
    en: `
I keep my card in my phone case and the magnet must have wiped it, because the stripe doesn't work and now the chip is cracked too. Nobody else has it, it's just physically broken. Can you send me a replacement?
`,
    es: `
traigo la tarjeta en la funda del celular y creo que el iman la daño, la banda no sirve y ahora el chip esta estrellado. nadie mas la tiene, solo esta rota. me mandan una de reposicion?
`,
  },
  lock_card: {
    en: `
I had a party at my house last night and this morning I can't find my card. It's probably under a couch cushion somewhere but I don't want to risk it. Can you put it on a temporary hold so nothing goes through while I look?
`,
    es: `
anoche hice una fiesta en mi casa y hoy no encuentro la tarjeta. seguro esta debajo de algun cojin pero no quiero arriesgarme. la pueden bloquear temporalmente mientras la busco?
`,
  },
  unlock_card: {
    en: `
Over the weekend I couldn't find my card so I locked it in the app. My husband found it in the laundry this morning. I tried to pay for gas and it was declined, which makes sense. How do I take the lock off?
`,
    es: `
el fin de semana no encontraba la tarjeta y la bloquee en la app. mi esposo la encontro en la ropa sucia hoy. intente pagar gasolina y me la rechazaron, obvio. como le quito el bloqueo?
`,
  },
  card_delivery_status: {
    en: `
I was told my upgraded card would arrive within ten days and I've been checking the mail every afternoon. It's been almost three weeks. I'm traveling soon and need it. Has it been shipped, and is there tracking?
`,
    es: `
me dijeron que la tarjeta nueva llegaba en diez dias y reviso el buzon todas las tardes. ya van casi tres semanas. me voy de viaje pronto y la necesito. ya la enviaron? tiene guia?
`,
  },
  digital_wallet: {
    en: `
My old phone died so I got a new one and set up my wallet from scratch. Every card went in fine except this one, which gets stuck on a verification step. I'd really like to tap my phone at stores again. What should I do?
`,
    es: `
se me descompuso el celular y en el nuevo configure la cartera desde cero. todas las tarjetas entraron menos esta, se queda en la verificacion. quiero volver a pagar con el celular. que hago?
`,
  },
  card_declined: {
    en: `
I'm at the vet with my sick dog and the card got declined for the bill. I have plenty of credit left, I'm current on payments and I didn't lock anything. I need to pay so they can treat her. Why is it being declined?
`,
    es: `
estoy en el veterinario con mi perrita enferma y me rechazaron la tarjeta. tengo credito de sobra, voy al corriente y no la bloquee. necesito pagar para que la atiendan. por que me la rechazan?
`,
  },
  rewards_balance: {
    en: `
I've put our whole home renovation on this card this year, flooring, paint, appliances. My wife wants to know if we have enough for a trip. How many points have we built up?
`,
    es: `
este año pase toda la remodelacion de la casa por esta tarjeta, pisos, pintura, aparatos. mi esposa quiere saber si nos alcanza para un viaje. cuantos puntos llevamos juntados?
`,
  },
  pay_with_points: {
    en: `
I don't travel anymore, so my points just sit there. I had a big dentist bill on the card this month. Rather than paying it all in cash, can I use points to wipe out that charge?
`,
    es: `
ya no viajo y los puntos nomas se acumulan. este mes tuve una cuenta grande del dentista en la tarjeta. en vez de pagarla toda, puedo usar puntos para cubrir ese cargo?
`,
  },
  redemption_issue: {
    en: `
Last week I cashed in a chunk of points for a statement credit. The points came off my total right away but my statement doesn't show any credit, and the payment due is the same. Where did my redemption go?
`,
    es: `
la semana pasada cambie una parte de mis puntos por un credito al estado de cuenta. los puntos si me los quitaron pero no aparece ningun credito y el pago sigue igual. que paso con mi canje?
`,
  },
  benefits_info: {
    en: `
We're renting a car for a road trip next month and the rental company always pushes their insurance hard. I'd rather not pay for it if the card already covers us. What does the card include for rental cars?
`,
    es: `
vamos a rentar un carro para un viaje el mes que entra y la arrendadora siempre insiste con su seguro. no lo quiero pagar si la tarjeta ya nos cubre. que incluye la tarjeta para autos rentados?
`,
  },
  add_authorized_user: {
    en: `
My father moved in with us and I help him with errands and groceries. It would be easier if he had his own card on my account. What do I need to do to add him?
`,
    es: `
mi papa se vino a vivir con nosotros y le ayudo con los mandados y el super. seria mas facil si tuviera su propia tarjeta en mi cuenta. que necesito para agregarlo?
`,
  },
  remove_authorized_user: {
    en: `
A few years ago I gave my nanny a card on my account for household shopping. She doesn't work for us anymore and I want to make sure she can't use it. Please take her off my account.
`,
    es: `
hace unos años le di a la señora que nos ayudaba una tarjeta en mi cuenta para las compras de la casa. ya no trabaja con nosotros y no quiero que la use. quitenla de mi cuenta por favor
`,
  },
  update_contact_info: {
    en: `
I finally got rid of my landline and only use my cell now. The account still has the old home number, so I never get your calls. Can we change the phone number on file?
`,
    es: `
ya di de baja el telefono fijo y solo uso el celular. en la cuenta sigue el numero de la casa y nunca me llegan sus llamadas. podemos cambiar el telefono registrado?
`,
  },
  update_address: {
    en: `
After the divorce I moved into a small apartment across town. Everything from you still goes to the old house and my ex has to forward it. I need the address on my account changed.
`,
    es: `
despues del divorcio me fui a un departamento al otro lado de la ciudad. todo lo de ustedes sigue llegando a la casa anterior y mi ex me lo tiene que pasar. necesito cambiar la direccion de mi cuenta
`,
  },
  communication_preferences: {
    en: `
My mailbox is full of your credit offers and I recycle them all. I also get promotional emails almost daily. I still want statements and fraud alerts, just not the marketing. Can you turn that off?
`,
    es: `
mi buzon esta lleno de sus ofertas y todas van a la basura. tambien me llegan correos de promociones casi diario. si quiero los estados de cuenta y alertas de fraude, solo no la publicidad. la pueden quitar?
`,
  },
  credit_limit_increase: {
    en: `
I'm starting a small catering business and a lot of supplies go on this card before clients pay me. I keep bumping into my limit mid month. My income has gone up too. Could you raise my credit line?
`,
    es: `
estoy empezando un negocio de banquetes y muchas compras van en esta tarjeta antes de que me paguen los clientes. siempre llego al limite a mitad de mes. ademas ya gano mas. me pueden aumentar la linea?
`,
  },
  apr_info: {
    en: `
I transferred a balance from another card last year with a promotional rate. This month the interest on my statement jumped. I'm trying to understand whether the promo ended and what rate I'm paying now.
`,
    es: `
el año pasado pase un saldo de otra tarjeta con una tasa promocional. este mes los intereses subieron mucho. quiero entender si ya se acabo la promocion y que tasa estoy pagando ahora
`,
  },
  product_change: {
    en: `
When I opened this card I was traveling every month for work. Now I work from home and spend mostly on groceries and gas. I don't want to apply for something new and lose my history. Can you switch this card to one that fits better?
`,
    es: `
cuando saque esta tarjeta viajaba cada mes por trabajo. ahora trabajo desde casa y gasto mas en super y gasolina. no quiero tramitar otra y perder mi historial. me pueden cambiar esta tarjeta por una que me convenga mas?
`,
  },
  travel_booking: {
    en: `
I reserved two hotel rooms through your travel site for a family reunion, but my sister can't come now. I only need one room. Can you help me cancel the second room on that booking?
`,
    es: `
reserve dos cuartos de hotel en su sitio de viajes para una reunion familiar pero mi hermana ya no va. solo necesito uno. me ayudan a cancelar el segundo cuarto de esa reservacion?
`,
  },
  trip_protection: {
    en: `
Our cruise was cut short when my father had a heart attack on board and we flew home from the next port. The flights home were very expensive. I paid for the cruise with this card. Is any of that covered?
`,
    es: `
nuestro crucero se interrumpio porque a mi papa le dio un infarto a bordo y regresamos en avion desde el siguiente puerto. los vuelos salieron carisimos. el crucero lo pague con esta tarjeta. cubren algo de eso?
`,
  },
  talk_to_agent: {
    en: `
My situation involves a deceased parent's account, a joint card, and a payment that bounced. It's too complicated for a chat bot and I'd rather explain it to a person. Can you connect me?
`,
    es: `
mi situacion tiene que ver con la cuenta de mi mama que fallecio, una tarjeta conjunta y un pago rebotado. es muy complicado para un bot y prefiero explicarselo a una persona. me comunicas?
`,
  },
  supervisor: {
    en: `
Three different representatives have promised to fix the same problem and each one made it worse. The last one was sarcastic and put me on hold for forty minutes. I want to speak with someone in management.
`,
    es: `
tres asesores distintos me prometieron arreglar lo mismo y cada uno lo empeoro. el ultimo fue sarcastico y me dejo en espera cuarenta minutos. quiero hablar con alguien de la gerencia
`,
  },
  file_complaint: {
    en: `
Your collections department has called my elderly mother four times this week about my account, even though she has nothing to do with it. This is harassment. I want a formal complaint on record.
`,
    es: `
su area de cobranza le ha llamado cuatro veces esta semana a mi mama, que ya es grande, por mi cuenta, y ella no tiene nada que ver. esto es acoso. quiero que quede una queja formal
`,
  },
  case_status: {
    en: `
I asked to have my late husband's name taken off the account and sent the death certificate three weeks ago. I was given a reference number and told it would take a week. Nothing has changed. Where is that request?
`,
    es: `
pedi que quitaran el nombre de mi esposo que fallecio de la cuenta y mande el acta de defuncion hace tres semanas. me dieron un folio y dijeron que tardaba una semana. todo sigue igual. en que va esa solicitud?
`,
  },
  request_summary: {
    en: `
You've walked me through several steps and given me two reference numbers. My memory isn't great and I'll need to show this to my son. Could you email me a summary of this chat?
`,
    es: `
me explicaste varios pasos y me diste dos numeros de referencia. tengo mala memoria y se lo voy a tener que enseñar a mi hijo. me mandas un resumen de este chat por correo?
`,
  },
  upload_documents: {
    en: `
The letter I got says you need a copy of my pay stubs to review my request. I have them as PDFs on my laptop. Is there somewhere on the website to upload them, or do I have to mail paper copies?
`,
    es: `
la carta que me llego dice que necesitan copia de mis recibos de nomina para revisar mi solicitud. los tengo en PDF en la computadora. hay algun lugar en la pagina para subirlos o los tengo que mandar por correo?
`,
  },
  out_of_scope: {
    en: `
My teenage son wants his first credit card and I'm trying to decide between a couple of banks. I don't mean your cards specifically. In general, what should a first-time cardholder look for?
I paid my rent through my landlord's online portal with my debit card and the portal shows nothing. The landlord says they didn't get it. How do I get my landlord's portal to fix this?
We stayed at a hotel with points from the hotel's own loyalty program, and they charged our room to the points twice. The front desk says to call the program. Can you fix the points?
`,
    es: `
mi hijo quiere su primera tarjeta de credito y estoy comparando varios bancos, no hablo de las de ustedes. en general, que debe revisar alguien que saca su primera tarjeta?
pague la renta en el portal de mi casero con mi tarjeta de debito y no aparece nada. el casero dice que no le llego. como hago que el portal lo corrija?
`,
  },
};
