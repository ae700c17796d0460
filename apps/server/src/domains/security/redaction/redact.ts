/**
 * The redaction engine: `redact(text, { language })` finds card numbers, card security codes, SSNs,
 * one-time codes, PINs and passwords, and returns the text with each replaced by a typed label, the spans
 * (in original-text offsets) and the notices the customer sees. See `types.ts` for the span semantics.
 */
import { detectCards } from './card-detector.ts';
import { detectContextCodes } from './context-codes.ts';
import { detectLanguage, noticeFor, replacementLabel } from './labels.ts';
import { type Normalized, normalize, toOriginalRange } from './normalize.ts';
import { detectPasswords } from './password-detector.ts';
import { findProtected, type ProtectedRange, RangeIndex } from './protected-tokens.ts';
import { detectFormattedSsn } from './ssn-detector.ts';
import { findKeywords, tokenize } from './tokens.ts';
import type {
  Detection,
  RedactionNotice,
  RedactionResult,
  RedactOptions,
  SensitiveType,
  Span,
} from './types.ts';

/** Words that make a bare "code 123" a card security code. */
const CARD_WORDS =
  /\b(?:card|cards|tarjeta|tarjetas|cc|credit|debit|credito|debito|visa|master ?card|amex|discover)\b/;
const CARD_CONTEXT =
  /\b(?:card|tarjeta|cc|credit|debit|credito|debito|visa|master ?card|amex|discover|number|numero|num|acct|account|cuenta)\b|#/;

interface Found extends Detection {
  readonly digits?: string;
}

/** All detections in normalised coordinates, overlaps resolved (higher priority, then longer, wins). */
export function detect(n: Normalized): Found[] {
  const text = n.text;
  const protectedRanges = findProtected(text);
  const labels = protectedRanges.filter((r) => r.kind === 'label');
  // the engine's own labels ("[card ending 1111]") are not the customer talking about a card
  const unlabelled = labels.reduceRight((t, l) => t.slice(0, l.start) + t.slice(l.end), text);
  const cardContext = CARD_CONTEXT.test(unlabelled);
  const tokens = tokenize(text, labels);
  const hits = findKeywords(tokens);
  // Card numbers are read in runs of digit groups; a code or password found inside a run cuts it, exactly as
  // its label will once the text is redacted. Rounds repeat until nothing changes (redaction is idempotent).
  let kept: Found[] = [];
  for (let round = 0; round < 4; round++) {
    const cuts: ProtectedRange[] = kept
      .filter((k) => k.type !== 'CREDIT_CARD')
      .map((k) => ({ kind: 'label', start: k.start, end: k.end }));
    const { cards, tailCodes } = detectCards({
      text,
      protectedRanges: [...protectedRanges, ...cuts],
      cardContext,
    });
    const earlier = kept.filter((k) => k.type !== 'CREDIT_CARD');
    const claimed = new RangeIndex([...cards, ...earlier].map((c) => ({ start: c.start, end: c.end })));
    // a "phone number" or "date" read across the digits of something already found is not one
    const found = new RangeIndex<{ start: number; end: number }>([...cards, ...tailCodes, ...earlier]);
    const benign = new RangeIndex(
      protectedRanges.filter((r) => r.kind === 'label' || !found.overlaps(r.start, r.end)),
    );
    const context = {
      text,
      tokens,
      hits,
      protectedRanges: benign,
      claimed,
      cardContext: CARD_WORDS.test(unlabelled) || cards.length > 0,
    };
    const next = resolve([
      ...cards,
      ...tailCodes,
      ...earlier,
      ...detectContextCodes(context),
      ...detectFormattedSsn(context),
      ...detectPasswords({ n, tokens, hits, protectedRanges: benign, claimed }),
    ]);
    const same =
      next.length === kept.length &&
      next.every((f, i) => f.start === kept[i]!.start && f.end === kept[i]!.end && f.type === kept[i]!.type);
    kept = next;
    // without codes or passwords there is nothing to cut the runs with: the next round would be the same
    if (same || kept.every((k) => k.type === 'CREDIT_CARD')) break;
  }
  return kept;
}

function resolve(found: Found[]): Found[] {
  found.sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of found) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

export function redact(text: string, options: RedactOptions = {}): RedactionResult {
  const n = normalize(text);
  const language = options.language ?? detectLanguage(n.text, text);
  const found = detect(n);
  const spans: Span[] = [];
  const parts: string[] = [];
  const counts = new Map<SensitiveType, number>();
  let cursor = 0;
  for (const f of found) {
    const { start, end } = toOriginalRange(n, f.start, f.end);
    spans.push({ type: f.type, start, end });
    parts.push(text.slice(cursor, start), replacementLabel(f.type, language, f.digits));
    cursor = end;
    counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  }
  parts.push(text.slice(cursor));
  const notices: RedactionNotice[] = [...counts].map(([type, count]) => noticeFor(type, count, language));
  return { redacted: parts.join(''), spans, notices, language };
}
