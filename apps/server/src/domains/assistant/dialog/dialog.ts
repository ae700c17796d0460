/*
 * The assistant's dialog: one customer message in, replies (and maybe a handoff) out. Pure apart
 * from the issuer core and the knowledge base it is given, so every path is testable without
 * sockets. The rules that keep customers out of "doom loops":
 *  - asking for a person ("agent", "representante", "human", the talk_to_agent intent) hands off at
 *    once, from any state;
 *  - a low-confidence guess offers the two likeliest readings and an agent;
 *  - two misunderstandings in a row offer an agent;
 *  - nothing is changed without an explicit yes, and nothing already given is asked again.
 */
import type { IntentName } from '../data/intents.ts';
import { isIntentName } from '../data/intents.ts';
import { continueCaseFlow, escalateComplaints, isCaseAwaiting } from './cases-flows.ts';
import { FLOWS, isRecordedIntent, RECORDED_KIND, runChange } from './flows.ts';
import { anythingElse, handOff, knowledgeReply, quickReplies } from './replies.ts';
import { type Lang, ROUTES } from './routing.ts';
import { TEXT } from './texts.ts';
import type { DialogDeps, DialogState, Reply, TurnContext, TurnOutput, Understanding } from './types.ts';
import { continueWorkflow, isWorkflowAwaiting, WORKFLOW_BUTTONS } from './workflow-flows.ts';

/** Below this probability the assistant does not act on its guess. */
export const LOW_CONFIDENCE = 0.45;
/** How many of the customer's messages the handoff summary quotes. */
const WORDS_KEPT = 6;

export function initialState(lang: Lang): DialogState {
  return {
    v: 1,
    lang,
    topic: null,
    awaiting: null,
    misunderstood: 0,
    facts: [],
    steps: [],
    customerSteps: [],
    words: [],
    recorded: [],
    handedOff: false,
  };
}

const YES =
  /^(?:y|ya|yes+|yeah|yep|yup|sure|ok(?:ay)?|k|please(?: do)?|do it|go ahead|correct|right|confirm(?:ed)?|s[ií]+|claro|dale|va|por favor|adelante|de acuerdo|h[aá]galo|conf[ií]rmo|confirmar)\b/i;
