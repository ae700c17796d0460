import type { MessagePayload } from '@clearline/protocol';
import type { Card, IssuerCore } from '../../accounts/index.ts';
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
  | { kind: 'card'; action: 'lock' | 'unlock' | 'lost_lock' }
  | { kind: 'clarify'; intents: IntentName[] }
  | { kind: 'agent_offer' }
  | { kind: 'anything_else' };

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

/** What a turn may use: the issuer core, the knowledge base, the clock, reference numbers. */
export interface DialogDeps {
  core: IssuerCore;
  knowledge: KnowledgeSource | null;
  now: () => Date;
  newReference: () => string;
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
