import { describe, expect, it } from 'vitest';
import { parseCents } from './format.ts';

describe('amounts typed by an agent', () => {
  it('reads dollars and cents, with a dollar sign and thousands separators', () => {
    expect(parseCents('86.40')).toBe(8640);
    expect(parseCents('86.4')).toBe(8640);
    expect(parseCents(' $1,200.50 ')).toBe(120050);
    expect(parseCents('1200')).toBe(120000);
    expect(parseCents('0.99')).toBe(99);
  });

  it('refuses what is not clearly an amount rather than guessing', () => {
    for (const typed of ['25,00', '25,00.1', '12.345', '1,2', '-5', '', 'ten', '1.2.3'])
      expect(parseCents(typed), typed).toBeNull();
  });
});
