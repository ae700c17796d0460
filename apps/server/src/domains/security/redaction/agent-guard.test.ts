import { describe, expect, it } from 'vitest';
import { checkAgentMessage } from './agent-guard.ts';

describe('agent guard: requests for sensitive data are blocked', () => {
  it.each([
    ['Please type your full card number so I can look it up.', 'CREDIT_CARD'],
    ['Can you read me the 16 digits on the front?', 'CREDIT_CARD'],
    ['What is the card number on your account?', 'CREDIT_CARD'],
    ['Could you send me the card #?', 'CREDIT_CARD'],
    ['I need the 3 digits on the back of your card', 'CARD_SECURITY_CODE'],
    ['Please provide the CVV.', 'CARD_SECURITY_CODE'],
    ["What's the CID on the front of your Amex?", 'CARD_SECURITY_CODE'],
    ['Confirm your social security number, please.', 'US_SSN'],
    ['Can you give me your full SSN?', 'US_SSN'],
    ["What's the code we just texted you?", 'OTP'],
    ['Please share the verification code you received.', 'OTP'],
    ['We sent a 6-digit code to your phone. Can you read it to me?', 'OTP'],
    ['Tell me your PIN and I will check it.', 'CARD_PIN'],
    ['I will need your password to reset the account', 'PASSWORD'],
    ['What is your online banking password?', 'PASSWORD'],
    ['Your card number, please?', 'CREDIT_CARD'],
    ['No worries, just type your card number here', 'CREDIT_CARD'],
    ['Dame tu contraseña', 'PASSWORD'],
    ['¿Me puede dar el número completo de su tarjeta?', 'CREDIT_CARD'],
    ['Por favor escriba el código de seguridad de su tarjeta', 'CARD_SECURITY_CODE'],
    ['¿Cuál es su número de seguro social?', 'US_SSN'],
    ['Dígame el código que le enviamos por SMS', 'OTP'],
    ['Necesito su NIP para continuar', 'CARD_PIN'],
    ['Le envié un código, ¿me lo puede dictar?', 'OTP'],
    ['We just sent you a text with a code. What does it say?', 'OTP'],
    ['What PIN did you set?', 'CARD_PIN'],
    ['ok, and the 3 digits on the back?', 'CARD_SECURITY_CODE'],
    ['Can I get the code that came to your email?', 'OTP'],
    ['¿Y el NIP de su tarjeta?', 'CARD_PIN'],
  ])('%j', (text, type) => {
    const r = checkAgentMessage(text);
    expect(r.blocked).toBe(true);
    expect(r.requested).toContain(type);
    expect(r.reason.length).toBeGreaterThan(0);
    expect(r.reasonEs).toMatch(/Este mensaje|contiene/);
    expect(r.alternative).toMatch(/verifica/i);
  });

  it('blocks an agent message that itself contains a full card number', () => {
    const r = checkAgentMessage('Is this your card: 4012 8888 8888 1881?');
    expect(r.blocked).toBe(true);
    expect(r.requested).toContain('CREDIT_CARD');
  });

  it('explains in the agent language, with the compliant alternative', () => {
    const es = checkAgentMessage('por favor envíe su contraseña', 'es');
    expect(es.reason).toMatch(/^Este mensaje pide al cliente su contraseña/);
    expect(es.alternative).toMatch(/solicitud de verificación/);
    const en = checkAgentMessage('please send your password', 'en');
    expect(en.reason).toMatch(/^This message asks the customer for their password/);
    expect(en.reasonEs).toMatch(/contraseña/);
    expect(en.alternative).toMatch(/verification prompt/);
  });
});

describe('agent guard: compliant messages pass', () => {
  it.each([
    'Please confirm the last four digits of your card',
    'Can you confirm the last 4 of the card number?',
    "What's your ZIP code?",
    'I will send you a verification prompt',
    "I've sent a verification prompt to your app; please approve it there.",
    'Never share your password with anyone, including us.',
    "For your security, we'll never ask for your PIN or CVV.",
    'Please enter the code in the app, not here.',
    'You can change your PIN at any ATM.',
    'Your new card will arrive in 5-7 business days.',
    'Did you receive the verification code?',
    'What is your date of birth?',
    'Please confirm the last four of your Social Security number.',
    'Por favor confirme los últimos 4 dígitos de su tarjeta',
    '¿Cuál es su código postal?',
    'Nunca comparta su contraseña ni su NIP con nadie.',
    'Le enviaré una solicitud de verificación a su app.',
    'Thanks for waiting! I see the charge of $45.00 from 08/15.',
    'Your PIN will be mailed separately.',
    "Please don't type your card number in the chat.",
    'The OTP expires after 10 minutes.',
  ])('%j', (text) => {
    const r = checkAgentMessage(text);
    expect(r, JSON.stringify(r)).toMatchObject({ blocked: false, alternative: '' });
  });
});
