import { describe, expect, it } from 'vitest';
import { cardBrands, isCardNumber, luhnValid } from './card-rules.ts';
import { redact } from './redact.ts';
import { found } from './test-helpers.ts';

describe('Luhn and brands', () => {
  it('checks Luhn', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('')).toBe(false);
  });

  it.each([
    ['4012888888881881', 'visa'],
    ['4222222222222', 'visa'],
    ['5105105105105100', 'mastercard'],
    ['2223003122003222', 'mastercard'],
    ['371449635398431', 'amex'],
    ['6011111111111117', 'discover'],
    ['6445644564456445', 'discover'],
    ['30569309025904', 'diners'],
    ['38520000023237', 'diners'],
    ['3566002020360505', 'jcb'],
    ['6200000000000005', 'unionpay'],
    ['6759649826438453', 'maestro'],
  ])('%s is a %s card number', (digits, brand) => {
    expect(isCardNumber(digits)).toBe(true);
    expect(cardBrands(digits)).toContain(brand);
  });

  it.each([
    ['1234567812345670', 'no brand starts with 1'],
    ['9999999999999995', 'no brand starts with 9'],
    ['4012888888881882', 'Luhn fails'],
    ['37144963539843', 'Amex needs 15 digits'],
    ['510510510510', 'Mastercard needs 16 digits'],
  ])('%s is not a card number (%s)', (digits) => {
    expect(isCardNumber(digits)).toBe(false);
  });
});

describe('card numbers in customer text', () => {
  it.each([
    ['Hello, please look at 4012 8888 8888 1881 thanks', '4012 8888 8888 1881'],
    ['new card 5105-1051-0510-5100 arrived', '5105-1051-0510-5100'],
    ['my amex 3714 496353 98431', '3714 496353 98431'],
    ['my amex 371449635398431.', '371449635398431'],
    ['6011.1111.1111.1117 declined', '6011.1111.1111.1117'],
    ['number 2223/0031/2200/3222', '2223/0031/2200/3222'],
    ['diners 3056 930902 5904', '3056 930902 5904'],
    ['jcb 3566 0020 2036 0505, exp 11/28', '3566 0020 2036 0505'],
    ['4012 - 8888 - 8888 - 1881', '4012 - 8888 - 8888 - 1881'],
    ['4 0 1 2 8 8 8 8 8 8 8 8 1 8 8 1', '4 0 1 2 8 8 8 8 8 8 8 8 1 8 8 1'],
    ['card#4012888888881881', '4012888888881881'],
    ['4012 8888\n8888 1881', '4012 8888\n8888 1881'],
    ['my card is 4012 8888 and then 8888 1881', '4012 8888 and then 8888 1881'],
    ['el número de mi tarjeta es 5105 1051 0510 5100 gracias', '5105 1051 0510 5100'],
    ['tarjeta: 4012.8888.8888.1881, vence 10/29', '4012.8888.8888.1881'],
    ['visa 4222222222222 (old 13-digit)', '4222222222222'],
    ['card: 4012, 8888, 8888, 1881', '4012, 8888, 8888, 1881'],
    ['4012 8888 8888 1881 / 5105 1051 0510 5100', '5105 1051 0510 5100'],
  ])('%j → removes %j', (text, card) => {
    expect(found(text)).toContainEqual(['CREDIT_CARD', card]);
  });

  it('keeps the expiry date and takes the code that follows the number', () => {
    expect(found('4012888888881881 11/28 987')).toEqual([
      ['CREDIT_CARD', '4012888888881881'],
      ['CARD_SECURITY_CODE', '987'],
    ]);
    expect(found('5105 1051 0510 5100 exp 1128 987')).toEqual([
      ['CREDIT_CARD', '5105 1051 0510 5100'],
      ['CARD_SECURITY_CODE', '987'],
    ]);
  });

  it.each([
    'my card ending in 1881 was declined',
    'termina en 1881',
    'order 4012 8888 8888 1882 never arrived',
    'account 1234567812345670',
    'call 1-800-555-0199 or (212) 555-0147',
    'I paid $4,012.88 on 08/15/2026',
    'from 2026-08-15 / 2026-09-15',
    'tracking 9400 1118 9922 3344 5566 77',
    'case CL-4Q9X-7K2M and order W123456789',
    'routing 021000021 account 000123456789',
    'IBAN GB82 WEST 1234 5698 7654 32',
    'card xxxx-xxxx-xxxx-1881',
    'it costs 1,234,567.89 pesos',
    'my cards end in 4012, 8888, 8888 and 1881',
    'ratio 0.30569309025904 today',
  ])('%j keeps every number', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('shows the last four of a removed card, in the customer language', () => {
    expect(redact('card 4012 8888 8888 1881 please', { language: 'en' }).redacted).toBe(
      'card [card ending 1881] please',
    );
    expect(redact('mi tarjeta 4012888888881881', { language: 'es' }).redacted).toBe(
      'mi tarjeta [tarjeta terminada en 1881]',
    );
  });

  it('tells the customer what was removed and why, in their language', () => {
    const es = redact('mi tarjeta es 4012888888881881 y el cvv 123');
    expect(es.language).toBe('es');
    expect(es.notices.map((n) => n.type)).toEqual(['CREDIT_CARD', 'CARD_SECURITY_CODE']);
    expect(es.notices[0]!.message).toMatch(/número de tarjeta/);
    const en = redact('here is my card 4012888888881881');
    expect(en.notices).toEqual([expect.objectContaining({ type: 'CREDIT_CARD', count: 1, language: 'en' })]);
    expect(en.notices[0]!.message).toMatch(/last four/);
    expect(redact('nothing to see here').notices).toEqual([]);
  });
});
