/** Replacement labels, customer notices (en/es) and a small language guesser. */
import type { Language, RedactionNotice, SensitiveType } from './types.ts';

/** What replaces a value in the text. A card keeps its last four (PCI DSS 3.4.1 allows showing them). */
export function replacementLabel(type: SensitiveType, language: Language, cardDigits?: string): string {
  const last4 = cardDigits?.slice(-4) ?? '';
  if (language === 'es') {
    switch (type) {
      case 'CREDIT_CARD':
        return `[tarjeta terminada en ${last4}]`;
      case 'CARD_SECURITY_CODE':
        return '[código de seguridad eliminado]';
      case 'US_SSN':
        return '[número de seguro social eliminado]';
      case 'OTP':
        return '[código de un solo uso eliminado]';
      case 'CARD_PIN':
        return '[PIN eliminado]';
      case 'PASSWORD':
        return '[contraseña eliminada]';
    }
  }
  switch (type) {
    case 'CREDIT_CARD':
      return `[card ending ${last4}]`;
    case 'CARD_SECURITY_CODE':
      return '[security code removed]';
    case 'US_SSN':
      return '[SSN removed]';
    case 'OTP':
      return '[one-time code removed]';
    case 'CARD_PIN':
      return '[PIN removed]';
    case 'PASSWORD':
      return '[password removed]';
  }
}

const NOTICE_EN: Record<SensitiveType, string> = {
  CREDIT_CARD:
    'We removed a full card number from your message to protect you. Only the last four digits are shown. We never need your full card number in chat.',
  CARD_SECURITY_CODE:
    'We removed your card security code (CVV) from your message. Never share it in chat: we will not ask for it.',
  US_SSN: 'We removed a Social Security number from your message. We never need your full SSN in chat.',
  OTP: 'We removed a one-time code from your message. Never share codes sent to you: we verify you in the app instead.',
  CARD_PIN: 'We removed your PIN from your message. Never share your PIN with anyone, including us.',
  PASSWORD: 'We removed a password from your message. Never share your password with anyone, including us.',
};

const NOTICE_ES: Record<SensitiveType, string> = {
  CREDIT_CARD:
    'Eliminamos un número de tarjeta completo de su mensaje para protegerle. Solo se muestran los últimos cuatro dígitos. Nunca necesitamos el número completo por chat.',
  CARD_SECURITY_CODE:
    'Eliminamos el código de seguridad (CVV) de su mensaje. No lo comparta por chat: nunca se lo pediremos.',
  US_SSN:
    'Eliminamos un número de seguro social de su mensaje. Nunca necesitamos su número de seguro social completo por chat.',
  OTP: 'Eliminamos un código de un solo uso de su mensaje. No comparta los códigos que recibe: le verificamos en la app.',
  CARD_PIN: 'Eliminamos su PIN de su mensaje. No comparta su PIN con nadie, ni siquiera con nosotros.',
  PASSWORD:
    'Eliminamos una contraseña de su mensaje. No comparta su contraseña con nadie, ni siquiera con nosotros.',
};

export function noticeFor(type: SensitiveType, count: number, language: Language): RedactionNotice {
  return { type, count, language, message: (language === 'es' ? NOTICE_ES : NOTICE_EN)[type] };
}

const ES_WORDS = new Set(
  (
    'el la los las de que mi es por para con una un tarjeta numero codigo gracias hola cuenta pero porque ' +
    'mis su sus esta este como cual donde tengo quiero necesito puedo ayuda clave contrasena seguro del al ya ' +
    'me se lo le nos muy bien dia pago cargo hice fue son estoy'
  ).split(' '),
);
const EN_WORDS = new Set(
  (
    'the my is and to of card for please thanks hi hello it you was what this that have has with can need ' +
    'want help number code i me on in at be are your not do did how why when where account payment charge ' +
    'just got is am'
  ).split(' '),
);

/** Guesses English or Spanish from common words, accents and ¿¡; English when unsure. */
export function detectLanguage(folded: string, original: string): Language {
  let es = /[ñ¿¡áéíóú]/i.test(original) ? 2 : 0;
  let en = 0;
  for (const w of folded.match(/\p{L}+/gu) ?? []) {
    if (ES_WORDS.has(w)) es++;
    if (EN_WORDS.has(w)) en++;
  }
  return es > en ? 'es' : 'en';
}
