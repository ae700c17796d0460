import { describe, expect, it } from 'vitest';
import { buildChatSummary, spelledDay } from './chat-summary.ts';

const endedAt = new Date('2026-11-24T03:30:00Z'); // 10:30 p.m. Eastern on November 23

describe('end-of-chat summary', () => {
  it('names each case with its status and its next dates in date order, in English', () => {
    const s = buildChatSummary({
      language: 'en',
      endedAt,
      steps: ['Locked the card ending in 1005 (ref. CL-7K4M-2Q9D).'],
      references: [
        { reference: 'CL-7K4M-2Q9D', action: 'card.locked' },
        { reference: 'CL-AAAA-BBBC', action: 'dispute.opened' },
      ],
      cases: [
        {
          reference: 'CL-AAAA-BBBC',
          type: 'dispute',
          status: 'open',
          title: '$412.60 at Delta Air Lines on November 2, 2026',
          deadlines: [
            { kind: 'resolve_by', date: '2027-02-22' },
            { kind: 'acknowledge_by', date: '2026-12-23' },
          ],
        },
      ],
      agentName: 'Dana Reyes',
    });
    expect(s).not.toBeNull();
    // The chat ended late on the 23rd in New York, not on the UTC date.
    expect(s!.subject).toBe('Summary of your chat on November 23, 2026');
    expect(s!.body).toContain('You chatted with Dana Reyes.');
    expect(s!.body).toContain('• Locked the card ending in 1005 (ref. CL-7K4M-2Q9D).');
    expect(s!.body).toContain(
      '• CL-AAAA-BBBC — Dispute: $412.60 at Delta Air Lines on November 2, 2026 (open); we will acknowledge it in writing by December 23, 2026; we will resolve it by February 22, 2027 at the latest.',
    );
    // The case's own reference is not listed twice; the lock's reference is.
    expect(s!.body.match(/CL-AAAA-BBBC/g)).toHaveLength(1);
    expect(s!.body).toContain('• CL-7K4M-2Q9D — card locked');
    expect(s!.references).toEqual(['CL-AAAA-BBBC', 'CL-7K4M-2Q9D']);
  });

  it('speaks Spanish to a Spanish-speaking customer', () => {
    const s = buildChatSummary({
      language: 'es',
      endedAt,
      steps: [],
      references: [],
      cases: [
        {
          reference: 'CL-CCCC-DDDE',
          type: 'complaint',
          status: 'received',
          title: 'Trato en la sucursal',
          deadlines: [
            { kind: 'first_response_by', date: '2026-12-08' },
            { kind: 'final_response_by', date: '2027-01-22' },
          ],
        },
      ],
      agentName: null,
    });
    expect(s!.subject).toBe('Resumen de su chat del 23 de noviembre de 2026');
    expect(s!.body).toContain(
      '• CL-CCCC-DDDE — Queja: Trato en la sucursal (recibido); primera respuesta a más tardar el 8 de diciembre de 2026; respuesta final a más tardar el 22 de enero de 2027.',
    );
    expect(s!.body).toContain('mensajes seguros');
  });

  it('says so when an agent chat changed nothing, and stays silent when nothing happened at all', () => {
    const talked = buildChatSummary({
      language: 'en',
      endedAt,
      steps: [],
      references: [],
      cases: [],
      agentName: 'Sam',
    });
    expect(talked!.body).toContain('No changes were made to your account in this chat.');
    expect(
      buildChatSummary({ language: 'en', endedAt, steps: [], references: [], cases: [], agentName: null }),
    ).toBeNull();
  });

  it('spells calendar days without shifting them across time zones', () => {
    expect(spelledDay('2028-02-29', 'en')).toBe('February 29, 2028');
    expect(spelledDay('2027-01-01', 'es')).toBe('1 de enero de 2027');
  });
});
