/*
 * The assistant's intent catalogue: the one place that lists the 43 intents (names, groups and
 * meanings as in shared/design/INTENTS.md). Training data, validation data, the NLU engine and the
 * tests all refer to these names.
 */

export const INTENT_GROUPS = [
  'billing',
  'disputes',
  'card',
  'rewards',
  'account',
  'credit',
  'travel',
  'service',
  'dialog',
] as const;

export type IntentGroup = (typeof INTENT_GROUPS)[number];

export interface IntentDefinition {
  readonly name: string;
  readonly group: IntentGroup;
  readonly description: string;
}

export const INTENTS = [
  // billing
  { name: 'payment_due_date', group: 'billing', description: 'When is my payment due' },
  {
    name: 'change_due_date',
    group: 'billing',
    description: 'Move my due date to another day (or how often it can be moved)',
  },
  { name: 'payment_status', group: 'billing', description: 'Did my payment post / arrive / clear' },
  { name: 'make_payment', group: 'billing', description: 'Pay now or schedule a payment' },
  { name: 'late_fee_waiver', group: 'billing', description: 'Waive or credit a late fee (goodwill)' },
  {
    name: 'balance_inquiry',
    group: 'billing',
    description: 'Balance, statement balance, minimum due, available credit',
  },
  // disputes
  {
    name: 'dispute_charge',
    group: 'disputes',
    description:
      'A known charge is wrong: duplicate, wrong amount, not received, cancelled but still billed, refund not given; also any explicit request to dispute one identified charge, whatever the reason',
  },
  {
    name: 'unrecognized_charge',
    group: 'disputes',
    description: "What is this charge / I don't recognise it, not yet sure it is fraud",
  },
  {
    name: 'report_fraud',
    group: 'disputes',
    description:
      'Unauthorised use happening now, several unfamiliar authorisations, card skimmed or phished, account taken over',
  },
  {
    name: 'dispute_status',
    group: 'disputes',
    description:
      'Status of anything the customer calls a dispute, claim about a charge or chargeback (even with a reference number)',
  },
  // card
  {
    name: 'lost_stolen_card',
    group: 'card',
    description: 'The card is definitely lost or stolen: cancel and replace',
  },
  { name: 'damaged_card', group: 'card', description: 'Card broken, chip not working, worn: replace' },
  {
    name: 'lock_card',
    group: 'card',
    description: "Temporary freeze or pause; not sure it's lost, don't cancel",
  },
  {
    name: 'unlock_card',
    group: 'card',
    description: "Turn a locked card back on (also: I locked it and now it's declined)",
  },
  { name: 'card_delivery_status', group: 'card', description: 'Where is my new or replacement card' },
  {
    name: 'digital_wallet',
    group: 'card',
    description: 'Apple Pay, Google Pay, wallet provisioning or status',
  },
  {
    name: 'card_declined',
    group: 'card',
    description: 'My card was declined (not because the customer locked it)',
  },
  // rewards
  { name: 'rewards_balance', group: 'rewards', description: 'Points balance, points earned' },
  { name: 'pay_with_points', group: 'rewards', description: 'Use points to pay for charges' },
  {
    name: 'redemption_issue',
    group: 'rewards',
    description: 'A redemption failed, points missing after redemption',
  },
  {
    name: 'benefits_info',
    group: 'rewards',
    description: 'Lounges, statement credits, purchase, phone and rental-car protection, benefit terms',
  },
  // account
  { name: 'add_authorized_user', group: 'account', description: 'Add an additional cardholder' },
  { name: 'remove_authorized_user', group: 'account', description: 'Remove an additional cardholder' },
  { name: 'update_contact_info', group: 'account', description: 'Change phone number or e-mail' },
  { name: 'update_address', group: 'account', description: 'Change mailing or billing address' },
  {
    name: 'communication_preferences',
    group: 'account',
    description: 'Paperless, alerts, marketing e-mails',
  },
  // credit
  { name: 'credit_limit_increase', group: 'credit', description: 'Raise my limit / am I eligible' },
  { name: 'apr_info', group: 'credit', description: 'Interest rate, APR, how interest is charged' },
  { name: 'product_change', group: 'credit', description: 'Upgrade or downgrade the card product' },
  // travel
  {
    name: 'travel_booking',
    group: 'travel',
    description: "Bookings and itineraries made through the issuer's travel service",
  },
  {
    name: 'trip_protection',
    group: 'travel',
    description: 'Trip delay, cancellation or interruption coverage',
  },
  // service
  { name: 'talk_to_agent', group: 'service', description: 'Wants a person or a specialist team' },
  {
    name: 'supervisor',
    group: 'service',
    description:
      'Wants a manager, someone higher up, escalation after a bad experience with a representative',
  },
  { name: 'file_complaint', group: 'service', description: 'Wants a complaint logged' },
  {
    name: 'case_status',
    group: 'service',
    description: 'Status of any case, request, complaint or ticket that is not a dispute',
  },
  { name: 'request_summary', group: 'service', description: 'Send me a summary or transcript of this chat' },
  { name: 'upload_documents', group: 'service', description: 'How to send receipts or documents' },
  // dialog
  { name: 'greeting', group: 'dialog', description: 'Hello, hi, good morning' },
  { name: 'goodbye', group: 'dialog', description: 'Bye, that is all, talk later' },
  { name: 'thanks', group: 'dialog', description: 'Thank you' },
  { name: 'affirm', group: 'dialog', description: "Yes, that's right" },
  { name: 'deny', group: 'dialog', description: "No, that's not it" },
  {
    name: 'out_of_scope',
    group: 'dialog',
    description:
      "Anything this issuer's chat cannot handle: weather, recipes, sports, coding, crypto prices, and other banks' or issuers' products (another bank's card declined, another bank's points, payment apps), even when the wording matches an in-scope intent",
  },
] as const satisfies readonly IntentDefinition[];

export type IntentName = (typeof INTENTS)[number]['name'];

export const INTENT_NAMES: readonly IntentName[] = INTENTS.map((intent) => intent.name);

const NAME_SET: ReadonlySet<string> = new Set(INTENT_NAMES);

export function isIntentName(value: string): value is IntentName {
  return NAME_SET.has(value);
}

export type Lang = 'en' | 'es';
