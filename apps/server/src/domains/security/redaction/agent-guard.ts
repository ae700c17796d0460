/**
 * Agent guard: an agent message that asks the customer to type, send, provide or confirm a full card number,
 * a card security code, a full SSN, a one-time code, a PIN or a password is not sent. The agent sees why
 * (English and Spanish) and the compliant alternative. Asking for the last four digits or the ZIP code passes,
 * and so does a warning ("never share your password"): a warning is not a request.
 */
import {
  AGENT_ACTIONS,
  AGENT_SUBJECT,
  LABELS_EN,
  LABELS_ES,
  NEGATION,
  OBJECTS,
  OUTSIDE_CHAT,
  PARTIAL,
  PRONOUN_REQUEST,
  REQUEST,
  WARNING_CONTEXT,
} from './agent-guard-lexicon.ts';
import { detectLanguage } from './labels.ts';
import { normalize } from './normalize.ts';
import { detect } from './redact.ts';
import type { Language, SensitiveType } from './types.ts';

export interface AgentGuardResult {
  readonly blocked: boolean;
  /** Why the message was blocked (or why it passes), in the requested language. */
  readonly reason: string;
  /** The reason in Spanish, for Spanish-speaking agents (set when blocked). */
  readonly reasonEs?: string;
  /** The compliant way to get what the agent needs (empty when the message passes). */
  readonly alternative: string;
  /** What the message asks for, or contains. */
  readonly requested: readonly SensitiveType[];
}

const ALTERNATIVE_EN =
  "Send a verification prompt to the customer's signed-in app instead, or verify with the last four digits of the card and the billing ZIP code.";
const ALTERNATIVE_ES =
  'En su lugar, envíe una solicitud de verificación a la app del cliente, o verifique con los últimos cuatro dígitos de la tarjeta y el código postal.';

/** "Your card number, please?", "ok, and the 3 digits on the back?", "¿Y el NIP de su tarjeta?" */
const BARE_QUESTION =
  /^[¿¡\s]*(?:(?:ok|okay|great|thanks|thank you|perfect|perfecto|gracias|bien|vale|and|y|also|now|ahora|next|then|luego|tambien)[\s,]+)*(?:your|su|tu|the|el|la|los|las)\s+[a-z0-9 #-]{2,40}?\s*(?:,?\s*(?:please|por favor)\s*[?.]?|\?)$/;

function splitClauses(text: string): string[] {
  return text
    .split(/(?<=[.?!;\n])\s*|,\s*(?=(?:but|pero|and then|y luego|so|asi que)\b)|\s+(?=(?:but|pero)\s)/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

interface Mention {
  readonly type: SensitiveType;
  readonly index: number;
}

function mentions(clause: string): Mention[] {
  const out: Mention[] = [];
  for (const [type, re] of OBJECTS) {
    const g = new RegExp(re.source, 'g');
    for (const m of clause.matchAll(g)) {
      const before = clause.slice(0, m.index);
      const explicitFull = /\b(?:full|complete|entire|whole|completo|entero)\b/.test(m[0]);
      if ((type === 'CREDIT_CARD' || type === 'US_SSN') && !explicitFull && PARTIAL.test(before)) continue;
      if (
        type === 'CREDIT_CARD' &&
        /\b(?:last|ultimos)\b/.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 12))
      )
        continue;
      out.push({ type, index: m.index });
    }
  }
  return out;
}

/** Whether the clause asks the customer for something (a request verb, not negated, not the agent's own action). */
function asks(clause: string): boolean {
  for (const m of clause.matchAll(REQUEST)) {
    const before = clause.slice(0, m.index);
    if (NEGATION.test(before)) continue;
    const verb = m[0];
    if (AGENT_ACTIONS.has(verb) && AGENT_SUBJECT.test(before)) continue;
    if (/^(?:what|whats|which)/.test(verb) && /^\s+(?:a|an)\s/.test(clause.slice(m.index + verb.length)))
      continue;
    return true;
  }
  return false;
}

function requestedTypes(folded: string): SensitiveType[] {
  const found = new Set<SensitiveType>();
  const clauses = splitClauses(folded);
  let earlier: Mention[] = [];
  for (const clause of clauses) {
    const own = mentions(clause);
    const warning = WARNING_CONTEXT.test(clause);
    if (!warning && !OUTSIDE_CHAT.test(clause)) {
      if (own.length > 0 && asks(clause)) for (const m of own) found.add(m.type);
      // "your card number?" on its own, or "Your CVV, please."
      if (own.length > 0 && BARE_QUESTION.test(clause) && clause.split(/\s+/).length <= 8)
        for (const m of own) found.add(m.type);
      if (
        earlier.length > 0 &&
        PRONOUN_REQUEST.test(clause) &&
        !NEGATION.test(clause.split(PRONOUN_REQUEST)[0] ?? '')
      )
        for (const m of earlier) found.add(m.type);
    }
    if (!warning) earlier = own.length > 0 ? own : earlier;
  }
  return [...found];
}

function list(types: readonly SensitiveType[], labels: Record<SensitiveType, string>, and: string): string {
  const names = types.map((t) => labels[t]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

export function checkAgentMessage(text: string, language?: Language): AgentGuardResult {
  const n = normalize(text);
  language ??= detectLanguage(n.text, text);
  const asked = requestedTypes(n.text);
  const contained = [...new Set(detect(n).map((d) => d.type))];
  if (asked.length === 0 && contained.length === 0) {
    return {
      blocked: false,
      reason:
        language === 'es'
          ? 'El mensaje no pide datos sensibles.'
          : 'The message does not ask for sensitive data.',
      alternative: '',
      requested: [],
    };
  }
  const en: string[] = [];
  const es: string[] = [];
  if (asked.length > 0) {
    en.push(`This message asks the customer for their ${list(asked, LABELS_EN, 'or')}.`);
    es.push(`Este mensaje pide al cliente su ${list(asked, LABELS_ES, 'o')}.`);
  }
  const shown = contained.filter((t) => !asked.includes(t));
  if (shown.length > 0) {
    en.push(`This message contains a ${list(shown, LABELS_EN, 'and')}.`);
    es.push(`Este mensaje contiene un dato sensible: ${list(shown, LABELS_ES, 'y')}.`);
  }
  en.push(
    'Clearline never asks for full card numbers, security codes, full SSNs, one-time codes, PINs or passwords in chat (PCI DSS 3.3.1, 3.5.1).',
  );
  es.push(
    'Clearline nunca pide por chat números de tarjeta completos, códigos de seguridad, números de seguro social completos, códigos de un solo uso, PIN ni contraseñas (PCI DSS 3.3.1, 3.5.1).',
  );
  const reasonEn = en.join(' ');
  const reasonEs = es.join(' ');
  return {
    blocked: true,
    reason: language === 'es' ? reasonEs : reasonEn,
    reasonEs,
    alternative: language === 'es' ? ALTERNATIVE_ES : ALTERNATIVE_EN,
    requested: [...new Set([...asked, ...contained])],
  };
}
