import type { PhraseBook } from './book.ts';

/*
 * More out_of_scope training phrases: the everyday requests people type into any chat box
 * (phone-assistant commands, work and HR, cars, home, kitchen, health, school, travel facts), many
 * of them with words that also occur in card requests: balance, due, points, status, book, add,
 * update, cancel, schedule, transfer, summary, card, limit, fee, rate.
 */
export const outOfScope2: PhraseBook = {
  out_of_scope: {
    en: `
# phone-assistant commands
set a timer for 10 minutes
wake me up at 6:30 tomorrow
cancel my 7am alarm
turn off all my alarms
what time is it in London right now
what's today's date
what day of the week is Christmas this year
call my sister
text my husband that I'm running late
send a message to mom saying happy birthday
where is my phone, make it ring
share my location with my wife
flip a coin for me
roll a die
pick a random number between 1 and 100
what's 18% tip on $64
what's the square root of 144
how many cups are in a quart
convert 5 miles to kilometers
how many grams in an ounce
how do you spell bureaucracy
define serendipity
what's another word for happy
what does the word escrow mean in real estate
add eggs and milk to my shopping list
what's on my shopping list
remove bread from my grocery list
add a reminder to call the dentist on Monday
what's on my calendar tomorrow
schedule a meeting with John at 3pm
move my 2 o'clock meeting to 4
cancel my dentist appointment
put my flight on my calendar
read me my new emails
play my workout playlist
skip this song
turn the volume up
what song is this
# smart home
turn off the lights in the living room
set the thermostat to 70
lock the front door
is the garage door open
start the robot vacuum
dim the bedroom lights
# work and HR
how many vacation days do I have left
submit a PTO request for next Friday
what's the status of my time off request
when is the next company holiday
when is payday this month
how do I get my W-2 from my employer
how do I roll over my 401k
change my health insurance plan at work
what are my benefits at work
my direct deposit from work didn't arrive
how do I update my tax withholding at work
what's my PTO balance
who is in my 10am meeting
book a conference room for tomorrow
write an email to my team about the deadline
summarize this article for me
summarize the news today
can you proofread my essay
make a powerpoint outline about climate change
# cars and commuting
when is my car due for an oil change
what's the tire pressure supposed to be on a Camry
how much gas does a Civic use per mile
how long will it take to drive to Boston
what's traffic like on I-95 right now
where's the nearest gas station
find me parking downtown
how do I jump start a car
my check engine light is on
when does my car registration expire
how much is a car wash
uber to the airport, how much would that cost
is the subway running on time
what time is the last train to Newark
# home and kitchen
how long do I bake chicken breast at 400
what's a good substitute for buttermilk
how many calories are in a slice of pizza
is it safe to eat chicken left out overnight
how do I make cold brew coffee
what can I make with ground beef and potatoes
how long does cooked rice last in the fridge
give me a vegetarian chili recipe
how much sugar is in a can of coke
what's the best way to store avocados
how do I clean a cast iron pan
my dishwasher isn't draining
how do I get rid of fruit flies
what day is trash pickup
how do I fix a leaky faucet
how often should I change my air filter
my wifi keeps disconnecting
how do I paint a room
# health and fitness
how many steps did I walk today
how much water should I drink a day
what are the symptoms of strep throat
is ibuprofen ok with coffee
how do I get better sleep
give me a 20 minute workout
what's a normal resting heart rate
book me a doctor appointment
when is my next dentist cleaning
# school and learning
when is my library book due
my homework is due tomorrow and I haven't started
how many points is a touchdown worth
what's the formula for the area of a circle
explain photosynthesis
who wrote Pride and Prejudice
what's the capital of Canada
how many bones are in the human body
when did World War 2 end
teach me some Spanish phrases
how do you say good night in Italian
what's the plural of cactus
# travel facts and plans (not bookings through the issuer)
do I need a passport to go to Puerto Rico
what plug adapter do I need for the UK
what vaccines do I need for Thailand
is it safe to travel to Egypt right now
what's the weather like in Hawaii in March
what's the flight status of AA 100
how much carry on luggage can I bring on Spirit
suggest a weekend getaway near Chicago
what's the time difference between New York and Paris
how much is a euro in dollars today
where should I go for my honeymoon
the airline lost my bag, how do I contact them
# shopping and orders with other companies
what's the status of my Amazon order
track my package from FedEx
where is my Walmart delivery
my Target order was cancelled, why
how much is my Starbucks gift card balance
check the balance on my Visa gift card from the drugstore
my Sephora points balance
how many Kroger fuel points do I have
my Best Buy rewards certificate isn't working
is the new iPhone worth it
what's the return policy at Costco
find me a cheap flight to Denver on Google
where can I buy a PS5
when is Black Friday this year
# money topics outside this card
how much should I have in my emergency fund
should I pay off my car loan early
is it better to rent or buy a house
how do I start investing with $500
what is a Roth IRA
how do taxes on bitcoin work
what's my credit score
how do I check my credit report for free
how do I transfer money to my savings account
what's my checking account balance
transfer $200 from checking to savings
what's the limit on ATM withdrawals at my bank
how much is the overdraft fee at my bank
what's the exchange rate fee at the airport kiosk
what's the current prime rate
# chit-chat and the assistant itself
how are you doing today
are you a real person or a bot
what's your favorite movie
tell me something interesting
do you have feelings
can you keep a secret
what can you do besides cards
you're smart
you're useless lol
what's your name again
who built you
are you better than Alexa
tell me a riddle
what's the best pizza topping
i'm hungry
i'm so tired today
good night moon
# messages with card-like words about something else
my PTO balance is wrong on my paystub
the rent is due on the 1st, can you remind my roommate
my library fine is due, how do I pay it
book a table for two at an Italian place tonight
book a haircut for Saturday
add my wife to our Netflix account
add a new user to our Spotify family plan
remove my son from the family phone plan
update my LinkedIn profile
update my iPhone to the latest version
cancel my gym class tomorrow
schedule a call with my lawyer
transfer my phone number to a new carrier
my points in Candy Crush disappeared
how many points do I need to level up in Fortnite
what's the interest rate on a CD at my credit union
my phone bill is due tomorrow, how do I pay AT&T
my electricity bill is way too high this month
I got a parking ticket, how do I pay it
what's the late fee for returning a Redbox movie late
is my flight on time
the hotel wifi isn't working
my gym membership card is lost, how do I get a new one at the gym
my student ID card is damaged
I lost my driver's license
my library card was stolen
how do I replace my social security card
how do I renew my driver's license online
# restaurants, reservations and orders with other businesses
does Olive Garden take reservations
can I make a reservation at the steakhouse on 5th street
cancel my dinner reservation for tonight
confirm my table for 4 at 7pm on Friday
I need to change my restaurant reservation to 8
is there a wait at the sushi place right now
book me a table at a Mexican restaurant nearby
my reservation at the spa is tomorrow, can you confirm it
what's the status of my pizza order
where is my food delivery
has my online order from Nike shipped yet
my Etsy order says processing for two weeks, what's going on with the seller
# calendar, dates and holidays
what's the date today
what's the date next Thursday
how many days until my birthday
is Monday a holiday
when is Memorial Day this year
add my son's soccer game to the calendar
change my doctor's appointment on my calendar to Tuesday
delete the meeting from my calendar
remind me about the school play next week
when do I get paid next
how many sick days have I used this year
how much vacation time have I used
# home devices and the car
unlock the front door
lock the back door and turn off the porch light
turn on the coffee maker
how much gas is left in my car
how many miles per gallon does my truck get
what's my car's range on this tank
help me find my phone
I can't find my keys
where did I park
# insurance, health and taxes that are not card benefits
I want to change my car insurance policy
what does my health insurance cover
is my dental insurance accepted at this office
how do I add my baby to my health insurance
when are estimated taxes due
how do I file a tax extension
what's my salary after taxes
how much did I earn last year according to my W2
`,
    es: `
# comandos de asistente
pon una alarma a las 6
pon un temporizador de 15 minutos
cancela mi alarma de mañana
qué hora es en Madrid
qué fecha es hoy
llama a mi mamá
mándale un mensaje a mi esposo que llego tarde
dónde está mi celular
lanza una moneda
cuánto es 20 por ciento de 80
cuántos centímetros son una pulgada
convierte 10 libras a kilos
cómo se escribe excepción
qué significa efímero
agrega leche a la lista del súper
qué tengo en mi lista de compras
qué tengo en el calendario mañana
agenda una junta con Pedro a las 3
cancela mi cita con el dentista
pon música de los 80
sube el volumen
apaga las luces de la sala
pon el termostato en 22 grados
# trabajo
cuántos días de vacaciones me quedan
cuándo es el próximo día festivo
cuándo pagan la quincena
cómo saco mi constancia de impuestos del trabajo
no me llegó el depósito de nómina
resume este artículo
escribe un correo para mi jefe
revisa la ortografía de mi texto
# carro y transporte
cuándo le toca el cambio de aceite a mi carro
cuánto aire llevan las llantas
cómo está el tráfico ahorita
dónde hay una gasolinera cerca
cuánto cuesta un uber al aeropuerto
a qué hora pasa el último metro
se prendió la luz del motor
# casa y cocina
cuánto tiempo se hornea el pollo
con qué sustituyo el huevo en un pastel
cuántas calorías tiene una tortilla
receta de pozole
cómo hago agua de jamaica
cuánto dura el arroz en el refri
cómo limpio el horno
la lavadora no saca el agua
cómo quito las hormigas de la cocina
se me va el internet a cada rato
# salud
cuánta agua debo tomar al día
qué tomo para la gripa
me duele el estómago
dame una rutina de ejercicio
sácame cita con el doctor
# escuela y cultura
cuándo tengo que devolver el libro de la biblioteca
mi tarea es para mañana y no la he empezado
cuántos puntos vale un touchdown
quién escribió Cien años de soledad
cuál es la capital de Perú
cuántos huesos tiene el cuerpo
explícame la fotosíntesis
cómo se dice buenas noches en francés
# viajes sin reservar con la tarjeta
necesito pasaporte para ir a Puerto Rico
qué adaptador de enchufe necesito en Europa
qué vacunas necesito para viajar a Brasil
cómo está el clima en Cancún en diciembre
cuál es el estado del vuelo de Aeroméxico a las 5
cuánto equipaje de mano me deja llevar Volaris
recomiéndame un lugar para ir el fin de semana
la aerolínea perdió mi maleta, cómo los contacto
# compras con otras empresas
dónde está mi pedido de Amazon
rastrea mi paquete de DHL
mi pedido de Mercado Libre no llega
cuánto saldo tiene mi tarjeta de regalo de Starbucks
cuántos puntos tengo en Sanborns
cuál es la política de devoluciones de Liverpool
cuándo es el Buen Fin
# dinero fuera de esta tarjeta
cuánto debo tener de fondo de emergencia
me conviene pagar el carro antes
es mejor rentar o comprar casa
cómo empiezo a invertir
cuál es mi puntaje de crédito
transfiere 200 pesos de mi cuenta de cheques a ahorros
cuál es el saldo de mi cuenta de débito
cuánto cobra mi banco por sobregiro
# charla
cómo estás hoy
eres una persona o un robot
cuál es tu película favorita
dime algo interesante
tienes sentimientos
qué más sabes hacer
eres muy listo
no sirves para nada jaja
cuéntame una adivinanza
tengo hambre
estoy muy cansada
# palabras parecidas a las de la tarjeta, otro tema
la renta vence el primero, recuérdale a mi roomie
mi multa de la biblioteca vence, cómo la pago
reserva una mesa para dos esta noche
agrega a mi esposa a la cuenta de Netflix
quita a mi hijo del plan familiar del celular
actualiza mi iphone
cancela mi clase del gimnasio
mis puntos del juego desaparecieron
el recibo del teléfono vence mañana, cómo pago Telcel
la luz me llegó carísima este mes
me pusieron una multa de tránsito, cómo la pago
perdí mi licencia de manejo
se me rompió la credencial de la escuela
me robaron la credencial del INE
# restaurantes y pedidos
el restaurante acepta reservaciones?
reserva una mesa para cuatro el viernes
cancela mi reservación del restaurante de hoy
confirma mi mesa de las 8
dónde está mi pedido de comida
mi pedido de Rappi dice en camino desde hace una hora
# calendario y fechas
qué fecha es el próximo jueves
cuántos días faltan para navidad
el lunes es día festivo?
agrega el partido de mi hijo al calendario
cambia mi cita del doctor al martes en el calendario
cuándo me pagan otra vez
# casa y carro
abre la puerta de la casa
cierra la puerta de atrás
cuánta gasolina le queda al carro
cuántos kilómetros por litro rinde mi camioneta
ayúdame a encontrar mi teléfono
no encuentro mis llaves
# seguros y trámites
quiero cambiar el seguro de mi carro
qué cubre mi seguro médico
cómo agrego a mi bebé al seguro de gastos médicos
cuándo vence la declaración anual
cuánto me queda de sueldo después de impuestos
`,
  },
};
