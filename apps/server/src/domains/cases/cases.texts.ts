/*
 * What the customer reads about a case (timeline entries and secure messages), in English and Spanish.
 * Dates are New York calendar days (`YYYY-MM-DD`) written out; money is integer cents.
 */
import type { CalendarDate } from './calendar.ts';
import type { CaseStatus } from './case-status.ts';

export type CaseLanguage = 'en' | 'es';

const dateFormats: Record<CaseLanguage, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }),
  es: new Intl.DateTimeFormat('es-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }),
};

/** `2027-03-11` → "March 11, 2027" / "11 de marzo de 2027". */
export function formatDate(date: CalendarDate, language: CaseLanguage): string {
  return dateFormats[language].format(new Date(`${date}T00:00:00Z`));
}

/** 12345 → "$123.45". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

const STATUS_TEXT: Record<CaseLanguage, Record<CaseStatus, string>> = {
  en: {
    open: 'Your case is open.',
    acknowledged: 'We acknowledged your dispute in writing.',
    investigating: 'We are investigating your dispute.',
    resolved_credit: 'Resolved: we found an error and credited your account.',
    resolved_no_error: 'Resolved: we found no error; see the explanation in your secure messages.',
    received: 'We received your complaint.',
    first_response: 'We sent you a first response.',
    final_response: 'We sent you our final response.',
    in_progress: 'We are working on your request.',
    completed: 'Your request is complete.',
    declined: 'We could not complete your request; see your secure messages.',
    withdrawn: 'The case was withdrawn.',
    closed: 'The case is closed.',
  },
  es: {
    open: 'Su caso está abierto.',
    acknowledged: 'Confirmamos por escrito la recepción de su disputa.',
    investigating: 'Estamos investigando su disputa.',
    resolved_credit: 'Resuelto: encontramos un error y acreditamos su cuenta.',
    resolved_no_error: 'Resuelto: no encontramos un error; vea la explicación en sus mensajes seguros.',
    received: 'Recibimos su queja.',
    first_response: 'Le enviamos una primera respuesta.',
    final_response: 'Le enviamos nuestra respuesta final.',
    in_progress: 'Estamos trabajando en su solicitud.',
    completed: 'Su solicitud está completa.',
    declined: 'No pudimos completar su solicitud; vea sus mensajes seguros.',
    withdrawn: 'El caso fue retirado.',
    closed: 'El caso está cerrado.',
  },
};

export function statusText(status: CaseStatus, language: CaseLanguage): string {
  return STATUS_TEXT[language][status];
}

export function openedText(title: string, language: CaseLanguage): string {
  return language === 'es' ? `Caso abierto: ${title}` : `Case opened: ${title}`;
}

export interface DisputeFacts {
  reference: string;
  merchant: string;
  amountCents: number;
  transactedOn: CalendarDate;
  receivedOn: CalendarDate;
  acknowledgementDueOn: CalendarDate;
  resolutionDueOn: CalendarDate;
  withinWindow: boolean;
}

export interface Notice {
  subject: string;
  body: string;
}

function charge(f: DisputeFacts, language: CaseLanguage): string {
  return language === 'es'
    ? `el cargo de ${formatCents(f.amountCents)} de ${f.merchant} del ${formatDate(f.transactedOn, language)}`
    : `the ${formatCents(f.amountCents)} charge from ${f.merchant} on ${formatDate(f.transactedOn, language)}`;
}

/** Sent when a dispute is received: the reference, the dates, and that the amount is not collected meanwhile. */
export function disputeReceivedNotice(f: DisputeFacts, language: CaseLanguage): Notice {
  const d = (date: CalendarDate) => formatDate(date, language);
  if (language === 'es') {
    return {
      subject: `Recibimos su disputa (${f.reference})`,
      body: [
        `Recibimos el ${d(f.receivedOn)} su disputa sobre ${charge(f, language)}. Su número de referencia es ${f.reference}.`,
        `Le confirmaremos por escrito a más tardar el ${d(f.acknowledgementDueOn)} y resolveremos la disputa a más tardar el ${d(f.resolutionDueOn)}.`,
        `Mientras la investigamos, no le cobraremos el monto disputado ni los cargos relacionados, y no lo reportaremos como moroso. Debe seguir pagando la parte de su saldo que no está en disputa.`,
        ...(f.withinWindow
          ? []
          : [
              'Recibimos su aviso más de 60 días después del estado de cuenta que mostró el cargo; aun así lo revisaremos.',
            ]),
      ].join('\n\n'),
    };
  }
  return {
    subject: `We received your dispute (${f.reference})`,
    body: [
      `On ${d(f.receivedOn)} we received your dispute of ${charge(f, language)}. Your reference number is ${f.reference}.`,
      `We will acknowledge it in writing by ${d(f.acknowledgementDueOn)} and resolve it by ${d(f.resolutionDueOn)}.`,
      `While we investigate, we will not try to collect the disputed amount or related charges, and we will not report it as delinquent. Please keep paying the part of your balance that is not in dispute.`,
      ...(f.withinWindow
        ? []
        : [
            'Your notice reached us more than 60 days after the statement that first showed the charge; we will still review it.',
          ]),
    ].join('\n\n'),
  };
}

