import { describe, expect, it } from 'vitest';
import { announceThreshold, MAX_CHARS, remainingChars } from './char-limit.ts';

describe('character limit', () => {
  it('counts what is left and never goes negative', () => {
    expect(remainingChars('')).toBe(MAX_CHARS);
    expect(remainingChars('abc', 5)).toBe(2);
    expect(remainingChars('abcdef', 5)).toBe(0);
  });

  it('announces only when crossing a threshold', () => {
    expect(announceThreshold(1000)).toBeNull();
    expect(announceThreshold(500)).toBe(500);
    expect(announceThreshold(499)).toBe(500);
    expect(announceThreshold(99)).toBe(100);
    expect(announceThreshold(0)).toBe(0);
  });
});
