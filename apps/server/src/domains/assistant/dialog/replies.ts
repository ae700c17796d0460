/* Reply building blocks shared by the dialog and the flows. */
import type { IntentName } from '../data/intents.ts';
import type { Lang } from './routing.ts';
import { TEXT } from './texts.ts';
import type { DialogDeps, DialogState, Reply, TurnOutput } from './types.ts';

export function quickReplies(body: string, options: Array<{ value: string; label: string }>): Reply {
  return { body, payload: { type: 'quick_replies', options } };
}

export function anythingElse(state: DialogState, out: TurnOutput) {
  state.awaiting = { kind: 'anything_else' };
  out.replies.push(
    quickReplies(TEXT.anythingElse[state.lang], [
      { value: 'no', label: TEXT.noThanks[state.lang] },
      { value: 'agent', label: TEXT.talkToAgent[state.lang] },
    ]),
  );
}

/** Hands the conversation to a person (or says the customer is already in line). */
export function handOff(state: DialogState, out: TurnOutput, intent: IntentName, reason: string) {
  state.awaiting = null;
  state.misunderstood = 0;
  if (state.handedOff) {
    out.replies.push({ body: TEXT.alreadyQueued[state.lang] });
    return;
  }
  state.handedOff = true;
  out.handoff = { intent: state.topic && intent === 'talk_to_agent' ? state.topic : intent, reason };
}

export async function knowledgeReply(
  hit: { articleId: string; title: string; text: string; citation?: string },
  question: string,
  lang: Lang,
  deps: DialogDeps,
): Promise<Reply> {
  let text = hit.text;
  if (deps.rephrase) {
    try {
      text = (await deps.rephrase(hit.text, question, lang)) || hit.text;
    } catch {
      text = hit.text;
    }
  }
  return {
    body: `${text}\n${hit.citation ?? TEXT.fromArticle(hit.title, lang)}`,
    payload: { type: 'citation', articleId: hit.articleId, title: hit.title },
  };
}
