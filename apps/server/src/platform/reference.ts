import { randomInt } from 'node:crypto';

/**
 * Human-friendly reference numbers for anything done for a customer: `CL-7K4M-2Q9D`. Seven random
 * symbols of Crockford's base-32 alphabet (no I, L, O or U, so nothing is misread) and a check symbol,
 * so a mistyped reference is refused instead of finding someone else's. 32^7 ≈ 3.4e10 values.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Odd weights are invertible mod 32: any single wrong symbol changes the check symbol. */
const WEIGHTS = [1, 3, 5, 7, 9, 11, 13];

function checkSymbol(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += ALPHABET.indexOf(body[i]!) * WEIGHTS[i]!;
  return ALPHABET[sum % 32]!;
}

/** A new random reference number. */
export function newReference(random: (max: number) => number = randomInt): string {
  let body = '';
  for (let i = 0; i < 7; i++) body += ALPHABET[random(32)];
  const all = body + checkSymbol(body);
  return `CL-${all.slice(0, 4)}-${all.slice(4)}`;
}

/**
 * The canonical form of a reference as a customer may type it (any case, spaces or dashes, O for 0,
 * I or L for 1), or null when it is not a well-formed reference with a valid check symbol.
 */
export function parseReference(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/^CL(?=.{8}$)/, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const m = /^([0-9A-HJKMNP-TV-Z]{8})$/.exec(cleaned);
  if (!m) return null;
  const all = m[1]!;
  if (checkSymbol(all.slice(0, 7)) !== all[7]) return null;
  return `CL-${all.slice(0, 4)}-${all.slice(4)}`;
}
