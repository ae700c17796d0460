import type { PhraseBook } from './book.ts';

// Training phrases: account changes (authorised users, contact details, address, preferences).
export const account: PhraseBook = {
  add_authorized_user: {
    en: `
add an authorized user
I want to add my wife to my card
how do I add my son as an authorized user
can I get a card for my daughter
add additional cardholder
I'd like to add my husband to my account
can my partner get a card on my account
request a card for my mom
how old does an authorized user have to be
add my teenager to my credit card
what info do you need to add an authorized user
is there a fee to add an authorized user
add user to card
I want to give my assistant a card on my business account
can I set a spending limit for an authorized user I'm adding
get a second card for my girlfriend
I want to add someone to my account so they can build credit
add an employee card
How do I add a family member to my card?
my son is going to college, I want to get him his own card on my account
please add Maria Lopez as an authorized user
can I add my father as an additional card member
what's the process for adding an authorized user
add my fiance to my credit card account
I want an extra card for my spouse
can an authorized user have a different address?
after I add an authorized user, how long does their card take?
add a person to my account
I need a companion card for my husband
can I add an authorized user online
add authorized user please
can you add my daughter Emma to the account, she's 16
I'd like an additional card for my nanny for groceries
do authorized users need an SSN to be added
I want to add my brother to my card
add additional user
Can my wife be added? She has her own income
I'd like to put my kids on my card
how many authorized users can I add
add an authorized user card for my roommate
can I add an authorized user to my platinum card and what does it cost
new authorized user request
add second cardholder
my husband wants his own card on our account
I want to add my partner as an authorized user but with a low limit
can I add someone who lives in another country as an authorized user
i want my mom to have a card linked to mine for emergencies
add a secondary card holder
add user
I'm adding my 18 year old to my account, what do you need from him
how to add an authorized user to my business card
get my wife a card under my account
add authorized user to card ending 4471
adding someone to my credit card
Hi! We just got married and I want to add my wife to my account. How do I do it?
I want to add an additional card member and have their card shipped to their address
make my girlfriend an authorized user
please issue a card for my business partner on this account
my kids are older now, time to add them to the account
my dad is getting older and I handle his shopping, can he be on my account so we both have cards
`,
    es: `
agregar un usuario adicional
quiero agregar a mi esposa a mi tarjeta
cómo agrego a mi hijo como usuario autorizado
puedo sacar una tarjeta para mi hija?
agregar tarjetahabiente adicional
quiero agregar a mi esposo a mi cuenta
mi pareja puede tener una tarjeta en mi cuenta?
pedir una tarjeta adicional para mi mamá
qué edad debe tener un usuario adicional
agregar a mi hijo adolescente a la tarjeta
qué datos necesitan para agregar un usuario autorizado
cobran por agregar un adicional?
quiero una tarjeta adicional para mi novia
quiero agregar a alguien para que construya su historial de crédito
cómo agrego a un familiar a mi tarjeta?
mi hijo se va a la universidad, quiero darle su propia tarjeta en mi cuenta
por favor agreguen a María López como usuaria autorizada
cuál es el proceso para agregar un adicional
quiero una tarjeta extra para mi cónyuge
se puede agregar un usuario adicional en línea?
agregar usuario autorizado por favor
pueden agregar a mi hija Emma a la cuenta? tiene 16 años
los adicionales necesitan número de seguro social?
quiero agregar a mi hermano a mi tarjeta
cuántos usuarios adicionales puedo tener
quiero poner a mis hijos en mi tarjeta
mi esposo quiere su propia tarjeta en nuestra cuenta
quiero agregar a mi pareja pero con un límite bajo
quiero que mi mamá tenga una tarjeta ligada a la mía para emergencias
agregar un adicional a la tarjeta del negocio
sacarle una tarjeta a mi esposa en mi cuenta
nos acabamos de casar y quiero agregar a mi esposa, cómo le hago?
quiero add an authorized user, mi hijo
adicional para mi papá porfa
dar de alta un usuario adicional
`,
  },

  remove_authorized_user: {
    en: `
remove an authorized user
take my ex-husband off my card
I want to remove my son from my account
cancel my daughter's card, she's no longer an authorized user
delete additional cardholder
how do I remove someone from my credit card
we're divorced, remove her card
remove authorized user please
my employee quit, remove their card
can you take my mom off the account
stop my ex's card from working and remove him
cancel authorized user card ending in 7712
I want to take my boyfriend off my account
remove additional user
my son has been overspending, I want to remove him as an authorized user
how do I cancel an authorized user's card
can an authorized user remove themselves?
remove my roommate's card from my account
remove user from my account
I need to remove my wife from my credit card
close the card for the authorized user
I don't want my brother on my account anymore
remove secondary cardholder
my daughter has her own card now, take her off mine
drop authorized user
please cancel the additional card I gave my nanny
if I remove an authorized user will it hurt their credit?
remove an employee card from the business account
remove my ex-girlfriend as an authorized user right now
how fast does removing an authorized user take effect
remove the authorized user and cancel their card
my father passed away, please remove him from my account
I need to revoke an authorized user
kick my son off my card lol
can I remove an authorized user online
take off authorized user
remove all authorized users from my account
I added my cousin last year and now I want to remove her
the authorized user on my account is not using it, remove them
deactivate my husband's card on my account, we separated
remove Maria Lopez from my account
stop the card I gave my ex
remove my child from the account
can you delete my sister's card? she isn't paying me back
I want to remove someone from my card but keep my own
unlink my son's card
terminate the authorized user's card
can you remove an AU
my caregiver no longer works for me, remove her card
I'm the primary cardholder and I want to remove my spouse
i want my ex off my card today. he's still using it
authorized user removal
remove authorized user from card ending 4471
How do I take someone off my account?
please remove the additional card member
i'm an authorized user on my dad's card and i want to be removed
remove my teenager's card, she lost privileges
remove an additional card member and make sure they can't charge anything else
we broke up in march and she still has a card on my account. get her off it
`,
    es: `
quitar un usuario autorizado
quiero quitar a mi ex esposo de mi tarjeta
quiero eliminar a mi hijo de mi cuenta
cancelen la tarjeta de mi hija, ya no es usuaria autorizada
eliminar tarjetahabiente adicional
cómo quito a alguien de mi tarjeta de crédito
nos divorciamos, cancelen su tarjeta adicional
quitar usuario autorizado por favor
mi empleado renunció, quiten su tarjeta
pueden sacar a mi mamá de la cuenta?
cancelar tarjeta adicional terminada en 7712
quiero quitar a mi novio de mi cuenta
mi hijo ha gastado de más, quiero quitarlo como adicional
cómo cancelo la tarjeta de un usuario adicional
quitar a mi compañero de cuarto de mi cuenta
necesito quitar a mi esposa de mi tarjeta
ya no quiero a mi hermano en mi cuenta
mi hija ya tiene su propia tarjeta, quítenla de la mía
cancelen la tarjeta adicional que le di a la niñera
si quito a un adicional le afecta su crédito?
quiten a mi ex novia como usuaria autorizada ya
mi papá falleció, por favor quítenlo de mi cuenta
puedo quitar a un adicional en línea?
quitar a todos los usuarios adicionales
agregué a mi prima el año pasado y ahora la quiero quitar
desactiven la tarjeta de mi esposo en mi cuenta, nos separamos
quitar a María López de mi cuenta
quiero quitar a alguien de mi tarjeta pero conservar la mía
soy el titular y quiero quitar a mi cónyuge
quiero a mi ex fuera de mi tarjeta hoy, la sigue usando
baja de usuario adicional
soy adicional en la tarjeta de mi papá y quiero que me quiten
remove a mi hijo de la tarjeta porfa
dar de baja la tarjeta adicional de mi hermana
eliminar adicional
`,
  },

  update_contact_info: {
    en: `
change my phone number
update my email address
I have a new phone number
my email changed, please update it
how do I update my contact info
my new email is jsmith.home@example.com, please update it
I got a new cell, update it on my account
change the email on file
my phone number is wrong on my account
update mobile number
I'm not getting texts because my number changed
can you change my email to my work email
I need to update my phone and email
I can't receive the verification code because my old phone number is on the account
change contact number
my email address has a typo, can you fix it
update my phone number to 555-201-8890
switch my email to a gmail account
how do I change the phone number the alerts go to
I changed carriers and my number, update it
update contact details
change my e-mail
I no longer have access to my old email, please change it
add a new phone number to my account
remove my old phone number
my husband's number is on my account, change it to mine
new phone number
please update my email
I want to change my primary phone
change my mobile
update cell number
can I change my email address online
the email you have for me is outdated
replace my phone number with my new one
I'm locked out because codes go to my old phone, update my number
update email and phone
can you update my contact information please
how do I edit my email in the app
my phone got cut off and I have a new number now
change my home phone number
update the email address you send statements to
the phone number on my profile is my old work number
I moved abroad and have a foreign phone number now, can I use it?
I'd like to update my email to maria.g@outlook.com
your texts go to my ex's phone, change the number!
change the phone number you have on file
how long does it take to update my email
email update
phone number change
update my contact email
my number changed last month and I'm missing all your calls
I need you to put my new cell number on the account
my company email is going away, switch it to my personal one
where do I change my phone number
fix my phone number on file, the last two digits are wrong
changing my email address
i got a new number
new email address for my account please
update phone on account ending 3321
my old email got hacked so I made a new one, please use that from now on
`,
    es: `
cambiar mi número de teléfono
actualizar mi correo electrónico
tengo un número de teléfono nuevo
cambié de correo, por favor actualícenlo
cómo actualizo mis datos de contacto
tengo celular nuevo, actualícenlo en mi cuenta
cambiar el correo registrado
mi número de teléfono está mal en mi cuenta
actualizar número de celular
no me llegan los mensajes porque cambié de número
pueden cambiar mi correo al del trabajo?
necesito actualizar mi teléfono y mi correo
no me llega el código porque tienen mi número viejo
mi correo tiene un error, lo pueden corregir?
actualizar mi número a 555-201-8890
ya no tengo acceso a mi correo anterior, cámbienlo por favor
agregar un teléfono nuevo a mi cuenta
quitar mi número viejo
nuevo número de teléfono
por favor actualicen mi email
cambiar mi celular
puedo cambiar mi correo en línea?
el correo que tienen ya no lo uso
reemplazar mi número por el nuevo
no puedo entrar porque los códigos van a mi teléfono viejo, actualicen mi número
actualizar email y teléfono
cómo cambio mi correo en la app
me cortaron la línea y ahora tengo otro número
quiero actualizar mi correo a maria.g@outlook.com
sus mensajes le llegan a mi ex, cambien el número!
cambio de número de teléfono
cambié de número el mes pasado y no me llegan sus llamadas
dónde cambio mi número de teléfono
cambiar mi e-mail porfa
update mi numero de cel
`,
  },

  update_address: {
    en: `
change my address
I moved, need to update my address
update my mailing address
new billing address
I'm moving next month, how do I change my address
change address on my account
my address is wrong on my statements
please update my address to 42 Oak Street, Denver CO
how do I update my billing address for online purchases
I have a new home address
update address
we moved, please send my statements to the new place
change my mailing address to a PO box
I want to change the address where you send my card
update my zip code
I'm relocating to Texas, update my address
how do I change my address online
my apartment number is missing from my address
change billing address
can I have a different mailing address from my billing address
update residence
I'm moving abroad, can I use a foreign address
temporary address change while I'm at college
my address changed, I keep getting mail at the old house
fix my street name, it's misspelled
I just bought a house, need to update my address
move my account to my new address
new address: 1200 Pine Ave Apt 4, Austin TX 78701
change the address on file
adress change
I need to update the address on my card account so online orders go through
my billing address doesn't match so purchases fail. can you update it?
how do I change my address on the app
please change my address, I moved last week
update my home address
the address you have is old
my mailing address changed
can you update my address and send a new card there?
I'm moving in 2 weeks. can I schedule an address change
change my address to my parents' house for a few months
how long does an address change take
i moved out, change my address
please record my new address
I want statements mailed to my office address
I'm divorced and moved out, need a new mailing address on the account
update address for my authorized user
can I change my address over chat?
need to change the address on my account asap
I'm not receiving mail because my address is outdated
we relocated to Florida
change zip code on my account
my billing address is wrong at online checkouts
the city on my address is wrong
address update please
new mailing address please
I live at a different address now
the new card went to my old address because nobody updated it when I moved. please change it to the new one
`,
    es: `
cambiar mi dirección
me mudé, necesito actualizar mi dirección
actualizar mi dirección de correspondencia
nueva dirección de facturación
me mudo el mes que viene, cómo cambio mi dirección
mi dirección está mal en los estados de cuenta
por favor actualicen mi dirección a Calle Roble 42, Denver
cómo actualizo la dirección de facturación para compras en línea
tengo nuevo domicilio
actualizar dirección
nos mudamos, manden los estados de cuenta a la casa nueva
cambiar mi dirección postal a un apartado postal
quiero cambiar la dirección a donde mandan la tarjeta
actualizar mi código postal
me voy a vivir a Texas, actualicen mi dirección
cómo cambio mi dirección en línea
le falta el número de departamento a mi dirección
cambiar dirección de facturación
me voy a vivir al extranjero, puedo usar una dirección de otro país?
cambio temporal de dirección mientras estoy en la universidad
sigo recibiendo correo en la casa vieja, cambien mi dirección
el nombre de mi calle está mal escrito
compré casa, necesito actualizar mi domicilio
nueva dirección: Av. Pino 1200 depto 4, Austin TX 78701
cambio de direccion
mi dirección de facturación no coincide y las compras fallan, la pueden actualizar?
por favor cambien mi dirección, me mudé la semana pasada
la dirección que tienen es vieja
pueden actualizar mi dirección y mandar una tarjeta nueva ahí?
me mudo en 2 semanas, puedo programar el cambio de dirección?
cambiar mi dirección a la casa de mis papás unos meses
cuánto tarda un cambio de dirección
quiero que los estados de cuenta lleguen a mi oficina
ya no vivo ahi, cambien mi direccion
cambiar el zip code de mi cuenta
`,
  },

  communication_preferences: {
    en: `
go paperless
stop sending me paper statements
unsubscribe from marketing emails
turn on text alerts for purchases
I want e-statements only
stop the promotional emails
set up balance alerts
turn off text messages
how do I get alerts when my payment is due
I don't want any more marketing calls
sign me up for paperless billing
switch back to paper statements
I'm getting too many emails from you, make it stop
enable push notifications for transactions over $100
opt out of offers by mail
alert preferences
can I get notified every time my card is used
stop texting me
change how I receive statements
I want to receive my statements by email
turn on transaction alerts by text
stop mailing me credit card offers
remove me from your mailing list
set a payment reminder alert
how do I turn off notifications
I want email alerts instead of texts
unsubscribe
paperless statements please
stop junk mail
do not call me with promotions
notification settings
can I get a text when my statement is ready
please stop sending me emails about upgrading my card
I'd like to opt in to paperless
I keep getting spam from you guys, stop
get alerts for large purchases
how do I manage my alerts
I want paper statements again, I'm not good with computers
turn off marketing texts but keep security alerts
stop the daily balance emails
opt out of sharing my information with affiliates
set up low available credit alerts
only contact me by email please
I want my statements and letters in Spanish
enroll in e-statements
stop sending letters
subscribe me to text alerts
How do I change my notification preferences?
too many notifications, turn some off
alert me when a payment posts
I don't want promotional offers
email preferences
I want to stop getting paper bills and go digital
notify me when my balance goes above $1,000
stop sending me surveys after every call
please don't text me at night
I need to turn on due date reminders
opt out of marketing
change my alert settings
every single day i get an email about some offer. i never signed up for this. take me off
`,
    es: `
quiero estados de cuenta electrónicos
dejen de mandarme estados de cuenta en papel
darme de baja de los correos promocionales
activar alertas por mensaje de texto para compras
quiero solo estados de cuenta digitales
paren los correos de promociones
configurar alertas de saldo
desactivar los mensajes de texto
cómo recibo alertas cuando se vence mi pago
no quiero más llamadas de ventas
inscríbanme en facturación sin papel
quiero volver a los estados de cuenta en papel
me llegan demasiados correos de ustedes, ya basta
activar notificaciones para compras mayores a $100
no quiero ofertas por correo postal
preferencias de alertas
quiero que me avisen cada vez que se use mi tarjeta
dejen de mandarme mensajes
quiero recibir mis estados de cuenta por email
dejen de mandarme ofertas de tarjetas por correo
configurar recordatorio de pago
cómo desactivo las notificaciones
prefiero alertas por correo en lugar de mensajes
darme de baja
estado de cuenta sin papel por favor
no me llamen con promociones
configuración de notificaciones
me pueden mandar un mensaje cuando esté listo mi estado de cuenta?
quitar los mensajes de marketing pero dejar las alertas de seguridad
quiero los estados de cuenta en español
cómo cambio mis preferencias de notificaciones
demasiadas notificaciones, quiten algunas
avísenme cuando se aplique un pago
no quiero ofertas promocionales
quiero dejar de recibir papel y pasarme a digital
dejen de mandarme encuestas
`,
  },
};
