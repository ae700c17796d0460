/**
 * Public types of the redaction engine.
 *
 * Span semantics (the contract of `redact()` and of the CLI):
 * - `start`/`end` are offsets in JavaScript string units (UTF-16 code units) into the ORIGINAL text,
 *   `end` exclusive; spans are sorted by `start` and never overlap.
 * - CREDIT_CARD: from the first to the last digit of the number, separators (and any words the customer put
 *   between the groups) included.
 * - CARD_SECURITY_CODE, CARD_PIN, OTP: the digits only (an OTP typed as "482 913" spans both groups).
 * - US_SSN: from the first to the last digit, separators included.
 * - PASSWORD: the secret itself: not the "my password is" lead-in, not surrounding quotes, not trailing
 *   sentence punctuation (`.`, `,`, `;`, `:`, `?`, `)`).
 */
export const SENSITIVE_TYPES = [
  'CREDIT_CARD',
  'CARD_SECURITY_CODE',
  'US_SSN',
  'OTP',
  'CARD_PIN',
  'PASSWORD',
] as const;

export type SensitiveType = (typeof SENSITIVE_TYPES)[number];

export type Language = 'en' | 'es';

export interface Span {
  readonly type: SensitiveType;
  readonly start: number;
  readonly end: number;
}

export interface RedactionNotice {
  readonly type: SensitiveType;
  /** How many values of this type were removed. */
  readonly count: number;
  readonly language: Language;
  /** What the customer sees: what was removed and why, in their language. */
  readonly message: string;
}

export interface RedactionResult {
  readonly redacted: string;
  readonly spans: readonly Span[];
  readonly notices: readonly RedactionNotice[];
  /** Language used for the replacement labels and the notices (given, or detected from the text). */
  readonly language: Language;
}

export interface RedactOptions {
  /** Language of the replacement labels and notices; detected from the text when omitted. */
  readonly language?: Language;
}

/** A detection in normalised-text coordinates (internal). */
export interface Detection {
  readonly type: SensitiveType;
  readonly start: number;
  readonly end: number;
  /** Higher wins when two detections overlap. */
  readonly priority: number;
}
