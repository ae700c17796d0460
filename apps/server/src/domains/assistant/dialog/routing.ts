/*
 * Where the assistant sends what it cannot finish: the queue of each intent, the priority, and the
 * names customers and agents see. One table, so routing is reviewable at a glance.
 */
import type { IntentName } from '../data/intents.ts';

export type Lang = 'en' | 'es';

export const QUEUES = [
  'general',
  'disputes',
  'fraud',
  'credit',
  'rewards',
  'travel',
  'spanish',
  'small_business',
  'supervisor',
] as const;
export type QueueName = (typeof QUEUES)[number];

interface Route {
  queue: QueueName;
  /** Higher is served first; fraud happening now is the top. */
  priority: number;
  /** English label for agents' summaries. */
  label: string;
  /** What the customer reads on a button (en / es). */
  button: Record<Lang, string>;
}

const r = (queue: QueueName, priority: number, label: string, en: string, es: string): Route => ({
  queue,
  priority,
  label,
  button: { en, es },
});

export const ROUTES: Record<IntentName, Route> = {
  payment_due_date: r('general', 0, 'Payment due date', 'When my payment is due', 'Cuándo vence mi pago'),
  change_due_date: r('general', 0, 'Change the due date', 'Change my due date', 'Cambiar mi fecha de pago'),
  payment_status: r('general', 0, 'Payment status', 'Did my payment post?', '¿Se aplicó mi pago?'),
  make_payment: r('general', 0, 'Make a payment', 'Make a payment', 'Hacer un pago'),
  late_fee_waiver: r(
    'general',
    0,
    'Late fee waiver',
    'Waive a late fee',
    'Eliminar un cargo por pago tardío',
  ),
  balance_inquiry: r('general', 0, 'Balance', 'My balance', 'Mi saldo'),
  dispute_charge: r('disputes', 20, 'Dispute a charge', 'Dispute a charge', 'Disputar un cargo'),
  unrecognized_charge: r(
    'disputes',
    20,
    'Unrecognised charge',
    "A charge I don't recognise",
    'Un cargo que no reconozco',
  ),
  report_fraud: r('fraud', 100, 'Fraud happening now', 'Report fraud', 'Reportar fraude'),
  dispute_status: r('disputes', 0, 'Dispute status', 'Status of my dispute', 'Estado de mi disputa'),
  lost_stolen_card: r(
    'general',
    50,
    'Lost or stolen card',
    'My card was lost or stolen',
    'Perdí mi tarjeta o me la robaron',
  ),
  damaged_card: r('general', 0, 'Damaged card', 'Replace a damaged card', 'Reemplazar una tarjeta dañada'),
  lock_card: r('general', 0, 'Lock the card', 'Lock my card', 'Bloquear mi tarjeta'),
  unlock_card: r('general', 0, 'Unlock the card', 'Unlock my card', 'Desbloquear mi tarjeta'),
  card_delivery_status: r(
    'general',
    0,
    'Card delivery',
    'Where is my new card?',
    '¿Dónde está mi tarjeta nueva?',
  ),
  digital_wallet: r('general', 0, 'Digital wallet', 'Apple Pay / Google Pay', 'Apple Pay / Google Pay'),
  card_declined: r('general', 0, 'Card declined', 'My card was declined', 'Mi tarjeta fue rechazada'),
  rewards_balance: r('rewards', 0, 'Rewards balance', 'My points balance', 'Mi saldo de puntos'),
  pay_with_points: r('rewards', 0, 'Pay with points', 'Pay with points', 'Pagar con puntos'),
  redemption_issue: r(
    'rewards',
    0,
    'Redemption problem',
    'A problem with a redemption',
    'Un problema con un canje',
  ),
  benefits_info: r('rewards', 0, 'Card benefits', 'Card benefits', 'Beneficios de la tarjeta'),
  add_authorized_user: r(
    'general',
    0,
    'Add an authorised user',
    'Add an authorized user',
    'Agregar un usuario autorizado',
  ),
  remove_authorized_user: r(
    'general',
    0,
    'Remove an authorised user',
    'Remove an authorized user',
    'Quitar un usuario autorizado',
  ),
  update_contact_info: r(
    'general',
    0,
    'Update phone or e-mail',
    'Update my phone or e-mail',
    'Actualizar teléfono o correo',
  ),
  update_address: r('general', 0, 'Update the address', 'Update my address', 'Actualizar mi dirección'),
  communication_preferences: r(
    'general',
    0,
    'Communication preferences',
    'Alerts and paperless',
    'Alertas y estados sin papel',
  ),
  credit_limit_increase: r(
    'credit',
    0,
    'Credit limit increase',
    'Raise my credit limit',
    'Aumentar mi límite de crédito',
  ),
  apr_info: r('credit', 0, 'APR and interest', 'My APR and interest', 'Mi tasa de interés (APR)'),
  product_change: r('credit', 0, 'Product change', 'Change my card product', 'Cambiar mi tipo de tarjeta'),
  travel_booking: r('travel', 0, 'Travel booking', 'My travel bookings', 'Mis reservas de viaje'),
  trip_protection: r('travel', 0, 'Trip protection', 'Trip protection', 'Protección de viaje'),
  talk_to_agent: r('general', 0, 'Asked for an agent', 'Talk to an agent', 'Hablar con un agente'),
  supervisor: r(
    'supervisor',
    10,
    'Asked for a supervisor',
    'Talk to a supervisor',
    'Hablar con un supervisor',
  ),
  file_complaint: r('supervisor', 10, 'Complaint', 'File a complaint', 'Presentar una queja'),
  case_status: r('general', 0, 'Case status', 'Status of my case', 'Estado de mi caso'),
  request_summary: r('general', 0, 'Chat summary', 'A summary of this chat', 'Un resumen de este chat'),
  upload_documents: r('general', 0, 'Upload documents', 'Send documents', 'Enviar documentos'),
  greeting: r('general', 0, 'Greeting', 'Hello', 'Hola'),
  goodbye: r('general', 0, 'Goodbye', 'Goodbye', 'Adiós'),
  thanks: r('general', 0, 'Thanks', 'Thanks', 'Gracias'),
  affirm: r('general', 0, 'Yes', 'Yes', 'Sí'),
  deny: r('general', 0, 'No', 'No', 'No'),
  out_of_scope: r('general', 0, 'Something else', 'Something else', 'Otra cosa'),
};

