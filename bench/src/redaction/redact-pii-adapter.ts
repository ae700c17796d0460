/**
 * Turns the output of the npm package `redact-pii` (text with labels such as CREDIT_CARD_NUMBER in place of
 * what it removed) into typed spans over the original text, so both engines are scored the same way.
 *
 * Alignment: both texts are split into tokens (words, digit runs, spaces, single symbols) and aligned with a
 * longest-common-subsequence; each run of original tokens that was replaced becomes one span, typed by the
 * labels inserted in its place:
 *   CREDIT_CARD_NUMBER          → CREDIT_CARD
 *   US_SOCIAL_SECURITY_NUMBER   → US_SSN
 *   PASSWORD, CREDENTIALS       → PASSWORD   (its patterns "password: X" remove the keyword and the value)
 *   DIGITS, PHONE_NUMBER, ZIPCODE, STREET_ADDRESS, IP_ADDRESS, EMAIL_ADDRESS, USERNAME, URL, PERSON_NAME
 *                               → untyped (the text is hidden, but not as any of our types)
 * redact-pii has no security-code, one-time-code or PIN detector: it can only hide those as DIGITS (4+ digits),
 * which counts in "hidden" recall but not in typed precision/recall.
 */
import { SyncRedactor } from 'redact-pii';

export type PredType = 'CREDIT_CARD' | 'US_SSN' | 'PASSWORD' | 'UNTYPED';

export interface PredSpan {
  type: PredType;
  start: number;
  end: number;
  labels: string[];
}

const LABEL_TYPES: Record<string, PredType> = {
  CREDIT_CARD_NUMBER: 'CREDIT_CARD',
  US_SOCIAL_SECURITY_NUMBER: 'US_SSN',
  PASSWORD: 'PASSWORD',
  CREDENTIALS: 'PASSWORD',
};
const LABELS = new Set([
  ...Object.keys(LABEL_TYPES),
  'DIGITS',
  'PHONE_NUMBER',
  'ZIPCODE',
  'STREET_ADDRESS',
  'IP_ADDRESS',
  'EMAIL_ADDRESS',
  'USERNAME',
  'URL',
  'PERSON_NAME',
]);

interface Tok {
  text: string;
  start: number;
}

function tokens(s: string): Tok[] {
  return [...s.matchAll(/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu)].map((m) => ({
    text: m[0],
    start: m.index,
  }));
}

export function alignSpans(original: string, redacted: string): PredSpan[] {
  if (original === redacted) return [];
  const a = tokens(original);
  const b = tokens(redacted);
  const n = a.length;
  const m = b.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i]![j] =
        a[i]!.text === b[j]!.text ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const spans: PredSpan[] = [];
  let i = 0;
  let j = 0;
  let delStart = -1;
  let delEnd = -1;
  let inserted: string[] = [];
  const close = () => {
    const labels = inserted.filter((t) => LABELS.has(t));
    if (delStart >= 0 && labels.length > 0) {
      const typed = labels.map((l) => LABEL_TYPES[l]).find((t) => t !== undefined);
      spans.push({ type: typed ?? 'UNTYPED', start: delStart, end: delEnd, labels });
    }
    delStart = -1;
    inserted = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i]!.text === b[j]!.text && dp[i]![j] === dp[i + 1]![j + 1]! + 1) {
      close();
      i++;
      j++;
    } else if (j < m && (i === n || dp[i]![j + 1]! >= dp[i + 1]![j]!)) {
      inserted.push(b[j]!.text);
      j++;
    } else {
      if (delStart < 0) delStart = a[i]!.start;
      delEnd = a[i]!.start + a[i]!.text.length;
      i++;
    }
  }
  close();
  return spans;
}

export function createRedactPii(): (text: string) => { redacted: string; spans: PredSpan[] } {
  const redactor = new SyncRedactor();
  return (text: string) => {
    const redacted = redactor.redact(text);
    return { redacted, spans: alignSpans(text, redacted) };
  };
}
