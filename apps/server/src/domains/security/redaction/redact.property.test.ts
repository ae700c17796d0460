import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './card-rules.ts';
import { redact } from './redact.ts';

/** Brand prefixes and lengths (a prefix is completed with random digits and a Luhn check digit). */
const BRANDS: readonly [string, readonly number[]][] = [
  ['4', [13, 16, 19]],
  ['51', [16]],
  ['55', [16]],
  ['2221', [16]],
  ['2720', [16]],
  ['34', [15]],
  ['37', [15]],
  ['6011', [16, 19]],
  ['644', [16]],
  ['65', [16]],
  ['300', [14]],
  ['36', [14]],
  ['38', [14]],
  ['3528', [16]],
  ['3589', [16]],
  ['62', [16, 19]],
  ['6759', [16]],
];

const digitString = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

const validCard = fc
  .constantFrom(...BRANDS)
  .chain(([prefix, lengths]) => fc.constantFrom(...lengths).map((len) => [prefix, len] as const))
  .chain(([prefix, len]) => digitString(len - prefix.length - 1).map((body) => prefix + body))
  .map((partial) => partial + luhnCheckDigit(partial));

/** A 15- or 16-digit number with a brand prefix and a wrong check digit. */
const invalidCard = fc
  .constantFrom(...BRANDS.filter(([, lengths]) => lengths.includes(16) || lengths.includes(15)))
  .chain(([prefix, lengths]) => {
    const len = lengths.includes(16) ? 16 : 15;
    return fc
      .tuple(digitString(len - prefix.length - 1), fc.integer({ min: 1, max: 9 }))
      .map(([body, shift]) => {
        const partial = prefix + body;
        return partial + String((Number(luhnCheckDigit(partial)) + shift) % 10);
      });
  });

const SEPARATORS = [' ', '-', '.', '/', '\u00a0', '\u2009', '\u202f', ' - ', '  ', '\u3000', '\n', '_'];

/** Splits digits into groups of 1–6 (or a card's usual shape) joined by any mix of separators. */
const grouped = (digits: string) =>
  fc
    .record({
      shape: fc.oneof(
        fc.constant<'usual'>('usual'),
        fc.constant<'none'>('none'),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 20, maxLength: 20 }),
      ),
      seps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 20, maxLength: 20 }),
      oneSep: fc.boolean(),
      fullWidth: fc.constantFrom('none', 'all', 'some'),
      fwMask: fc.array(fc.boolean(), { minLength: 19, maxLength: 19 }),
    })
    .map(({ shape, seps, oneSep, fullWidth, fwMask }) => {
      const sizes =
        shape === 'none'
          ? [digits.length]
          : shape === 'usual'
            ? digits.length === 15
              ? [4, 6, 5]
              : digits.length === 14
                ? [4, 6, 4]
                : Array.from({ length: Math.ceil(digits.length / 4) }, (_, i) =>
                    Math.min(4, digits.length - 4 * i),
                  )
            : shape;
      const out: string[] = [];
      let i = 0;
      for (let g = 0; i < digits.length; g++) {
        const size = Math.min(sizes[g] ?? digits.length, digits.length - i);
        if (g > 0) out.push(oneSep ? seps[0]! : seps[g]!);
        out.push(
          [...digits.slice(i, i + size)]
            .map((d, k) =>
              fullWidth === 'all' || (fullWidth === 'some' && fwMask[i + k])
                ? String.fromCharCode(0xff10 + Number(d))
                : d,
            )
            .join(''),
        );
        i += size;
      }
      return out.join('');
    });

const WORDS = [
  'hi',
  'hello',
  'my',
  'card',
  'number',
  'is',
  'please',
  'help',
  'the',
  'charge',
  'was',
  'declined',
  'hola',
  'tarjeta',
  'gracias',
  'por',
  'favor',
  'es',
  'mi',
  'número',
  'of',
  'and',
  'y',
  'to',
  'ok',
  '😀',
  '🙏🏽',
  '—',
  'Visa',
  'Amex',
  'café',
  'ＡＢＣ',
  'it',
  'yesterday',
  'again',
  'this',
  'one',
];
const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(' '));
const joiner = fc.constantFrom(' ', ': ', '\n', ' (', ' #', '\u00a0', ', ', ' "');
const closer = fc.constantFrom(' ', '. ', ')', '!', '\n', ', ', '" ', '?');

