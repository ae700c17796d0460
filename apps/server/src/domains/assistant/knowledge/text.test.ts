import { describe, expect, it } from 'vitest';
import { analyze, foldAccents, stemEnglish, stemSpanish } from './text.ts';

describe('knowledge text analysis', () => {
  it('folds accents and case', () => {
    expect(foldAccents('Cancelación año')).toBe('Cancelacion ano');
    expect(analyze('TARJETA Dañada', 'es')).toEqual(analyze('tarjeta danada', 'es'));
  });

  it('drops stop words per language', () => {
    expect(analyze('what is the status of my dispute', 'en')).toEqual(['status', 'disput']);
    expect(analyze('cual es el estado de mi disputa', 'es')).toEqual(['est', 'disput']);
  });

  it('brings word forms together', () => {
    expect(new Set(['dispute', 'disputes', 'disputed', 'disputing'].map(stemEnglish)).size).toBe(1);
    expect(new Set(['charge', 'charges', 'charged', 'charging'].map(stemEnglish)).size).toBe(1);
    expect(new Set(['disputa', 'disputas', 'disputar', 'disputado'].map(stemSpanish)).size).toBe(1);
    expect(new Set(['tarjeta', 'tarjetas'].map(stemSpanish)).size).toBe(1);
    expect(analyze('I paid', 'en')).toEqual(analyze('payment', 'en'));
  });

  it('joins contractions and keeps numbers', () => {
    expect(analyze("doesn't work 24/7", 'en')).toEqual(['work', '24', '7']);
  });
});
