/* Everything the assistant says, in English and Spanish. Functions take the facts they show. */
import type { Lang } from './routing.ts';

const money = (cents: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'es' ? 'es-US' : 'en-US', { style: 'currency', currency: 'USD' }).format(
    cents / 100,
  );

/** A YYYY-MM-DD calendar date, spelled out ("August 15, 2026" / "15 de agosto de 2026"). */
export const day = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

export { money };

/** An instant as a date and time in the issuer's zone ("March 3, 2026 at 4:05 PM"). */
export const moment = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'America/New_York',
  }).format(new Date(iso));

/** A short calendar date for buttons ("Nov 10" / "10 nov"). */
export const shortDay = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

const points = (n: number, lang: Lang) => new Intl.NumberFormat(lang === 'es' ? 'es-US' : 'en-US').format(n);

type T = Record<Lang, string>;

export const TEXT = {
  assistantName: { en: 'Clearline Assistant', es: 'Asistente Clearline' } as T,
  greeting: (name: string | null, card: string | null, lang: Lang) =>
    lang === 'es'
      ? `Hola${name ? ` ${name}` : ''}, soy el asistente virtual${card ? ` de su tarjeta ${card}` : ''}. Puedo bloquear su tarjeta, decirle su saldo y fecha de pago, y mucho más. Escriba "agente" en cualquier momento para hablar con una persona. ¿En qué le puedo ayudar?`
      : `Hi${name ? ` ${name}` : ''}, I'm the virtual assistant${card ? ` for your ${card}` : ''}. I can lock your card, tell you your balance and due date, and more. Type "agent" at any time to talk to a person. How can I help?`,
  howCanIHelp: { en: 'What can I help you with?', es: '¿En qué le puedo ayudar?' } as T,
  anythingElse: {
    en: 'Is there anything else I can help with?',
    es: '¿Hay algo más en lo que le pueda ayudar?',
  } as T,
  youAreWelcome: {
    en: "You're welcome! Is there anything else I can help with?",
    es: '¡Con gusto! ¿Hay algo más en lo que le pueda ayudar?',
  } as T,
  goodbye: {
    en: 'Thank you for chatting with us. You can close this chat at any time; your transcript stays in your secure messages.',
    es: 'Gracias por escribirnos. Puede cerrar este chat cuando quiera; la conversación queda en sus mensajes seguros.',
  } as T,
  notUnderstood: {
    en: "Sorry, I didn't quite get that. I can help with payments, your balance, locking your card, rewards, disputes and more. Could you say it another way?",
    es: 'Perdón, no le entendí bien. Puedo ayudarle con pagos, su saldo, bloquear su tarjeta, recompensas, disputas y más. ¿Podría decirlo de otra forma?',
  } as T,
  outOfScope: {
    en: "I can only help with this card account here, so I can't answer that. Is there something about your card I can help with?",
    es: 'Aquí solo puedo ayudarle con esta cuenta de tarjeta, así que no puedo responder eso. ¿Hay algo de su tarjeta en que le pueda ayudar?',
  } as T,
  didYouMean: { en: 'Did you mean one of these?', es: '¿Quiso decir alguna de estas opciones?' } as T,
  offerAgent: {
    en: "I'm sorry I'm not getting it. Would you like me to connect you with an agent?",
    es: 'Lo siento, no lo estoy entendiendo. ¿Quiere que le comunique con un agente?',
  } as T,
  keepTrying: {
    en: "OK, let's try again. What do you need?",
    es: 'De acuerdo, intentemos de nuevo. ¿Qué necesita?',
  } as T,
  alreadyQueued: {
    en: "You're already in line for an agent, and they will see everything you've told me. Meanwhile I can still help with anything else.",
    es: 'Ya está en la fila para hablar con un agente, que verá todo lo que me ha dicho. Mientras tanto, puedo seguir ayudándole.',
  } as T,
  keptPlace: {
    en: 'Thanks, you keep your place in line. An agent will be with you as soon as possible.',
    es: 'Gracias, conserva su lugar en la fila. Un agente le atenderá lo antes posible.',
  } as T,
  handoff: (team: string, lang: Lang) =>
    lang === 'es'
      ? `Le comunico con un agente del equipo de ${team}. Verá todo lo que me ha dicho, así que no tendrá que repetirlo. Puede seguir escribiendo aquí mientras espera.`
      : `I'm connecting you with an agent from our ${team} team. They'll see everything you've told me, so you won't need to repeat it. You can keep writing here while you wait.`,
  recorded: (what: string, at: string, lang: Lang) =>
    lang === 'es'
      ? `Registré su ${what} a las ${at} (hora del Este). Ese registro cuenta aunque el chat termine.`
      : `I've recorded your ${what} at ${at} Eastern time. That record stands even if this chat ends.`,
  recordedWhat: {
    dispute: { en: 'dispute', es: 'disputa' } as T,
    unrecognized_charge: {
      en: 'report of a charge you do not recognise',
      es: 'reporte de un cargo que no reconoce',
    } as T,
    fraud: { en: 'fraud report', es: 'reporte de fraude' } as T,
    complaint: { en: 'complaint', es: 'queja' } as T,
  },
  fraudUrgent: {
    en: 'If someone is using your card right now, please also call the number on the back of your card so we can stop it immediately; the fraud team is available 24/7. You will never be asked for your full card number, security code, PIN or passwords in this chat.',
    es: 'Si alguien está usando su tarjeta en este momento, llame también al número que aparece al reverso de su tarjeta para detenerlo de inmediato; el equipo de fraude atiende 24/7. En este chat nunca se le pedirá su número completo de tarjeta, código de seguridad, PIN ni contraseñas.',
  } as T,
  // ---- cards
  whichCard: { en: 'Which card is it?', es: '¿De qué tarjeta se trata?' } as T,
  cardOption: (last4: string, holder: string, lang: Lang) =>
    lang === 'es' ? `Tarjeta que termina en ${last4} (${holder})` : `Card ending in ${last4} (${holder})`,
  confirmLock: (last4: string, lang: Lang) =>
    lang === 'es'
      ? `¿Bloqueo la tarjeta que termina en ${last4}? Las compras nuevas se rechazarán hasta que la desbloquee; puede desbloquearla aquí en cualquier momento.`
      : `Lock the card ending in ${last4}? New purchases will be declined until you unlock it, which you can do here at any time.`,
  confirmUnlock: (last4: string, lang: Lang) =>
    lang === 'es'
      ? `¿Desbloqueo la tarjeta que termina en ${last4}? Podrá volver a usarla de inmediato.`
      : `Unlock the card ending in ${last4}? You'll be able to use it again right away.`,
  locked: (last4: string, ref: string, lang: Lang) =>
    lang === 'es'
      ? `Listo: la tarjeta que termina en ${last4} está bloqueada. Número de referencia: ${ref}.`
      : `Done: the card ending in ${last4} is locked. Reference number: ${ref}.`,
  unlocked: (last4: string, ref: string, lang: Lang) =>
    lang === 'es'
      ? `Listo: la tarjeta que termina en ${last4} está desbloqueada. Número de referencia: ${ref}.`
      : `Done: the card ending in ${last4} is unlocked. Reference number: ${ref}.`,
  alreadyLocked: (last4: string, lang: Lang) =>
    lang === 'es'
      ? `La tarjeta que termina en ${last4} ya está bloqueada; no cambié nada.`
      : `The card ending in ${last4} is already locked; I didn't change anything.`,
  alreadyUnlocked: (last4: string, lang: Lang) =>
    lang === 'es'
      ? `La tarjeta que termina en ${last4} no está bloqueada; no cambié nada.`
      : `The card ending in ${last4} isn't locked; I didn't change anything.`,
  cardUnavailable: (last4: string, lang: Lang) =>
    lang === 'es'
      ? `La tarjeta que termina en ${last4} está cancelada o reemplazada, así que no puedo cambiarla. Un agente puede ayudarle.`
      : `The card ending in ${last4} is cancelled or replaced, so I can't change it. An agent can help.`,
  cancelled: { en: "OK, I haven't changed anything.", es: 'De acuerdo, no cambié nada.' } as T,
  lostOffer: {
    en: "I'm sorry to hear that. I can lock the card right now so nobody can use it, then an agent will cancel it and send you a new card with a new number. By law you're liable for at most $50 of unauthorized charges, and our zero-liability policy covers you. Lock it now?",
    es: 'Lamento escuchar eso. Puedo bloquear la tarjeta ahora mismo para que nadie la use; luego un agente la cancelará y le enviará una tarjeta nueva con otro número. Por ley usted responde como máximo por $50 de cargos no autorizados, y nuestra política de responsabilidad cero le protege. ¿La bloqueo ahora?',
  } as T,
  declinedLocked: (last4: string, lang: Lang) =>
    lang === 'es'
      ? `Su tarjeta que termina en ${last4} está bloqueada, por eso se rechazan las compras. ¿Quiere desbloquearla?`
      : `Your card ending in ${last4} is locked, which is why purchases are declined. Would you like to unlock it?`,
  // ---- billing
  dueDate: (o: { due: string; min: number; stmt: number; lang: Lang }) =>
    o.lang === 'es'
      ? `Su próximo pago vence el ${day(o.due, 'es')}: pago mínimo ${money(o.min, 'es')}, saldo del estado de cuenta ${money(o.stmt, 'es')}. Los pagos recibidos antes de las 5 p. m. (hora del Este) de esa fecha llegan a tiempo.`
      : `Your next payment is due on ${day(o.due, 'en')}: minimum payment ${money(o.min, 'en')}, statement balance ${money(o.stmt, 'en')}. Payments received by 5 p.m. Eastern on that day are on time.`,
  dueDayOnly: (dueDay: number, lang: Lang) =>
    lang === 'es'
      ? `Su pago vence el día ${dueDay} de cada mes.`
      : `Your payment is due on day ${dueDay} of every month.`,
  balance: (o: {
    current: number;
    available: number;
    stmt: number | null;
    min: number | null;
    lang: Lang;
  }) =>
    o.lang === 'es'
      ? `Su saldo actual es ${money(o.current, 'es')} y tiene ${money(o.available, 'es')} de crédito disponible.${o.stmt !== null && o.min !== null ? ` Su último estado de cuenta fue de ${money(o.stmt, 'es')}, con un pago mínimo de ${money(o.min, 'es')}.` : ''}`
      : `Your current balance is ${money(o.current, 'en')} and you have ${money(o.available, 'en')} of available credit.${o.stmt !== null && o.min !== null ? ` Your last statement balance was ${money(o.stmt, 'en')}, with a minimum payment of ${money(o.min, 'en')}.` : ''}`,
  paymentPosted: (amount: number, date: string, lang: Lang) =>
    lang === 'es'
      ? `Sí: su pago de ${money(amount, 'es')} del ${day(date, 'es')} ya se aplicó a su cuenta.`
      : `Yes: your payment of ${money(amount, 'en')} from ${day(date, 'en')} has posted to your account.`,
  paymentPending: (amount: number, date: string, lang: Lang) =>
    lang === 'es'
      ? `Su pago de ${money(amount, 'es')} del ${day(date, 'es')} está en proceso; normalmente se aplica en 1 o 2 días hábiles.`
      : `Your payment of ${money(amount, 'en')} from ${day(date, 'en')} is pending; payments usually post within 1–2 business days.`,
  noRecentPayment: {
    en: "I don't see a payment on this account in the last 45 days. If you paid from another bank recently, it can take 1–2 business days to show.",
    es: 'No veo pagos en esta cuenta en los últimos 45 días. Si pagó desde otro banco hace poco, puede tardar 1 o 2 días hábiles en aparecer.',
  } as T,
  // ---- rewards, wallet, travel, APR
  rewards: (o: { program: string; points: number; pending: number; cash: number; lang: Lang }) =>
    o.lang === 'es'
      ? `Tiene ${points(o.points, 'es')} puntos de ${o.program} (equivalen a ${money(o.cash, 'es')} al pagar con puntos)${o.pending > 0 ? `, y ${points(o.pending, 'es')} puntos más pendientes de compras recientes` : ''}.`
      : `You have ${points(o.points, 'en')} ${o.program} points (worth ${money(o.cash, 'en')} when you pay with points)${o.pending > 0 ? `, plus ${points(o.pending, 'en')} pending from recent purchases` : ''}.`,
  wallet: (lines: string[], lang: Lang) =>
    lang === 'es'
      ? `Estas son sus tarjetas en billeteras digitales: ${lines.join('; ')}.`
      : `Here are your cards in digital wallets: ${lines.join('; ')}.`,
  noWallet: {
    en: "None of your cards on this account is in a digital wallet yet. You can add it from your wallet app (Apple Pay, Google Pay or Samsung Pay); we'll send a code to the phone on file.",
    es: 'Ninguna tarjeta de esta cuenta está en una billetera digital todavía. Puede agregarla desde la aplicación de su billetera (Apple Pay, Google Pay o Samsung Pay); le enviaremos un código al teléfono registrado.',
  } as T,
  walletStatus: {
    active: { en: 'active', es: 'activa' } as T,
    suspended: { en: 'suspended', es: 'suspendida' } as T,
    pending: { en: 'being set up', es: 'en activación' } as T,
  },
  trips: (lines: string[], lang: Lang) =>
    lang === 'es'
      ? `Sus reservas de viaje: ${lines.join('; ')}.`
      : `Your travel bookings: ${lines.join('; ')}.`,
  noTrips: {
    en: "I don't see any bookings made through our travel service.",
    es: 'No veo reservas hechas con nuestro servicio de viajes.',
  } as T,
  apr: (bps: number, lang: Lang) =>
    lang === 'es'
      ? `La tasa de interés (APR) de compras de su tarjeta es ${(bps / 100).toFixed(2)} %. Si paga el saldo total del estado de cuenta antes de la fecha de vencimiento, no paga intereses sobre compras nuevas.`
      : `Your card's purchase APR is ${(bps / 100).toFixed(2)}%. If you pay your statement balance in full by the due date, you pay no interest on new purchases.`,
  // ---- knowledge and summary
  fromArticle: (title: string, lang: Lang) => (lang === 'es' ? `Fuente: ${title}` : `Source: ${title}`),
  noAnswer: {
    en: "I don't have a reliable answer to that. Would you like me to connect you with an agent?",
    es: 'No tengo una respuesta confiable para eso. ¿Quiere que le comunique con un agente?',
  } as T,
  summary: (steps: string[], lang: Lang) =>
    steps.length === 0
      ? lang === 'es'
        ? 'Todavía no hemos hecho cambios en este chat. La conversación completa queda en sus mensajes seguros.'
        : "We haven't made any changes in this chat yet. The full transcript stays in your secure messages."
      : lang === 'es'
        ? `Resumen de este chat: ${steps.join(' ')} La conversación completa queda en sus mensajes seguros.`
        : `Summary of this chat: ${steps.join(' ')} The full transcript stays in your secure messages.`,
  // ---- disputes
  whichCharge: {
    en: 'Which charge is it? Here are the posted charges that match what you told me:',
    es: '¿De qué cargo se trata? Estos son los cargos registrados que coinciden con lo que me dijo:',
  } as T,
  recentCharges: {
    en: "I couldn't find a charge matching exactly what you described. Here are your most recent posted charges; which one is it?",
    es: 'No encontré un cargo que coincida exactamente con lo que describió. Estos son sus cargos registrados más recientes; ¿cuál es?',
  } as T,
  chargeLabel: (amount: number, merchant: string, date: string, lang: Lang) =>
    `${money(amount, lang)} · ${merchant.slice(0, 40)} · ${shortDay(date, lang)}`,
  noneOfThese: { en: 'None of these', es: 'Ninguno de estos' } as T,
  noCharges: {
    en: "I don't see any posted charges on this account in the last few months that could be disputed.",
    es: 'No veo cargos registrados en esta cuenta en los últimos meses que se puedan disputar.',
  } as T,
  notListed: {
    en: 'No problem. An agent from our disputes team can find the charge with you.',
    es: 'No hay problema. Un agente de nuestro equipo de disputas puede buscar el cargo con usted.',
  } as T,
  pendingCharge: (amount: number, merchant: string, date: string, lang: Lang) =>
    lang === 'es'
      ? `El cargo de ${money(amount, 'es')} en ${merchant} del ${day(date, 'es')} todavía está pendiente. Un cargo se puede disputar cuando ya está registrado, normalmente en 1 a 3 días; los cargos pendientes a veces cambian o desaparecen solos. Si no lo reconoce, puede bloquear su tarjeta mientras tanto. ¿Quiere hablar con un agente?`
      : `The ${money(amount, 'en')} charge at ${merchant} on ${day(date, 'en')} is still pending. A charge can be disputed once it has posted, usually within 1–3 days; pending charges sometimes change or drop off on their own. If you don't recognise it, you can lock your card meanwhile. Would you like to talk to an agent?`,
  chargeDetails: (c: { amount: number; merchant: string; date: string; last4: string }, lang: Lang) =>
    lang === 'es'
      ? `Este es el cargo: ${money(c.amount, 'es')} en ${c.merchant} el ${day(c.date, 'es')}, con la tarjeta que termina en ${c.last4}. A veces un comercio aparece con otro nombre en el estado de cuenta. ¿Reconoce ahora este cargo?`
      : `Here is the charge: ${money(c.amount, 'en')} at ${c.merchant} on ${day(c.date, 'en')}, on the card ending in ${c.last4}. Merchants sometimes bill under a different name. Do you recognise it now?`,
  itsMine: { en: 'Yes, I recognise it', es: 'Sí, lo reconozco' } as T,
  notMine: { en: "No, it isn't mine", es: 'No, no es mío' } as T,
  recognised: {
    en: "Good to hear it's yours. I haven't opened a dispute.",
    es: 'Qué bueno que es suyo. No abrí ninguna disputa.',
  } as T,
  whichReason: {
    en: "What's wrong with this charge?",
    es: '¿Qué problema tiene este cargo?',
  } as T,
  reasons: {
    unauthorized: { en: "I didn't make it", es: 'Yo no lo hice' },
    duplicate: { en: 'Charged twice', es: 'Me cobraron dos veces' },
    not_received: { en: 'Never received it', es: 'Nunca lo recibí' },
    not_as_agreed: { en: 'Not as described', es: 'No es lo acordado' },
    wrong_amount: { en: 'Wrong amount', es: 'Monto incorrecto' },
    credit_not_processed: { en: 'Refund not received', es: 'No recibí el reembolso' },
    payment_not_credited: { en: 'My payment was not credited', es: 'Mi pago no se acreditó' },
    other: { en: 'Something else', es: 'Otro motivo' },
  } as Record<string, T>,
  contactedMerchant: {
    en: 'Have you contacted the merchant about it?',
    es: '¿Se ha comunicado con el comercio sobre esto?',
  } as T,
  merchantRefused: { en: "Yes, they didn't fix it", es: 'Sí, no lo resolvieron' } as T,
  merchantWaiting: { en: 'Yes, waiting for them', es: 'Sí, espero su respuesta' } as T,
  merchantNo: { en: 'No', es: 'No' } as T,
  confirmDispute: (
    o: {
      amount: number;
      merchant: string;
      date: string;
      last4: string;
      reason: string;
      contact: string | null;
    },
    lang: Lang,
  ) =>
    lang === 'es'
      ? `Para confirmar: disputa del cargo de ${money(o.amount, 'es')} en ${o.merchant} del ${day(o.date, 'es')} (tarjeta que termina en ${o.last4}). Motivo: ${o.reason}.${o.contact ? ` Comercio: ${o.contact}.` : ''} Mientras investigamos no tendrá que pagar el monto disputado. ¿Abro la disputa?`
      : `To confirm: a dispute of the ${money(o.amount, 'en')} charge at ${o.merchant} on ${day(o.date, 'en')} (card ending in ${o.last4}). Reason: ${o.reason}.${o.contact ? ` Merchant: ${o.contact}.` : ''} While we investigate you won't have to pay the disputed amount. Shall I open the dispute?`,
  contactWords: {
    refused: { en: 'contacted, not resolved', es: 'contactado, sin solución' },
    waiting: { en: 'contacted, waiting for an answer', es: 'contactado, esperando respuesta' },
    no: { en: 'not contacted', es: 'no contactado' },
  } as Record<string, T>,
  disputeOpened: (
    o: { reference: string; amount: number; ack: string; resolve: string; withinWindow: boolean },
    lang: Lang,
  ) =>
    lang === 'es'
      ? `Listo: abrí su disputa. Número de caso: ${o.reference}. Mientras investigamos no tiene que pagar los ${money(o.amount, 'es')} disputados y no los reportaremos como atrasados. Le confirmaremos la recepción por escrito a más tardar el ${day(o.ack, 'es')} y la resolveremos a más tardar el ${day(o.resolve, 'es')}.${o.withinWindow ? '' : ' El estado de cuenta con este cargo tiene más de 60 días; aceptamos la disputa y la revisaremos.'}`
      : `Done: your dispute is open. Case number: ${o.reference}. While we investigate you don't have to pay the disputed ${money(o.amount, 'en')}, and we won't report it as late. We'll acknowledge it in writing by ${day(o.ack, 'en')} and resolve it by ${day(o.resolve, 'en')} at the latest.${o.withinWindow ? '' : ' The statement showing this charge is more than 60 days old; we have accepted the dispute and will review it.'}`,
  uploadLinkOffered: (
    o: { reference: string; url: string; expiresAt: string; maxFiles: number },
    lang: Lang,
  ) =>
    lang === 'es'
      ? `Si tiene recibos, correos del comercio u otros documentos, envíelos por este enlace seguro para el caso ${o.reference}: ${o.url} (hasta ${o.maxFiles} archivos PDF, JPEG o PNG; válido hasta el ${moment(o.expiresAt, 'es')}, hora del Este). Solo usted puede usarlo, con su sesión iniciada; no los envíe por este chat.`
      : `If you have receipts, emails from the merchant or other documents, send them through this secure link for case ${o.reference}: ${o.url} (up to ${o.maxFiles} PDF, JPEG or PNG files; valid until ${moment(o.expiresAt, 'en')} Eastern time). Only you can use it, while signed in; please don't send them in this chat.`,
  uploadLinkSentBefore: (o: { reference: string; expiresAt: string; active: boolean }, lang: Lang) =>
    lang === 'es'
      ? o.active
        ? `Ya le enviamos un enlace seguro para documentos del caso ${o.reference}; sigue siendo válido hasta el ${moment(o.expiresAt, 'es')}, hora del Este.`
        : `Ya le enviamos un enlace seguro para documentos del caso ${o.reference} y ya no está activo; un agente le puede enviar otro.`
      : o.active
        ? `We already sent you a secure link for documents on case ${o.reference}; it stays valid until ${moment(o.expiresAt, 'en')} Eastern time.`
        : `We already sent you a secure link for documents on case ${o.reference}, and it is no longer active; an agent can send you a new one.`,
  disputeExists: (o: { reference: string; resolve: string }, lang: Lang) =>
    lang === 'es'
      ? `Ya tiene una disputa abierta de este cargo: caso ${o.reference}. La resolveremos a más tardar el ${day(o.resolve, 'es')}. No abrí otra.`
      : `You already have an open dispute of this charge: case ${o.reference}. We'll resolve it by ${day(o.resolve, 'en')} at the latest. I didn't open another one.`,
  disputeFailed: {
    en: "I couldn't open the dispute myself.",
    es: 'No pude abrir la disputa yo mismo.',
  } as T,
  notDisputed: {
    en: "OK, I haven't opened a dispute.",
    es: 'De acuerdo, no abrí ninguna disputa.',
  } as T,
  disputeStep: (reference: string, amount: number, merchant: string, lang: Lang) =>
    lang === 'es'
      ? `Abrí la disputa ${reference} del cargo de ${money(amount, 'es')} en ${merchant}.`
      : `Opened dispute ${reference} of the ${money(amount, 'en')} charge at ${merchant}.`,
  complaintStep: (reference: string, lang: Lang) =>
    lang === 'es' ? `Registré su queja ${reference}.` : `Logged your complaint ${reference}.`,
  staleButton: {
    en: "That question was already answered, so I didn't do anything with it.",
    es: 'Esa pregunta ya se respondió, así que no hice nada con ella.',
  } as T,
  // ---- complaints
  complaintWhat: {
    en: "I'm sorry something went wrong. Please tell me what happened, in your own words; I'll log it as a formal complaint.",
    es: 'Lamento que algo haya salido mal. Cuénteme qué pasó, con sus propias palabras; lo registraré como una queja formal.',
  } as T,
  complaintCategory: {
    en: 'Thank you. What is the complaint mainly about?',
    es: 'Gracias. ¿De qué trata principalmente su queja?',
  } as T,
  complaintCategories: {
    fees_and_interest: { en: 'Fees or interest', es: 'Cargos o intereses' },
    billing: { en: 'Billing or payments', es: 'Facturación o pagos' },
    dispute_handling: { en: 'How a dispute was handled', es: 'El manejo de una disputa' },
    fraud_or_security: { en: 'Fraud or security', es: 'Fraude o seguridad' },
    customer_service: { en: 'Customer service', es: 'Servicio al cliente' },
    credit_reporting: { en: 'Credit reporting', es: 'Reportes de crédito' },
    rewards: { en: 'Rewards', es: 'Recompensas' },
    account_management: { en: 'My account', es: 'Mi cuenta' },
    other: { en: 'Something else', es: 'Otro tema' },
  } as Record<string, T>,
  complaintLogged: (o: { reference: string; first: string; final: string }, lang: Lang) =>
    lang === 'es'
      ? `Registré su queja. Número de caso: ${o.reference}. Le daremos una primera respuesta a más tardar el ${day(o.first, 'es')} (15 días) y una respuesta final a más tardar el ${day(o.final, 'es')} (60 días); las encontrará en sus mensajes seguros. ¿Quiere hablar ahora con un agente o un supervisor?`
      : `I've logged your complaint. Case number: ${o.reference}. We'll send you a first response by ${day(o.first, 'en')} (within 15 days) and a final response by ${day(o.final, 'en')} (within 60 days); you'll find them in your secure messages. Would you like to talk to an agent or a supervisor now?`,
  complaintFailed: {
    en: "I couldn't log the complaint myself.",
    es: 'No pude registrar la queja yo mismo.',
  } as T,
  talkToSupervisor: { en: 'Talk to a supervisor', es: 'Hablar con un supervisor' } as T,
  escalated: (reference: string, lang: Lang) =>
    lang === 'es'
      ? `Pasé su queja ${reference} a un supervisor; lo verá en el historial del caso.`
      : `I've passed your complaint ${reference} to a supervisor; you'll see it in the case's history.`,
  // ---- case status
  caseLine: (c: { reference: string; title: string; status: string; next: string | null }, lang: Lang) =>
    lang === 'es'
      ? `${c.reference} (${c.title}): ${c.status}${c.next ? `; ${c.next}` : ''}`
      : `${c.reference} (${c.title}): ${c.status}${c.next ? `; ${c.next}` : ''}`,
  yourCases: (lines: string[], lang: Lang) =>
    lang === 'es' ? `Sus casos:\n${lines.join('\n')}` : `Your cases:\n${lines.join('\n')}`,
  yourDisputes: (lines: string[], lang: Lang) =>
    lang === 'es' ? `Sus disputas:\n${lines.join('\n')}` : `Your disputes:\n${lines.join('\n')}`,
  noCases: {
    en: "I don't see any cases on your account.",
    es: 'No veo casos en su cuenta.',
  } as T,
  noDisputes: {
    en: "I don't see any disputes on your account. If you want to dispute a charge, I can help with that.",
    es: 'No veo disputas en su cuenta. Si quiere disputar un cargo, puedo ayudarle.',
  } as T,
  caseNotFound: (reference: string, lang: Lang) =>
    lang === 'es'
      ? `No encontré un caso ${reference} en su cuenta. Revise el número o vea todos sus casos abajo.`
      : `I couldn't find a case ${reference} on your account. Please check the number, or see all your cases below.`,
  caseStatusWords: {
    open: { en: 'open', es: 'abierto' },
    acknowledged: { en: 'acknowledged', es: 'recibido por escrito' },
    investigating: { en: 'under investigation', es: 'en investigación' },
    resolved_credit: { en: 'resolved, credited to your account', es: 'resuelto, con crédito a su cuenta' },
    resolved_no_error: {
      en: 'resolved (see your secure messages)',
      es: 'resuelto (vea sus mensajes seguros)',
    },
    received: { en: 'received', es: 'recibido' },
    first_response: { en: 'first response sent', es: 'primera respuesta enviada' },
    final_response: { en: 'final response sent', es: 'respuesta final enviada' },
    in_progress: { en: 'in progress', es: 'en curso' },
    completed: { en: 'completed', es: 'completado' },
    declined: { en: 'declined', es: 'rechazado' },
    withdrawn: { en: 'withdrawn', es: 'retirado' },
    closed: { en: 'closed', es: 'cerrado' },
  } as Record<string, T>,
  nextDate: {
    acknowledge_by: (d: string, lang: Lang) =>
      lang === 'es'
        ? `confirmación por escrito a más tardar el ${day(d, 'es')}`
        : `written acknowledgement by ${day(d, 'en')}`,
    resolve_by: (d: string, lang: Lang) =>
      lang === 'es' ? `resolución a más tardar el ${day(d, 'es')}` : `resolution by ${day(d, 'en')}`,
    first_response_by: (d: string, lang: Lang) =>
      lang === 'es'
        ? `primera respuesta a más tardar el ${day(d, 'es')}`
        : `first response by ${day(d, 'en')}`,
    final_response_by: (d: string, lang: Lang) =>
      lang === 'es' ? `respuesta final a más tardar el ${day(d, 'es')}` : `final response by ${day(d, 'en')}`,
  },
  // ---- account workflows
  lostOfferSelf: {
    en: "I'm sorry to hear that. I can lock the card right now so nobody can use it, then send you a new card with a new number. By law you're liable for at most $50 of unauthorized charges, and our zero-liability policy covers you. Lock it now?",
    es: 'Lamento escuchar eso. Puedo bloquear la tarjeta ahora mismo para que nadie la use y luego enviarle una tarjeta nueva con otro número. Por ley usted responde como máximo por $50 de cargos no autorizados, y nuestra política de responsabilidad cero le protege. ¿La bloqueo ahora?',
  } as T,
  confirmReissue: (last4: string, place: string, lang: Lang) =>
    lang === 'es'
      ? `¿Cancelo la tarjeta que termina en ${last4} y le envío una tarjeta nueva con otro número a su dirección registrada (${place})? El número anterior dejará de funcionar para siempre. Para enviarla a otra dirección, hable con un agente.`
      : `Shall I cancel the card ending in ${last4} and send you a new card with a new number to your address on file (${place})? The old number stops working for good. To ship it somewhere else, talk to an agent.`,
  yesLost: { en: 'Yes, it was lost', es: 'Sí, la perdí' } as T,
  yesStolen: { en: 'Yes, it was stolen', es: 'Sí, me la robaron' } as T,
  confirmDamaged: (last4: string, place: string, lang: Lang) =>
    lang === 'es'
      ? `¿Le envío una tarjeta nueva con el mismo número (terminada en ${last4}) a su dirección registrada (${place})? Su tarjeta actual sigue funcionando mientras tanto.`
      : `Shall I send you a new card with the same number (ending in ${last4}) to your address on file (${place})? Your current card keeps working meanwhile.`,
  referenceLine: (reference: string, lang: Lang) =>
    lang === 'es' ? `Número de referencia: ${reference}.` : `Reference number: ${reference}.`,
  noCardOnTheWay: {
    en: "I don't see a new or replacement card on its way for this account. New cards usually arrive within 7–10 business days of being ordered.",
    es: 'No veo ninguna tarjeta nueva o de reemplazo en camino para esta cuenta. Las tarjetas nuevas suelen llegar en 7 a 10 días hábiles desde el pedido.',
  } as T,
  orderLine: (
    o: {
      last4: string;
      reason: string;
      status: string;
      carrier: string;
      expected: string;
      delivered: string | null;
    },
    lang: Lang,
  ) => {
    const why =
      lang === 'es'
        ? ({ lost: 'por pérdida', stolen: 'por robo', damaged: 'por daño' } as Record<string, string>)[
            o.reason
          ]
        : (
            { lost: 'for a lost card', stolen: 'for a stolen card', damaged: 'for a damaged card' } as Record<
              string,
              string
            >
          )[o.reason];
    if (o.delivered)
      return lang === 'es'
        ? `Su tarjeta que termina en ${o.last4} (reemplazo ${why}) fue entregada el ${day(o.delivered, 'es')}.`
        : `Your card ending in ${o.last4} (replacement ${why}) was delivered on ${day(o.delivered, 'en')}.`;
    const status =
      lang === 'es'
        ? ({ ordered: 'pedida', shipped: 'enviada' } as Record<string, string>)[o.status]
        : ({ ordered: 'ordered', shipped: 'shipped' } as Record<string, string>)[o.status];
    return lang === 'es'
      ? `Su tarjeta que termina en ${o.last4} (reemplazo ${why}) está ${status} por ${o.carrier}; llegará a más tardar el ${day(o.expected, 'es')}.`
      : `Your card ending in ${o.last4} (replacement ${why}) is ${status} by ${o.carrier}, expected by ${day(o.expected, 'en')}.`;
  },
  howMuch: (
    o: { statement: number | null; min: number | null; due: string | null; withheld: number },
    lang: Lang,
  ) => {
    const facts =
      o.statement !== null && o.min !== null && o.due
        ? lang === 'es'
          ? ` El saldo de su estado de cuenta es ${money(o.statement, 'es')} y el pago mínimo ${money(o.min, 'es')}, con vencimiento el ${day(o.due, 'es')}.`
          : ` Your statement balance is ${money(o.statement, 'en')} and the minimum payment is ${money(o.min, 'en')}, due on ${day(o.due, 'en')}.`
        : '';
    const withheld =
      o.withheld > 0
        ? lang === 'es'
          ? ` No incluyen los ${money(o.withheld, 'es')} que está disputando.`
          : ` They leave out the ${money(o.withheld, 'en')} you are disputing.`
        : '';
    return lang === 'es'
      ? `¿Cuánto quiere pagar?${facts}${withheld}`
      : `How much would you like to pay?${facts}${withheld}`;
  },
  payMin: (cents: number, lang: Lang) =>
    lang === 'es' ? `Pago mínimo (${money(cents, 'es')})` : `Minimum due (${money(cents, 'en')})`,
  payStatement: (cents: number, lang: Lang) =>
    lang === 'es' ? `Saldo del estado (${money(cents, 'es')})` : `Statement balance (${money(cents, 'en')})`,
  payTyped: (cents: number, lang: Lang) =>
    lang === 'es' ? `${money(cents, 'es')}` : `${money(cents, 'en')}`,
  payOther: { en: 'Other amount', es: 'Otro monto' } as T,
  typeAmount: {
    en: 'Please type the amount you want to pay (for example $150.00).',
    es: 'Escriba el monto que quiere pagar (por ejemplo $150.00).',
  } as T,
  whichBank: {
    en: 'Which bank account should I pay from?',
    es: '¿Desde qué cuenta bancaria hago el pago?',
  } as T,
  bankLabel: (name: string, last4: string) => `${name} ••${last4}`.slice(0, 80),
  noBank: {
    en: "You don't have a linked bank account yet. You can link one in the app under Payments, or an agent can help.",
    es: 'Todavía no tiene una cuenta bancaria vinculada. Puede vincularla en la aplicación, en Pagos, o un agente puede ayudarle.',
  } as T,
  confirmPayment: (
    o: { amount: number; bank: string; last4: string; date: string | null; afterCutoff: boolean },
    lang: Lang,
  ) =>
    lang === 'es'
      ? `¿Pago ${money(o.amount, 'es')} desde ${o.bank} (cuenta que termina en ${o.last4}) ${o.date ? `el ${day(o.date, 'es')}` : 'hoy'}? Los pagos hechos antes de las 5 p. m. (hora del Este) cuentan como recibidos ese día; después, al día siguiente.${o.afterCutoff && !o.date ? ' Ya pasaron las 5 p. m., así que este pago cuenta como recibido mañana.' : ''}`
      : `Pay ${money(o.amount, 'en')} from ${o.bank} (account ending in ${o.last4}) ${o.date ? `on ${day(o.date, 'en')}` : 'today'}? Payments made by 5 p.m. Eastern count as received that day; after that, the next day.${o.afterCutoff && !o.date ? " It's past 5 p.m. Eastern now, so this one counts as received tomorrow." : ''}`,
  whichDueDay: (current: number, lang: Lang) =>
    lang === 'es'
      ? `Su pago vence el día ${current} de cada mes. ¿Qué día prefiere (del 1 al 28)?`
      : `Your payment is due on day ${current} of each month. Which day would you like instead (1 to 28)?`,
  dayLabel: (d: number, lang: Lang) => (lang === 'es' ? `Día ${d}` : `Day ${d}`),
  dueDayInvalid: {
    en: 'The due day can be any day from 1 to 28. Which one would you like?',
    es: 'La fecha de pago puede ser cualquier día del 1 al 28. ¿Cuál prefiere?',
  } as T,
  dueDaySame: (d: number, lang: Lang) =>
    lang === 'es'
      ? `Su pago ya vence el día ${d} de cada mes; no cambié nada.`
      : `Your payment is already due on day ${d} of each month; I didn't change anything.`,
  confirmDueDate: (
    o: { newDay: number; first: string; transition: string; noLateFee: string },
    lang: Lang,
  ) =>
    lang === 'es'
      ? `Así quedaría: su pago vencerá el día ${o.newDay} de cada mes; la primera fecha nueva es el ${day(o.first, 'es')}. Los estados de cuenta que cierran antes del ${day(o.transition, 'es')} mantienen su fecha actual, y un pago hecho a más tardar el ${day(o.noLateFee, 'es')} no tendrá cargo por atraso mientras se aplica el cambio. ¿Hago el cambio?`
      : `Here's the plan: your payment will be due on day ${o.newDay} of each month, the first new due date being ${day(o.first, 'en')}. Statements closing before ${day(o.transition, 'en')} keep their current due dates, and a payment made by ${day(o.noLateFee, 'en')} gets no late fee while the change takes effect. Make the change?`,
  redemptionCase: (reference: string, lang: Lang) =>
    lang === 'es'
      ? `Abrí el caso ${reference} para el problema con su canje de puntos, con sus palabras. Nuestro equipo de recompensas revisará los registros del canje.`
      : `I've opened case ${reference} for the problem with your points redemption, in your words. Our rewards team will check the redemption records.`,
  noLateFee: {
    en: "I don't see a late fee on this account that hasn't already been credited.",
    es: 'No veo en esta cuenta un cargo por pago atrasado que no se haya acreditado ya.',
  } as T,
  confirmFeeCredit: (amount: number, date: string, lang: Lang) =>
    lang === 'es'
      ? `Veo un cargo por pago atrasado de ${money(amount, 'es')} del ${day(date, 'es')}. ¿Pido que se lo acrediten como cortesía? Lo reviso con nuestra política ahora mismo.`
      : `I see a late fee of ${money(amount, 'en')} from ${day(date, 'en')}. Shall I ask for it to be credited as a courtesy? I'll check it against our policy right away.`,
  pointsWhich: (points: number, cash: number, lang: Lang) =>
    lang === 'es'
      ? `Tiene ${new Intl.NumberFormat('es-US').format(points)} puntos (equivalen a ${money(cash, 'es')}). ¿Qué cargo quiere pagar con puntos? Entre paréntesis, los puntos necesarios.`
      : `You have ${new Intl.NumberFormat('en-US').format(points)} points (worth ${money(cash, 'en')}). Which charge would you like to pay with points? The points needed are in brackets.`,
  pointsLabel: (amount: number, merchant: string, pts: number, lang: Lang) =>
    `${money(amount, lang)} · ${merchant.slice(0, 36)} (${new Intl.NumberFormat(lang === 'es' ? 'es-US' : 'en-US').format(pts)} pts)`,
  pointsAll: (pts: number, lang: Lang) =>
    lang === 'es'
      ? `Todos (${new Intl.NumberFormat('es-US').format(pts)} pts)`
      : `All of these (${new Intl.NumberFormat('en-US').format(pts)} pts)`,
  noPointsCharges: {
    en: "I don't see recent posted purchases that could be paid with points.",
    es: 'No veo compras recientes registradas que se puedan pagar con puntos.',
  } as T,
  confirmPoints: (o: { amount: number; count: number; points: number; left: number }, lang: Lang) =>
    lang === 'es'
      ? `¿Pago ${o.count === 1 ? 'ese cargo' : `esos ${o.count} cargos`} (${money(o.amount, 'es')}) con ${new Intl.NumberFormat('es-US').format(o.points)} puntos? Le quedarán ${new Intl.NumberFormat('es-US').format(o.left)} puntos.`
      : `Pay ${o.count === 1 ? 'that charge' : `those ${o.count} charges`} (${money(o.amount, 'en')}) with ${new Intl.NumberFormat('en-US').format(o.points)} points? You'll have ${new Intl.NumberFormat('en-US').format(o.left)} points left.`,
  notEnoughPoints: (need: number, have: number, lang: Lang) =>
    lang === 'es'
      ? `Para eso se necesitan ${new Intl.NumberFormat('es-US').format(need)} puntos y tiene ${new Intl.NumberFormat('es-US').format(have)}; no cambié nada.`
      : `That needs ${new Intl.NumberFormat('en-US').format(need)} points and you have ${new Intl.NumberFormat('en-US').format(have)}; I didn't change anything.`,
  creditAgentOffer: {
    en: 'Would you like a credit specialist to take it from here?',
    es: '¿Quiere que un especialista de crédito continúe con esto?',
  } as T,
  productOptions: (lines: string[], lang: Lang) =>
    lang === 'es'
      ? `Puede cambiar su tarjeta a:\n${lines.join('\n')}\nUn especialista de crédito puede hacer el cambio. ¿Quiere hablar con uno?`
      : `You can change your card to:\n${lines.join('\n')}\nA credit specialist can make the change. Would you like to talk to one?`,
  productLine: (
    o: { name: string; direction: string; fee: number; aprBps: number; highlights: string },
    lang: Lang,
  ) => {
    const dir =
      lang === 'es'
        ? (
            {
              upgrade: 'mejora',
              downgrade: 'cambio a una tarjeta básica',
              lateral: 'cambio equivalente',
            } as Record<string, string>
          )[o.direction]
        : (
            { upgrade: 'upgrade', downgrade: 'downgrade', lateral: 'lateral change' } as Record<
              string,
              string
            >
          )[o.direction];
    return lang === 'es'
      ? `• ${o.name} (${dir}): cuota anual ${money(o.fee, 'es')}, APR ${(o.aprBps / 100).toFixed(2)} %. ${o.highlights}`
      : `• ${o.name} (${dir}): annual fee ${money(o.fee, 'en')}, APR ${(o.aprBps / 100).toFixed(2)}%. ${o.highlights}`;
  },
  noProducts: {
    en: "There's no other card product this account can change to right now.",
    es: 'En este momento no hay otra tarjeta a la que esta cuenta pueda cambiar.',
  } as T,
  whichContact: {
    en: 'What would you like to update?',
    es: '¿Qué dato quiere actualizar?',
  } as T,
  phoneButton: { en: 'Phone number', es: 'Número de teléfono' } as T,
  emailButton: { en: 'E-mail address', es: 'Correo electrónico' } as T,
  typeValue: {
    phone: { en: 'Please type the new phone number.', es: 'Escriba el nuevo número de teléfono.' },
    email: { en: 'Please type the new e-mail address.', es: 'Escriba el nuevo correo electrónico.' },
    address: {
      en: 'Please type your new mailing address as: street, city, state ZIP (for example: 12 Oak St, Apt 4, Springfield, IL 62704).',
      es: 'Escriba su nueva dirección postal así: calle, ciudad, estado y código postal (por ejemplo: 12 Oak St, Apt 4, Springfield, IL 62704).',
    },
  } as Record<'phone' | 'email' | 'address', T>,
  valueNotUnderstood: {
    en: "Sorry, I couldn't read that. Could you type it again?",
    es: 'Perdón, no pude leerlo. ¿Podría escribirlo de nuevo?',
  } as T,
  confirmContact: (field: 'phone' | 'email' | 'address', value: string, lang: Lang) => {
    const what =
      lang === 'es'
        ? { phone: 'su número de teléfono', email: 'su correo electrónico', address: 'su dirección postal' }[
            field
          ]
        : { phone: 'your phone number', email: 'your e-mail address', address: 'your mailing address' }[
            field
          ];
    return lang === 'es'
      ? `¿Cambio ${what} a ${value}? Por su seguridad le pediré que lo apruebe en su aplicación o sitio.`
      : `Change ${what} to ${value}? For your security I'll ask you to approve it in your app or on our site.`;
  },
  auName: {
    en: "What's the first and last name of the person you'd like to add?",
    es: '¿Cuál es el nombre y apellido de la persona que quiere agregar?',
  } as T,
  confirmAddUser: (name: string, lang: Lang) =>
    lang === 'es'
      ? `¿Agrego a ${name} como usuario autorizado con su propia tarjeta? Usted será responsable de sus cargos. Por su seguridad le pediré que lo apruebe en su aplicación o sitio.`
      : `Add ${name} as an authorized user with their own card? You'll be responsible for their charges. For your security I'll ask you to approve it in your app or on our site.`,
  auWhich: {
    en: 'Which authorized user would you like to remove?',
    es: '¿Qué usuario autorizado quiere quitar?',
  } as T,
  noUsers: {
    en: 'There are no authorized users on this account.',
    es: 'No hay usuarios autorizados en esta cuenta.',
  } as T,
  confirmRemoveUser: (name: string, last4: string, lang: Lang) =>
    lang === 'es'
      ? `¿Quito a ${name} como usuario autorizado? Su tarjeta que termina en ${last4} se cancelará. Por su seguridad le pediré que lo apruebe en su aplicación o sitio.`
      : `Remove ${name} as an authorized user? Their card ending in ${last4} will be closed. For your security I'll ask you to approve it in your app or on our site.`,
  stepUpSent: {
    en: 'For your security, I\'ve sent an approval request to your signed-in app and site. Please approve it there (never share codes or card numbers in this chat), then press "I\'ve approved it".',
    es: 'Por su seguridad, le envié una solicitud de aprobación a su aplicación y sitio donde tiene la sesión iniciada. Apruébela allí (nunca comparta códigos ni números de tarjeta en este chat) y luego pulse "Ya lo aprobé".',
  } as T,
  approvedButton: { en: "I've approved it", es: 'Ya lo aprobé' } as T,
  newRequestButton: { en: 'Send a new request', es: 'Enviar otra solicitud' } as T,
  stepUpWaiting: {
    en: "I don't see the approval yet. Please approve the request in your app or on our site, then press the button again.",
    es: 'Todavía no veo la aprobación. Apruebe la solicitud en su aplicación o sitio y vuelva a pulsar el botón.',
  } as T,
  stepUpExpired: {
    en: 'That approval request expired or can no longer be used, so I made no change. Shall I send a new one?',
    es: 'Esa solicitud de aprobación venció o ya no se puede usar, así que no hice ningún cambio. ¿Le envío otra?',
  } as T,
  prefsNow: (p: { paperless: boolean; email: boolean; sms: boolean; marketing: boolean }, lang: Lang) => {
    const on = (b: boolean) => (lang === 'es' ? (b ? 'sí' : 'no') : b ? 'on' : 'off');
    return lang === 'es'
      ? `Sus preferencias: estados de cuenta sin papel: ${on(p.paperless)}; recordatorios de pago por correo: ${on(p.email)}; por mensaje de texto: ${on(p.sms)}; correos de promociones: ${on(p.marketing)}. ¿Qué quiere cambiar?`
      : `Your preferences: paperless statements: ${on(p.paperless)}; payment reminders by e-mail: ${on(p.email)}; by text message: ${on(p.sms)}; marketing e-mails: ${on(p.marketing)}. What would you like to change?`;
  },
  prefButtons: {
    paperless_on: { en: 'Go paperless', es: 'Sin papel' },
    paperless_off: { en: 'Paper statements', es: 'Estados en papel' },
    email_on: { en: 'E-mail reminders on', es: 'Recordatorios por correo' },
    email_off: { en: 'E-mail reminders off', es: 'Sin recordatorios por correo' },
    sms_on: { en: 'Text reminders on', es: 'Recordatorios por texto' },
    sms_off: { en: 'Text reminders off', es: 'Sin recordatorios por texto' },
    marketing_on: { en: 'Marketing e-mails on', es: 'Recibir promociones' },
    marketing_off: { en: 'Marketing e-mails off', es: 'No recibir promociones' },
  } as Record<string, T>,
  confirmPref: (label: string, lang: Lang) =>
    lang === 'es'
      ? `¿Hago este cambio: ${label.toLowerCase()}?`
      : `Make this change: ${label.toLowerCase()}?`,
  workflowRefused: (detail: string, lang: Lang) =>
    lang === 'es'
      ? 'No pude hacer ese cambio en esta cuenta. Un agente puede revisarlo con usted.'
      : `I couldn't make that change on this account (${detail}). An agent can look at it with you.`,
  workflowFailed: {
    en: "Something went wrong and I couldn't finish that. Would you like an agent to take it from here?",
    es: 'Algo salió mal y no pude terminar eso. ¿Quiere que un agente continúe?',
  } as T,
  // ---- buttons
  yes: { en: 'Yes', es: 'Sí' } as T,
  no: { en: 'No', es: 'No' } as T,
  talkToAgent: { en: 'Talk to an agent', es: 'Hablar con un agente' } as T,
  tryAgain: { en: 'Let me rephrase', es: 'Lo digo de otra forma' } as T,
  noThanks: { en: "No, that's all", es: 'No, es todo' } as T,
};
