import type { PhraseBook } from './book.ts';

/*
 * Training phrases: rewards and benefits. Boundaries (INTENTS.md):
 * - rewards_balance: how many points, points earned (including earned points that have not posted).
 * - pay_with_points: use points to pay for charges or the balance.
 * - redemption_issue: a redemption (including pay-with-points) failed or points are missing after it.
 * - benefits_info: lounges, statement credits, protections, benefit terms.
 */
export const rewards: PhraseBook = {
  rewards_balance: {
    en: `
how many points do I have
what's my rewards balance
points balance?
how many reward points did I earn last month
did I get points for my Delta purchase
how many points will I get for the $2,000 I spent on the trip
check my points
how much cash back have I earned
cash back balance
how many miles do I have on this card
my points total
when do my points post
I haven't gotten the bonus points for spending $4,000 in the first 3 months
do my points expire
how many more points until I can get a free flight
show me my rewards
how many points did I earn on groceries this year
points earned this statement
did my welcome bonus post?
I want to see my points
what are my points worth
how do I check my points balance
my points didn't post for my hotel stay at Marriott
How many points did the Costco purchase earn?
what's my current cash back amount
rewards summary
I think I should have more points than this. I spent like $3k on dining
how much are my rewards worth right now
total points?
pts balance
how many pointz do i have
how many points do I have and when do they expire
my points balance looks low, did the last statement's points get added?
How many points did my authorized user earn?
check cash back earned year to date
I'm planning a vacation and need to know how many points I have available
how many points are available to redeem?
points for the referral, did I get them?
how many points do I have on card ending 1005
rewards points balance please
can you tell me the number of points on my account
how many points have I accumulated
miles balance
did I earn double points on the dinner at The Cheesecake Factory
where can I see my rewards balance in the app
points activity
my points total hasn't updated in weeks
the bonus category points from last quarter never showed up
I'm curious how many points I've got saved up
How many points are left after my last redemption?
how much rewards do I have
I'd like a breakdown of points earned this month
when will points from this month's purchases appear
do I have enough points for anything good lol
how many points do i get per dollar
my rewards balance shows zero, that can't be right, I use this card for everything
check my rewards
How many points did I earn in 2024?
What's the value of my points in dollars?
points?
I was promised 60,000 bonus points when I signed up and I only see 12,000
`,
    es: `
cuántos puntos tengo
cuál es mi saldo de recompensas
saldo de puntos?
cuántos puntos gané el mes pasado
me dieron puntos por la compra de Delta?
cuántos puntos me van a dar por los $2,000 que gasté en el viaje
revisar mis puntos
cuánto cashback he ganado
cuántas millas tengo en esta tarjeta
cuándo se acreditan mis puntos
no me han dado los puntos de bono por gastar $4,000 en los primeros 3 meses
mis puntos vencen?
quiero ver mis puntos
cuánto valen mis puntos
cómo reviso mi saldo de puntos
no me dieron los puntos de mi estancia en Marriott
cuántos puntos ganó la compra de Costco
creo que debería tener más puntos, gasté como 3 mil en restaurantes
cuantos puntos tengo y cuando vencen
cuántos puntos tiene mi usuario adicional
estoy planeando unas vacaciones y necesito saber cuántos puntos tengo
cuantos puntos tengo en la tarjeta terminada en 1005
cuántos puntos he acumulado
saldo de millas
me dieron puntos dobles por la cena?
dónde veo mis puntos en la app
mi total de puntos no se ha actualizado en semanas
cuantos puntos de recompensa tengo
cuantos puntos gano por dolar
ver mis recompensas
cuántos puntos gané en 2024?
cuanto dinero son mis puntos
how many puntos tengo
me gustaría saber cuántos puntos llevo acumulados
cuantos pts tengo porfa
`,
  },

  pay_with_points: {
    en: `
can I use my points to pay my bill
pay with points
use my points for a statement credit
I want to cover the $312 Delta charge with points
can I pay for a purchase with points after the fact
redeem points toward my balance
how do I use points to pay for charges on my card
apply my rewards to my balance
use points to pay off the hotel charge from Marriott
can points be used to pay the minimum payment?
I want to use my cash back to pay down my card
erase a charge with points
how many points do I need to cover a $50 charge
statement credit with my points please
I have 40,000 points, can I put them toward last month's travel purchases?
pay for dinner with points
can I redeem points against a specific purchase
convert my points into a credit on my bill
point redemption for statement credit
use rewards to pay
I'd like to use my points to cover the Airbnb charge of $860
how does pay with points work
is it a good deal to pay with points or should I save them
apply cash back to my statement
can I use points to pay the annual fee
I want to pay my balance using points instead of money
can I use points to pay for the rental car charge
covering purchases with points
redeem my cash back as a credit on my account
pay with points for the flight I booked on United last week
what's the rate if I use points to pay for charges
can my points pay for the $124.50 at Best Buy?
use points for the grocery charges from this month
use my rewards balance to pay my credit card bill
how to pay my card using reward points
offset a charge with points
I'd like to apply 10,000 points to the Costco charge
points towards charges
Can I use points to pay off my whole statement?
can I use my points to pay for gas purchases
I want to pay off a charge using my points
use points on a past purchase
swap a charge for points
how do I apply points to a transaction in the app
let me use my points to pay for the Netflix charge
pay part of my bill with points and part with cash
can I pay the remaining balance with points
use my miles to pay for the hotel I already charged
points for statement credit, how many for $100?
redeem points to cover travel purchases on my statement
apply points to purchase
can I use points on any charge or only travel
cover my dining charges with points
turn my points into money off my bill
I want to cash in points against my balance
pay with my points please, the whole $245
money's tight this month, can my points cover some of what I owe?
I'd rather burn points than cash on the concert tickets I bought, can I do that
`,
    es: `
puedo usar mis puntos para pagar la tarjeta?
pagar con puntos
usar mis puntos para un crédito en el estado de cuenta
quiero cubrir el cargo de Delta de $312 con puntos
puedo pagar una compra con puntos después de hecha?
canjear puntos para abonar al saldo
cómo uso puntos para pagar cargos de mi tarjeta
aplicar mis recompensas al saldo
usar puntos para pagar el hotel de Marriott
quiero usar mi cashback para pagar la tarjeta
borrar un cargo con puntos
cuántos puntos necesito para cubrir un cargo de $50
tengo 40,000 puntos, los puedo usar para las compras de viaje del mes pasado?
pagar la cena con puntos
convertir mis puntos en crédito en mi factura
quiero usar mis puntos para el cargo de Airbnb de $860
cómo funciona pagar con puntos
aplicar el cashback a mi estado de cuenta
usar puntos para la anualidad
quiero pagar mi saldo con puntos en vez de dinero
puedo usar puntos para pagar la renta del carro?
pagar con puntos el vuelo que compré en United la semana pasada
usar puntos para los cargos del súper de este mes
cómo pago mi tarjeta con puntos de recompensa
quiero aplicar 10,000 puntos al cargo de Costco
puedo liquidar todo mi estado de cuenta con puntos?
quiero pagar un cargo con mis puntos
usar puntos en una compra anterior
cómo aplico puntos a una transacción en la app
pagar una parte con puntos y otra con dinero
usar mis millas para pagar el hotel que ya cargué
cuántos puntos son $100 de crédito?
puedo usar puntos en cualquier cargo o solo viajes?
quiero pay with points el cargo de $245
cambiar mis puntos por descuento en mi factura
`,
  },

  redemption_issue: {
    en: `
I redeemed points for a gift card and never got it
my points were deducted but the redemption didn't go through
redemption failed
I tried to redeem points and got an error
I used points for a statement credit and the credit never showed up
points missing after redemption
I redeemed 25,000 points for a flight and the booking was cancelled but I didn't get the points back
the points transfer to my airline never arrived
my redemption is stuck on pending
I redeemed for cash back and the money isn't in my account
gift card from redemption never came in the email
points were taken but no statement credit
I cancelled a redemption, where are my points?
the reward I ordered with points arrived damaged
my points vanished after I tried to redeem
I can't redeem my points, the button doesn't work
I transferred 50k points to the hotel program 5 days ago and they're not there
the redemption went through twice and took double points
the gift card code from my points redemption doesn't work
I paid with points but the charge is still on my statement
points redeemed but the statement credit was less than promised
why did my redemption get declined
the redemption page keeps timing out
I redeemed points for merchandise and it never shipped
my points got deducted twice
redemption issue
problem redeeming my points
I was charged points for a redemption I cancelled
I redeemed points for a $100 credit on 06/02 and I still don't see it
the points came out of my account but the airline never received them
why is my redemption still processing after two weeks
redeeming points gives me an error code 500
my redemption for the Best Buy gift card failed but the points are gone
The statement credit from points was applied to the wrong card
please restore my points, the redemption never completed
I tried to use points for the Marriott charge and now the points are gone and the charge is still there
points not returned after cancelled redemption
I redeemed my rewards for a check and it never arrived
my points are missing after I redeemed for a donation
the redemption confirmation email never came and I'm missing 30,000 points
I can't get my points redeemed, it keeps saying unavailable
the redemption was reversed and I lost the points
I transferred points to my frequent flyer account with the wrong number, can I get them back?
my points disappeared after redeeming for travel
website said redemption successful but nothing happened
redemption error
the points are gone and I got nothing. WTF
I'm missing points from a redemption I made last week
Redeemed for a cash deposit, it says complete but no deposit in my bank
I used points at checkout on Amazon and they charged my card instead
the system took my points but the gift card says 'pending' for a month
my redemption got cancelled for no reason
i redeemed 10k points and only 5k worth of credit posted
hi, I used points for a statement credit on the 2nd, the points were deducted but no credit yet. can you check?
I need help with a failed redemption
transfer of points to Hilton still hasn't arrived
redemption didn't work and my points balance dropped anyway
when I try to redeem it says 'account not eligible'
i booked a hotel with points, the hotel cancelled on me, and the points never came back
`,
    es: `
canjeé puntos por una tarjeta de regalo y nunca me llegó
me descontaron los puntos pero el canje no se hizo
falló el canje
intenté canjear puntos y me salió un error
usé puntos para un crédito en el estado de cuenta y nunca apareció
faltan puntos después del canje
canjeé 25,000 puntos por un vuelo, lo cancelaron y no me devolvieron los puntos
la transferencia de puntos a la aerolínea nunca llegó
mi canje está atorado en pendiente
canjeé por cashback y el dinero no llega a mi cuenta
el código de la tarjeta de regalo del canje no funciona
me quitaron los puntos pero no hay crédito
cancelé un canje, dónde están mis puntos?
mis puntos desaparecieron cuando intenté canjear
no puedo canjear mis puntos, el botón no funciona
transferí 50 mil puntos al programa del hotel hace 5 días y no aparecen
el canje se hizo dos veces y me quitaron el doble de puntos
pagué con puntos pero el cargo sigue en mi estado de cuenta
canjeé los puntos y el crédito fue menor al prometido
por qué me rechazaron el canje?
canjeé puntos por mercancía y nunca la enviaron
problema para canjear mis puntos
canjeé puntos por $100 de crédito el 2 de junio y todavía no lo veo
los puntos salieron de mi cuenta pero la aerolínea nunca los recibió
por qué mi canje sigue en proceso después de dos semanas
devuélvanme los puntos, el canje nunca se completó
quise usar puntos para el cargo de Marriott y ahora no tengo puntos y el cargo sigue
no me devolvieron los puntos del canje cancelado
la página dijo canje exitoso pero no pasó nada
error en el canje
se fueron los puntos y no recibí nada. qué onda
me cancelaron el canje sin razón
canjeé 10 mil puntos y solo me acreditaron la mitad
el redemption no funcionó y me bajaron los puntos igual
me faltan puntos de un canje que hice la semana pasada
`,
  },

  benefits_info: {
    en: `
does my card have lounge access
what benefits come with my card
how do I use my airline fee credit
does my card cover rental car insurance
is my phone covered if I pay my phone bill with this card
what does purchase protection cover
how do I get the statement credit for streaming
do I have access to Priority Pass
can I bring a guest to the lounge
what's the extended warranty on purchases
my phone screen cracked, does my card's cell phone protection cover it?
how much is the annual travel credit and how do I use it
does the rental car coverage work in Ireland
tell me about the card perks
how do I enroll in the Uber credit
what are the terms of the purchase protection benefit
Is there a limit on how much purchase protection covers?
I bought a TV with my card and it broke after 13 months, is there extended warranty?
Do I get free checked bags with this card?
what's the Global Entry credit
do my authorized users get lounge access too
Is rental car insurance primary or secondary?
does my card have return protection
how do I file a claim for purchase protection
airport lounge access rules
can I use the dining credit at any restaurant
does my card give me hotel elite status
what's covered under the cell phone protection and what's the deductible
benefits guide
list my card's benefits
do I get a statement credit for Walmart+?
which lounges can I use with my card
is there a monthly digital entertainment credit
how does the hotel credit work
does my card include roadside assistance
does the card cover damage to a rental car if I decline the rental company's insurance
my laptop was stolen 2 weeks after I bought it with my card, am I covered?
what perks do I have as a gold card member
how do I activate my card benefits
when does the airline credit reset
does my card give access to airport lounges when flying domestic
what's the fine print on the streaming credit
I didn't get my $15 Uber Cash this month
how do I get reimbursed for TSA PreCheck
do I have concierge service
what benefits does the platinum card offer
are there any insurance benefits on my card
does purchase protection cover items bought as gifts
can I use the lounge with a basic economy ticket
do you guys have any benefits for car rentals?
what's the max coverage for a stolen phone
what are the benefits of my card, I never really looked
does my card cover the rental car in Costa Rica
I got a flat tire on my rental, does my card cover it?
how do I use my cell phone protection benefit
explain the travel credit
what does my card offer for entertainment
benefit terms for the hotel credit
the lounge in Atlanta turned me away, isn't lounge access one of my benefits?
i paid for my kids' camp with the card, is there any kind of protection if they cancel
`,
    es: `
mi tarjeta tiene acceso a salas VIP?
qué beneficios tiene mi tarjeta
cómo uso el crédito para aerolíneas
mi tarjeta cubre el seguro del carro rentado?
mi celular está asegurado si pago la factura con esta tarjeta?
qué cubre la protección de compras
cómo obtengo el crédito de streaming
tengo acceso a Priority Pass?
puedo llevar un invitado a la sala VIP?
cuál es la garantía extendida de las compras
se me rompió la pantalla del celular, lo cubre la protección de la tarjeta?
cuánto es el crédito anual de viaje y cómo lo uso
el seguro de auto rentado funciona en Irlanda?
cuáles son los beneficios de la tarjeta
compré una tele con la tarjeta y se descompuso a los 13 meses, hay garantía extendida?
me dan maletas gratis con esta tarjeta?
mis usuarios adicionales tienen acceso a salas vip?
el seguro de renta de auto es primario o secundario?
la tarjeta tiene protección de devoluciones?
puedo usar el crédito de restaurantes en cualquier lugar?
qué cubre la protección de celular y cuál es el deducible
lista de beneficios de mi tarjeta
qué salas de aeropuerto puedo usar con mi tarjeta
cómo funciona el crédito de hotel
mi tarjeta incluye asistencia en el camino?
me robaron la laptop dos semanas después de comprarla con la tarjeta, estoy cubierto?
cómo me reembolsan el TSA PreCheck
tengo servicio de concierge?
qué beneficios ofrece la tarjeta platinum
hay seguros incluidos en mi tarjeta?
la protección de compras cubre regalos?
cuál es la cobertura máxima por un celular robado
cubre la tarjeta el carro rentado en Costa Rica?
como uso el beneficio de proteccion de celular
qué letra chiquita tiene el crédito de streaming?
beneficios de la tarjeta gold porfa
`,
  },
};
