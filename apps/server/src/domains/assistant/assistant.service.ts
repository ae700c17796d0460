/*
 * The assistant at work: it answers customer messages of conversations it still has (before an
 * agent takes them). Each node answers the messages it stored (domain events are per node); turns
 * of one conversation run one at a time on a node, and a turn commits only if nobody answered the
 * same messages meanwhile (a compare-and-set on `assistant_sessions.handled_seq`), so two nodes
 * never answer twice. Changes made through the issuer core are idempotent, so a turn that loses
 * the race changes nothing twice.
 */
import { randomUUID } from 'node:crypto';
import type { Conversation, HandoffSummary, Language, Message } from '@clearline/protocol';
import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import type { DomainEvent, EventBus } from '../../platform/events.ts';
import type { Logger } from '../../platform/logger.ts';
import { newReference } from '../../platform/reference.ts';
import type { IssuerCore } from '../accounts/index.ts';
import type { CaseService } from '../cases/index.ts';
import {
  ASSISTANT_STATUSES,
  type AssistantHandoff,
  type AssistantHooks,
  type AssistantReply,
  type ConversationService,
} from '../conversations/index.ts';
import type { DocumentService } from '../documents/index.ts';
import type { StepUpService } from '../security/index.ts';
import type { WorkflowService } from '../workflows/index.ts';
import { assistantSessions, recordedRequests } from './assistant.tables.ts';
import { casesForAssistant } from './cases-port.ts';
import { greetingReplies, initialState, step } from './dialog/dialog.ts';
import { type Lang, ROUTES, routeFor, TEAM_NAMES } from './dialog/routing.ts';
import { TEXT } from './dialog/texts.ts';
import type {
  DialogDeps,
  DialogState,
  KnowledgeSource,
  OfferedUploadLink,
  Reply,
  TurnOutput,
} from './dialog/types.ts';
import { documentsForAssistant } from './documents-port.ts';
import { createKnowledgeBase, type KnowledgeAnswer, type KnowledgeBase } from './knowledge/index.ts';
import type { LanguageModel } from './llm/index.ts';
import type { IntentClassifier } from './nlu/index.ts';
import { understand } from './understand.ts';
import { workflowsForAssistant } from './workflows-port.ts';

/** An audit entry for a change the assistant made (written in the turn's transaction). */
export interface AssistantAuditEntry {
  actor: { kind: 'assistant'; id: string };
  action: string;
  subject: { type: string; id: string };
  cardAccountId: string;
  conversationId: string;
  before?: unknown;
  after?: unknown;
}

export interface AssistantDeps {
  db: Db;
  bus: EventBus;
  clock: Clock;
  logger: Logger;
  conversations: () => ConversationService;
  core: IssuerCore;
  model: IntentClassifier;
  /** Default: the team's knowledge base. */
  knowledge?: KnowledgeSource | null;
  /** The optional language model (rewording knowledge answers, a note for agents at handoff). */
  languageModel?: LanguageModel | null;
  audit?: ((entry: AssistantAuditEntry, tx: Tx) => Promise<unknown>) | null;
  /** Cases: disputes, complaints and case status finish in the chat (else they go to a team). */
  cases?: CaseService | null;
  /** Account workflows (with cases and step-up): payments, cards, account changes finish in the chat. */
  workflows?: WorkflowService | null;
  stepUp?: StepUpService | null;
  /** Secure upload links: offered on a dispute the assistant opens (once per case). */
  documents?: DocumentService | null;
}

/** The knowledge base, as the dialog uses it. */
export function knowledgeSource(kb: KnowledgeBase): KnowledgeSource {
  const hit = (a: KnowledgeAnswer | null) =>
    a ? { articleId: a.articleId, title: a.title, text: a.answer, citation: a.citation } : null;
  return {
    answer: (question, lang) => hit(kb.answer(question, lang)),
    byIntent: (intent, lang) => hit(kb.byIntent(intent, lang)),
  };
}

const VERIFICATION =
  "Signed in to the issuer's site or app (the chat token is bound to this cardmember and card account). No step-up verification done in this chat.";

export type Assistant = ReturnType<typeof createAssistant>;

