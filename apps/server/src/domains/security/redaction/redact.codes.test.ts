import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.ts';

describe('card security codes', () => {
  it.each([
    ['CVV 913', '913'],
    ['cvc: 0427', '0427'],
    ['and the cvv2 is 552', '552'],
    ['the three digit code is 552', '552'],
    ['security code = 552', '552'],
    ['securty code 552', '552'],
    ['the code on the back says 552', '552'],
    ['CID on the front of my amex: 7781', '7781'],
    ['552 is the cvv', '552'],
    ['c.v.v. 552', '552'],
    ['cvv552', '552'],
    ['cvv? 552', '552'],
    ['el código de seguridad es 552', '552'],
    ['codigo de seguridad: 552', '552'],
    ['los números de atrás: 552', '552'],
    ['el cvv de la tarjeta terminada en 4242 es 552', '552'],
  ])('%j → %j', (text, code) => {
    expect(found(text)).toContainEqual(['CARD_SECURITY_CODE', code]);
  });

  it.each([
    'where do I find the cvv?',
    'the cvv field only takes 3 digits',
    'my card ending 1234 says security code invalid',
    'I entered the cvv 2 times',
    'cvv was rejected at 10:45',
    'what is a CID',
    'el código de seguridad no funciona desde 2023',
  ])('%j keeps everything', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('Social Security numbers', () => {
  it.each([
    ['SSN: 219-09-9999', '219-09-9999'],
    ['my ss# is 219099999', '219099999'],
    ['social security no. 219 09 9999', '219 09 9999'],
    ['here is my social 219099999 ok', '219099999'],
    ['soc sec 219-09-9999', '219-09-9999'],
    ['219-09-9999', '219-09-9999'],
    ['my ITIN is 912-70-1234', '912-70-1234'],
    ['mi número de seguro social: 219099999', '219099999'],
    ['el seguro social es 219 09 9999', '219 09 9999'],
    ['my socail security is 219099999', '219099999'],
  ])('%j → %j', (text, ssn) => {
    expect(found(text)).toContainEqual(['US_SSN', ssn]);
  });

  it.each([
    'last four of my social is 9999',
    'the last 4 of my SSN: 9999',
    'los últimos 4 de mi seguro social son 9999',
    'do you need my social security number?',
    'my ssn ends in 9999',
    'call 219-099-9999',
    'account 219099999',
    'invalid 000-12-3456',
  ])('%j keeps everything', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('one-time codes', () => {
  it.each([
    ['the code you just texted me is 660132', '660132'],
    ['660132 is the code you sent', '660132'],
    ['verification code: 660132', '660132'],
    ['one-time passcode 660132', '660132'],
    ['OTP is 6601', '6601'],
    ['I received 660132 by sms', '660132'],
    ['my 2FA code is 660 132', '660 132'],
    ['the security code you emailed is 66013288', '66013288'],
    ['code: 660132', '660132'],
    ['el código que me llegó por mensaje es 660132', '660132'],
    ['código de verificación 660-132', '660-132'],
    ['la clave dinámica es 660132', '660132'],
    ['me mandaron el código 660132', '660132'],
    ['ok. 660132. that is what the text says', '660132'],
    ['I typed 660132 but the app says the code expired', '660132'],
  ])('%j → %j', (text, otp) => {
    expect(found(text)).toContainEqual(['OTP', otp]);
  });

  it.each([
    "I didn't receive a code",
    'the code expired after 10 minutes',
    'my zip code is 60614',
    'error code 5012',
    'promo code 2026',
    'the area code is 312',
    'código postal 06700',
    'confirmation code ZX81QK',
    'the app returned code 200',
    'token refresh fixed in #1441',
    'section 8, page 1200 of the code',
    'I got 25000 miles',
    'the code came at 9:41 pm',
  ])('%j keeps everything', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('PINs', () => {
  it.each([
    ['my pin is 8014', '8014'],
    ['PIN=8014', '8014'],
    ['pin number: 801456', '801456'],
    ['ATM PIN 8014 not accepted', '8014'],
    ['8014 is my pin', '8014'],
    ['i set the pin to 8014', '8014'],
    ['mi NIP es 8014', '8014'],
    ['mi clave es 8014', '8014'],
    ['el pin de la tarjeta: 8014', '8014'],
  ])('%j → %j', (text, pin) => {
    expect(found(text)).toContainEqual(['CARD_PIN', pin]);
  });

  it.each([
    'I forgot my PIN',
    'my pin is locked',
    'can I choose a 6 digit pin?',
    'I changed my pin in 2024',
    'mi pin no funciona',
    'card ending 8014, pin problems',
  ])('%j keeps everything', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads a PIN that was sent as a one-time code', () => {
    expect(found('the one-time pin you texted is 801456')).toEqual([['OTP', '801456']]);
  });
});
