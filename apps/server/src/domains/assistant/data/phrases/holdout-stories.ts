import type { HoldoutBook } from './book.ts';

/*
 * Hold-out set, long messages: several sentences of context before the request, as cardmembers
 * write when they are upset or unsure. NEVER trained on (see holdout-en.ts).
 */
export const holdoutStoriesEn: HoldoutBook = {
  payment_due_date: `
So I just opened the paper statement and the page with the dates got torn by the mail sorter. I always pay on time and I don't want that to change. Which day is the payment due?
ok so my daughter set up this account for me while she was home and now she went back to college. i have no idea when i am supposed to pay every month. can you tell me
`,
  change_due_date: `
Hello. My employer switched us from biweekly to monthly pay, and the money now lands on the 30th. The card is due on the 8th, which leaves me scrambling every month. I'd like the due date moved so it falls after payday.
I've been a customer for years and this is the only thing that bugs me. rent, car and this card are all due the same week. is there any way to spread things out by making the card due later
`,
  payment_status: `
I transferred the money from my credit union on [Thursday]{date:2025-09-11}, I have the confirmation number and everything. The credit union says it's done on their end. But your app still shows the full balance. Did you get it or not?
my autopay was supposed to go out on the due date. my checking account shows nothing was taken and the card says paid. i'm confused, which one is right? did the payment happen
`,
  make_payment: `
I got a bonus at work this week and I finally want to get rid of this balance. I have never paid anything except through the automatic minimum. How do I send a one-time payment for the full amount?
hello, my son normally handles this for me but he is on a work trip. the bill came and I want to pay it myself before it is late. what are my options, can I do it by phone?
`,
  late_fee_waiver: `
Last month I was moving across the country and my mail forwarding didn't kick in until after the due date. I paid the second I saw the statement, but there's a [$40]{amount} late fee now. I've never missed a payment in six years. Is there anything you can do about that fee?
i know i paid late, that's on me. my dad had surgery and i was at the hospital for a week. but it's the first time ever and money is tight right now so i'm asking nicely if you could take off the late charge
`,
  balance_inquiry: `
I'm about to book a family trip and I want to make sure I won't go over. Can you tell me where I stand right now, the current balance and the credit that's left?
so I paid a chunk last week and I've made a few purchases since, and honestly I've lost track. what's the total on the card at the moment?
`,
  dispute_charge: `
On [August 30]{date:2025-08-30} I ordered a couch from [Wayfair]{merchant} for [$899]{amount}. The delivery window came and went, then they said it was lost in the warehouse. I asked for a refund three times and they keep saying it's processing. It's been a month. I need you to step in and dispute it.
We stayed at the [Hilton Garden Inn]{merchant} for two nights, checked out on [Sunday]{date:2025-09-14}, and I just noticed they billed a third night. I called the front desk and they told me to take it up with my bank. So here I am. That extra night is wrong
`,
  unrecognized_charge: `
I was going over my statement line by line like I do every month, and there's one from [PAYPAL *DIGITALRVR]{merchant} for [$12.99]{amount}. I don't think I signed up for anything like that but maybe I did and forgot? What is it
my teenage son has an authorized card and my husband has one too. there's a [$58]{amount} charge from a place called [Golden Fork]{merchant} and none of us remember it. before I panic can you tell me anything about it
`,
  report_fraud: `
I was at the movies and my phone kept buzzing. When I looked there were four purchase alerts from electronics stores in a city I've never been to, the last one just two minutes ago. The card is in my pocket. Please stop this right now
[yesterday]{date:2025-09-16} I got an email that looked exactly like yours saying my account was suspended. I clicked and entered my login and card details. [This morning]{date:2025-09-17} my password doesn't work and there are charges for gift cards. I think someone took over my account
`,
  dispute_status: `
Back in July I disputed a [$420]{amount} charge from [Sunset Motors]{merchant} because they never fixed my car. I sent all the paperwork you asked for. I got a provisional credit but then nothing. Is the dispute finished, or is it still being worked on?
I called twice about the duplicate charge I disputed and each person told me something different. one said it was resolved and one said it's still open. can someone please tell me the real status of that dispute
`,
  lost_stolen_card: `
We were at the beach all day and when we got back to the car my wallet wasn't in the bag anymore. Retraced our steps, asked the lifeguards, nothing. I'm sure it's gone. I need this card cancelled and a new one sent
I'm writing from my hotel, someone took my backpack from the restaurant chair while we were eating. My card was in it along with my passport. Please block it for good and tell me how I get a replacement while I'm abroad
`,
  damaged_card: `
My card has been acting up for weeks. First it was just the chip at the grocery store, now it won't work on any terminal, and [yesterday]{date:2025-09-16} it finally cracked at the corner. I still have it, nobody else has the number, I just need a new physical card
so funny story, my toddler found my card and used it as a teething toy. it's covered in bite marks and the chip is bent. it's not lost, just ruined. can you send me another
`,
  lock_card: `
I think I left my card at the coffee shop [this morning]{date:2025-09-17} but I'm not sure, it might be in my car. I don't want to cancel it and wait a week for a new one if it turns up. Can I just put it on hold for now until I check?
my roommate has been borrowing my stuff without asking and I have a feeling she might use my card. I don't want it cancelled, I just want nothing to go through until I sort this out
`,
  unlock_card: `
[Yesterday]{date:2025-09-16} I panicked because I couldn't find my card so I froze it in the app. Turns out it was in the pocket of my jeans. Now I'm at the register and it's getting declined. How do I switch it back on?
I put a temporary lock on my card when my wallet went missing over the weekend. The wallet was returned by a neighbour with everything inside. I'd like the card working again please
`,
  card_delivery_status: `
My old card expired at the end of last month. I was told the new one was mailed out automatically, but nothing has shown up, and now I can't use the card at all. When is it coming?
I reported my card lost about [ten days ago]{date:2025-09-07} and the person on the phone said the replacement would take 5 business days. I check the mailbox every day and nothing. Has it actually been sent?
`,
  digital_wallet: `
I just upgraded to a new iPhone and restored everything from my backup. All my other cards came back in the Wallet app, but yours says it needs to be verified and the verification never completes. What am I supposed to do
I'm trying to get my card on my Samsung phone so I can tap at the register. It asks me for a code that's supposed to be texted to me, but the text never comes. I've tried three times
`,
  card_declined: `
I was at [Kroger]{merchant} with a full cart and a line behind me when the card was declined. I have more than enough credit and I paid my bill on time. I had to leave the groceries. Why did this happen??
I'm trying to renew my car registration online and it keeps saying the payment was declined. I've checked the card number and expiration three times. Nothing is frozen on my side. What's blocking it
`,
  rewards_balance: `
I've been using this card for everything since I got it in the spring, groceries, gas, the vacation. I'm planning to use the points for something big. Could you tell me how many I've built up so far?
I got an email saying I earned a bonus for hitting the spending requirement but I don't know if it's been added yet. what's my point total at the moment
`,
  pay_with_points: `
I've been saving points for a while without really knowing what to do with them. This month I had an expensive car repair on the card. Is there a way to use the points to cover that charge instead of paying cash?
I see I have quite a lot of points. rather than booking trips I would prefer to just use them against my bill. is that possible and how do I do it
`,
  redemption_issue: `
[Two weeks ago]{date:2025-09-03} I redeemed 40,000 points for a [$400]{amount} gift card to [Home Depot]{merchant}. The points came off my balance immediately. The gift card email never arrived, not even in spam. Where is it?
I tried to use my points for a statement credit [last night]{date:2025-09-16}, the page froze and I got an error. when I logged back in, the points were gone but there's no credit on my account. can you check what happened
`,
  benefits_info: `
I'm planning to buy a new phone next month and I heard some cards cover your phone if you pay the monthly bill with them. Before I decide which card to use, does this card have that kind of coverage and what are the conditions?
We're flying to Europe in October and I'm trying to figure out what the card includes. I've heard about lounge access and rental car insurance but I don't know if that's this card or another one. What do I actually get
`,
  add_authorized_user: `
My wife and I share all our expenses and it's annoying that only I have a card. She has her own income but never got a card of her own. Can she be added to my account with her own card, and what info would you need?
my son just turned 18 and started his first job. i want to help him build some credit history. i heard putting him on my card could help. how do i do that
`,
  remove_authorized_user: `
My ex-husband still has a card on my account from when we were married. The divorce was finalized last month and I don't want to be responsible for anything he spends. Please take him off immediately
I added my nephew as a user last year when he was in college. He has graduated and has his own card now, so he doesn't need mine. I'd like his card taken off the account
`,
  update_contact_info: `
I changed my cell phone provider last week and got a new number. Now the security codes you send go to my old number, which I can't access anymore. I need my number on the account updated
The email on my account is from my old job and I no longer have access to it. I just realized I haven't been getting any of your emails. Can I change it to my personal one?
`,
  update_address: `
We finally closed on our house last week and moved everything in. I already updated the post office but I want to make sure the card statements and any new cards come to the new place. How do I change my address with you?
i've been getting letters at my parents' house because that's what's on file. i moved out two years ago, can we fix the address so stuff comes to my apartment
`,
  communication_preferences: `
I get an email, a text and an app notification every time I use the card, even for a coffee. It's too much. I only want to hear about purchases over a certain amount. Can I change that?
I'm trying to cut down on paper at home. The statements still arrive by mail every month even though I check everything online. Please switch me to electronic only
`,
  credit_limit_increase: `
I just got a promotion and my income went up quite a bit. I'm also planning to put some home renovation costs on the card over the next few months. Is it possible to get a higher credit limit?
my limit is only [$800]{amount} and I've had this card for three years with no late payments. every month I max it out on normal stuff and it hurts my utilization. can you increase it
`,
  apr_info: `
I always pay the full statement balance, but this month I noticed a small interest charge. I didn't take a cash advance or anything. Can you explain why I was charged interest and what rate is being applied?
I'm thinking about carrying a balance for a couple of months because of some medical bills. Before I do that I want to understand how much interest I'd pay. What's my rate and how is it calculated?
`,
  product_change: `
I've had this card for years and I like the account, but the annual fee went up and I barely travel anymore. I don't want to close it and lose the history. Can I move to one of your cards without a fee?
my spending changed a lot since I got this card, now it's mostly groceries and gas. is there a card of yours that rewards that better that I could switch into instead of applying fresh
`,
  travel_booking: `
I booked a flight and hotel package through your travel portal for our anniversary. The airline changed our flight times and now we'd miss the first hotel night. Can you help me change the booking?
I used the card's travel site to reserve a car for my trip next week. I got a confirmation email but the rental company says they have nothing under my name. Can you look into my reservation?
`,
  trip_protection: `
Our flight home was cancelled because of a storm and the airline couldn't rebook us for two days. We paid for two hotel nights and meals. I paid for the tickets with this card. Can I get reimbursed for those costs?
My husband broke his leg a week before our vacation and the doctor said no flying. The hotel and tours are non-refundable. We charged everything on this card. Is there coverage for cancelling a trip like this?
`,
  talk_to_agent: `
I've tried explaining my problem three times and you keep giving me articles that don't apply. This is about a complicated situation with my account. Please just connect me with someone who can look at it
I'm not comfortable sorting this out with a chatbot, it's about my late husband's account. I'd like to speak to a person please
`,
  supervisor: `
I called [yesterday]{date:2025-09-16} and the agent was extremely rude, talked over me and hung up when I asked a question. [Today]{date:2025-09-17} another agent told me there was nothing she could do. I want to speak with a supervisor about how I've been treated
this is the fourth time I'm contacting you about the same problem and nobody fixes it. I'm done with front line agents. escalate me to a manager
`,
  file_complaint: `
For three months in a row your app has charged my autopay twice and I've had to call every time to get it fixed. I'm tired of it. I want a formal complaint logged about this so somebody actually looks into it
I was treated very badly at your branch [today]{date:2025-09-17} and when I called to report it nobody cared. I would like to file an official complaint and get a reference for it
`,
  case_status: `
[Two weeks ago]{date:2025-09-03} I asked for my name to be updated on the account after my marriage and I sent the certificate. You gave me a reference number and said it would take 5 days. Nothing has changed. What's the status?
I filed a complaint about how my call was handled and was told someone would contact me within 10 days. It's been 15. Is anyone working on it?
`,
  request_summary: `
This conversation has a lot of information I'll need later for my records and for my accountant. Before we finish, could you send me a copy of everything we discussed?
you gave me a bunch of steps and reference numbers and I don't want to lose them. can you email me what we talked about in this chat
`,
  upload_documents: `
The dispute team sent me a letter asking for my receipt and the email where the merchant agreed to refund me. I have both as screenshots on my phone. How do I send them to you?
I was told I need to send proof of my new address, like a utility bill. I have it as a PDF. Where do I upload it, or can I email it somewhere
`,
  out_of_scope: `
My sister and I are arguing about this. Is it better to pay off a car loan early or put extra money into a retirement account? You're a financial company, so what's your opinion?
I have a Discover card from another company and a Capital One card, plus yours. The Capital One one got declined at a gas station [today]{date:2025-09-17}, and I have no idea why. Can you check it?
I booked my flight directly on the airline's website, not with you, and paid with my debit card. The flight was cancelled and the airline won't answer. How do I get my money back from them?
my friend sent me [$200]{amount} on Venmo [last Friday]{date:2025-09-12} and it still hasn't shown up in my Venmo balance. she says it went through. what should I do
I'm writing a school report about the history of credit cards. When was the first credit card invented and who made it?
I have a Marriott Bonvoy account and my points from the last stay never showed up. The hotel says to contact the loyalty program. Can you add them?
`,
};

