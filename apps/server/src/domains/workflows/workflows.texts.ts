/*
 * What a workflow result tells the customer, in English and Spanish. Amounts arrive in cents and dates
 * as YYYY-MM-DD; both front doors (the assistant, the agent console) show these texts as they are.
 */

export type Lang = 'en' | 'es';

export function money(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'es' ? 'es-US' : 'en-US', {
    style: 'currency',
    currency: 'USD',
  }).format(cents / 100);
}

export function longDate(date: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

const t = (lang: Lang, en: string, es: string) => (lang === 'es' ? es : en);

export const TEXTS = {
  locked: (last4: string, l: Lang) =>
    t(
      l,
      `The card ending in ${last4} is locked: new purchases are declined until you unlock it.`,
      `La tarjeta que termina en ${last4} está bloqueada: las compras nuevas se rechazan hasta que la desbloquee.`,
    ),
  unlocked: (last4: string, l: Lang) =>
    t(
      l,
      `The card ending in ${last4} is unlocked and ready to use.`,
      `La tarjeta que termina en ${last4} está desbloqueada y lista para usar.`,
    ),
  lockNext: (l: Lang) => [
    t(
      l,
      'Recurring payments and refunds still reach a locked card.',
      'Los pagos recurrentes y los reembolsos siguen llegando a una tarjeta bloqueada.',
    ),
    t(
      l,
      'If the card is lost or stolen, report it so that we can send a new number.',
      'Si la tarjeta se perdió o se la robaron, repórtelo para enviarle un número nuevo.',
    ),
  ],
  liability: (l: Lang) =>
    t(
      l,
      'You are not responsible for charges you did not make: federal law caps your liability for unauthorized use at $50, and our zero-liability promise makes it $0.',
      'Usted no es responsable de los cargos que no hizo: la ley federal limita su responsabilidad por uso no autorizado a $50, y nuestra garantía de responsabilidad cero la reduce a $0.',
    ),
  lostStolen: (
    o: { oldLast4: string; newLast4: string; reason: 'lost' | 'stolen'; carrier: string; delivery: string },
    l: Lang,
  ) =>
    t(
      l,
      `The card ending in ${o.oldLast4} is blocked. A new card ending in ${o.newLast4} is on its way by ${o.carrier}, expected by ${longDate(o.delivery, l)}.`,
      `La tarjeta que termina en ${o.oldLast4} está cancelada. Una tarjeta nueva que termina en ${o.newLast4} va en camino por ${o.carrier}; llegará a más tardar el ${longDate(o.delivery, l)}.`,
    ),
  lostStolenNext: (newLast4: string, l: Lang) => [
    t(
      l,
      `Activate the card ending in ${newLast4} when it arrives.`,
      `Active la tarjeta que termina en ${newLast4} cuando llegue.`,
    ),
    t(
      l,
      'Update the card number saved with merchants, subscriptions and digital wallets.',
      'Actualice el número guardado en comercios, suscripciones y billeteras digitales.',
    ),
    t(
      l,
      'Review recent transactions and tell us about any you do not recognize.',
      'Revise sus transacciones recientes y avísenos de cualquiera que no reconozca.',
    ),
  ],
  damaged: (o: { last4: string; carrier: string; delivery: string }, l: Lang) =>
    t(
      l,
      `A new card with the same number (ending in ${o.last4}) is on its way by ${o.carrier}, expected by ${longDate(o.delivery, l)}. Your current card keeps working meanwhile.`,
      `Una tarjeta nueva con el mismo número (terminada en ${o.last4}) va en camino por ${o.carrier}; llegará a más tardar el ${longDate(o.delivery, l)}. Su tarjeta actual sigue funcionando mientras tanto.`,
    ),
  damagedNext: (l: Lang) => [
    t(
      l,
      'Activate the new card when it arrives, then destroy the old one.',
      'Active la tarjeta nueva cuando llegue y destruya la anterior.',
    ),
  ],
  payment: (
    o: {
      amountCents: number;
      bank: string;
      bankLast4: string;
      paymentDate: string;
      creditedOn: string;
      scheduled: boolean;
    },
    l: Lang,
  ) =>
    o.scheduled
      ? t(
          l,
          `A payment of ${money(o.amountCents, l)} from ${o.bank} (account ending in ${o.bankLast4}) is scheduled for ${longDate(o.paymentDate, l)}.`,
          `Un pago de ${money(o.amountCents, l)} desde ${o.bank} (cuenta que termina en ${o.bankLast4}) está programado para el ${longDate(o.paymentDate, l)}.`,
        )
      : t(
          l,
          `Your payment of ${money(o.amountCents, l)} from ${o.bank} (account ending in ${o.bankLast4}) is received and counts as paid on ${longDate(o.creditedOn, l)}.`,
          `Recibimos su pago de ${money(o.amountCents, l)} desde ${o.bank} (cuenta que termina en ${o.bankLast4}); cuenta como pagado el ${longDate(o.creditedOn, l)}.`,
        ),
  paymentNext: (o: { afterCutoff: boolean; onTime: boolean | null; dueDate: string | null }, l: Lang) => {
    const steps = [
      t(
        l,
        'The payment shows as pending until it posts, usually within one to two business days.',
        'El pago aparece como pendiente hasta que se registre, normalmente en uno o dos días hábiles.',
      ),
    ];
    if (o.afterCutoff) {
      steps.push(
        t(
          l,
          'Payments made after 5 p.m. Eastern time count as received the next day.',
          'Los pagos hechos después de las 5 p. m., hora del Este, cuentan como recibidos al día siguiente.',
        ),
      );
    }
    if (o.dueDate && o.onTime === false) {
      steps.push(
        t(
          l,
          `This payment counts after the due date of ${longDate(o.dueDate, l)}.`,
          `Este pago cuenta después de la fecha de vencimiento del ${longDate(o.dueDate, l)}.`,
        ),
      );
    }
    return steps;
  },
  dueDate: (o: { newDueDay: number; firstNewDueDate: string; noLateFeeThrough: string }, l: Lang) =>
    t(
      l,
      `Your payment due date moves to day ${o.newDueDay} of each month, starting ${longDate(o.firstNewDueDate, l)}. No late fee applies to a payment made by ${longDate(o.noLateFeeThrough, l)} while the change takes effect.`,
      `Su fecha de pago pasa al día ${o.newDueDay} de cada mes, a partir del ${longDate(o.firstNewDueDate, l)}. No se cobra cargo por pago atrasado por un pago hecho a más tardar el ${longDate(o.noLateFeeThrough, l)} mientras el cambio entra en vigor.`,
    ),
  dueDateNext: (transition: string, l: Lang) => [
    t(
      l,
      `Statements closing before ${longDate(transition, l)} keep their current due dates.`,
      `Los estados de cuenta que cierran antes del ${longDate(transition, l)} mantienen sus fechas actuales.`,
    ),
  ],
  feeCredited: (amountCents: number, l: Lang) =>
    t(
      l,
      `We credited the late fee of ${money(amountCents, l)} as a one-time courtesy. It shows on your account today.`,
      `Acreditamos el cargo por pago atrasado de ${money(amountCents, l)} como cortesía única. Aparece en su cuenta hoy.`,
    ),
  feeToAgent: (amountCents: number, l: Lang) =>
    t(
      l,
      `A specialist will review your request to credit the late fee of ${money(amountCents, l)}.`,
      `Un especialista revisará su solicitud de acreditar el cargo por pago atrasado de ${money(amountCents, l)}.`,
    ),
  feeToAgentNext: (l: Lang) => [
    t(
      l,
      'You will get the answer in your secure messages, usually within two business days.',
      'Recibirá la respuesta en sus mensajes seguros, normalmente en dos días hábiles.',
    ),
  ],
  redeemed: (o: { points: number; creditCents: number; after: number }, l: Lang) =>
    t(
      l,
      `We used ${o.points.toLocaleString('en-US')} points for a statement credit of ${money(o.creditCents, l)}. Points left: ${o.after.toLocaleString('en-US')}.`,
      `Usamos ${o.points.toLocaleString('es-US')} puntos para un crédito de ${money(o.creditCents, l)}. Puntos restantes: ${o.after.toLocaleString('es-US')}.`,
    ),
  redeemedNext: (l: Lang) => [
    t(
      l,
      'The credits show on your account today and on your next statement.',
      'Los créditos aparecen en su cuenta hoy y en su próximo estado de cuenta.',
    ),
  ],
  redemptionProblem: (l: Lang) =>
    t(
      l,
      'We recorded the problem with your points redemption; the rewards team will look into it.',
      'Registramos el problema con su canje de puntos; el equipo de recompensas lo revisará.',
    ),
  caseNext: (l: Lang) => [
    t(
      l,
      'Follow the case in your secure messages with its reference number.',
      'Siga el caso en sus mensajes seguros con su número de referencia.',
    ),
  ],
  userAdded: (name: string, last4: string, l: Lang) =>
    t(
      l,
      `${name} is now an authorized user; their own card ends in ${last4} and arrives in 7 to 10 business days.`,
      `${name} ya es usuario autorizado; su propia tarjeta termina en ${last4} y llegará en 7 a 10 días hábiles.`,
    ),
  userRemoved: (name: string, l: Lang) =>
    t(
      l,
      `${name} is no longer an authorized user and their card is closed.`,
      `${name} ya no es usuario autorizado y su tarjeta está cancelada.`,
    ),
  userNext: (l: Lang) => [
    t(
      l,
      'You are responsible for the charges authorized users make.',
      'Usted es responsable de los cargos que hagan los usuarios autorizados.',
    ),
  ],
  contactUpdated: (fields: string[], l: Lang) => {
    const names: Record<string, [string, string]> = {
      phone: ['phone number', 'número de teléfono'],
      email: ['e-mail address', 'correo electrónico'],
      address: ['mailing address', 'dirección postal'],
    };
    const list = fields.map((f) => names[f]?.[l === 'es' ? 1 : 0] ?? f).join(l === 'es' ? ' y ' : ' and ');
    return t(l, `Your ${list} is updated.`, `Su ${list} está actualizado.`);
  },
  contactNext: (l: Lang) => [
    t(
      l,
      'A notice of this change is in your secure messages; tell us at once if you did not make it.',
      'Un aviso de este cambio está en sus mensajes seguros; avísenos de inmediato si usted no lo hizo.',
    ),
  ],
  preferencesUpdated: (l: Lang) =>
    t(
      l,
      'Your communication preferences are updated.',
      'Sus preferencias de comunicación están actualizadas.',
    ),
  apr: (o: { apr: string; daily: string }, l: Lang) =>
    t(
      l,
      `Your purchase APR is ${o.apr} (a variable rate; daily periodic rate ${o.daily}). Interest is charged on the average daily balance. Pay the statement balance in full by the due date and no interest is charged on purchases.`,
      `Su tasa de porcentaje anual (APR) para compras es ${o.apr} (tasa variable; tasa periódica diaria ${o.daily}). El interés se calcula sobre el saldo diario promedio. Si paga el saldo del estado de cuenta completo antes de la fecha de vencimiento, no se cobran intereses sobre compras.`,
    ),
  creditLimitIntro: (decision: 'approve' | 'decline' | 'refer', l: Lang) =>
    decision === 'approve'
      ? t(
          l,
          'The account is eligible for a credit limit increase.',
          'La cuenta es elegible para un aumento del límite de crédito.',
        )
      : decision === 'refer'
        ? t(
            l,
            'A credit specialist needs to review a credit limit increase.',
            'Un especialista de crédito debe revisar el aumento del límite.',
          )
        : t(
            l,
            'The account is not eligible for a credit limit increase right now.',
            'La cuenta no es elegible para un aumento del límite de crédito en este momento.',
          ),
} as const;