export function disputeAcknowledgedNotice(f: DisputeFacts, language: CaseLanguage): Notice {
  const d = (date: CalendarDate) => formatDate(date, language);
  return language === 'es'
    ? {
        subject: `Confirmación de su disputa (${f.reference})`,
        body: `Confirmamos que estamos investigando su disputa sobre ${charge(f, language)}. La resolveremos a más tardar el ${d(f.resolutionDueOn)}. Mientras tanto no le cobraremos el monto disputado.`,
      }
    : {
        subject: `Your dispute is being investigated (${f.reference})`,
        body: `This confirms we are investigating your dispute of ${charge(f, language)}. We will resolve it by ${d(f.resolutionDueOn)}. Until then we will not collect the disputed amount.`,
      };
}

export function disputeCreditNotice(f: DisputeFacts, creditCents: number, language: CaseLanguage): Notice {
  return language === 'es'
    ? {
        subject: `Su disputa está resuelta (${f.reference})`,
        body: `Encontramos un error en ${charge(f, language)}. Acreditamos ${formatCents(creditCents)} a su cuenta, incluidos los cargos relacionados que correspondan.`,
      }
    : {
        subject: `Your dispute is resolved (${f.reference})`,
        body: `We found an error in ${charge(f, language)}. We credited ${formatCents(creditCents)} to your account, including any related charges.`,
      };
}

export function disputeNoErrorNotice(
  f: DisputeFacts,
  outcome: { explanation: string; amountOwedCents: number; protectedThrough: CalendarDate },
  language: CaseLanguage,
): Notice {
  const d = (date: CalendarDate) => formatDate(date, language);
  return language === 'es'
    ? {
        subject: `Resultado de su disputa (${f.reference})`,
        body: [
          `Revisamos ${charge(f, language)} y no encontramos un error: ${outcome.explanation}`,
          `Monto que adeuda: ${formatCents(outcome.amountOwedCents)}. Puede pagarlo hasta el ${d(outcome.protectedThrough)} sin que lo reportemos como moroso.`,
          'Puede pedirnos los documentos en los que nos basamos.',
        ].join('\n\n'),
      }
    : {
        subject: `The result of your dispute (${f.reference})`,
        body: [
          `We reviewed ${charge(f, language)} and found no error: ${outcome.explanation}`,
          `Amount you owe: ${formatCents(outcome.amountOwedCents)}. You may pay it through ${d(outcome.protectedThrough)} before it can be reported as delinquent.`,
          'You may ask us for the documents we relied on.',
        ].join('\n\n'),
      };
}

