/** Test helper: what the engine found, as [type, original substring] pairs. */
import { redact } from './redact.ts';
import type { Language } from './types.ts';

export function found(text: string, language?: Language): [string, string][] {
  return redact(text, language ? { language } : {}).spans.map((s) => [s.type, text.slice(s.start, s.end)]);
}