/** Team names as customers read them. */
export const TEAM_NAMES: Record<QueueName, Record<Lang, string>> = {
  general: { en: 'customer care', es: 'servicio al cliente' },
  disputes: { en: 'disputes', es: 'disputas' },
  fraud: { en: 'fraud protection', es: 'protección contra fraude' },
  credit: { en: 'credit', es: 'crédito' },
  rewards: { en: 'rewards', es: 'recompensas' },
  travel: { en: 'travel', es: 'viajes' },
  spanish: { en: 'Spanish-speaking', es: 'atención en español' },
  small_business: { en: 'small business', es: 'pequeñas empresas' },
  supervisor: { en: 'supervisor', es: 'supervisión' },
};

/**
 * The queue for an intent, for this customer: Spanish speakers go to Spanish-speaking agents and
 * small-business cardmembers to their team, except for fraud, which always goes to the fraud team
 * first, and supervisors.
 */
export function routeFor(
  intent: IntentName,
  customer: { lang: Lang; segment: 'consumer' | 'small_business' },
): { queue: QueueName; priority: number } {
  const route = ROUTES[intent];
  if (route.queue === 'fraud' || route.queue === 'supervisor')
    return { queue: route.queue, priority: route.priority };
  if (customer.lang === 'es') return { queue: 'spanish', priority: route.priority };
  if (customer.segment === 'small_business') return { queue: 'small_business', priority: route.priority };
  return { queue: route.queue, priority: route.priority };
}
