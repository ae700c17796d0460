/* From a customer's (redacted) message to what the dialog needs: intent, language, entities. */
import type { IntentName } from './data/intents.ts';
import { isIntentName } from './data/intents.ts';
import type { Lang } from './dialog/routing.ts';
import type { Understanding } from './dialog/types.ts';
import { extractEntities } from './entities/index.ts';
import { detectLanguage, type IntentClassifier } from './nlu/index.ts';

/** Words that ask for a person, in English and Spanish. */
const PERSON =
  /\b(?:agent|agents|agente|agentes|representative|representativ|rep|representante|human|humano|humana|person|persona|operator|operador|operadora|someone real|real person|live chat|live person|asesor|asesora|ejecutivo|ejecutiva)\b/i;

/** Short messages (a handful of words) that name a person are a request for one, whatever else they say. */
export function asksForPerson(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && PERSON.test(text);
}

export function understand(
  model: IntentClassifier,
  input: { text: string; quickReply: string | null; previousLang: Lang; receivedAt: Date; seq: number },
): Understanding {
  const text = input.text;
  const prediction = model.predict(text, 5);
  const language = detectLanguage(text, input.previousLang);
  const ranking = prediction.ranking
    .filter((r): r is { intent: IntentName; confidence: number } => isIntentName(r.intent))
    .filter((r) => r.intent !== 'out_of_scope');
  const intent: IntentName =
    prediction.outOfScope || !isIntentName(prediction.intent) ? 'out_of_scope' : prediction.intent;
  return {
    text,
    quickReply: input.quickReply,
    intent,
    confidence: prediction.confidence,
    ranking,
    lang: language.lang,
    langConfidence: language.confidence,
    entities: extractEntities(text, { lang: language.lang, now: input.receivedAt }),
    asksForPerson: asksForPerson(text),
    receivedAt: input.receivedAt,
    seq: input.seq,
  };
}
