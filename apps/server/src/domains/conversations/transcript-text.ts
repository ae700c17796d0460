/*
 * The downloadable transcript: plain UTF-8 text of what the reader was shown, in the conversation's
 * language, with times in the issuer's zone. Built from the reader's own view (a customer's transcript
 * never contains agent-only notes, whispers or the handoff summary: those arrive here as `withheld`
 * stubs and are left out). Bodies are as stored, i.e. already redacted.
 */
import type { Language, Message, Transcript } from '@clearline/protocol';

const ZONE = 'America/New_York';

const TEXT: Record<Language, Record<string, string>> = {
  en: {
    title: 'Clearline chat transcript',
    card: 'Card',
    started: 'Started',
    ended: 'Ended',
    status: 'Status',
    reference: 'Conversation',
    you: 'You',
    assistant: 'Virtual assistant',
    system: 'Clearline',
    choices: 'Options offered',
    referenceNumber: 'Reference number',
    source: 'Source',
    footer:
      'Sensitive numbers (card numbers, security codes, Social Security numbers) were removed before they were stored.',
    open: 'still open',
  },
  es: {
    title: 'Transcripción del chat de Clearline',
    card: 'Tarjeta',
    started: 'Inicio',
    ended: 'Fin',
    status: 'Estado',
    reference: 'Conversación',
    you: 'Usted',
    assistant: 'Asistente virtual',
    system: 'Clearline',
    choices: 'Opciones ofrecidas',
    referenceNumber: 'Número de referencia',
    source: 'Fuente',
    footer:
      'Los números sensibles (números de tarjeta, códigos de seguridad, números de Seguro Social) se eliminaron antes de guardarse.',
    open: 'todavía abierto',
  },
};

/** Event texts in Spanish (the stored body is the English fallback). */
const EVENTS_ES: Record<string, (name: string) => string> = {
  conversation_started: () => 'Chat iniciado.',
  queued: () => 'Está en la fila para el próximo agente disponible.',
  handed_off: () => 'El asistente lo está comunicando con un agente.',
  agent_joined: (name) => `${name} se unió al chat.`,
  agent_left: (name) => `${name} salió del chat.`,
  transferred: () => 'El chat fue transferido.',
  on_hold: () => 'El agente puso el chat en espera.',
  resumed: () => 'El agente regresó.',
  resolved: () => 'El chat terminó.',
  abandoned: () => 'El chat terminó.',
};

function when(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
    timeZone: ZONE,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

function authorName(m: Message, language: Language, selfKind: 'customer' | 'agent'): string {
  const text = TEXT[language];
  if (m.author.kind === 'assistant') return text.assistant!;
  if (m.author.kind === 'system') return text.system!;
  if (m.author.kind === selfKind && selfKind === 'customer') return text.you!;
  return m.author.displayName;
}

/** One line (or a few) per message; nothing for messages the reader is not shown. */
function linesOf(m: Message, language: Language, selfKind: 'customer' | 'agent'): string[] {
  const text = TEXT[language];
  if (m.kind === 'withheld') return [];
  if (selfKind === 'customer' && m.visibility === 'agents') return [];
  const at = when(m.createdAt, language);
  if (m.kind === 'event') {
    const name = m.eventData?.agentName ?? '';
    const localized = language === 'es' && m.event ? EVENTS_ES[m.event]?.(name) : undefined;
    return [`[${at}] — ${localized ?? m.body}`];
  }
  const out = [`[${at}] ${authorName(m, language, selfKind)}: ${m.body}`];
  if (m.payload?.type === 'quick_replies' && m.payload.options.length > 0) {
    out.push(`    ${text.choices}: ${m.payload.options.map((o) => o.label).join(' · ')}`);
  }
  if (m.payload?.type === 'reference') out.push(`    ${text.referenceNumber}: ${m.payload.reference}`);
  if (m.payload?.type === 'citation') out.push(`    ${text.source}: ${m.payload.title}`);
  return out;
}

/** The transcript as a text file body (CRLF-free, ending with a newline). */
export function transcriptText(transcript: Transcript, reader: 'customer' | 'agent'): string {
  const { conversation } = transcript;
  const language: Language = conversation.language === 'es' ? 'es' : 'en';
  const text = TEXT[language];
  const ended = transcript.messages.findLast(
    (m) => m.kind === 'event' && (m.event === 'resolved' || m.event === 'abandoned'),
  );
  const header = [
    text.title!,
    `${text.reference}: ${conversation.id}`,
    ...(conversation.card
      ? [`${text.card}: ${conversation.card.productName} ···· ${conversation.card.last4}`]
      : []),
    `${text.started}: ${when(conversation.createdAt, language)}`,
    `${text.ended}: ${ended ? when(ended.createdAt, language) : text.open}`,
    '',
  ];
  const body = transcript.messages.flatMap((m) => linesOf(m, language, reader));
  return `${[...header, ...body, '', text.footer].join('\n')}\n`;
}

/** A safe file name for the download. */
export function transcriptFileName(transcript: Transcript): string {
  const day = transcript.conversation.createdAt.slice(0, 10);
  return `clearline-chat-${day}-${transcript.conversation.id.slice(-8).replace(/[^A-Za-z0-9_-]/g, '')}.txt`;
}