export const holdoutStoriesEs: HoldoutBook = {
  payment_due_date: `
hola, es mi primer mes con la tarjeta y no quiero empezar mal. en el estado de cuenta no encuentro la fecha limite de pago. me dicen que dia tengo que pagar?
`,
  change_due_date: `
buenas, en mi nuevo trabajo me pagan los dias 28 y la tarjeta vence el 3, entonces siempre ando apurada. se podria cambiar la fecha de vencimiento para despues del dia de pago?
`,
  payment_status: `
el [viernes]{date:2025-09-12} hice la transferencia desde mi banco por [$2,500]{amount}, tengo el comprobante y el banco dice que ya salio. pero en la app sigue apareciendo lo mismo que debia. les llego o no?
`,
  make_payment: `
me acaban de depositar el aguinaldo y quiero aprovechar para pagar toda la tarjeta de una vez. nunca he pagado por la app, siempre en ventanilla. como lo hago desde aqui?
`,
  late_fee_waiver: `
el mes pasado estuve hospitalizada y no pude pagar a tiempo, pague apenas sali. nunca me habia atrasado. ahora veo un cargo por pago tardio. me lo pueden quitar por favor?
`,
  balance_inquiry: `
voy a hacer unas compras grandes para la escuela de mis hijos y no quiero pasarme. me pueden decir cuanto tengo disponible y cuanto debo en este momento?
`,
  dispute_charge: `
el [20 de agosto]{date:2025-08-20} compre un celular en linea en [Coppel]{merchant} por [$4,999]{amount}. nunca llego, la paqueteria dice que lo regresaron y la tienda no me quiere devolver el dinero. quiero que me ayuden a reclamar ese cargo
`,
  unrecognized_charge: `
revisando mis movimientos vi un cargo de [$249]{amount} de algo que se llama [DLO*GOOGLE]{merchant}. no se si fue mi hijo con el celular o que es. antes de hacer algo, me pueden decir de donde viene?
`,
  report_fraud: `
estaba dormida y me llegaron como 6 notificaciones de compras en tiendas de otro pais. yo tengo la tarjeta aqui en mi casa. alguien la esta usando, por favor detenganlo ya
`,
  dispute_status: `
en julio hice una aclaracion por un cobro de un hotel que nunca use. me dieron un numero de folio y me abonaron temporalmente. ahora veo que me volvieron a cobrar. en que quedo mi disputa?
`,
  lost_stolen_card: `
[ayer]{date:2025-09-16} en el camion me sacaron la cartera de la mochila, me di cuenta hasta que llegue a la casa. traia la tarjeta y mi credencial. necesito cancelarla y que me manden otra
`,
  damaged_card: `
mi tarjeta ya tiene como cinco años y el chip esta todo rayado. en muchas tiendas ya no pasa y me piden que la deslice. no esta perdida, solo necesito una nueva porque esta dañada
`,
  lock_card: `
no encuentro la tarjeta desde [ayer]{date:2025-09-16}, puede que la haya dejado en la oficina pero no estoy segura. no quiero cancelarla todavia, solo que no se pueda usar mientras la busco
`,
  unlock_card: `
el fin de semana pense que habia perdido la tarjeta y la bloquee desde la app. ya la encontre en el carro pero ahora no me deja pagar nada. como la vuelvo a activar?
`,
  card_delivery_status: `
reporte mi tarjeta robada [hace dos semanas]{date:2025-09-03} y me dijeron que la nueva llegaba en 7 dias habiles. no ha llegado nada y ya necesito usarla. me pueden decir si ya la enviaron?
`,
  digital_wallet: `
me cambie a un celular nuevo y pase todas mis tarjetas a la cartera, pero la de ustedes me pide una verificacion y nunca me llega el codigo. ya lo intente varias veces
`,
  card_declined: `
estaba en [Chedraui]{merchant} con el carrito lleno y me rechazaron la tarjeta. tengo credito de sobra y estoy al corriente con mis pagos. no la bloquee ni nada. que paso?
`,
  rewards_balance: `
he usado la tarjeta para todo este año, super, gasolina, el viaje de vacaciones. quiero saber cuantos puntos he juntado para ver si me alcanza para algo
`,
  pay_with_points: `
tengo muchos puntos guardados y este mes tuve un gasto fuerte en la tarjeta por la reparacion del coche. se pueden usar los puntos para pagar ese cargo?
`,
  redemption_issue: `
[hace diez dias]{date:2025-09-07} canjee 30 mil puntos por una tarjeta de regalo. los puntos si me los descontaron pero la tarjeta de regalo nunca me llego al correo. donde quedo?
`,
  benefits_info: `
voy a viajar a europa y quiero saber que incluye mi tarjeta. me dijeron que algunas tienen seguro de auto rentado y salas vip. la mia tiene algo de eso?
`,
  add_authorized_user: `
mi mama ya esta grande y a veces le hago las compras, pero seria mas facil si ella tuviera su propia tarjeta en mi cuenta. se puede agregar y que necesitan?
`,
  remove_authorized_user: `
hace un año le di una tarjeta adicional a mi ex pareja. ya terminamos y no quiero que siga usando mi credito. quitenla de mi cuenta por favor
`,
  update_contact_info: `
cambie de compañia de celular y me dieron otro numero. ahora los codigos de seguridad me llegan al numero viejo que ya no tengo. necesito actualizar mi telefono
`,
  update_address: `
nos mudamos a otra ciudad el mes pasado. ya cambie todo lo demas pero me faltan ustedes, y no quiero que la tarjeta nueva llegue a la casa anterior. como actualizo el domicilio?
`,
  communication_preferences: `
me llegan correos, mensajes y notificaciones por cada compra que hago, hasta por un cafe. es demasiado. quiero que solo me avisen de compras grandes. se puede?
`,
  credit_limit_increase: `
me ascendieron en el trabajo y ahora gano mejor. tengo la tarjeta desde hace tres años y siempre pago a tiempo. me gustaria que me aumentaran la linea de credito, es posible?
`,
  apr_info: `
siempre pago el total del estado de cuenta pero este mes me aparecio un cobro de intereses. no saque efectivo ni nada. por que me cobraron intereses y cual es mi tasa?
`,
  product_change: `
tengo esta tarjeta hace años pero la anualidad subio mucho y ya casi no viajo. no la quiero cancelar para no perder el historial. me pueden cambiar a una sin anualidad?
`,
  travel_booking: `
reserve un paquete de vuelo y hotel en su portal de viajes para nuestro aniversario. la aerolinea cambio el horario y ahora perderiamos la primera noche. me ayudan a modificar la reserva?
`,
  trip_protection: `
nuestro vuelo de regreso se cancelo por un huracan y tuvimos que pagar dos noches mas de hotel y comidas. los boletos los pague con esta tarjeta. me pueden reembolsar esos gastos?
`,
  talk_to_agent: `
ya te explique tres veces y me sigues mandando respuestas que no tienen nada que ver. es un tema complicado de mi cuenta. por favor comunicame con una persona
`,
  supervisor: `
[ayer]{date:2025-09-16} hable por telefono y la asesora me trato muy mal, me colgo cuando le hice una pregunta. [hoy]{date:2025-09-17} otro me dijo que no podia hacer nada. quiero hablar con su supervisor
`,
  file_complaint: `
ya van tres meses que el pago automatico se cobra doble y cada vez tengo que llamar para que lo arreglen. estoy harta. quiero que quede registrada una queja formal
`,
  case_status: `
[hace dos semanas]{date:2025-09-03} pedi el cambio de nombre en la cuenta y mande el acta de matrimonio. me dieron un folio y dijeron que tardaba 5 dias. todo sigue igual. en que va mi solicitud?
`,
  request_summary: `
en este chat me diste varios pasos y numeros de referencia que voy a necesitar despues. antes de terminar, me puedes mandar por correo todo lo que hablamos?
`,
  upload_documents: `
el area de aclaraciones me pidio el ticket y el correo donde la tienda acepto devolverme el dinero. los tengo como capturas en el celular. como se los mando?
`,
  out_of_scope: `
mi hermano y yo estamos discutiendo: conviene mas pagar el credito del carro antes o meter el dinero a una afore? ustedes que saben de finanzas, que opinan?
tengo una tarjeta de BBVA y otra de ustedes. la de BBVA me la rechazaron [hoy]{date:2025-09-17} en la gasolinera y no se por que. me pueden revisar que paso?
compre el vuelo directo en la pagina de la aerolinea con mi tarjeta de debito. lo cancelaron y la aerolinea no contesta. como le hago para que me devuelvan el dinero?
`,
};
