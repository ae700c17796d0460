import type {
  ComplaintCategory,
  DisputeReason,
  MessagePayload,
  StepUpAction,
  StepUpStatus,
  WorkflowName,
} from '@clearline/protocol';
import type { Card, IssuerCore } from '../../accounts/index.ts';
import type { AmountDueExcludingDisputes } from '../../cases/index.ts';
import type { WorkflowService } from '../../workflows/index.ts';
import type { IntentName } from '../data/intents.ts';
import type { Entity } from '../entities/index.ts';
import type { Lang } from './routing.ts';

/** What the assistant understood of one customer message. */
export interface Understanding {
  /** The customer's (already redacted) words. */
  text: string;
  /** The quick-reply button pressed, if any (its value). */
  quickReply: string | null;
  intent: IntentName;
  confidence: number;
  /** In-scope intents by decreasing probability. */
  ranking: Array<{ intent: IntentName; confidence: number }>;
  lang: Lang;
  langConfidence: number;
  entities: Entity[];
  /** The customer asked for a person in so many words ("agent", "representante", "human"). */
  asksForPerson: boolean;
  /** When the message was received (its stored time). */
  receivedAt: Date;
  seq: number;
}

/** What the last assistant prompt waits for. */
export type Awaiting =
  | { kind: 'confirm'; action: 'lock' | 'unlock' | 'lost_lock'; cardId: string; last4: string }
  | { kind: 'card'; action: 'lock' | 'unlock' | 'lost_lock' | 'damaged' }
  | { kind: 'clarify'; intents: IntentName[] }
  | { kind: 'agent_offer' }
  | { kind: 'anything_else' }
  // Dispute intake (cases-flows.ts): the charge, whether it is theirs, the reason, the merchant, a yes.
  | { kind: 'dispute_charge'; draft: DisputeDraft; candidates: ChargeChoice[] }
  | { kind: 'dispute_recognise'; draft: DisputeDraft }
  | { kind: 'dispute_reason'; draft: DisputeDraft }
  | { kind: 'dispute_merchant'; draft: DisputeDraft }
  | { kind: 'dispute_confirm'; draft: DisputeDraft }
  // Complaints: their words, then the category.
  | { kind: 'complaint_words' }
  | { kind: 'complaint_category'; words: string; ranked: ComplaintCategory[] }
  // "Would you like an agent?" after something the assistant cannot finish: yes hands off.
  | { kind: 'handoff_offer'; intent: IntentName; reason: string }
  // Account workflows (workflow-flows.ts): what they still need, then a yes, then maybe a step-up.
  | { kind: 'wf_confirm'; op: WorkflowOp }
  | { kind: 'step_up'; op: WorkflowOp; challengeId: string; key: string }
  | { kind: 'pay_amount'; min: number | null; statement: number | null; typed: number | null }
  | { kind: 'pay_other' }
  | { kind: 'pay_bank'; amountCents: number; paymentDate: string | null; banks: BankChoice[] }
  | { kind: 'due_day'; currentDueDay: number }
  | { kind: 'points_charges'; charges: ChargeChoice[]; balance: number; centsPerPointX100: number }
  | { kind: 'contact_field' }
  | { kind: 'contact_value'; field: 'phone' | 'email' | 'address' }
  | { kind: 'au_name' }
  | { kind: 'au_pick'; users: Array<{ id: string; name: string; last4: string }> }
  | { kind: 'prefs' };

/** A linked bank account as offered on a button (last four digits only). */
export interface BankChoice {
  id: string;
  bankName: string;
  last4: string;
}

/**
 * A change the customer is asked to confirm: the workflow, its input, the intent it serves, the
 * step-up it needs (if any) and, once confirmed, the idempotency key from the confirming message.
 */
export interface WorkflowOp {
  workflow: WorkflowName;
  intent: IntentName;
  input: Record<string, unknown>;
  stepUp: { action: StepUpAction; field?: 'phone' | 'email' | 'address' } | null;
  /** For a lost or stolen card: the reason read from the customer's words. */
  reason?: 'lost' | 'stolen';
}

/** What the dialog uses of the workflows service and the step-up service. */
export interface AssistantWorkflows {
  run: WorkflowService['run'];
  /** The latest statement's amounts with pending disputes left out. */
  amountDue(cardAccountId: string): Promise<AmountDueExcludingDisputes | null>;
  stepUp: {
    /** Sends an approval prompt to the cardmember's signed-in site or app. */
    require(input: {
      cardmemberId: string;
      conversationId: string;
      cardAccountId: string;
      action: StepUpAction;
    }): Promise<{ id: string }>;
    status(challengeId: string): Promise<StepUpStatus | null>;
  };
}

/** A posted charge the customer may dispute, as offered on a button. */
export interface ChargeChoice {
  transactionId: string;
  amountCents: number;
  merchant: string;
  /** YYYY-MM-DD, the transaction date. */
  date: string;
  cardLast4: string;
}

/** What the dispute intake has gathered so far. */
export interface DisputeDraft {
  intent: 'dispute_charge' | 'unrecognized_charge';
  charge: ChargeChoice | null;
  reason: DisputeReason | null;
  /** What the customer did with the merchant (English, for agents), once asked. */
  merchantContact: string | null;
}

export interface Fact {
  label: string;
  value: string;
}

export type RecordedKind = 'dispute' | 'unrecognized_charge' | 'fraud' | 'complaint';

export interface RecordedRequest {
  kind: RecordedKind;
  intent: IntentName;
  messageSeq: number;
  words: string;
  entities: Entity[];
  receivedAt: Date;
}

