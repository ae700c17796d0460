import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it.each([
    ['where is my card', 'en'],
    ['i was charged twice', 'en'],
    ['thanks!', 'en'],
    ['lock my card please', 'en'],
    ['the payment did not post yet', 'en'],
    ['dónde está mi tarjeta', 'es'],
    ['me cobraron dos veces', 'es'],
    ['gracias', 'es'],
    ['quiero hablar con un agente', 'es'],
    ['no reconozco este cargo', 'es'],
    ['necesito ayuda con mi pago', 'es'],
    ['bloquea mi tarjeta porfa', 'es'],
    ['mi apple pay no funciona', 'es'],
    ['my card was declined en la tienda ayer y no se porque', 'es'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('falls back to the prior without evidence', () => {
    expect(detectLanguage('1234 ???')).toEqual({ lang: 'en', confidence: 0.5 });
    expect(detectLanguage('', 'es').lang).toBe('es');
  });

  it('is confident on clear messages', () => {
    expect(
      detectLanguage('quiero cancelar mi tarjeta de crédito porque la perdí').confidence,
    ).toBeGreaterThan(0.95);
    expect(
      detectLanguage('I would like to cancel my credit card because I lost it').confidence,
    ).toBeGreaterThan(0.95);
  });
});
