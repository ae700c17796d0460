/*
 * The end-of-chat summary (issue 6 §8): what was done, the reference and case numbers, the dates that
 * matter and what happens next with its expected timeline, in the customer's language. Pure: the
 * caller gathers the facts (the assistant's steps, the references given in the chat, the cases opened
 * from it) and posts the text to the conversation and to the customer's secure messages.
 */
import type { CaseType } from './case-status.ts';

export type SummaryLanguage = 'en' | 'es';

/** A deadline or expected date a customer should know about, as a calendar day (YYYY-MM-DD). */
export interface SummaryDeadline {
  kind:
    | 'acknowledge_by'
    | 'resolve_by'
    | 'first_response_by'
    | 'final_response_by'
    | 'delivery_by'
    | 'payment_credited_on'
    | 'new_due_day_from';
  date: string;
}

export interface SummaryCase {
  reference: string;
  type: CaseType;
  /** The case's status code (e.g. `open`, `completed`). */
  status: string;
  /** What the case is about, in the customer's language. */
  title: string;
  deadlines: SummaryDeadline[];
}

export interface ChatSummaryInput {
  language: SummaryLanguage;
  /** When the chat ended. */
  endedAt: Date;
  /** Steps already written for the customer (the assistant's `customerSteps`), in their language. */
  steps: readonly string[];
  /** Reference numbers given in the chat without a case (e.g. a card lock), with what they were for. */
  references: ReadonlyArray<{ reference: string; action: string }>;
  cases: readonly SummaryCase[];
  /** The agent who handled the chat, if any. */
  agentName: string | null;
}

export interface ChatSummary {
  subject: string;
  body: string;
  /** Every reference and case number the summary names (for a payload or a search). */
  references: string[];
}

const ZONE = 'America/New_York';

const T = {
  en: {
    subject: (d: string) => `Summary of your chat on ${d}`,
    intro: (d: string) => `Summary of your chat (${d}):`,
    done: 'What was done:',
    handledBy: (n: string) => `You chatted with ${n}.`,
    cases: 'Your case numbers and what happens next:',
    refs: 'Reference numbers:',
    nothing: 'No changes were made to your account in this chat.',
    keep: 'Keep this summary: it is also in your secure messages, where each case shows its status updates.',
    status: {
      open: 'open',
      acknowledged: 'acknowledged',
      investigating: 'under investigation',
      received: 'received',
      in_progress: 'in progress',
      completed: 'completed',
      declined: 'declined',
      resolved_credit: 'resolved, credited',
      resolved_no_error: 'resolved',
      first_response: 'first response sent',
      final_response: 'final response sent',
      withdrawn: 'withdrawn',
      closed: 'closed',
    } as Record<string, string>,
    type: {
      dispute: 'Dispute',
      complaint: 'Complaint',
      card_replacement: 'Card replacement',
      fee_credit: 'Fee credit',
      account_change: 'Account change',
      general: 'Request',
    } as Record<CaseType, string>,
    deadline: {
      acknowledge_by: (d: string) => `we will acknowledge it in writing by ${d}`,
      resolve_by: (d: string) => `we will resolve it by ${d} at the latest`,
      first_response_by: (d: string) => `first response by ${d}`,
      final_response_by: (d: string) => `final response by ${d}`,
      delivery_by: (d: string) => `expected delivery by ${d}`,
      payment_credited_on: (d: string) => `the payment is credited on ${d}`,
      new_due_day_from: (d: string) => `the new due date applies from ${d}`,
    } as Record<SummaryDeadline['kind'], (d: string) => string>,
    action: {
      'card.locked': 'card locked',
      'card.unlocked': 'card unlocked',
    } as Record<string, string>,
  },
  es: {
    subject: (d: string) => `Resumen de su chat del ${d}`,
    intro: (d: string) => `Resumen de su chat (${d}):`,
    done: 'Lo que se hizo:',
    handledBy: (n: string) => `Le atendió ${n}.`,
    cases: 'Sus números de caso y los próximos pasos:',
    refs: 'Números de referencia:',
    nothing: 'En este chat no se hicieron cambios en su cuenta.',
    keep: 'Guarde este resumen: también está en sus mensajes seguros, donde cada caso muestra sus actualizaciones.',
    status: {
      open: 'abierto',
      acknowledged: 'acusado de recibo',
      investigating: 'en investigación',
      received: 'recibido',
      in_progress: 'en curso',
      completed: 'completado',
      declined: 'rechazado',
      resolved_credit: 'resuelto, con crédito',
      resolved_no_error: 'resuelto',
      first_response: 'primera respuesta enviada',
      final_response: 'respuesta final enviada',
      withdrawn: 'retirado',
      closed: 'cerrado',
    } as Record<string, string>,
    type: {
      dispute: 'Disputa',
      complaint: 'Queja',
      card_replacement: 'Reemplazo de tarjeta',
      fee_credit: 'Crédito de cargo',
      account_change: 'Cambio en la cuenta',
      general: 'Solicitud',
    } as Record<CaseType, string>,
    deadline: {
      acknowledge_by: (d: string) => `le confirmaremos la recepción por escrito a más tardar el ${d}`,
      resolve_by: (d: string) => `lo resolveremos a más tardar el ${d}`,
      first_response_by: (d: string) => `primera respuesta a más tardar el ${d}`,
      final_response_by: (d: string) => `respuesta final a más tardar el ${d}`,
      delivery_by: (d: string) => `entrega prevista a más tardar el ${d}`,
      payment_credited_on: (d: string) => `el pago se acredita el ${d}`,
      new_due_day_from: (d: string) => `la nueva fecha de pago aplica desde el ${d}`,
    } as Record<SummaryDeadline['kind'], (d: string) => string>,
    action: {
      'card.locked': 'tarjeta bloqueada',
      'card.unlocked': 'tarjeta desbloqueada',
    } as Record<string, string>,
  },
} as const;

