import type { HoldoutBook } from './book.ts';

/*
 * Hold-out set, Spanish and Spanglish: NEVER trained on (see holdout-en.ts). Missing accents, lower
 * case, anger and English words mixed in are intended.
 */
export const holdoutEs: HoldoutBook = {
  payment_due_date: `
cuándo vence el pago
cual es la fecha limite de pago
hola buenas, me acaban de dar la tarjeta y no se cuando tengo que pagar cada mes, me podrian decir la fecha
para cuando tengo que pagar el minimo
CUANDO TENGO QUE PAGAR?? no quiero recargos
que dia vence el pago de la tarjeta terminada en [2231]{last4}
hasta que dia tengo para pagar sin que me cobren late fee
el due date de este mes cual es
me pagan el [viernes]{date:2025-09-19}, alcanzo a pagar antes de la fecha de vencimiento?
`,
  change_due_date: `
quiero cambiar mi fecha de pago
se puede mover la fecha de vencimiento al dia 20 de cada mes?
me pagan a fin de mes y mi pago vence el 5, lo pueden pasar para despues
cuantas veces puedo cambiar la fecha de pago
cambiar due date porfa
necesito que mi fecha limite sea mas tarde en el mes, cambie de trabajo y ahora cobro a mitad de mes
se puede elegir el dia de pago de la tarjeta?
buenas tardes, quisiera saber si es posible modificar el dia en que vence mi pago mensual
MI FECHA DE PAGO NO ME SIRVE quiero otra
`,
  payment_status: `
ya se reflejo mi pago?
hice un pago de [$500]{amount} [ayer]{date:2025-09-16} y no aparece
mi banco ya me desconto el dinero pero en la tarjeta sigue igual, donde esta mi pago
pague el [lunes]{date:2025-09-15} y todavia sale pendiente
recibieron mi pago? lo hice por transferencia
cuanto tarda en aplicarse un pago
el autopay si se cobro este mes? no veo nada
hola, mande un cheque [hace dos semanas]{date:2025-09-03} y quiero confirmar que lo recibieron
ME SALE QUE NO HE PAGADO Y YA PAGUE
`,
  make_payment: `
quiero pagar mi tarjeta
como hago un pago
quiero pagar [$300]{amount} [hoy]{date:2025-09-17}
programar un pago para el [viernes]{date:2025-09-19}
puedo pagar desde mi cuenta de Bank of America?
quiero liquidar el saldo total
activar el pago automatico del minimo
hola me acaban de pagar y quiero abonar a la tarjeta, como le hago
pagar el balance completo please
`,
  late_fee_waiver: `
me pueden quitar el cargo por pago tardio
me cobraron recargo por atraso y fue solo un dia, lo pueden reversar
QUITENME LA COMISION POR PAGO TARDE
soy cliente desde hace años y es la primera vez que me atraso, me condonan el cargo?
el autopay fallo y me cobraron late fee, lo pueden devolver
se puede eliminar el cargo de [$40]{amount} por atraso
estuve en el hospital y no pude pagar a tiempo, me perdonan el recargo?
pague tarde por un error de mi banco, quiero que me reembolsen la penalizacion
hola, me podrian hacer un ajuste por el cargo por mora de este mes
`,
  balance_inquiry: `
cuanto le debo a la tarjeta
mi saldo actual
cual es el pago minimo de este mes
cuanto credito disponible tengo
cuanto me queda para gastar en la tarjeta
saldo de la tarjeta terminada en [5521]{last4}
hola quisiera saber el saldo al corte y el minimo a pagar
CUANTO TENGO QUE PAGAR ESTE MES
me dices mi balance por favor
`,
  dispute_charge: `
quiero disputar un cobro
me cobraron dos veces en [Soriana]{merchant}
pedi unos zapatos en linea, nunca llegaron y la tienda no me devuelve el dinero
cancele mi suscripcion de [Spotify]{merchant} y me siguen cobrando
me cobraron [$120]{amount} y el total era [$12]{amount}, quiero que lo corrijan
devolvi un producto a [Liverpool]{merchant} [hace un mes]{date:2025-08-17} y el reembolso nunca llego
me cobraron double en [Walmart]{merchant}, quiero hacer un dispute
el hotel me cobro una noche que cancele a tiempo
como puedo reclamar un cargo que esta mal
`,
  unrecognized_charge: `
que es este cargo
no reconozco un cargo de [$35]{amount}
tengo un cargo de [OXXO]{merchant} y no me acuerdo de haber comprado ahi
me aparece un cobro raro de [AMZN Mktp]{merchant}, que es?
hay un cargo del [12 de septiembre]{date:2025-09-12} que no se de donde es
quien es [SQ *CAFE LUNA]{merchant}? nunca he ido
no se que es este cobro en mi estado de cuenta
hola, vi un cargo que no recuerdo haber hecho, me pueden dar mas info antes de bloquear la tarjeta
cargo desconocido
`,
  report_fraud: `
alguien esta usando mi tarjeta
tengo varios cargos que no hice
me clonaron la tarjeta
me llego un mensaje falso del banco y di mis datos, ahora hay compras que no hice
FRAUDE!!! en mi cuenta hay compras
creo que me hackearon la cuenta, no puedo entrar y hay movimientos raros
hay 4 compras en [Amazon]{merchant} que yo no hice, todas de [hoy]{date:2025-09-17}
quiero reportar fraude en mi tarjeta
me llamaron diciendo que eran del banco y les di el codigo, ahora tengo cargos raros
`,
  dispute_status: `
como va mi disputa
abri una aclaracion por un cargo [hace un mes]{date:2025-08-17} y no me dicen nada
estado de mi reclamo por el cargo de [Uber]{merchant}
cuanto tarda en resolverse una disputa
me quitaron el credito temporal de la disputa, por que
ya se resolvio el contracargo?
sigue abierta mi disputa?
hola queria saber si ya hay respuesta de la disputa que puse por el cobro doble
mi caso del cargo duplicado en que va
`,
  lost_stolen_card: `
perdi mi tarjeta
me robaron la cartera con la tarjeta
se me perdio la tarjeta y necesito una nueva
ME ASALTARON y se llevaron mi tarjeta
quiero reportar que me robaron la tarjeta
deje la tarjeta en un restaurante y ya no estaba, cancelenla por favor
no encuentro mi tarjeta por ningun lado, ya la di por perdida, quiero reposicion
me robaron la bolsa en el metro
lost my card, necesito reemplazo
`,
  damaged_card: `
mi tarjeta esta rota
el chip ya no funciona
se me partio la tarjeta
la tarjeta esta muy gastada y no se leen los numeros
necesito reposicion porque la tarjeta se daño
el contactless ya no sirve
la banda magnetica no lee
mi perro mordio la tarjeta jaja
se me doblo la tarjeta y no entra en la terminal
`,
  lock_card: `
bloquear la tarjeta de forma temporal
congelar tarjeta
no se donde deje la tarjeta, la pueden pausar sin cancelarla
quiero apagar la tarjeta por unos dias
bloqueo temporal porfa
creo que la deje en casa de mi mama, bloqueala mientras la busco
como congelo la tarjeta desde la app
desactiva mi tarjeta un rato, no la quiero cancelar
lock my card porfavor, no se donde esta
`,
  unlock_card: `
desbloquear la tarjeta
ya encontre la tarjeta, la pueden activar otra vez
la congele y ahora me la rechazan, como la descongelo
quitar el bloqueo de mi tarjeta
reactivar tarjeta
bloquee la tarjeta por error en la app, como la regreso
ya aparecio mi tarjeta, desbloqueenla porfa
la tarjeta esta pausada y la quiero usar
unlock mi tarjeta please
`,
  card_delivery_status: `
donde esta mi tarjeta nueva
no me ha llegado la tarjeta de reposicion
cuando llega mi tarjeta
ya mandaron mi tarjeta?
me dijeron que llegaba en una semana y ya van tres
pueden darme el numero de guia de mi tarjeta
cambie de domicilio y no se si la tarjeta se fue a la direccion vieja, ya la mandaron?
TODAVIA NO LLEGA MI TARJETA
mi tarjeta nueva no llega
`,
  digital_wallet: `
agregar mi tarjeta a apple pay
no puedo meter la tarjeta en google pay
como pongo la tarjeta en el celular para pagar
no me llega el codigo para activar en apple wallet
la tarjeta se puede usar con samsung pay?
cambie de telefono y ahora no me aparece la tarjeta en la cartera digital
APPLE PAY DICE QUE MI TARJETA NO ES VALIDA
como pagar con el reloj
google pay se queda en "activando"
`,
  card_declined: `
me rechazaron la tarjeta [hoy]{date:2025-09-17} otra vez
por que me declinaron la tarjeta en [Costco]{merchant}
mi tarjeta no pasa
me la rechazaron otra vez en linea
no me dejo pagar en la gasolinera, dice declinada
estoy en la caja y la tarjeta no funciona
ME RECHAZARON LA TARJETA EN EL SUPER QUE VERGUENZA
intente pagar un vuelo y me la rechazaron
card declined en el restaurante, por que?
`,
  rewards_balance: `
cuantos puntos tengo
saldo de mis puntos
cuantos puntos gane el mes pasado
ya me dieron los puntos del bono de bienvenida?
cuanto cashback tengo acumulado
mis puntos?
cuantas millas tengo en la tarjeta
no veo los puntos de mi compra de la semana pasada
hola, quiero consultar mis puntos de recompensa
`,
  pay_with_points: `
puedo pagar con puntos
quiero usar mis puntos para pagar el saldo
usar puntos para cubrir el cargo de [Aeromexico]{merchant}
cambiar puntos por credito en mi estado de cuenta
como aplico mis puntos a una compra
pagar la tarjeta con mis recompensas
puedo quitar un cargo usando puntos?
tengo 50 mil puntos y quiero usarlos para bajar lo que debo
usar el cashback para pagar
`,
  redemption_issue: `
canjee mis puntos y no me llego nada
me quitaron los puntos pero no me dieron el credito
el canje fallo
hice un canje por una tarjeta de regalo y nunca llego
mis puntos desaparecieron despues de canjear
error al canjear puntos
canjee puntos por un vuelo y no se hizo la reserva
canjee por cashback el [1 de septiembre]{date:2025-09-01} y no aparece
redeemed mis puntos y no veo el credito
`,
  benefits_info: `
la tarjeta tiene acceso a salas vip?
que beneficios tiene mi tarjeta
el seguro de renta de auto esta incluido
mi celular esta protegido si lo pago con la tarjeta?
tengo garantia extendida en compras
cuantas visitas a salas vip me dan al año
incluye credito para global entry?
proteccion de compras, como funciona
voy a rentar un coche, mi tarjeta me cubre el seguro?
`,
  add_authorized_user: `
agregar a mi esposa a la tarjeta
quiero una tarjeta adicional para mi hijo
como agrego un usuario autorizado
se puede dar una tarjeta a mi mama en mi cuenta
tarjeta adicional para mi pareja
AGREGAR ADICIONAL
cuanto cuesta una adicional
mi hija se va a la universidad y quiero que tenga su propia tarjeta de mi cuenta
add a mi esposo como authorized user
`,
  remove_authorized_user: `
quitar a mi ex de la tarjeta
cancelar la tarjeta adicional
eliminar usuario autorizado
ya no quiero que mi hijo tenga tarjeta en mi cuenta
nos divorciamos y quiero quitarla de mi cuenta
dar de baja la adicional de mi hermano
como quito a alguien de mi tarjeta
mi esposo fallecio, hay que quitar su tarjeta adicional
remove a mi hija de la cuenta porfa
`,
  update_contact_info: `
cambiar mi numero de telefono
actualizar mi correo
tengo numero nuevo
mi email esta mal en la cuenta
como cambio el correo electronico
ya no me llegan los mensajes porque cambie de celular y de numero
CAMBIEN MI TELEFONO
quiero poner otro correo
update mi numero de celular
`,
  update_address: `
cambiar mi direccion
me mude
actualizar domicilio
me cambie de casa y mis estados de cuenta llegan a la direccion anterior
como actualizo mi direccion de facturacion
nueva direccion
cambiar codigo postal
me voy a mudar el mes que viene, como cambio el domicilio
update mi address porfa
`,
  communication_preferences: `
quiero estados de cuenta electronicos
ya no me manden papel
activar alertas por mensaje
dejen de mandarme promociones
como apago las notificaciones
quiero una alerta cuando gasten mas de [$500]{amount}
desuscribirme de correos de publicidad
recibir los estados de cuenta por correo postal otra vez
YA NO ME MANDEN OFERTAS
`,
  credit_limit_increase: `
aumentar mi limite de credito
puedo tener mas linea de credito
soy elegible para un aumento de limite?
quiero que me suban el limite a [$20,000]{amount}
mi limite es muy bajo
ahora gano mas, me pueden dar mas credito
cada cuanto puedo pedir aumento
SUBANME EL LIMITE
credit limit increase porfa
`,
  apr_info: `
cual es mi tasa de interes
por que me cobraron intereses
como se calculan los intereses
cual es mi APR
cuando termina la tasa promocional del 0%
me pueden bajar la tasa
pague el total y aun asi me cobraron interes
INTERESES DE [$300]{amount}??? por que
cuanto interes pago si solo pago el minimo
`,
  product_change: `
quiero cambiar mi tarjeta por otra
cambiarme a una tarjeta sin anualidad
puedo subir a la tarjeta premium
me pueden dar una tarjeta con mejor cashback en lugar de esta
la anualidad ya no me conviene, hay otra tarjeta
bajar de categoria mi tarjeta
upgrade de mi tarjeta porfa
si me cambio a otra de sus tarjetas pierdo los puntos?
no quiero cancelar pero si cambiar a una tarjeta basica
`,
  travel_booking: `
reserve un hotel por su portal de viajes y necesito cambiar las fechas
cancelar un vuelo que compre en el portal de viajes de la tarjeta
no encuentro mi itinerario de la reserva que hice con ustedes
quiero reservar un vuelo con el servicio de viajes
el hotel no tiene mi reservacion que hice en su sitio
cambiar el nombre en un boleto comprado en su agencia de viajes
necesito la factura del vuelo que reserve con ustedes
ayuda con una reserva del portal de viajes
la renta de auto que reserve por ustedes no estaba
`,
  trip_protection: `
mi vuelo se retraso 6 horas, la tarjeta cubre el hotel?
seguro de cancelacion de viaje
tuve que cancelar el viaje porque me enferme, me reembolsan?
cubre interrupcion de viaje?
se retraso mi equipaje, hay cobertura
como hago un reclamo por retraso de vuelo
cancelaron el vuelo por el clima, que cubre el seguro de viaje
la tarjeta tiene seguro de viaje?
tuvimos que regresar antes por una emergencia familiar, lo cubre la tarjeta
`,
  talk_to_agent: `
quiero hablar con una persona de verdad
agente porfa
comuniqueme con un asesor
hablar con un humano por favor
me pueden llamar
pasame con alguien real
QUIERO UN EJECUTIVO
transfiereme al equipo de fraudes
un agente porfa
`,
  supervisor: `
con un supervisor porfavor
paseme con el gerente
el asesor fue grosero, quiero a alguien de mas arriba
ESCALEN ESTO
ya explique tres veces, quiero un supervisor
hablar con el jefe del agente
me colgaron, quiero hablar con un encargado
el agente me dio informacion equivocada, paseme con su superior
supervisor please ya
`,
  file_complaint: `
quiero levantar una queja formal
como presento una queja formal
quiero quejarme del servicio
levanten una queja por favor
ESTO ES INACEPTABLE, QUIERO PONER UNA QUEJA
donde puedo dejar un reclamo por el mal trato
registren mi queja sobre la app
queja formal
file a complaint porfa, el servicio fue pesimo
`,
  case_status: `
como va mi caso
estatus de mi solicitud
numero de folio 77123, hay novedades?
puse una queja el mes pasado y no me han respondido
me dijeron que me llamarian en 48 horas y nada
ya procesaron mi solicitud?
seguimiento a mi ticket
CUANDO RESUELVEN MI CASO
update de mi caso porfa
`,
  request_summary: `
mandame una copia de esta conversacion
quiero el resumen del chat
me envias la transcripcion por correo
puedo tener un registro de esta conversacion
resumen porfa
guarda este chat
mandame por escrito lo que hablamos
ENVIENME EL CHAT
send me the transcript porfa
`,
  upload_documents: `
como les mando mis recibos
donde subo documentos
tengo foto del ticket, como la adjunto
me pidieron comprobante de cancelacion, como se los envio
subir archivo
puedo mandar los documentos por email
donde subo mi identificacion
no funciona el boton para subir, como mando los papeles
upload documentos como
`,
  greeting: `
holaaa buenas
buenos dias
buenas tardes a todos
buenas noches, alguien me atiende?
que tal
holaaa
hola hay alguien ahi
buen dia
saludos, una duda
`,
  goodbye: `
adios
hasta luego entonces
nos vemos pronto
chao chao
eso es todo, adios
me voy
buenas noches, hasta mañana
hasta pronto, bye
terminar la conversacion
`,
  thanks: `
gracias amigo
muchas gracias de verdad
mil gracias por todo de verdad
te lo agradezco mucho
graciasss
gracias por ayudarme
muy amable de tu parte
oki gracias
thank you mucho
`,
  affirm: `
si si
claro que si, adelante
correcto, esa
asi es
si por favor
exacto eso
sipi
dale pues
esa es
`,
  deny: `
no, gracias asi esta bien
para nada, no
eso no es
incorrecto, ese no
negativo, no es
nel pastel
no, otra cosa
no es eso lo que quise decir
tampoco es ese
`,
  out_of_scope: `
me rechazaron la tarjeta de BBVA en el super
cuantos puntos tengo en Club Premier
como esta el clima [hoy]{date:2025-09-17}
quiero pagar la luz
cual es el precio del bitcoin
el pago de mi tarjeta Liverpool no se refleja
cuentame un chiste
quien gano el partido
receta de enchiladas
mi cuenta de Mercado Pago fue hackeada
como hago una transferencia por Zelle
quiero un prestamo para carro
perdi mi tarjeta de debito de Santander
cuanto esta el dolar [hoy]{date:2025-09-17}
como saco mi RFC
mi cuenta de Nu tiene un cargo raro
me puedes recomendar una pelicula
mi paquete no llega, donde esta
como pago el predial
eres un robot?
mi factura de Telcel esta muy cara
quiero abrir una cuenta de ahorro
tengo mucha hambre
traduce esto al ingles
me quitaron millas de Aeromexico
mi tarjeta de Banamex no pasa
como descargo whatsapp
ayudame con mi tarea de matematicas
la app de Banorte no me deja entrar
cuanto cobra [Mercado Libre]{merchant} por envio
`,
};
