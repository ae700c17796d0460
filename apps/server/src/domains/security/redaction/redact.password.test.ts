import { describe, expect, it } from 'vitest';
import { found } from './test-helpers.ts';

describe('passwords', () => {
  it.each([
    ['my password is Blue&Moon44', 'Blue&Moon44'],
    ['my password is Blue&Moon44.', 'Blue&Moon44'],
    ['Password: rosebud', 'rosebud'],
    ['pw: k8#Lq!z', 'k8#Lq!z'],
    ['pwd=letmein99', 'letmein99'],
    ['my pass is letmein99', 'letmein99'],
    ['my passwrod is letmein99', 'letmein99'],
    ["password is 'open sesame'", 'open sesame'],
    ['password is "x y z 1"', 'x y z 1'],
    ['the password for my online account is gardenia', 'gardenia'],
    ['I changed my password to N3wPass!', 'N3wPass!'],
    ['my new password will be Spring#2027', 'Spring#2027'],
    ['password Blue&Moon44', 'Blue&Moon44'],
    ['Blue&Moon44 is my password', 'Blue&Moon44'],
    ['mi contraseña es Azul&Luna44', 'Azul&Luna44'],
    ['contrasena: mariposa', 'mariposa'],
    ['mi clave de internet es Mariposa7', 'Mariposa7'],
    ['mi clave es mariposa77', 'mariposa77'],
    ['mi password es Mariposa7', 'Mariposa7'],
    ['I typed Blue&Moon44 and it says the password is wrong', 'Blue&Moon44'],
    ['passw0rd: Blue&Moon44', 'Blue&Moon44'],
    ['my password is p4ssw0rd', 'p4ssw0rd'],
    ['the new password you set for me Blue&Moon44 fails', 'Blue&Moon44'],
    ['please reset it to Blue&Moon44', 'Blue&Moon44'],
  ])('%j → %j', (text, secret) => {
    expect(found(text)).toContainEqual(['PASSWORD', secret]);
  });

  it.each([
    'I forgot my password',
    'my password is wrong',
    'my password is expired',
    'my password is not working since Monday',
    'the password reset email never came',
    'my password is the same as before',
    'my password is case sensitive?',
    'password locked after too many attempts',
    'olvidé mi contraseña',
    'mi contraseña es incorrecta',
    'mi contraseña está bloqueada',
    'I will get a boarding pass at the gate',
    'my passport number is on file',
    'we use password-based 16-byte keys',
    'password reset for maria.lopez88@example.com',
    // A last-four cue after the keyword is not the secret (found by the idempotence property).
    'pw: last four 000000 sent',
  ])('%j keeps everything', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('several values in one message', () => {
  it('finds each, in order, with its own type', () => {
    expect(
      found(
        'card 4012888888881881 exp 03/29 cvv 123, my pin 9034, ssn 219-09-9999, password: Qw3rty! code 552190',
      ),
    ).toEqual([
      ['CREDIT_CARD', '4012888888881881'],
      ['CARD_SECURITY_CODE', '123'],
      ['CARD_PIN', '9034'],
      ['US_SSN', '219-09-9999'],
      ['PASSWORD', 'Qw3rty!'],
      ['OTP', '552190'],
    ]);
  });

  it('keeps what agents need next to secrets', () => {
    const text =
      'card ending 1881, zip 60614, charged $1,204.50 on 2026-08-15, order 112-4478512-3345678, call 312-555-0147, pin 9034';
    expect(found(text)).toEqual([['CARD_PIN', '9034']]);
  });
});
