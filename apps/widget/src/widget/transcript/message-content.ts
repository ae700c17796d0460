import type { ConversationStatus, Message, QuickReplyOption } from '@clearline/protocol';

/** What a customer may see: never a `withheld` stub or an agent-only message. */
export function isShownToCustomer(message: Message): boolean {
  return message.kind !== 'withheld' && message.visibility !== 'agents';
}

/** The assistant still answers (before an agent has the conversation): its buttons can be pressed. */
const ASSISTANT_ANSWERS: ReadonlySet<ConversationStatus> = new Set(['assistant', 'queued']);

export interface ActivePrompt {
  seq: number;
  options: readonly QuickReplyOption[];
}

/**
 * The quick replies that can be pressed now: those of the latest prompt, while the assistant still
 * answers, nothing is being sent and the customer has not answered it yet. Older prompts have none.
 */
export function activePrompt(
  messages: readonly Message[],
  status: ConversationStatus | null,
  sending: boolean,
): ActivePrompt | null {
  if (!status || !ASSISTANT_ANSWERS.has(status) || sending) return null;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.author.kind === 'customer') return null;
    if (m.payload?.type === 'quick_replies' && isShownToCustomer(m)) {
      return { seq: m.seq, options: m.payload.options };
    }
  }
  return null;
}

/**
 * A knowledge answer ends with its citation line ("Help Center: …"): split it off so it can be shown
 * apart. When the body does not end with it, the citation is null and the caller shows the title.
 */
export function splitCitation(body: string, title: string): { text: string; citation: string | null } {
  const at = body.lastIndexOf('\n');
  if (at < 0) return { text: body, citation: null };
  const last = body.slice(at + 1).trim();
  if (!title || !last.includes(title)) return { text: body, citation: null };
  return { text: body.slice(0, at).trimEnd(), citation: last };
}

export interface TextPart {
  text: string;
  reference: boolean;
  /** Where the part starts in the body (a stable key). */
  start: number;
}

/** The body cut around each occurrence of a reference number, so the number can stand out. */
export function splitReference(body: string, reference: string): TextPart[] {
  if (!reference || !body.includes(reference)) return [{ text: body, reference: false, start: 0 }];
  const parts: TextPart[] = [];
  let start = 0;
  for (let at = body.indexOf(reference); at >= 0; at = body.indexOf(reference, start)) {
    if (at > start) parts.push({ text: body.slice(start, at), reference: false, start });
    parts.push({ text: reference, reference: true, start: at });
    start = at + reference.length;
  }
  if (start < body.length) parts.push({ text: body.slice(start), reference: false, start });
  return parts;
}

/** Messages that count as new for the launcher's badge: what the assistant or an agent said. */
export function isNewForCustomer(message: Message): boolean {
  return (
    isShownToCustomer(message) &&
    (message.kind === 'text' || message.kind === 'quick_replies') &&
    message.author.kind !== 'customer'
  );
}
