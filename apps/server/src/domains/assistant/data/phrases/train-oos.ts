import type { PhraseBook } from './book.ts';

/*
 * Training phrases: out_of_scope. Everyday topics, and, on purpose, requests worded like in-scope
 * intents but about another bank's or issuer's products, loans, bank accounts, payment apps,
 * airline/hotel loyalty programmes and merchants' own services. The issuer's cards run on Visa,
 * Mastercard, Amex and Discover, so those network names are not used here as "other banks".
 */
export const outOfScope: PhraseBook = {
  out_of_scope: {
    en: `
# weather
what's the weather like today
will it rain tomorrow in Chicago
weather forecast for this weekend
how hot is it going to be in Phoenix on Saturday
is it going to snow tonight
is it hurricane season in Florida right now
air quality today
what time is sunrise tomorrow
do I need an umbrella today
how cold does it get in Boston in January
# food
give me a recipe for lasagna
how do I make chocolate chip cookies
what can I cook with chicken and rice
how long do I boil an egg
best way to grill a steak
substitute for eggs in baking
how do I make sourdough bread
vegan dinner ideas
best margarita recipe
how long to cook a 15 pound turkey
is it safe to eat raw cookie dough
how many calories in a banana
what wine goes with salmon
# sports
who won the game last night
what's the score of the Lakers game
when does the world cup start
who is the best soccer player of all time
did the Yankees win today
NFL schedule this week
the Warriors are terrible this year
Messi or Ronaldo
any fantasy football advice for week 3
when is the Super Bowl
tennis results from Wimbledon
golf tips for beginners
how many rings does Lebron have
# coding and tech
how do I reverse a string in python
fix this javascript error: undefined is not a function
write me a SQL query to count rows by month
what's the difference between let and const
how do I center a div
explain recursion like I'm five
how do I use vlookup in excel
python list comprehension example
how do I fix a git merge conflict
my react app won't compile
docker container keeps crashing on startup
best laptop for programming
my iphone won't turn on
my internet is down again
how do I reset my wifi router
how do I take a screenshot on windows
my printer says offline
# crypto and markets
what's the price of bitcoin
how much is ethereum worth right now
should I buy dogecoin
what's the stock price of Apple
is Tesla stock going up this week
how is the S&P 500 doing today
how do I buy bitcoin
what is an NFT
Coinbase won't let me withdraw my crypto
Robinhood app crashed while I was trading
is the stock market open today
where is the dow at
is it a good idea to invest in gold
should I put money in an index fund or a CD
# other banks' and issuers' cards, worded like in-scope requests
my chase card got declined
my Chase Sapphire card was declined at the restaurant last night
how many points do I have on my Citi card
what's my Capital One balance
my Wells Fargo debit card isn't working at the ATM
Bank of America locked my account
I lost my Chase debit card
my Citi card was stolen, how do I cancel it
lock my Capital One card
my Chase card replacement hasn't arrived
what's the APR on my Barclays card
raise my limit on my Synchrony store card
upgrade my Chase Freedom to a Sapphire
talk to someone at Wells Fargo
give me the phone number for Chase customer service
can you waive the late fee on my Capital One card
how do I dispute a charge on my Bank of America card
my Apple Card was declined at the store
how do I increase my Apple Card limit
when is my Kohl's card payment due
I need to pay my Target RedCard bill
my Chase Freedom points disappeared after I redeemed them
redeem my Citi ThankYou points for a gift card
Capital One Venture miles balance
add my Chase card to Apple Pay
my credit union card is locked and I can't get in
my US Bank card has a charge I don't recognize
the PNC card I have got a fraud alert
when is the payment due on my Macy's store card
my Costco Citi card keeps getting declined
I want to change the due date on my Chase card
my TD Bank checking account balance
there's fraud on my Navy Federal account
what's the credit limit on my Amazon store card
my Best Buy credit card payment didn't post
Chase charged me a late fee, can you remove it
my wife's Citi card was declined at the pharmacy
I want to close my Capital One account
open a savings account for me
can you help me open a checking account
what's the routing number for my bank
how do I transfer money to my savings account at Ally
my direct deposit hasn't hit my checking account
my bank's ATM ate my debit card
the Wells Fargo app keeps logging me out
# loans and mortgages
how do I pay my mortgage
when is my car loan payment due
my student loan payment didn't post
what's the interest rate on my Navient loan
should I refinance my house
how do I get a mortgage with bad credit
I need a loan for a car
apply for a personal loan for my wedding
what's a good credit score
how do I improve my credit score fast
how do I freeze my credit with Equifax
# payment apps
venmo won't send money
my venmo account is frozen
zelle payment didn't go through
how do I dispute a charge on PayPal
my cash app card got declined
my paypal transfer is stuck on pending
send money to my friend on venmo
how do I set up Zelle with my bank
Zelle sent money to the wrong person, how do I get it back
my PayPal account was hacked
I got scammed on Cash App
venmo says I paid my roommate twice from my venmo balance
how long do Venmo instant transfers take
my Apple Cash balance is wrong
Google Pay sent money to a stranger, how do I get it back from them
why is my PayPal limited
how do I add money to my cash app
# airline, hotel and merchant services
how do I redeem my Delta SkyMiles
my Marriott Bonvoy points are missing from my last stay
how do I cancel my Netflix subscription
how do I return something to Amazon
where's my Amazon package
track my UPS package
my DoorDash order is late
my Uber driver cancelled on me
book me an uber to the airport
how do I get to the airport from downtown
my Spotify keeps pausing
Comcast is having an outage in my area
my Verizon phone bill is too high, can I change my plan
what time does Target close
is Costco open on Sunday
how do I change my seat on United's app
my Southwest flight is delayed, what gate is it
how do I check in for my American Airlines flight
# travel and life
what's the best time to visit Japan
do I need a visa for Mexico
what's the exchange rate for euros today
how much should I tip in Italy
what time is it in Tokyo
best restaurants near me
is the DMV open on Saturday
how do I file my taxes
when is the tax deadline this year
how do I renew my passport
find me a dentist
how do I get a divorce
write a cover letter for me
how do I make money online
help me plan a birthday party
how to change a flat tire
my car is making a weird noise when I brake
how do I get rid of ants in the kitchen
how do I unclog a drain
what's the best vacuum cleaner
how to knit a scarf
how do I lose weight
what are symptoms of the flu
my back hurts, what should I do
I'm feeling sad today
what should I name my dog
my cat won't eat
# general knowledge and chit-chat
tell me a joke
what's the meaning of life
what's 15% of 80
what's 2 plus 2
translate hello to french
what's the capital of Australia
how tall is Mount Everest
who won the Oscar for best picture
recommend a good movie
what should I watch tonight
play some music
set an alarm for 7am
remind me to call my mom
how far is the moon
what's the population of Texas
who is the president
how old is the universe
recommend a book
what's your favorite color
do you like pizza
can you order me a pizza
write a poem about cats
write a haiku about autumn
how do you say thank you in Japanese
what does ubiquitous mean
how do you spell necessary
convert 100 fahrenheit to celsius
how many ounces in a cup
when is Thanksgiving this year
horoscope for Leo this week
will my crush text me back
who would win in a fight, a bear or a shark
sing me a song
are you single lol
who made you
what is chatgpt
can you help me with my homework
what's the best phone to buy
tell me about the history of Rome
how do airplanes fly
lol
asdfghjkl
test
# long, realistic out-of-scope messages
so I have a Chase Freedom card and they declined my purchase at Target yesterday even though I paid the bill. can you tell me why?
I've been having a rough week. My landlord raised the rent and now my car broke down. Do you know any good mechanics in Houston?
hi, my husband and I are planning a trip to Portugal in October. what are the must see places in Lisbon?
I bank with Wells Fargo and they charged me an overdraft fee of $35. I want it removed. how do I do that?
my Citi card has a charge from a hotel I never stayed at. how do I dispute it with Citi?
I sent $200 on Venmo to the wrong person and they won't send it back. what can I do?
my son needs help with algebra, what is the quadratic formula?
I'm trying to decide between a Honda and a Toyota, which one holds value better?
my Capital One card got stolen at the gym and I can't reach them. what should I do?
so the Cowboys lost again and I'm done with this team. who do you think wins the division?
I paid my Discover... no wait, my sister's Barclays card bill for her and it hasn't posted, can you check Barclays for me?
I'm writing a python script to parse a CSV and it throws a KeyError. any ideas?
can you tell me what bitcoin was worth a year ago compared to today
my Zelle payment to my landlord didn't go through and now he's charging me a late fee
the Apple Card app says my payment failed, what do I do
my PayPal credit account has a charge I don't recognize
how much are Chase Ultimate Rewards points worth when transferred to Hyatt?
is it cheaper to fly into Cancun or Tulum in December?
I have a job interview tomorrow and I'm nervous. any tips?
my landlord won't return my security deposit, what are my rights?
I bought a car last week and the dealer wants me to pay my loan through their portal. how do I do that?
my mortgage escrow went up $300 a month, why would that happen?
`,
    es: `
# clima y comida
qué tiempo va a hacer mañana
va a llover hoy?
el clima en Monterrey esta semana
va a hacer frío el fin de semana?
pronóstico del tiempo para Madrid
receta de enchiladas verdes
cómo hago arroz con leche
cuánto tiempo se cuece un huevo
qué puedo cocinar con pollo y papas
receta de tamales
# deportes
quién ganó el partido de anoche
cuándo juega el América
resultados de la liga española
quién es mejor, Messi o Cristiano
a qué hora es el clásico
cuándo empieza el mundial
# programación y tecnología
cómo invierto una cadena en python
tengo un error en mi código javascript
cómo hago una consulta sql
mi celular no prende
se me fue el internet
cómo reinicio el módem
# cripto y mercados
cuánto vale el bitcoin hoy
precio del dólar hoy
cómo compro criptomonedas
vale la pena invertir en ethereum?
cómo va la bolsa hoy
# otros bancos y emisores
me rechazaron la tarjeta de BBVA
mi tarjeta de Santander está bloqueada
cuántos puntos tengo en mi tarjeta de Banamex
cuál es el saldo de mi cuenta de cheques en Chase
perdí mi tarjeta de débito de Wells Fargo
mi tarjeta Citi me la robaron, cómo la cancelo
quiero disputar un cargo en mi tarjeta de Capital One
cuándo vence el pago de mi tarjeta de Liverpool
me cobraron un cargo por atraso en mi tarjeta de Banorte, lo pueden quitar?
la tarjeta de Bank of America no me pasa
aumento de límite en mi tarjeta de HSBC
cómo subo de categoría mi tarjeta de Chase
quiero hablar con alguien de Santander
dame el teléfono de servicio al cliente de BBVA
hay un cargo que no reconozco en mi tarjeta de Nu
mi tarjeta de la tienda Coppel, cuánto debo?
agregar mi tarjeta de Banamex a Apple Pay
no llega mi tarjeta nueva de Citibanamex
cómo abro una cuenta de ahorros
quiero abrir una cuenta de cheques
cuál es la clabe de mi cuenta
no me llegó mi depósito de nómina
el cajero se tragó mi tarjeta de débito
# préstamos
cuándo vence mi hipoteca
pago del préstamo del carro
quiero un préstamo personal
cómo mejoro mi historial de crédito
cuánto me prestan para una casa
# apps de pago
venmo no me deja mandar dinero
mi pago por zelle no llegó
paypal me congeló la cuenta
mi tarjeta de cash app no funciona
mercado pago me cobró doble en la app
le mandé dinero por zelle a la persona equivocada
me estafaron por cash app
cómo mando dinero por venmo
cuánto tarda una transferencia de paypal
# comercios, aerolíneas y hoteles
dónde está mi paquete de Amazon
mi pedido de Rappi no llega
pídeme un uber
cómo cancelo Netflix
cómo devuelvo algo en Amazon
cuántas millas tengo en Aeroméxico
mis puntos de Marriott no aparecen
mi vuelo de Volaris va retrasado, en qué puerta está?
cómo hago check in en United
a qué hora cierra Walmart
# viajes y vida diaria
necesito visa para ir a Estados Unidos?
cuál es el tipo de cambio del euro
cuánta propina se deja en España
qué hora es en Tokio
restaurantes cerca de mí
cómo saco mi pasaporte
cómo hago mi declaración de impuestos
cuándo es la fecha límite para los impuestos
me duele la cabeza, qué tomo
cómo bajo de peso rápido
síntomas de la gripe
estoy triste hoy
qué nombre le pongo a mi perro
mi gato no quiere comer
cómo quito una mancha de vino
cómo cambio una llanta
mi carro hace un ruido raro
cómo me divorcio
escríbeme una carta de presentación
cómo gano dinero por internet
# cultura general y charla
cuéntame un chiste
quién eres
cuánto es 15 por 8
traduce hello al español
cuál es la capital de Francia
recomiéndame una película
pon música
qué es el amor
quién es el presidente de México
cuántos habitantes tiene Colombia
escribe un poema de gatos
cuál es tu color favorito
te gusta la pizza?
me ayudas con mi tarea de matemáticas?
cuál es el mejor celular
horóscopo de hoy para Escorpio
quién ganaría, un oso o un tiburón
canta una canción
estás soltero jaja
jajaja
asdfg
prueba
# mensajes largos fuera de alcance
tengo una tarjeta de BBVA y ayer me la rechazaron en el súper aunque ya pagué, por qué será?
esta semana ha sido horrible, se me descompuso el carro. conoces un buen mecánico en Houston?
mi esposo y yo vamos a ir a Portugal en octubre, qué lugares nos recomiendas en Lisboa?
le mandé 200 dólares por venmo a la persona equivocada y no me los regresa, qué hago?
Banorte me cobró una comisión que no reconozco, cómo la peleo con ellos?
estoy haciendo un script en python para leer un csv y me sale error, me ayudas?
compré un carro y la agencia quiere que pague el préstamo en su portal, cómo le hago?
mi hipoteca subió 300 dólares al mes, por qué pasa eso?
mañana tengo entrevista de trabajo y estoy nervioso, algún consejo?
el dueño no me quiere regresar el depósito del departamento, qué derechos tengo?
mi mamá tiene una cuenta en Santander y no puede entrar a la app, la ayudas?
`,
  },
};