/** A calendar day spelled out in the reader's language ("December 23, 2026" / "23 de diciembre de 2026"). */
export function spelledDay(iso: string, language: SummaryLanguage): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

function spelledInstant(at: Date, language: SummaryLanguage): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    timeZone: ZONE,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}

/** The summary, or null when nothing happened worth summarising (no steps, references or cases). */
export function buildChatSummary(input: ChatSummaryInput): ChatSummary | null {
  const t = T[input.language];
  const caseRefs = new Set(input.cases.map((c) => c.reference));
  const loose = input.references.filter((r) => !caseRefs.has(r.reference));
  if (input.steps.length === 0 && loose.length === 0 && input.cases.length === 0 && !input.agentName) {
    return null;
  }
  const when = spelledInstant(input.endedAt, input.language);
  const lines: string[] = [t.intro(when)];
  if (input.agentName) lines.push(t.handledBy(input.agentName));
  if (input.steps.length > 0) {
    lines.push('', t.done, ...input.steps.map((s) => `• ${s}`));
  }
  if (input.cases.length > 0) {
    lines.push('', t.cases);
    for (const c of input.cases) {
      const status = t.status[c.status] ?? c.status;
      const next = [...c.deadlines]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((d) => t.deadline[d.kind](spelledDay(d.date, input.language)));
      lines.push(
        `• ${c.reference} — ${t.type[c.type]}: ${c.title} (${status})${next.length > 0 ? `; ${next.join('; ')}` : ''}.`,
      );
    }
  }
  if (loose.length > 0) {
    lines.push(
      '',
      t.refs,
      ...loose.map((r) => `• ${r.reference}${t.action[r.action] ? ` — ${t.action[r.action]}` : ''}`),
    );
  }
  if (input.steps.length === 0 && input.cases.length === 0 && loose.length === 0) lines.push('', t.nothing);
  lines.push('', t.keep);
  return {
    subject: t.subject(spelledDay(isoDayInZone(input.endedAt), input.language)),
    body: lines.join('\n'),
    references: [...input.cases.map((c) => c.reference), ...loose.map((r) => r.reference)],
  };
}

/** The calendar day of an instant in the issuer's zone. */
function isoDayInZone(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