/** The assistant's memory of one conversation (stored as JSON between turns). */
export interface DialogState {
  v: 1;
  lang: Lang;
  /** The main thing the customer came for (the handoff's intent). */
  topic: IntentName | null;
  awaiting: Awaiting | null;
  /** Misunderstandings in a row. */
  misunderstood: number;
  facts: Fact[];
  /** What was done, in English for agents. */
  steps: string[];
  /** The same, in the customer's language, for their summary. */
  customerSteps: string[];
  /** The customer's last words (redacted), oldest first. */
  words: string[];
  recorded: Array<{ kind: RecordedKind; receivedAt: string }>;
  handedOff: boolean;
}

export interface Reply {
  body: string;
  payload?: MessagePayload | null;
  /**
   * Stands for the offer of a secure upload link for this case: the assistant service creates the
   * link (once per case) in the turn's own transaction, after the turn is claimed, and writes the
   * text then (`body` is not used). A turn that loses the claim creates no link.
   */
  uploadLink?: { caseId: string; reference: string; lang: Lang };
}

/** A handoff the dialog asks for: the conversation goes to this intent's queue. */
export interface HandoffRequest {
  intent: IntentName;
  reason: string;
}

/** Everything one customer message led to. */
export interface TurnOutput {
  replies: Reply[];
  handoff: HandoffRequest | null;
  /** Replies that must follow the handoff (what happens next). */
  afterHandoff: Reply[];
  recorded: RecordedRequest[];
  /** Audit entries for changes made through the issuer core. */
  changes: Array<{
    action: string;
    subject: { type: string; id: string };
    before: unknown;
    after: unknown;
    reference: string;
  }>;
}

/** A knowledge answer (the knowledge base's, adapted). */
export interface KnowledgeHit {
  articleId: string;
  title: string;
  text: string;
  /** "Help Center: <title>" as shown under the answer. */
  citation?: string;
}

export interface KnowledgeSource {
  answer(question: string, lang: Lang): KnowledgeHit | null;
  byIntent(intent: IntentName, lang: Lang): KnowledgeHit | null;
}

/** A case as the assistant tells the customer about it: status and the next date that matters. */
export interface CaseFacts {
  id: string;
  reference: string;
  type: 'dispute' | 'complaint' | 'card_replacement' | 'fee_credit' | 'account_change' | 'general';
  status: string;
  /** In the case's language (e.g. "Dispute: $298.41 at United Airlines"). */
  title: string;
  conversationId: string | null;
  /** The dates still ahead for the customer, in order (YYYY-MM-DD). */
  next: Array<{
    kind: 'acknowledge_by' | 'resolve_by' | 'first_response_by' | 'final_response_by';
    date: string;
  }>;
}

export interface DisputeOpened {
  caseId: string;
  reference: string;
  /** False when an open dispute of this charge already existed (another request). */
  created: boolean;
  /** True when this is the same request again (same idempotency key): report it as opened. */
  sameRequest: boolean;
  withinWindow: boolean;
  acknowledgementDueOn: string;
  resolutionDueOn: string;
}

export interface ComplaintLogged {
  caseId: string;
  reference: string;
  firstResponseDueOn: string;
  finalResponseDueOn: string;
}

/**
 * What the dialog uses of the cases domain (the same services the agent console calls): dispute
 * intake, complaints, escalation and the customer's own cases. Every call acts as the assistant.
 */
export interface AssistantCases {
  openDispute(input: {
    cardmemberId: string;
    cardAccountId: string;
    conversationId: string;
    transactionId: string;
    reason: DisputeReason;
    merchantContact: string | null;
    language: Lang;
    idempotencyKey: string;
  }): Promise<DisputeOpened>;
  logComplaint(input: {
    cardmemberId: string;
    cardAccountId: string;
    conversationId: string;
    category: ComplaintCategory;
    words: string;
    language: Lang;
    idempotencyKey: string;
  }): Promise<ComplaintLogged>;
  /** Passes a complaint to a supervisor (a timeline entry the customer sees); once. */
  escalateComplaint(caseId: string): Promise<void>;
  /** The cardmember's cases, newest first. */
  casesOf(cardmemberId: string): Promise<CaseFacts[]>;
  /** The case a typed reference names, only when it is this cardmember's; else null. */
  caseByReference(cardmemberId: string, reference: string): Promise<CaseFacts | null>;
}

/** What a turn may use: the issuer core, the knowledge base, the clock, reference numbers. */
export interface DialogDeps {
  core: IssuerCore;
  /** Cases (disputes, complaints, status); without it those intents are handed to their teams. */
  cases?: AssistantCases | null;
  /** Account workflows and step-up; without them those intents are handed to their teams. */
  workflows?: AssistantWorkflows | null;
  knowledge: KnowledgeSource | null;
  now: () => Date;
  newReference: () => string;
  /** Whether the assistant can send secure upload links (the documents port); without it, none offered. */
  uploadLinks?: boolean;
  /** Optional rewording of knowledge answers (the language-model port); returns the text to show. */
  rephrase?: (answer: string, question: string, lang: Lang) => Promise<string>;
}

export interface TurnContext {
  conversationId: string;
  cardmemberId: string;
  cardAccountId: string;
  firstName: string | null;
}

export type CardChoice = Pick<Card, 'id' | 'last4' | 'holderName' | 'status'>;

/** An upload link as the assistant offers it: new (with its URL), or the case's earlier one. */
export type OfferedUploadLink =
  | { created: true; url: string; expiresAt: string; maxFiles: number }
  | { created: false; expiresAt: string; maxFiles: number; status: string };
