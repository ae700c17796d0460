import type { PhraseBook } from './book.ts';

// Training phrases: credit (limit, APR, product change) and travel (bookings, trip protection).
export const creditTravel: PhraseBook = {
  credit_limit_increase: {
    en: `
can I get a credit limit increase
raise my limit
I'd like a higher credit limit
am I eligible for a credit line increase
increase my credit limit to $15,000
how do I request a higher limit
my limit is too low, can you bump it up
credit limit increase request
will asking for a higher limit hurt my credit score
can you increase my limit for a big purchase next week
I got a raise, can my credit limit go up too
how often can I ask for a credit limit increase
why was my credit limit increase denied
temporary credit limit increase for my vacation
I've had this card 3 years, why hasn't my limit gone up
more credit please
request CLI
increase my spending limit
I need a bigger credit line
can my limit be raised to 10k
is a hard pull required for a limit increase
I want to double my credit limit
my credit limit is only $1,500, that's insulting after 5 years of on-time payments
I want to increase the limit on my business card
what do I need to provide to get a higher limit
higher limit please
am I pre-approved for a limit increase
can I increase my credit limit online
how much of an increase can I get
my income went up to $95,000 a year, update it and raise my limit
it's been 6 months since my last increase, can I apply again
Could you review my account for a credit line increase?
raise my credit line
I keep maxing out my card, can I get more room
credit limit increase for card ending 1005
is there any way to get a higher credit limit today
I'd like to request an increase to my credit limit, please
why did you lower my credit limit? I want it back up
can you give me a limit increase? I'm buying furniture
limit increase
credit increase
up my limit
I was told I'm eligible for a higher limit, how do I accept it?
how do I know if I qualify for a credit limit increase
please increase my limit, I have a wedding coming up
would a higher credit limit help my credit utilization
what's the max credit limit for this card
I'd like a limit increase to $20k
how long does it take to get a decision on a limit increase
limit raise request
my credit limit is too low to book our family trip
I have excellent credit and a $2,000 limit. raise it
can I request a credit limit increase for my authorized user
I need more credit on my card for a medical bill
i want a credit limit increase asap
can you check if I'm eligible for a higher limit without a hard inquiry
let me know if I qualify for a bigger limit
increase credit line please
my limit was decreased, I want to request an increase
every month I hit my limit by the 20th because I put all my business expenses on it. more limit please
`,
    es: `
puedo obtener un aumento de límite de crédito?
subir mi límite
quiero un límite de crédito más alto
soy elegible para un aumento de línea de crédito?
aumentar mi límite a $15,000
cómo solicito un límite más alto
mi límite es muy bajo, me lo pueden subir?
solicitud de aumento de límite
pedir un aumento de límite afecta mi historial?
me pueden aumentar el límite para una compra grande la próxima semana?
me subieron el sueldo, puede subir también mi límite?
cada cuánto puedo pedir aumento de límite?
por qué me negaron el aumento de límite?
aumento temporal de límite para mis vacaciones
tengo la tarjeta hace 3 años y no me han subido el límite
más crédito por favor
necesito una línea de crédito más grande
quiero duplicar mi límite de crédito
mi límite es de solo $1,500, es un insulto después de 5 años pagando puntual
quiero aumentar el límite de la tarjeta del negocio
qué necesito para que me suban el límite
estoy preaprobado para aumento de límite?
puedo aumentar el límite en línea?
mis ingresos subieron, actualícenlos y súbanme el límite
ya pasaron 6 meses desde el último aumento, puedo pedir otro?
siempre llego al tope, me dan más límite?
aumento de límite para la tarjeta terminada en 1005
por qué me bajaron el límite? lo quiero de vuelta
aumento de linea de credito porfa
me dijeron que califico para más límite, cómo lo acepto?
quiero un aumento de límite, tengo una boda pronto
cuál es el límite máximo de esta tarjeta
me pueden subir el limite? voy a comprar muebles
necesito mas credito para pagar una cuenta del hospital
quiero credit limit increase ya
`,
  },

  apr_info: {
    en: `
what's my APR
what is my interest rate
how is interest calculated on my card
why was I charged interest
what's the APR for cash advances
what is the penalty APR
how do I avoid paying interest
what's my purchase APR
when does my intro APR end
is my APR variable
why did my interest rate go up
can you lower my interest rate
how much interest will I pay if I only make the minimum payment
what's the balance transfer APR
I paid my balance in full, why do I have an interest charge?
interest charge explanation
what's the grace period on purchases
explain trailing interest
my APR is 29.99%, that's insane. can you lower it?
how does daily compounding work on my card
what's the interest rate on my card ending 4410
how is the minimum interest charge calculated
what rate do I get for a cash advance
do I pay interest on the 0% promotional balance
interest rate
APR?
how much am I paying in interest each month
what's the difference between APR and interest rate
Why is there a finance charge on my statement?
is there interest on purchases if I pay in full?
tell me how the interest works on this card
when will the penalty APR go back to normal
what are the rates on my account
how is the average daily balance calculated
is my APR tied to the prime rate
I got a notice my APR is increasing, why?
will my rate go down if I have good payment history
interest charged on cash advance from the ATM, how much?
what's the APR on my business card
rate of interest on balance transfers
can I get a lower APR
I want my APR reduced
can you explain the interest charge of $48.22 on my statement?
how much interest did I pay last year
what is the annual percentage rate for my card
I'm being charged interest and I don't understand why
what is my current variable rate
does interest start immediately on cash advances
when do I start paying interest on a purchase
is there a promotional APR offer available for me
interest rates on this card?
how to calculate interest on my balance
why did I get charged a finance charge when I paid on time
APR for purchases and balance transfers
what's the apr on my credit card right now
my interest rate is too high
how is interest charged on my account
explain how APR works
i carry a balance of about 3k, roughly what am i paying in interest every month
you raised my rate to 27% without asking. why and can you undo it
`,
    es: `
cuál es mi tasa de interés
cuál es mi APR
cómo se calculan los intereses de mi tarjeta
por qué me cobraron intereses
cuál es la tasa para disposiciones de efectivo
qué es la tasa de penalización
cómo evito pagar intereses
cuándo termina la tasa promocional
mi tasa es variable?
por qué subió mi tasa de interés
me pueden bajar la tasa de interés?
cuánto interés pago si solo hago el pago mínimo
cuál es la tasa para transferencias de saldo
pagué el total y me cobraron intereses, por qué?
cuál es el periodo de gracia en compras
mi tasa es de 29.99%, es una locura. la pueden bajar?
cuál es la tasa de mi tarjeta terminada en 4410
tasa de interés
cuánto pago de intereses cada mes
por qué hay un cargo financiero en mi estado de cuenta
cómo funcionan los intereses de esta tarjeta
cuándo vuelve a la normalidad la tasa de penalización
me llegó un aviso de que sube mi tasa, por qué?
quiero que me bajen la tasa
me pueden explicar el cargo de intereses de $48.22?
cuánto interés pagué el año pasado
cuál es la tasa anual de mi tarjeta
me están cobrando intereses y no entiendo por qué
los intereses empiezan de inmediato en disposiciones de efectivo?
cuándo empiezo a pagar intereses de una compra
mi tasa de interes es muy alta
como me cobran los intereses
explicame el APR
hay intereses si pago el total?
que tasa tengo en compras
`,
  },

  product_change: {
    en: `
can I upgrade my card
I want to downgrade to a card with no annual fee
switch my card to the platinum card
product change
can I change my card to a cash back card
I don't want to pay the annual fee anymore, what can I downgrade to
upgrade to the travel card
can I switch cards without a new credit check
I'd like to change my card product
downgrade my card
what cards can I switch to
upgrade my gold card to platinum
can I convert my card to a no-fee version
I want a metal card, can I upgrade
my annual fee is coming up, I want to switch to a cheaper card
will I keep my account history if I change card types
move me to a card with better travel rewards
is there an upgrade offer for me
change my business card to the business platinum
I'm paying $250 a year for benefits I don't use. downgrade me
can I product change instead of closing my card
swap my card for the cash back version
upgrade card
what happens to my points if I downgrade
I want to switch from the Blue card to the Gold card
can I keep the same account number if I upgrade
do I get a sign up bonus if I upgrade
I want a card with a lower annual fee
change to a different card type
can you upgrade me to the world elite card
downgrading my card
I'd like to upgrade my card now that my income is higher
can I switch back to my old card product
convert to a different card
is a downgrade going to affect my credit
I want to go from the platinum to the gold card
upgrade my card please
move my account to the no annual fee card
I'm thinking of cancelling because of the fee, are there other cards I can switch to
can I change my visa to a mastercard on the same account
what would it cost to upgrade
switch product
can i downgrade and keep my credit limit
I'd like a card with better cash back, can you change mine
upgrade me to a premium card
get me off this card with the huge fee and onto a basic one
can I change from the travel card to the everyday cash card
product change request
do you have any card with better rewards I can switch to
switch to a card without foreign transaction fees
I want to trade my card in for a better one
downgrade request
change card product on account ending 1005
am I eligible for an upgrade
can I upgrade and keep my current points
I want the business version of my card, can I switch
how long does a product change take
i travel way less since covid, the premium card doesn't make sense anymore. what can i switch to
`,
    es: `
puedo mejorar mi tarjeta?
quiero cambiar a una tarjeta sin anualidad
cambiar mi tarjeta a la platinum
cambio de producto
puedo cambiar mi tarjeta a una de cashback?
ya no quiero pagar la anualidad, a qué tarjeta puedo bajar?
subir a la tarjeta de viajes
puedo cambiar de tarjeta sin revisión de crédito?
quiero bajar de categoría mi tarjeta
a qué tarjetas me puedo cambiar?
quiero pasar de la gold a la platinum
quiero una tarjeta de metal, puedo hacer upgrade?
se viene la anualidad y quiero cambiar a una tarjeta más barata
conservo mi historial si cambio de tarjeta?
hay alguna oferta de upgrade para mí?
pago $250 al año por beneficios que no uso. bájenme de tarjeta
puedo cambiar de producto en vez de cancelar la tarjeta?
qué pasa con mis puntos si bajo de tarjeta?
quiero cambiar de la tarjeta Blue a la Gold
conservo el mismo número si hago upgrade?
quiero una tarjeta con anualidad más baja
me pueden subir a la world elite?
quiero mejorar mi tarjeta ahora que gano más
puedo regresar a mi tarjeta anterior?
bajar de categoría afecta mi crédito?
quiero pasar de la platinum a la gold
cuánto cuesta hacer el upgrade
puedo bajar de tarjeta y conservar mi límite?
quiero una tarjeta con mejor cashback, me cambian la mía?
sáquenme de esta tarjeta con la anualidad altísima y pásenme a una básica
solicitud de cambio de producto
soy elegible para un upgrade?
quiero la versión de negocios de mi tarjeta
downgrade de mi tarjeta porfa
cambiar el tipo de tarjeta
`,
  },

  travel_booking: {
    en: `
I booked a flight through your travel portal and need to change it
where can I see my itinerary
cancel my hotel reservation made through your travel service
I need my confirmation number for the trip I booked with you
change the date on the flight I booked through your travel site with points
my hotel booking through your travel site isn't showing at the hotel
can I add a passenger to my booked flight
what time is my flight tomorrow? I booked it through the card's travel service
I need to cancel the rental car I reserved through your travel center
send me my itinerary for the Miami trip
I want to book a flight to New York through the travel portal
my booking through the travel site says cancelled, why?
how do I change the name on a ticket I booked with you
can you help me book a hotel in Chicago for next weekend
the airline changed my flight, what do I do with my travel booking
seat selection for my booked flight
refund for the hotel I cancelled through your travel service
I booked a car rental through your site and the counter has no record
my trip itinerary
I need the receipt for the flight I booked through your travel agency
upgrade my seat on the booking
my travel booking confirmation email never came
reschedule my trip booked through the portal
I need to change my return flight
I booked a hotel for the wrong dates through you guys, please fix
when is my check-in time at the hotel I booked through you
add my frequent flyer number to my booking
can you look up my reservation
I want to book an international flight
how do I cancel a trip I booked with the travel service
my flight reservation number please
I'd like to extend my hotel stay I booked through your travel website
book a rental car for my trip to Denver
what are the baggage rules on the flight I booked through you
the hotel I booked via your portal overbooked and I have nowhere to stay
check my booking status
is my flight still on? I booked through your travel department
change the hotel room type on my reservation
I booked a cruise through your travel service and need the details
travel booking help
my booking shows two passengers but I only booked one
help me modify my itinerary
can I get my travel booking refunded
I need to make a hotel reservation
my flight got cancelled, can you rebook me? I booked it through you
what's the cancellation policy for my hotel booking
I want to change my car rental pickup time
can I see all my upcoming trips booked through the card
book me a flight to Cancun
itinerary for booking ABC123
the card's travel agent booked the wrong airport for me
please cancel my flight booked through your travel site, I can't go
how do I print my itinerary
the portal won't let me change my booking
add a night to my hotel booking
my booked flight time changed, what are my options
i booked a hotel thru your app and need to add a second guest
book a hotel near the airport in Atlanta for the 15th
me and my wife are flying to Rome on the trip we booked with your travel team, can you confirm both tickets are issued
what's the confirmation code for the Hilton stay I booked on your portal
`,
    es: `
reservé un vuelo por su portal de viajes y lo necesito cambiar
dónde veo mi itinerario
cancelar la reservación de hotel que hice con su servicio de viajes
necesito el número de confirmación del viaje que reservé con ustedes
la reserva de hotel que hice en su sitio no aparece en el hotel
puedo agregar un pasajero a mi vuelo reservado?
a qué hora sale mi vuelo mañana? lo reservé con el servicio de viajes de la tarjeta
necesito cancelar el auto que renté por su centro de viajes
mándenme el itinerario del viaje a Miami
quiero reservar un vuelo a Nueva York por el portal de viajes
mi reserva dice cancelada, por qué?
cómo cambio el nombre en un boleto que compré con ustedes
me ayudan a reservar un hotel en Chicago para el próximo fin de semana
la aerolínea cambió mi vuelo, qué hago con mi reservación
reembolso del hotel que cancelé por su servicio de viajes
reservé un auto en su sitio y en el mostrador no tienen registro
mi itinerario de viaje
no me llegó el correo de confirmación de mi reserva
reservé el hotel con fechas equivocadas, por favor corríjanlo
agregar mi número de viajero frecuente a la reserva
pueden buscar mi reservación?
cómo cancelo un viaje que reservé con el servicio de viajes
quiero extender la estancia en el hotel que reservé con ustedes
reservar un carro para mi viaje a Denver
el hotel que reservé por su portal está sobrevendido y no tengo dónde quedarme
revisar el estado de mi reserva
cambiar el tipo de habitación de mi reservación
me cancelaron el vuelo, me pueden reubicar? lo reservé con ustedes
cuál es la política de cancelación de mi reserva de hotel
quiero ver todos mis viajes reservados con la tarjeta
resérvenme un vuelo a Cancún
itinerario de la reserva ABC123
cancelen mi vuelo reservado por su sitio, ya no puedo ir
el portal no me deja cambiar mi reserva
agregar una noche a mi reservación del hotel
`,
  },

  trip_protection: {
    en: `
my flight was delayed 8 hours, am I covered
does my card have trip cancellation insurance
how do I file a trip delay claim
my trip was cancelled due to illness, can I get reimbursed
trip interruption coverage
I paid for my vacation with this card and had to cancel, is there coverage?
what does trip delay insurance cover
my flight got cancelled and I had to pay for a hotel, will my card reimburse me?
baggage delay coverage
does trip protection cover weather delays
how long do I have to file a trip cancellation claim
I missed my connection and had to stay overnight, can I claim the expenses
what's the maximum trip cancellation coverage
my mother got sick and we cut our trip short, is that covered under trip interruption?
trip insurance
do I need to pay for the whole trip with the card to be covered
what documents do I need for a trip delay claim
our cruise was cancelled because of a hurricane, does my card cover that
lost luggage coverage
how do I claim the trip delay reimbursement for meals and hotel
is my family covered by the trip protection if I booked their tickets
flight delay over 6 hours reimbursement
I had to cancel my trip because of a family emergency. Can my card's insurance refund the non-refundable hotel?
trip cancellation benefit terms
does the coverage apply to award tickets booked with points
my flight was delayed overnight. I spent $240 on a hotel and food. How do I get that back?
what's covered under trip interruption
are covid cancellations covered by trip protection
our trip got interrupted when my husband was hospitalized abroad
trip delay protection how many hours
I want to file a claim for my cancelled trip
my bag was lost by the airline, does my card cover it?
what's excluded from trip cancellation coverage
does trip insurance cover cancellations for work reasons
travel insurance on my card
flight cancelled, stuck in Denver overnight, does the card pay for the hotel
is there coverage for a missed cruise departure
how much does the card reimburse for trip delays
is trip protection automatic or do I have to enroll
the airline delayed us 12 hours and we missed our tour. can I claim it?
my trip was cancelled because of a storm, I want to claim it
do I have trip cancellation coverage on my cash back card
baggage insurance
trip delay claim form
whats the deadline to submit a trip interruption claim
I booked my flight with points and paid taxes with the card, am I covered for delays?
My vacation got cancelled. Can I get my money back through the card's insurance?
trip protection coverage details
I got sick the day before my trip. Does trip cancellation cover me?
how do I get reimbursed for my delayed flight expenses
can I submit a claim for the $600 in change fees when my trip was interrupted
does the card cover trip cancellation if my kid gets sick
delayed 5 hours at JFK with my kids, do I get anything?
trip insurance benefits
what's the coverage limit per traveler for trip interruption
my connecting flight was cancelled and I had to buy a new ticket. is that covered?
travel accident insurance
I need to file a trip delay claim for my flight on 06/21
we were supposed to fly to Lisbon on saturday, the airline cancelled and the next flight is tuesday. what does my card cover for the extra nights
`,
    es: `
mi vuelo se retrasó 8 horas, estoy cubierto?
mi tarjeta tiene seguro de cancelación de viaje?
cómo presento un reclamo por retraso de viaje
se canceló mi viaje por enfermedad, me pueden reembolsar?
cobertura de interrupción de viaje
pagué las vacaciones con esta tarjeta y tuve que cancelar, hay cobertura?
qué cubre el seguro de retraso de viaje
me cancelaron el vuelo y tuve que pagar hotel, la tarjeta me lo reembolsa?
cobertura por retraso de equipaje
la protección de viaje cubre retrasos por clima?
cuánto tiempo tengo para reclamar una cancelación de viaje
perdí mi conexión y tuve que quedarme una noche, puedo reclamar los gastos?
mi mamá se enfermó y regresamos antes, lo cubre la interrupción de viaje?
seguro de viaje
tengo que pagar todo el viaje con la tarjeta para estar cubierto?
qué documentos necesito para reclamar el retraso
cancelaron nuestro crucero por un huracán, lo cubre mi tarjeta?
cobertura por equipaje perdido
mi familia está cubierta si compré sus boletos?
tuve que cancelar el viaje por una emergencia familiar, el seguro de la tarjeta me devuelve el hotel no reembolsable?
la cobertura aplica a boletos comprados con puntos?
mi vuelo se retrasó toda la noche, gasté $240 en hotel y comida, cómo lo recupero?
qué cubre la interrupción de viaje
cuántas horas de retraso para la protección de viaje
quiero presentar un reclamo por mi viaje cancelado
la aerolínea perdió mi maleta, mi tarjeta lo cubre?
seguro de viaje de mi tarjeta
se canceló el vuelo, me quedé en Denver toda la noche, la tarjeta paga el hotel?
la protección de viaje es automática o me tengo que inscribir?
me enfermé un día antes del viaje, me cubre la cancelación?
cómo me reembolsan los gastos del vuelo retrasado
la tarjeta cubre la cancelación si mi hijo se enferma?
retraso de 5 horas en el aeropuerto con mis hijos, me toca algo?
formulario de reclamo por retraso de viaje
cual es el limite de cobertura por interrupcion de viaje
`,
  },
};