export function disputeWithdrawnNotice(f: DisputeFacts, language: CaseLanguage): Notice {
  return language === 'es'
    ? {
        subject: `Disputa retirada (${f.reference})`,
        body: `Su disputa sobre ${charge(f, language)} fue retirada. El monto vuelve a formar parte de su saldo.`,
      }
    : {
        subject: `Dispute withdrawn (${f.reference})`,
        body: `Your dispute of ${charge(f, language)} was withdrawn. The amount is part of your balance again.`,
      };
}

export interface ComplaintFacts {
  reference: string;
  receivedOn: CalendarDate;
  firstResponseDueOn: CalendarDate;
  finalResponseDueOn: CalendarDate;
}

export function complaintReceivedNotice(f: ComplaintFacts, language: CaseLanguage): Notice {
  const d = (date: CalendarDate) => formatDate(date, language);
  return language === 'es'
    ? {
        subject: `Recibimos su queja (${f.reference})`,
        body: `Registramos su queja el ${d(f.receivedOn)} con el número de referencia ${f.reference}. Le responderemos a más tardar el ${d(f.firstResponseDueOn)} y le daremos una respuesta final a más tardar el ${d(f.finalResponseDueOn)}. Verá las novedades aquí, en sus mensajes seguros.`,
      }
    : {
        subject: `We received your complaint (${f.reference})`,
        body: `We logged your complaint on ${d(f.receivedOn)} with reference number ${f.reference}. We will respond by ${d(f.firstResponseDueOn)} and give you a final response by ${d(f.finalResponseDueOn)}. You will find updates here, in your secure messages.`,
      };
}

export function complaintResponseNotice(
  f: ComplaintFacts,
  which: 'first' | 'final',
  message: string | undefined,
  language: CaseLanguage,
): Notice {
  const d = (date: CalendarDate) => formatDate(date, language);
  if (language === 'es') {
    const lead =
      which === 'first'
        ? `Estamos revisando su queja. Le daremos una respuesta final a más tardar el ${d(f.finalResponseDueOn)}.`
        : 'Esta es nuestra respuesta final a su queja.';
    return {
      subject: `${which === 'first' ? 'Respuesta a su queja' : 'Respuesta final a su queja'} (${f.reference})`,
      body: message ? `${lead}\n\n${message}` : lead,
    };
  }
  const lead =
    which === 'first'
      ? `We are looking into your complaint. We will give you a final response by ${d(f.finalResponseDueOn)}.`
      : 'This is our final response to your complaint.';
  return {
    subject: `${which === 'first' ? 'A response to your complaint' : 'Our final response to your complaint'} (${f.reference})`,
    body: message ? `${lead}\n\n${message}` : lead,
  };
}

const COMPLAINT_LABELS: Record<CaseLanguage, Record<string, string>> = {
  en: {
    fees_and_interest: 'fees and interest',
    billing: 'billing',
    dispute_handling: 'how a dispute was handled',
    fraud_or_security: 'fraud or security',
    customer_service: 'customer service',
    credit_reporting: 'credit reporting',
    rewards: 'rewards',
    account_management: 'account management',
    other: 'other',
  },
  es: {
    fees_and_interest: 'cargos e intereses',
    billing: 'facturación',
    dispute_handling: 'el manejo de una disputa',
    fraud_or_security: 'fraude o seguridad',
    customer_service: 'servicio al cliente',
    credit_reporting: 'reportes de crédito',
    rewards: 'recompensas',
    account_management: 'administración de la cuenta',
    other: 'otro tema',
  },
};

export function complaintTitle(category: string, language: CaseLanguage): string {
  const label = COMPLAINT_LABELS[language][category] ?? category;
  return language === 'es' ? `Queja: ${label}` : `Complaint: ${label}`;
}

export function escalatedText(language: CaseLanguage): string {
  return language === 'es'
    ? 'Un supervisor está revisando ahora su queja.'
    : 'A supervisor is now reviewing your complaint.';
}
