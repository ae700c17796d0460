import { describe, expect, it } from 'vitest';
import { normalize, toOriginalRange } from './normalize.ts';
import { redact } from './redact.ts';

const FW = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

describe('normaliser', () => {
  it('folds digits, spaces, dashes, accents and case, and keeps a map to the original', () => {
    const original = 'Código ４１\u00a0\u2009—\u200bX';
    const n = normalize(original);
    expect(n.text).toBe('codigo 41  -x');
    expect(n.text.length).toBe(original.length - 1); // the zero-width space is dropped
    const i = n.text.indexOf('-');
    expect(original.slice(n.start[i]!, n.end[i]!)).toBe('—');
    expect(original.slice(n.start[n.text.length - 1]!, n.end[n.text.length - 1]!)).toBe('X');
  });

  it('maps a normalised range back to original offsets', () => {
    const original = '😀 ４１\u200b１１';
    const n = normalize(original);
    const s = n.text.indexOf('4111');
    expect(toOriginalRange(n, s, s + 4)).toEqual({ start: 3, end: 8 });
  });

  it('maps other decimal digit systems', () => {
    expect(normalize('٤١١١').text).toBe('4111');
  });
});

describe('span offsets index the ORIGINAL string (UTF-16 code units)', () => {
  const cases: [string, string, string][] = [
    ['plain', 'card 4012888888881881 ok', '4012888888881881'],
    ['emoji before', '🙏🏽😀 card 4012 8888 8888 1881 ok', '4012 8888 8888 1881'],
    ['full-width digits', `カード ${FW('4012 8888 8888 1881')} です`, FW('4012 8888 8888 1881')],
    [
      'ideographic spaces',
      `card ${FW('4012')}\u3000${FW('8888')}\u3000${FW('8888')}\u3000${FW('1881')}`,
      `${FW('4012')}\u3000${FW('8888')}\u3000${FW('8888')}\u3000${FW('1881')}`,
    ],
    [
      'no-break and thin spaces',
      'n° 4012\u00a08888\u20098888\u202f1881!',
      '4012\u00a08888\u20098888\u202f1881',
    ],
    [
      'zero-width joiners inside',
      'card 4012\u200b8888\u200b8888\u200b1881',
      '4012\u200b8888\u200b8888\u200b1881',
    ],
    ['accents before', 'número de tarjeta: 4012-8888-8888-1881', '4012-8888-8888-1881'],
    ['emoji and full-width cvv', '👍 cvv ５５２', '５５２'],
    ['combining accents before', 'contrasen\u0303a: Blue&Moon44', 'Blue&Moon44'],
  ];
  it.each(cases)('%s', (_name, text, secret) => {
    const r = redact(text);
    expect(r.spans).toHaveLength(1);
    const span = r.spans[0]!;
    expect(text.slice(span.start, span.end)).toBe(secret);
    expect(span.start).toBe(text.indexOf(secret));
    expect(span.end).toBe(text.indexOf(secret) + secret.length);
  });

  it('spans are sorted, disjoint, and the redacted text is the original with each span replaced', () => {
    const text = '😀 pin 9034 — cvv ５５２ — 4012 8888 8888 1881 — ssn 219-09-9999 — pw: Qw3rty!';
    const r = redact(text, { language: 'en' });
    let rebuilt = '';
    let cursor = 0;
    const labels = [
      '[PIN removed]',
      '[security code removed]',
      '[card ending 1881]',
      '[SSN removed]',
      '[password removed]',
    ];
    r.spans.forEach((s, i) => {
      expect(s.start).toBeGreaterThanOrEqual(cursor);
      rebuilt += text.slice(cursor, s.start) + labels[i];
      cursor = s.end;
    });
    rebuilt += text.slice(cursor);
    expect(r.redacted).toBe(rebuilt);
    expect(r.spans.map((s) => s.type)).toEqual([
      'CARD_PIN',
      'CARD_SECURITY_CODE',
      'CREDIT_CARD',
      'US_SSN',
      'PASSWORD',
    ]);
  });

  it('redacting the redacted text finds nothing more, in both languages', () => {
    for (const language of ['en', 'es'] as const) {
      const once = redact('card 4012888888881881 cvv 552 pin 9034 code 660132 ssn 219099999 pw: x9!k', {
        language,
      });
      expect(once.spans).toHaveLength(6);
      expect(redact(once.redacted, { language }).spans).toEqual([]);
    }
  });
});
