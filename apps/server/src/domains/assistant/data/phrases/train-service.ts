import type { PhraseBook } from './book.ts';

/*
 * Training phrases: service requests. Boundaries (INTENTS.md):
 * - talk_to_agent: a person or a specialist team.
 * - supervisor: a manager / someone higher up, escalation after a bad experience with a representative.
 * - file_complaint: wants a complaint logged.
 * - case_status: status of a case, request, complaint or ticket that is not a dispute.
 */
export const service: PhraseBook = {
  talk_to_agent: {
    en: `
agent
representative
talk to a human
I want to speak to a real person
can I chat with a live agent
connect me to customer service
transfer me to the disputes team
I need to talk to someone in the fraud department
human please
get me a person
is there a real person I can talk to
I don't want to talk to a bot
speak to an agent
live chat with representative
can you connect me with a rewards specialist
I'd rather talk to someone from the travel team
this bot isn't helping, give me a human
put me through to an agent
can I talk to someone in Spanish
operator
customer service rep please
I need a credit specialist
talk to someone about my account
I WANT A REPRESENTATIVE
representitive
agent agent agent
I need to speak with a person about a charge
can I speak with somebody from the business card team
let me talk to a live person
connect me with a human being
are you a robot? i want a person
how do I reach an actual agent
transfer to live support
i need help from a real agent
chat with a specialist
escalate me to a human, not another bot
I'd like to speak with customer support
human agent now
can you hand me over to an agent
please transfer me to someone who can help
is anyone there? a real person?
I want the dispute department
talk to the travel desk
I need the credit department
stop the automated replies and get me an agent
I've been going in circles with this chatbot. Agent please.
person
live agent
rep
can I call someone instead
how long is the wait for an agent
Put me in touch with someone from rewards
I need to talk to a person about my late fee
connect me to someone who speaks Spanish
I want to chat with a customer care representative
get me someone from fraud right now
transfer
talk to agent
need a human
Hi, can I speak to an actual human please? Thanks
I would like to be connected to a representative regarding my account
the answers you're giving me are generic. i need someone who can actually look at my account
`,
    es: `
agente
representante
hablar con una persona
quiero hablar con alguien de verdad
puedo chatear con un agente en vivo?
comunícame con servicio al cliente
pásame con el equipo de disputas
necesito hablar con alguien del departamento de fraude
una persona por favor
no quiero hablar con un robot
hablar con un asesor
puedo hablar con alguien en español?
este bot no me ayuda, quiero un humano
operadora
necesito un especialista de crédito
QUIERO UN REPRESENTANTE
representate
agente agente agente
quiero hablar con un ejecutivo
hay alguien real ahí?
cómo contacto a un agente de verdad
transfiéreme a soporte en vivo
necesito ayuda de un asesor humano
comunícame con el área de recompensas
quiero hablar con el departamento de viajes
basta de respuestas automáticas, quiero un agente
llevo rato dando vueltas con este bot, un agente por favor
persona
agente en vivo
me pueden pasar con alguien que hable español?
cuánto tengo que esperar para un agente?
quiero hablar con un representante de servicio al cliente
talk to agent porfa
necesito un humano
hola, me comunican con un asesor por favor?
`,
  },

  supervisor: {
    en: `
I want to speak to a supervisor
let me talk to your manager
escalate this to a supervisor
get me someone higher up
the agent I talked to was rude, I want a manager
I've been transferred 4 times, get me a supervisor now
supervisor please
I need to speak with someone with more authority
manager
the representative hung up on me, I want to talk to their boss
can I escalate my issue? the agent couldn't help
your rep gave me wrong information, I demand a supervisor
put a manager on
I'm not satisfied with the answer, I want to escalate
I want a team lead
the person I chatted with yesterday was useless. get me a supervisor
I need to speak to someone above the agent
give me your supervisor
I want to escalate this conversation
who is your manager? I want to talk to them
the last agent refused to help, escalate please
transfer me to a supervisor immediately
can I talk to a manager about how I was treated
the agent was condescending and I want to speak with their supervisor
I want this escalated to management
supervisor now
get me a manager, I've explained this 3 times
I asked for a supervisor an hour ago
escalation
your agent promised a callback that never happened, I want a supervisor
I'd like to speak with a supervisor regarding my previous chat
let me speak to the person in charge
higher authority please
I want the manager on duty
the agent Jessica was very unprofessional, I want to speak to her manager
sup please
I need someone who can actually make decisions
the representative said no, I want a second opinion from a manager
Can you escalate me to a senior agent?
talk to a supervisor about the service I got
your employee lied to me. manager. now.
i'm done with front line reps, escalate
the rep said only a supervisor can approve this, get me one
supervisor, please, this has gone on long enough
I want to speak to a manager about my experience
senior representative please
escalate to a manager
the agent ended the chat on me twice. I want a supervisor
can I get a supervisor on the line
please connect me with your supervisor
who's above you? I want to talk to them
this is unacceptable, manager please
bump me up to a supervisor
i need a manager to review what the last agent did
the agent mocked me. I want a supervisor immediately
supervisor, the agent was no help at all
escalate my case to someone senior
I'd like the supervisor to call me back
i have spent two hours with your people today and every one of them gave me a different answer. i want whoever is in charge
`,
    es: `
quiero hablar con un supervisor
pásame con tu gerente
escalen esto a un supervisor
quiero a alguien de más arriba
el agente fue grosero, quiero un gerente
me han transferido 4 veces, pásenme a un supervisor ya
supervisor por favor
necesito hablar con alguien con más autoridad
gerente
el representante me colgó, quiero hablar con su jefe
puedo escalar mi caso? el agente no me ayudó
su asesor me dio información equivocada, exijo un supervisor
no estoy satisfecho con la respuesta, quiero escalarlo
la persona con la que hablé ayer no sirvió de nada, quiero un supervisor
necesito hablar con alguien por encima del agente
quiero escalar esta conversación
quién es tu jefe? quiero hablar con él
transfiéranme con un supervisor de inmediato
el agente fue prepotente y quiero hablar con su supervisor
quiero que esto lo vea la gerencia
supervisor ya
pásenme un gerente, ya lo expliqué 3 veces
pedí un supervisor hace una hora
su agente prometió llamarme y nunca lo hizo, quiero un supervisor
quiero hablar con el encargado
necesito alguien que pueda tomar decisiones
el asesor dijo que no, quiero la opinión de un gerente
su empleado me mintió. gerente. ya.
el agente dijo que solo un supervisor puede aprobarlo, pásenme uno
esto es inaceptable, un gerente por favor
el agente me terminó el chat dos veces, quiero un supervisor
quiero un supervisor que revise lo que hizo el último agente
me puede llamar el supervisor?
escalar a gerente
kiero hablar con el supervisor
`,
  },

  file_complaint: {
    en: `
I want to file a complaint
I'd like to make a formal complaint
how do I complain about your service
log a complaint please
I want to lodge a complaint about how my dispute was handled
I'm filing a complaint with you and the CFPB
this is a formal complaint about the fees
register my complaint
I want my complaint on record
I need to report a problem with your service
complaint
submit a complaint about the agent who hung up on me
how do I file a grievance
I want to complain about the rude representative
please document my complaint
I'm very unhappy and want to file an official complaint
where can I file a complaint
I'm going to file a complaint about this whole mess
I want to put in a complaint about the late fees you keep charging
take down my complaint
you guys charged me for things I didn't approve and ignored me, I want to file a complaint
I'd like to submit feedback as a formal complaint
open a complaint
I want this treated as a formal complaint
I want a complaint case number
I'm making a complaint about the way my account was closed
complain about your app
record this as a complaint
formal grievance against your company
I want to file a complaint about discriminatory treatment
how can I send a complaint in writing
I have a complaint
let me file a complaint about my credit limit decrease
I want this logged as a complaint, not just a note
file complaint
the way you handled my fraud claim is appalling and I want to complain officially
I'm filing a complaint because nobody called me back
I demand that a complaint be filed
I'd like to raise a complaint
complaint about customer service
how do I send a complaint to your executive office
I want to complain about the marketing calls
please open a formal complaint regarding the interest charges
I'm not happy. I want to file a formal complaint and get a reference number
your service is terrible and I want it documented as a complaint
I want to report bad service
make a complaint
I want to complain
complaint against the collections department
file a complaint about my payment being misapplied
I want to submit a complaint to the compliance team
add a formal complaint to my account
what's the process for filing a complaint
This is the third time you've made this mistake. I want to file a complaint.
complaint regarding misleading information about my APR
i need to file a complaint about a representative who shared my info with my ex
I have a serious complaint about how I was treated on the phone today
start a complaint for me
please log this: I am dissatisfied with how my case was handled
i'm not asking for a manager, i'm asking you to write this down as an official complaint
`,
    es: `
quiero presentar una queja
quiero poner una queja formal
cómo me quejo de su servicio
registren mi queja por favor
quiero poner una queja por cómo manejaron mi disputa
voy a poner una queja con ustedes y con la CFPB
esta es una queja formal por los cargos
quiero que quede registrada mi queja
queja
quiero quejarme del representante grosero
por favor documenten mi queja
estoy muy molesto y quiero poner una queja oficial
dónde puedo poner una queja
quiero poner una queja por los cargos por atraso que me siguen cobrando
abrir una queja
quiero un número de caso para mi queja
quiero quejarme de su app
registren esto como queja
tengo una queja
quiero que esto quede como queja formal, no solo como nota
cómo les mando una queja por escrito
nadie me regresó la llamada, quiero poner una queja
exijo que se levante una queja
queja sobre el servicio al cliente
quiero quejarme de las llamadas de publicidad
no estoy contento. quiero una queja formal y un número de referencia
su servicio es pésimo y quiero que se documente como queja
quiero reportar un mal servicio
quiero quejarme
presentar reclamo formal por el mal servicio
es la tercera vez que se equivocan, quiero poner una queja
levantar una queja porfa
quiero una queja formal contra el agente de ayer
cuál es el proceso para poner una queja
queja por información engañosa sobre mi tasa
`,
  },

  case_status: {
    en: `
what's the status of my case
any update on my complaint?
I submitted a request last week, what's the status
case number 12345, where is it
check on my ticket
has my complaint been resolved
status of my credit limit increase request
I'm following up on my case from last month
any news on my request to change my due date
my case has been open for 2 weeks, what's happening
I was promised a callback about my case, when?
can you check the status of ticket CL-88213
status update on my complaint please
is my address change request done?
what happened to the request I made to get the late fee removed? nobody answered
my case was closed without resolution, why?
follow up on case 55-1092
I opened a case about my rewards, any update?
when will my case be resolved
I'm checking on the status of my authorized user request
did anyone look at my complaint yet
what's the status of the request I made on Monday
I got an email that my case was updated, what's the update?
it's been 10 days since I filed a complaint. status?
case status
where are we on my ticket
my reference number is REF-44102, status please
I filed a complaint with the CFPB, what's the status on your end
has my request for a product change gone through?
any progress on my open case
status of my request
they gave me a case number yesterday, can you see any updates
I want to know if my complaint has been reviewed
case update
checking in on my case about the missing statement
I was told someone would get back to me in 3 days about my case. it's been a week
what's the status of case 20240611-77?
is my ticket still open?
my service request hasn't been updated
I called last week and they opened a case for me. Any news?
what is going on with my complaint? no one has contacted me
did my case get escalated?
update on my open request please
I need to know the status of the case I opened on 06/03
can you look up my case and tell me where it stands
was my name change request processed?
status on my request to close the account
my request for a statement copy, is it done?
can you tell me if my case is resolved
case follow up
still waiting on my case, what's the holdup
status check on complaint #7781
my case number is 3301-AB, any developments?
I'm following up on the ticket about my app login issue
what's happening with my request for a credit limit review?
has the team responded to my case yet
I opened a ticket for my rewards not posting, where's it at
any update on the complaint I filed about the agent
my case says in progress for weeks now
i was told my complaint would be answered within 15 days and it's day 20, what is the status
`,
    es: `
cuál es el estado de mi caso
hay novedades de mi queja?
hice una solicitud la semana pasada, cómo va?
caso número 12345, en qué va
revisar mi ticket
ya resolvieron mi queja?
estado de mi solicitud de aumento de límite
le doy seguimiento a mi caso del mes pasado
hay noticias de mi solicitud de cambio de fecha de pago?
mi caso lleva 2 semanas abierto, qué pasa
me prometieron una llamada sobre mi caso, cuándo?
pueden revisar el estado del ticket CL-88213?
ya quedó mi solicitud de cambio de dirección?
cerraron mi caso sin resolverlo, por qué?
seguimiento al caso 55-1092
abrí un caso por mis puntos, hay actualización?
cuándo se resuelve mi caso
alguien ya revisó mi queja?
me llegó un correo de que actualizaron mi caso, cuál es la actualización?
ya pasaron 10 días desde que puse la queja. estatus?
estado del caso
mi número de referencia es REF-44102, el estatus por favor
ya pasó mi solicitud de cambio de producto?
estado de mi solicitud
ayer me dieron un número de caso, hay avances?
quiero saber si ya revisaron mi queja
me dijeron que me contestarían en 3 días sobre mi caso y ya pasó una semana
mi ticket sigue abierto?
llamé la semana pasada y me abrieron un caso. alguna novedad?
qué pasa con mi queja? nadie me ha contactado
escalaron mi caso?
necesito saber el estado del caso que abrí el 3 de junio
sigo esperando lo de mi caso, por qué tarda tanto
el status de mi caso porfa
mi caso dice en proceso desde hace semanas
`,
  },

  request_summary: {
    en: `
can you send me a summary of this chat
email me a transcript
I'd like a copy of this conversation
send me the chat history
can I get a summary of what we discussed
please send a transcript to my email
save this conversation for me
I need a record of this chat
summary please
can you recap what was done today
send me the steps we agreed on
I want a written summary with the case number
how do I download this chat
transcript
could you email me what you just told me
I'd like a summary of the resolution
give me a summary of this conversation before I go
can I get this chat in writing
send me a copy of the chat to my secure messages
I need the transcript for my records
print this conversation
can you summarize everything we covered
I need proof of this conversation
send transcript
will I get a copy of this chat?
I want documentation of this chat
can you text me a summary
please send me a recap with the reference number
how can I see this chat later
email the conversation to me please
chat summary
I'm hard of hearing, can you send me a written summary of what we did
where can I find the transcript after the chat ends
I'd like a written record of everything the agent promised
send me a summary of my dispute conversation
summarize this chat
can I save a copy of this chat
a written recap would help me, I have a bad memory
please make sure I get a transcript of this
export the chat
send summary to my email on file
Can I get a summary with date and time?
I want the chat log
may I have a copy of today's conversation
recap please
before you go, send me the summary
I need a summary for my accountant
copy of conversation
I'd like the transcript sent to my inbox
is there a way to get a transcript of the chat
can you write up what we discussed and send it
give me a written confirmation of what was done today
transcript of this session please
send me the conversation as a pdf
I want a summary of the next steps
can you send the details of this chat to my secure messages
email me everything we talked about
please provide a summary of this support session
last time the agent told me things over chat and later denied it, so this time I want the transcript
i'm going to forget all this, can you put what we did in writing for me
`,
    es: `
me pueden mandar un resumen de este chat?
envíenme la transcripción por correo
quiero una copia de esta conversación
mándenme el historial del chat
me das un resumen de lo que hablamos?
por favor envíen la transcripción a mi correo
guarda esta conversación
necesito un registro de este chat
resumen por favor
me puedes recapitular lo que se hizo hoy?
mándame los pasos que acordamos
quiero un resumen por escrito con el número de caso
cómo descargo este chat
transcripción
me mandas por correo lo que me acabas de decir?
quiero un resumen de la solución
dame un resumen de esta conversación antes de irme
puedo tener este chat por escrito?
necesito la transcripción para mis registros
me pueden resumir todo lo que vimos?
necesito comprobante de esta conversación
voy a recibir una copia del chat?
me mandan un resumen por mensaje de texto?
por favor mándenme un resumen con el número de referencia
cómo veo este chat después
resumen del chat
tengo problemas de audición, me mandan un resumen escrito de lo que hicimos?
dónde encuentro la transcripción cuando termine el chat
resume este chat
puedo guardar una copia del chat?
mándenme el resumen a mi correo registrado
quiero el historial de la conversación
antes de irte, mándame el resumen
quiero un resumen de los siguientes pasos
envíen la conversación a mis mensajes seguros
`,
  },

  upload_documents: {
    en: `
how do I upload documents
where do I send my receipts
I have the receipt, how can I send it to you
can I upload a photo of the receipt
how do I send proof for my dispute
I need to submit documents for my claim
where can I attach files
can I email you the paperwork
how do I send the cancellation confirmation
upload receipt
I have a PDF of the invoice, how do I get it to you?
the dispute team asked for documents, how do I send them
can I send a screenshot here
how do I submit my trip delay receipts
send you my documents
what's the link to upload documents
I want to send you the police report
how do I provide proof of income for my limit increase
can you send me the secure upload link
I have photos of the damaged item, where do I send them
can I fax the documents
where do I upload my supporting documents
how do I attach proof of return
I got a letter asking for documentation, how do I submit it
my upload failed, how else can I send the file
what file types can I upload
upload documents
I need to send you a copy of my ID
the upload link you sent expired
can I mail the documents instead
how do I share the merchant's email with you
where do I send the shipping tracking info for my dispute
can I upload the receipts from my phone
I'm trying to attach the receipt but it's too big
how do I get the documents to the disputes department
send paperwork
I have the confirmation email from the hotel, how do I send it
submit receipts
I have evidence for my claim, how do I send it
how can I upload the bank statement
the agent asked me for a receipt, where do I put it
can I paste the receipt text in the chat?
upload proof of payment
I need to send the death certificate for my father's account
how do I send documents securely
what's the max file size for uploads
where do I send the repair estimate for my phone protection claim
I'd like to send you my receipts for the trip delay claim
is there a portal to upload documents?
can I just send the documents as an attachment in the chat
how do I upload the cancellation email for my dispute with Netflix
upload link please
i have the receipts but no idea where to send them
how do I submit supporting documentation
I have a copy of the return receipt from Macy's, where does it go
how do I upload the rental agreement
I took pictures of the receipts, now what?
send documents for my case
where do I upload proof of the refund the merchant promised
the letter says I have 10 days to provide the merchant's written refusal. I have it as a screenshot, how do I get it to you
`,
    es: `
cómo subo documentos
a dónde mando mis recibos
tengo el recibo, cómo se los mando?
puedo subir una foto del recibo?
cómo mando pruebas para mi disputa
necesito enviar documentos para mi reclamo
dónde puedo adjuntar archivos
les puedo mandar los papeles por correo electrónico?
cómo envío la confirmación de cancelación
subir recibo
tengo un PDF de la factura, cómo se los hago llegar?
el equipo de disputas me pidió documentos, cómo los mando?
puedo mandar una captura de pantalla aquí?
cómo envío los recibos del retraso de viaje
cuál es el link para subir documentos
quiero mandarles el reporte de la policía
cómo compruebo mis ingresos para el aumento de límite
me mandan el enlace seguro para subir archivos?
tengo fotos del artículo dañado, a dónde las mando?
puedo mandar los documentos por fax?
dónde subo los documentos de soporte
me llegó una carta pidiendo documentación, cómo la envío?
no se pudo subir el archivo, cómo más lo puedo mandar?
qué tipo de archivos puedo subir?
subir documentos
el enlace para subir que me mandaron ya expiró
puedo mandar los documentos por correo postal?
cómo subo los recibos desde mi celular
intento adjuntar el recibo pero es muy pesado
tengo el correo de confirmación del hotel, cómo se los mando?
tengo pruebas para mi reclamo, cómo las envío?
el agente me pidió un recibo, dónde lo pongo?
cómo mando documentos de forma segura
hay un portal para subir documentos?
tengo los recibos pero no sé a dónde mandarlos
`,
  },
};
