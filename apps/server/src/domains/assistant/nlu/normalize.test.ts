import { describe, expect, it } from 'vitest';
import { collapseRepeats, foldAccents, lightStem, normalizeText, tokenize } from './normalize.ts';

describe('normalizeText', () => {
  it('lower-cases, folds accents and collapses repeated letters', () => {
    expect(normalizeText('Cancelación de TARJETA')).toBe('cancelacion de tarjeta');
    expect(normalizeText('Heeeelp meeee!!!')).toBe('heelp mee');
    expect(foldAccents('año pequeño')).toBe('ano pequeno');
    expect(collapseRepeats('soooo goood')).toBe('soo good');
  });

  it('keeps accents when asked (for language detection)', () => {
    expect(normalizeText('¿Dónde está?', { keepAccents: true })).toBe('dónde está');
  });

  it('expands contractions and fixes common typos and shorthand', () => {
    expect(normalizeText("I can't find my card")).toBe('i can not find my card');
    expect(normalizeText('I dont recieve my statment pls')).toBe('i do not receive my statement please');
    expect(normalizeText('xq me cobraron 2 veces q pasa')).toBe('porque me cobraron _num_ veces que pasa');
  });

  it('turns money, dates, times and numbers into placeholder tokens', () => {
    expect(tokenize('I paid $127.43 on 08/15 at 3:30pm')).toEqual([
      'i',
      'paid',
      '_money_',
      'on',
      '_date_',
      'at',
      '_time_',
    ]);
    expect(tokenize('card ending in 1005')).toEqual(['card', 'ending', 'in', '_num4_']);
    expect(tokenize('pagué 1,203.88 dólares')).toEqual(['pague', '_money_']);
    expect(tokenize('the 3rd time, 12 charges')).toEqual(['the', '_ord_', 'time', '_num_', 'charges']);
    expect(tokenize('mail me at jo@example.com or see https://x.example/a')).toEqual([
      'mail',
      'me',
      'at',
      '_email_',
      'or',
      'see',
      '_url_',
    ]);
  });

  it('handles empty and punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('?!...')).toEqual([]);
  });

  it('stems lightly and consistently', () => {
    expect(lightStem('charged')).toBe(lightStem('charges'));
    expect(lightStem('card')).toBe('card');
    expect(lightStem('_num_')).toBe('_num_');
  });
});
