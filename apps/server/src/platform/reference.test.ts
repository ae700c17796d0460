import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newReference, parseReference } from './reference.ts';

describe('reference numbers', () => {
  it('look like CL-XXXX-XXXX and parse back to themselves, however they are typed', () => {
    for (let i = 0; i < 200; i++) {
      const ref = newReference();
      expect(ref).toMatch(/^CL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(parseReference(ref)).toBe(ref);
      expect(parseReference(ref.toLowerCase().replace(/-/g, ' '))).toBe(ref);
    }
  });

  it('refuses any reference with one symbol changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 31 }), (pos, delta) => {
        const ref = newReference();
        const symbols = ref.replace(/^CL-|-/g, '');
        const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
        const changed =
          symbols.slice(0, pos) +
          alphabet[(alphabet.indexOf(symbols[pos]!) + delta) % 32] +
          symbols.slice(pos + 1);
        expect(parseReference(changed)).toBeNull();
      }),
    );
  });

  it('refuses text that is not a reference', () => {
    for (const s of ['', 'CL-1234', 'hello world', 'CL-UUUU-UUUU', '4111111111111111'])
      expect(parseReference(s)).toBeNull();
  });
});
