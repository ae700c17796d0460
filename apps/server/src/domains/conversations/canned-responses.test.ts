import { describe, expect, it } from 'vitest';
import { checkAgentMessage } from '../security/index.ts';
import { CANNED_RESPONSES, fillCanned } from './canned-responses.ts';

describe('canned responses', () => {
  it('exist in English and Spanish and fill their placeholders', () => {
    const en = fillCanned('en', {
      customerFirstName: 'Emily',
      agentName: 'Sam',
      cardLast4: '1005',
      productName: 'Blue Card',
    });
    const es = fillCanned('es', {
      customerFirstName: 'María',
      agentName: 'Ana',
      cardLast4: '2001',
      productName: 'Oro',
    });
    expect(en).toHaveLength(CANNED_RESPONSES.length);
    expect(en.find((r) => r.id === 'greeting')?.text).toMatch(/^Hi Emily, I'm Sam\./);
    expect(es.find((r) => r.id === 'card_locked')?.text).toContain('termina en 2001');
    for (const r of [...en, ...es]) expect(r.text).not.toMatch(/\{\w+\}/);
  });

  it('never asks for what the issuer must never ask for in chat', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const r of fillCanned(lang, {
        customerFirstName: 'X',
        agentName: 'Y',
        cardLast4: '1234',
        productName: 'Z',
      })) {
        expect(checkAgentMessage(r.text).blocked, `${lang}/${r.id}`).toBe(false);
      }
    }
  });

  it('reads naturally without a first name', () => {
    expect(fillCanned('en', {}).find((r) => r.id === 'hold')?.text).toMatch(/^Thanks for your patience\. /);
  });
});