const NO =
  /^(?:n|no+|nope|nah|cancel|don'?t|do not|stop|never ?mind|not now|mejor no|cancela[r]?|todav[ií]a no)\b/i;

function yesOrNo(u: Understanding): 'yes' | 'no' | null {
  if (u.quickReply === 'yes') return 'yes';
  if (u.quickReply === 'no') return 'no';
  const t = u.text.trim().toLowerCase();
  const short = t.split(/\s+/).length <= 6;
  if (short && NO.test(t)) return 'no';
  if (short && YES.test(t)) return 'yes';
  if (u.confidence >= LOW_CONFIDENCE && u.intent === 'affirm') return 'yes';
  if (u.confidence >= LOW_CONFIDENCE && u.intent === 'deny') return 'no';
  return null;
}

function intentButtons(intents: IntentName[], lang: Lang) {
  return intents.map((i) => ({ value: `intent:${i}`, label: ROUTES[i].button[lang] }));
}

/** The greeting's buttons: the most asked-for tasks, and a person. */
export const POPULAR: IntentName[] = ['lock_card', 'payment_due_date', 'balance_inquiry', 'dispute_charge'];

export function greetingReplies(lang: Lang, firstName: string | null, card: string | null): Reply[] {
  return [
    quickReplies(TEXT.greeting(firstName, card, lang), [
      ...intentButtons(POPULAR, lang),
      { value: 'agent', label: TEXT.talkToAgent[lang] },
    ]),
  ];
}

function newOutput(): TurnOutput {
  return { replies: [], handoff: null, afterHandoff: [], recorded: [], changes: [] };
}

function misunderstood(state: DialogState, out: TurnOutput, body: string, u: Understanding) {
  state.misunderstood += 1;
  state.awaiting = null;
  if (state.misunderstood >= 2) {
    state.awaiting = { kind: 'agent_offer' };
    out.replies.push(
      quickReplies(TEXT.offerAgent[state.lang], [
        { value: 'agent', label: TEXT.talkToAgent[state.lang] },
        { value: 'retry', label: TEXT.tryAgain[state.lang] },
      ]),
    );
    return;
  }
  const top = u.ranking.filter((r) => !['out_of_scope', 'affirm', 'deny'].includes(r.intent)).slice(0, 2);
  if (body === TEXT.didYouMean[state.lang] && top.length > 0) {
    state.awaiting = { kind: 'clarify', intents: top.map((r) => r.intent) };
    out.replies.push(
      quickReplies(body, [
        ...intentButtons(
          top.map((r) => r.intent),
          state.lang,
        ),
        { value: 'agent', label: TEXT.talkToAgent[state.lang] },
      ]),
    );
    return;
  }
  out.replies.push(
    quickReplies(body, [
      ...intentButtons(POPULAR.slice(0, 3), state.lang),
      { value: 'agent', label: TEXT.talkToAgent[state.lang] },
    ]),
  );
}

function remember(state: DialogState, u: Understanding) {
  if (u.quickReply === null && u.text.trim()) {
    state.words = [...state.words, u.text.trim().slice(0, 500)].slice(-WORDS_KEPT);
  }
  // Follow the customer's language when a message says it clearly (a button press says nothing).
  if (u.quickReply === null && u.langConfidence >= 0.85 && u.text.trim().split(/\s+/).length >= 2) {
    state.lang = u.lang;
  }
  for (const e of u.entities) {
    const label =
      e.type === 'amount'
        ? 'Amount'
        : e.type === 'date'
          ? 'Date'
          : e.type === 'merchant'
            ? 'Merchant'
            : 'Card ending in';
    const value = e.type === 'amount' ? `$${e.value.toFixed(2)}` : String(e.value);
    if (!state.facts.some((f) => f.label === label && f.value === value)) {
      state.facts = [...state.facts, { label, value }].slice(-12);
    }
  }
}

/** One customer message → what the assistant does. Mutates and returns `state` through the output. */
export async function step(
  state: DialogState,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
): Promise<TurnOutput> {
  const out = newOutput();
  remember(state, u);

  // "I'm still here" (the idle warning while in line): the place is kept by the message itself.
  if (u.quickReply === 'still_here') {
    state.awaiting = null;
    out.replies.push({ body: TEXT.keptPlace[state.lang] });
    return out;
  }

  // A person, at any point. (Telling what happened for a complaint may mention "the agent" without
  // asking for one: there only a button or a very short message counts.)
  const tellingComplaint =
    state.awaiting?.kind === 'complaint_words' &&
    u.quickReply === null &&
    u.text.trim().split(/\s+/).length > 3;
  if (
    u.quickReply === 'agent' ||
    u.quickReply === 'supervisor' ||
    // A button says what it says: its label is not read for "agent" or "supervisor".
    (u.quickReply === null &&
      !tellingComplaint &&
      (u.asksForPerson ||
        (u.confidence >= LOW_CONFIDENCE && (u.intent === 'talk_to_agent' || u.intent === 'supervisor'))))
  ) {
    const intent: IntentName =
      u.quickReply === 'supervisor' || (u.intent === 'supervisor' && u.quickReply === null)
        ? 'supervisor'
        : 'talk_to_agent';
    // A complaint opened in this chat goes to the supervisor on its own timeline too.
    if (intent === 'supervisor') await escalateComplaints(state, out, ctx, deps);
    handOff(
      state,
      out,
      intent,
      intent === 'supervisor' ? 'The customer asked for a supervisor.' : 'The customer asked for an agent.',
    );
    return out;
  }

  // Answers to the last prompt.
  const awaiting = state.awaiting;
  state.awaiting = null;
  if (awaiting) {
    const yn = yesOrNo(u);
    if (isCaseAwaiting(awaiting)) {
      if (await continueCaseFlow(awaiting, yn, state, out, u, ctx, deps)) return out;
    }
    if (isWorkflowAwaiting(awaiting)) {
      if (await continueWorkflow(awaiting, yn, state, out, u, ctx, deps)) return out;
    }
    switch (awaiting.kind) {
      case 'confirm': {
        if (yn === 'yes') {
          await runChange(awaiting, state, out, u, ctx, deps);
          return out;
        }
        if (yn === 'no') {
          if (awaiting.action === 'lost_lock') {
            handOff(
              state,
              out,
              'lost_stolen_card',
              'Lost or stolen card; the customer did not want it locked first.',
            );
            return out;
          }
          out.replies.push({ body: TEXT.cancelled[state.lang] });
          anythingElse(state, out);
          return out;
        }
        break;
      }
      case 'card': {
        const chosen = u.quickReply?.startsWith('card:') ? u.quickReply.slice(5) : null;
        const last4 =
          u.entities.find((e) => e.type === 'last4')?.value ?? /^\s*(\d{4})\s*$/.exec(u.text)?.[1] ?? null;
        if (chosen || last4) {
          const flow =
            awaiting.action === 'unlock'
              ? 'unlock_card'
              : awaiting.action === 'lock'
                ? 'lock_card'
                : awaiting.action === 'damaged'
                  ? 'damaged_card'
                  : 'lost_stolen_card';
          await FLOWS[flow]!(state, out, u, ctx, deps, {
            cardId: chosen,
            last4: last4 ? String(last4) : null,
          });
          return out;
        }
        break;
      }
      case 'clarify': {
        const picked = u.quickReply?.startsWith('intent:') ? u.quickReply.slice(7) : null;
        if (picked && isIntentName(picked)) {
          return handleIntent(state, out, { ...u, intent: picked, confidence: 1 }, ctx, deps);
        }
        break;
      }
      case 'agent_offer': {
        if (yn === 'yes') {
          handOff(
            state,
            out,
            state.topic ?? 'talk_to_agent',
            'The assistant could not understand the customer twice.',
          );
          return out;
        }
        if (yn === 'no' || u.quickReply === 'retry') {
          state.misunderstood = 0;
          out.replies.push({ body: TEXT.keepTrying[state.lang] });
          return out;
        }
        break;
      }
      case 'anything_else': {
        if (yn === 'no' || (u.confidence >= LOW_CONFIDENCE && u.intent === 'goodbye')) {
          out.replies.push({ body: TEXT.goodbye[state.lang] });
          return out;
        }
        if (yn === 'yes' && u.text.trim().split(/\s+/).length <= 3) {
          out.replies.push({ body: TEXT.howCanIHelp[state.lang] });
          return out;
        }
        break;
      }
    }
  }

  // A button of a question already answered (pressed twice, or from an older message).
  if (
    u.quickReply &&
    (/^(?:charge|mine|reason|merchant|category):/.test(u.quickReply) || WORKFLOW_BUTTONS.test(u.quickReply))
  ) {
    out.replies.push({ body: TEXT.staleButton[state.lang] });
    anythingElse(state, out);
    return out;
  }

  // A button naming a task.
  const picked = u.quickReply?.startsWith('intent:') ? u.quickReply.slice(7) : null;
  if (picked && isIntentName(picked))
    return handleIntent(state, out, { ...u, intent: picked, confidence: 1 }, ctx, deps);
  return handleIntent(state, out, u, ctx, deps);
}

async function handleIntent(
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
): Promise<TurnOutput> {
  if (u.intent === 'out_of_scope' || u.confidence < LOW_CONFIDENCE) {
    // A general question the knowledge base can answer is not a misunderstanding.
    const hit = deps.knowledge?.answer(u.text, state.lang) ?? null;
    if (hit) {
      state.misunderstood = 0;
      out.replies.push(await knowledgeReply(hit, u.text, state.lang, deps));
      anythingElse(state, out);
      return out;
    }
    misunderstood(
      state,
      out,
      u.intent === 'out_of_scope' ? TEXT.outOfScope[state.lang] : TEXT.didYouMean[state.lang],
      u,
    );
    return out;
  }
  state.misunderstood = 0;
  const intent = u.intent;
  if (!['greeting', 'goodbye', 'thanks', 'affirm', 'deny', 'request_summary'].includes(intent))
    state.topic = intent;

  // Rights and urgency: recorded with the time the message arrived, whatever happens next.
  if (isRecordedIntent(intent)) {
    const kind = RECORDED_KIND[intent]!;
    out.recorded.push({
      kind,
      intent,
      messageSeq: u.seq,
      words: u.text,
      entities: u.entities,
      receivedAt: u.receivedAt,
    });
    state.recorded = [...state.recorded, { kind, receivedAt: u.receivedAt.toISOString() }];
  }

  const flow = FLOWS[intent];
  if (flow) {
    await flow(state, out, u, ctx, deps, {
      cardId: null,
      last4: (u.entities.find((e) => e.type === 'last4')?.value as string | undefined) ?? null,
    });
    return out;
  }
  // Nothing the assistant can finish itself yet: the right team, with everything said so far.
  handOff(state, out, intent, `${ROUTES[intent].label}: the assistant cannot complete this itself.`);
  return out;
}