/** FC_RUNS scales every property (e.g. FC_RUNS=20 for a long soak). */
const SCALE = Number(process.env.FC_RUNS ?? 1);
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE) });

describe('properties', () => {
  it('any Luhn-valid number with a brand prefix, in any grouping, inside random text, is removed', () => {
    fc.assert(
      fc.property(words, joiner, validCard.chain(grouped), closer, words, (before, j, card, c, after) => {
        const text = `${before}${j}${card}${c}${after}`;
        const start = before.length + j.length;
        const r = redact(text);
        // a card span starts at the number; every digit of it is inside a span (a 19-digit number whose
        // first 16 digits are also a valid card may be read as a 16-digit card and its security code)
        expect(r.spans.find((s) => s.start === start)?.type, JSON.stringify(text)).toBe('CREDIT_CARD');
        for (let k = start; k < start + card.length; k++) {
          if (/[\d\uff10-\uff19]/.test(text[k]!))
            expect(
              r.spans.some((s) => s.start <= k && k < s.end),
              JSON.stringify(text),
            ).toBe(true);
        }
        expect(r.redacted).not.toContain(card);
      }),
      runs(600),
    );
  });

  it('Luhn-invalid numbers stay, whatever their separators', () => {
    const usual = (digits: string) =>
      fc.tuple(fc.constantFrom(...SEPARATORS), fc.boolean()).map(([sep, none]) => {
        if (none) return digits;
        const sizes = digits.length === 15 ? [4, 6, 5] : [4, 4, 4, 4];
        const parts: string[] = [];
        let i = 0;
        for (const s of sizes) {
          parts.push(digits.slice(i, i + s));
          i += s;
        }
        return parts.join(sep);
      });
    fc.assert(
      fc.property(words, joiner, invalidCard.chain(usual), closer, words, (before, j, number, c, after) => {
        const text = `${before}${j}${number}${c}${after}`;
        expect(redact(text).spans, JSON.stringify(text)).toEqual([]);
      }),
      runs(400),
    );
  });

  it('last fours stay', () => {
    const lead = fc.constantFrom(
      'card ending in ',
      'ending ',
      'the one that ends in ',
      'last four ',
      'last 4 digits: ',
      'terminada en ',
      'que termina en ',
      'últimos 4: ',
      'xxxx',
      '**** ',
      'card x-',
      'last four of my social is ',
    );
    fc.assert(
      fc.property(words, lead, digitString(4), closer, words, (before, l, last4, c, after) => {
        const text = `${before} ${l}${last4}${c}${after}`;
        expect(redact(text).spans, JSON.stringify(text)).toEqual([]);
      }),
      runs(300),
    );
  });

  it('redaction is idempotent: redacting the redacted text finds nothing more', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(
        'cvv',
        'pin',
        'password',
        'pw:',
        'code',
        'ssn',
        'social',
        'is',
        'es',
        'contraseña',
        'otp',
        'clave',
        'verification code',
        'security code',
        'ending in',
        ':',
        '=',
        '"',
        'sent',
        'exp',
        '09/27',
        '$1,204.50',
        'zip',
        'last four',
        'my',
        'de',
        '-',
        '.',
        '\n',
      ),
      digitString(3),
      digitString(4),
      digitString(6),
      digitString(9),
      validCard.chain(grouped),
      fc.constantFrom('Qw3rty!', 'hunter22', '"open sesame"', 'P@ss'),
    );
    fc.assert(
      fc.property(
        fc.array(fragment, { minLength: 1, maxLength: 14 }),
        fc.constantFrom('en', 'es'),
        (parts, language) => {
          const text = parts.join(' ');
          const once = redact(text, { language: language as 'en' | 'es' });
          const twice = redact(once.redacted, { language: language as 'en' | 'es' });
          expect(twice.spans, JSON.stringify({ text, redacted: once.redacted })).toEqual([]);
        },
      ),
      runs(800),
    );
  });
});
