import { describe, expect, it } from 'vitest';
import { entityF1 } from './entity-eval.ts';

describe('entity F1 (type + span overlap, per type)', () => {
  it('counts an overlapping span of the right type, whatever its value', () => {
    const gold = [
      [
        { type: 'amount', value: 127.43, start: 10, end: 17 },
        { type: 'date', value: '2026-08-15', start: 21, end: 27 },
      ],
    ];
    const predicted = [
      [
        { type: 'amount', value: 127, start: 11, end: 17 },
        { type: 'date', value: '2025-08-15', start: 21, end: 30 },
      ],
    ];
    const s = entityF1(gold, predicted);
    expect(s.amount.f1).toBe(1);
    expect(s.date.f1).toBe(1);
    expect(s.merchant).toMatchObject({ gold: 0, predicted: 0, f1: 1 });
  });

  it('misses wrong types, non-overlapping spans, and matches each gold entity once', () => {
    const gold = [[{ type: 'merchant', start: 0, end: 6 }], [{ type: 'last4', start: 5, end: 9 }]];
    const predicted = [
      [
        { type: 'merchant', start: 0, end: 3 },
        { type: 'merchant', start: 2, end: 6 },
      ],
      [
        { type: 'amount', start: 5, end: 9 },
        { type: 'last4', start: 9, end: 13 },
      ],
    ];
    const s = entityF1(gold, predicted);
    expect(s.merchant).toMatchObject({ precision: 0.5, recall: 1 });
    expect(s.last4).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(s.amount).toMatchObject({ precision: 0, gold: 0 });
  });
});
