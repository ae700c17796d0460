/*
 * Canned responses for agents, in English and Spanish, with placeholders filled from the
 * conversation ({customerFirstName}, {agentName}, {cardLast4}, {productName}). None asks for
 * anything the issuer must never ask for in chat (a test runs each through the agent guard).
 */
import type { Language } from '@clearline/protocol';

export interface CannedResponse {
  id: string;
  title: Record<Language, string>;
  text: Record<Language, string>;
}

export const CANNED_RESPONSES: readonly CannedResponse[] = [
  {
    id: 'greeting',
    title: { en: 'Greeting', es: 'Saludo' },
    text: {
      en: "Hi {customerFirstName}, I'm {agentName}. I can see what you told our assistant, so you won't need to repeat it. Give me a moment to review your account.",
      es: 'Hola {customerFirstName}, soy {agentName}. Veo lo que le dijo a nuestro asistente, así que no tendrá que repetirlo. Deme un momento para revisar su cuenta.',
    },
  },
  {
    id: 'verify_partial',
    title: { en: 'Verify (last four + ZIP)', es: 'Verificar (últimos cuatro + código postal)' },
    text: {
      en: 'For your security, could you confirm the last four digits of your card and your ZIP code? Please never type your full card number, security code or passwords here.',
      es: 'Por su seguridad, ¿podría confirmar los últimos cuatro dígitos de su tarjeta y su código postal? Nunca escriba aquí el número completo de su tarjeta, el código de seguridad ni contraseñas.',
    },
  },
  {
    id: 'hold',
    title: { en: 'Brief hold', es: 'Espera breve' },
    text: {
      en: "Thanks for your patience, {customerFirstName}. I'm checking this now and will be back within two minutes.",
      es: 'Gracias por su paciencia, {customerFirstName}. Lo estoy revisando y regreso en menos de dos minutos.',
    },
  },
  {
    id: 'card_locked',
    title: { en: 'Card locked', es: 'Tarjeta bloqueada' },
    text: {
      en: 'Your card ending in {cardLast4} is locked, so new purchases are declined until it is unlocked. You can unlock it in the app or ask me to do it.',
      es: 'Su tarjeta que termina en {cardLast4} está bloqueada, por lo que las compras nuevas se rechazan hasta desbloquearla. Puede desbloquearla en la aplicación o pedirme que lo haga.',
    },
  },
  {
    id: 'dispute_next_steps',
    title: { en: 'Dispute next steps', es: 'Próximos pasos de la disputa' },
    text: {
      en: "I've opened your dispute. We'll acknowledge it within 30 days and resolve it within two billing cycles (90 days at most). You won't have to pay the disputed amount while we investigate.",
      es: 'Abrí su disputa. La confirmaremos en un plazo de 30 días y la resolveremos en dos ciclos de facturación (90 días como máximo). No tendrá que pagar el monto en disputa mientras investigamos.',
    },
  },
  {
    id: 'closing',
    title: { en: 'Closing', es: 'Despedida' },
    text: {
      en: 'Is there anything else I can help you with on your {productName}? If not, thank you for chatting with us, {customerFirstName}.',
      es: '¿Hay algo más en lo que pueda ayudarle con su {productName}? Si no, gracias por escribirnos, {customerFirstName}.',
    },
  },
];

export interface CannedContext {
  customerFirstName: string;
  agentName: string;
  cardLast4: string;
  productName: string;
}

/** The responses in a language with their placeholders filled (unknown values become neutral words). */
export function fillCanned(language: Language, context: Partial<CannedContext>) {
  const fallback: CannedContext = {
    customerFirstName: '',
    agentName: language === 'es' ? 'su agente' : 'your agent',
    cardLast4: '••••',
    productName: language === 'es' ? 'tarjeta' : 'card',
  };
  const values = { ...fallback, ...Object.fromEntries(Object.entries(context).filter(([, v]) => v)) };
  // Without a name, "Thanks, {customerFirstName}." reads "Thanks." and "Hi {customerFirstName}," reads "Hi,".
  const named = (t: string) => (values.customerFirstName ? t : t.replace(/,? ?\{customerFirstName\}/g, ''));
  return CANNED_RESPONSES.map((r) => ({
    id: r.id,
    title: r.title[language],
    text: named(r.text[language])
      .replace(/\{(\w+)\}/g, (_m, key: string) => values[key as keyof CannedContext] ?? '')
      .replace(/\s+([,.])/g, '$1')
      .replace(/ {2,}/g, ' '),
  }));
}