export function createAssistant(deps: AssistantDeps) {
  const { db, clock, logger, core, model } = deps;
  const chains = new Map<string, Promise<void>>();
  let closing = false;
  const knowledge = deps.knowledge === undefined ? knowledgeSource(createKnowledgeBase()) : deps.knowledge;
  const llm = deps.languageModel?.enabled ? deps.languageModel : null;
  const cases = deps.cases ? casesForAssistant(deps.cases, db, () => clock.now()) : null;
  const workflows =
    deps.workflows && deps.cases && deps.stepUp
      ? workflowsForAssistant(deps.workflows, deps.cases, deps.stepUp)
      : null;
  const documents = deps.documents ? documentsForAssistant(deps.documents) : null;

  const hooks: AssistantHooks = {
    displayName: (language: Language) => TEXT.assistantName[language],
    greeting: (language, card) =>
      greetingReplies(language, null, card ? `${card.productName} ••••${card.last4}` : null).map(toReply),
  };

  function toReply(r: Reply): AssistantReply {
    return { body: r.body, payload: r.payload ?? null };
  }

  function uploadLinkReply(
    link: NonNullable<Reply['uploadLink']>,
    offered: OfferedUploadLink,
  ): AssistantReply {
    if (!offered.created) {
      return {
        body: TEXT.uploadLinkSentBefore(
          { reference: link.reference, expiresAt: offered.expiresAt, active: offered.status === 'active' },
          link.lang,
        ),
      };
    }
    return {
      body: TEXT.uploadLinkOffered({ reference: link.reference, ...offered }, link.lang),
      payload: {
        type: 'upload_link',
        caseReference: link.reference,
        url: offered.url,
        expiresAt: offered.expiresAt,
        maxFiles: offered.maxFiles,
      },
    };
  }

  function summaryFor(
    conversation: Conversation,
    state: DialogState,
    intent: keyof typeof ROUTES,
    queue: string,
    priority: number,
    reason: string,
  ): HandoffSummary {
    const facts = [...state.facts];
    if (conversation.card) {
      facts.unshift({
        label: 'Card account',
        value: `${conversation.card.productName} ending in ${conversation.card.last4}`,
      });
    }
    return {
      intent,
      intentLabel: ROUTES[intent].label,
      queue,
      priority,
      reason,
      language: state.lang,
      facts,
      steps: [...state.steps],
      verification: VERIFICATION,
      customerWords: [...state.words],
      recorded: [...state.recorded],
    };
  }

  async function runTurn(conversationId: string): Promise<void> {
    const conversations = deps.conversations();
    const conversation = await conversations.peek(conversationId);
    if (!conversation || !ASSISTANT_STATUSES.includes(conversation.status)) return;
    const [session] = await db
      .select()
      .from(assistantSessions)
      .where(eq(assistantSessions.conversationId, conversationId));
    const handledSeq = session?.handledSeq ?? 0;
    const pending: Message[] = await conversations.customerMessagesAfter(conversationId, handledSeq);
    if (pending.length === 0) return;

    const state: DialogState = session
      ? (session.state as unknown as DialogState)
      : initialState(conversation.language as Lang);
    state.handedOff = conversation.status !== 'assistant';
    const cardmember = await core.getCardmember(conversation.cardmemberId);
    const ctx = {
      conversationId,
      cardmemberId: conversation.cardmemberId,
      cardAccountId: conversation.cardAccountId,
      firstName: cardmember?.firstName ?? null,
    };
    const dialogDeps: DialogDeps = {
      core,
      cases,
      workflows,
      uploadLinks: documents !== null,
      knowledge,
      now: () => clock.now(),
      newReference: () => newReference(),
      ...(llm
        ? {
            rephrase: (answer: string, question: string, lang: Lang) =>
              llm.rephrase({ answer, question, lang }),
          }
        : {}),
    };

    const replies: AssistantReply[] = [];
    const afterHandoff: AssistantReply[] = [];
    let handoff: AssistantHandoff | null = null;
    const recorded: TurnOutput['recorded'] = [];
    const changes: TurnOutput['changes'] = [];
    // Replies that stand for an upload link: written in the turn's transaction, once it is claimed.
    const links: Array<{ list: AssistantReply[]; index: number; link: NonNullable<Reply['uploadLink']> }> =
      [];
    const collect = (list: AssistantReply[], rs: Reply[]) => {
      for (const r of rs) {
        if (r.uploadLink) links.push({ list, index: list.length, link: r.uploadLink });
        list.push(toReply(r));
      }
    };
    for (const message of pending) {
      const u = understand(model, {
        text: message.body,
        quickReply: message.quickReply,
        previousLang: state.lang,
        receivedAt: new Date(message.createdAt),
        seq: message.seq,
      });
      const out = await step(state, u, ctx, dialogDeps);
      recorded.push(...out.recorded);
      changes.push(...out.changes);
      collect(handoff ? afterHandoff : replies, out.replies);
      if (out.handoff && !handoff) {
        const { queue, priority } = routeFor(out.handoff.intent, {
          lang: state.lang,
          segment: cardmember?.segment ?? 'consumer',
        });
        handoff = {
          queue,
          priority,
          reason: out.handoff.reason,
          summary: summaryFor(conversation, state, out.handoff.intent, queue, priority, out.handoff.reason),
        };
        afterHandoff.push({ body: TEXT.handoff(TEAM_NAMES[queue][state.lang], state.lang) });
      }
    }
    if (handoff && llm) {
      // Only redacted text exists here; the port redacts again before sending.
      const note = await llm.summarize({
        transcript: state.words.map((text) => ({ role: 'customer' as const, text })),
        lang: 'en',
      });
      if (note) handoff.summary.note = note;
    }
    const lastSeq = pending.at(-1)!.seq;
    const now = clock.now();

    const claim = async (tx: Tx): Promise<boolean> => {
      const stored = { ...state } as unknown as Record<string, unknown>;
      const claimed = session
        ? await tx
            .update(assistantSessions)
            .set({ handledSeq: lastSeq, state: stored, updatedAt: now })
            .where(
              and(
                eq(assistantSessions.conversationId, conversationId),
                eq(assistantSessions.handledSeq, handledSeq),
              ),
            )
            .returning({ id: assistantSessions.conversationId })
        : await tx
            .insert(assistantSessions)
            .values({ conversationId, handledSeq: lastSeq, state: stored, updatedAt: now })
            .onConflictDoNothing()
            .returning({ id: assistantSessions.conversationId });
      if (claimed.length !== 1) return false;
      for (const { list, index, link } of links) {
        // Only offered when the documents port exists (DialogDeps.uploadLinks).
        const offered = await documents!.uploadLinkFor({ caseId: link.caseId, conversationId }, tx);
        list[index] = uploadLinkReply(link, offered);
      }
      if (recorded.length > 0) {
        await tx.insert(recordedRequests).values(
          recorded.map((r) => ({
            id: randomUUID(),
            conversationId,
            cardmemberId: conversation.cardmemberId,
            cardAccountId: conversation.cardAccountId,
            kind: r.kind,
            intent: r.intent,
            messageSeq: r.messageSeq,
            words: r.words,
            entities: r.entities as unknown as Array<Record<string, unknown>>,
            receivedAt: r.receivedAt,
          })),
        );
      }
      if (deps.audit) {
        for (const c of changes) {
          await deps.audit(
            {
              actor: { kind: 'assistant', id: 'assistant' },
              action: c.action,
              subject: c.subject,
              cardAccountId: conversation.cardAccountId,
              conversationId,
              before: c.before,
              after: { ...(c.after as object), reference: c.reference },
            },
            tx,
          );
        }
      }
      return true;
    };
    await conversations.assistantTurn(conversationId, { claim, replies, handoff, afterHandoff });
  }

  function schedule(conversationId: string) {
    if (closing) return;
    const previous = chains.get(conversationId) ?? Promise.resolve();
    const next = previous
      .then(() => runTurn(conversationId))
      .catch((err) => logger.error({ err, conversationId }, 'assistant turn failed'))
      .finally(() => {
        if (chains.get(conversationId) === next) chains.delete(conversationId);
      });
    chains.set(conversationId, next);
  }

  function onEvent(event: DomainEvent) {
    if (
      event.type === 'message.created' &&
      event.message.author.kind === 'customer' &&
      ASSISTANT_STATUSES.includes(event.conversation.status)
    ) {
      schedule(event.message.conversationId);
    }
  }
  const unsubscribe = deps.bus.subscribe(onEvent);

  return {
    hooks,
    /** Answers whatever the customer wrote that is still unanswered (used after restarts, and by tests). */
    runTurn,
    /** What the assistant did in a conversation, as written for the customer (for the end-of-chat summary). */
    async customerSteps(conversationId: string): Promise<string[]> {
      const [row] = await deps.db
        .select({ state: assistantSessions.state })
        .from(assistantSessions)
        .where(eq(assistantSessions.conversationId, conversationId));
      const steps = (row?.state as { customerSteps?: unknown } | undefined)?.customerSteps;
      return Array.isArray(steps) ? steps.filter((x): x is string => typeof x === 'string') : [];
    },
    /** Turns still running. */
    get busy(): number {
      return chains.size;
    },
    /** Stops taking new turns and waits for running ones (up to `ms`). */
    async close(ms = 5_000): Promise<void> {
      closing = true;
      unsubscribe();
      await Promise.race([
        Promise.allSettled([...chains.values()]),
        new Promise((r) => setTimeout(r, ms).unref()),
      ]);
    },
  };
}
