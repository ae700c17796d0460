/** Luhn check and card-brand prefix/length rules (IIN ranges as published by the card networks). */

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The digit that makes `partial + digit` Luhn-valid. */
export function luhnCheckDigit(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(partial + d)) return String(d);
  throw new Error('unreachable');
}

export type CardBrand =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'diners'
  | 'jcb'
  | 'unionpay'
  | 'maestro'
  | 'mir';

interface BrandRule {
  readonly brand: CardBrand;
  /** Inclusive numeric prefix ranges, compared on the first `from.length` digits. */
  readonly ranges: readonly (readonly [string, string])[];
  readonly lengths: readonly number[];
  /** The usual length, used to prefer one reading of an ambiguous digit run. */
  readonly typical: number;
}

export const BRAND_RULES: readonly BrandRule[] = [
  { brand: 'visa', ranges: [['4', '4']], lengths: [13, 16, 19], typical: 16 },
  {
    brand: 'mastercard',
    ranges: [
      ['51', '55'],
      ['2221', '2720'],
    ],
    lengths: [16],
    typical: 16,
  },
  {
    brand: 'amex',
    ranges: [
      ['34', '34'],
      ['37', '37'],
    ],
    lengths: [15],
    typical: 15,
  },
  {
    brand: 'discover',
    ranges: [
      ['6011', '6011'],
      ['644', '649'],
      ['65', '65'],
      ['622126', '622925'],
    ],
    lengths: [16, 17, 18, 19],
    typical: 16,
  },
  {
    brand: 'diners',
    ranges: [
      ['300', '305'],
      ['3095', '3095'],
      ['36', '36'],
      ['38', '39'],
    ],
    lengths: [14, 15, 16, 17, 18, 19],
    typical: 14,
  },
  { brand: 'jcb', ranges: [['3528', '3589']], lengths: [16, 17, 18, 19], typical: 16 },
  { brand: 'unionpay', ranges: [['62', '62']], lengths: [16, 17, 18, 19], typical: 16 },
  {
    brand: 'maestro',
    ranges: [
      ['5018', '5018'],
      ['5020', '5020'],
      ['5038', '5038'],
      ['5893', '5893'],
      ['6304', '6304'],
      ['6759', '6759'],
      ['6761', '6763'],
    ],
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
    typical: 16,
  },
  { brand: 'mir', ranges: [['2200', '2204']], lengths: [16, 17, 18, 19], typical: 16 },
];

function inRange(digits: string, [from, to]: readonly [string, string]): boolean {
  const p = digits.slice(0, from.length);
  return p.length === from.length && p >= from && p <= to;
}

export function cardBrands(digits: string): CardBrand[] {
  const out: CardBrand[] = [];
  for (const rule of BRAND_RULES) {
    if (rule.lengths.includes(digits.length) && rule.ranges.some((r) => inRange(digits, r)))
      out.push(rule.brand);
  }
  return out;
}

/** A full card number: 12–19 digits, a known brand prefix valid for that length, and a valid Luhn check. */
export function isCardNumber(digits: string): boolean {
  return digits.length >= 12 && digits.length <= 19 && cardBrands(digits).length > 0 && luhnValid(digits);
}

/** Whether this length is the brand's usual one (16 for Visa, 15 for Amex…). */
export function isTypicalLength(digits: string): boolean {
  return BRAND_RULES.some(
    (rule) => rule.typical === digits.length && rule.ranges.some((r) => inRange(digits, r)),
  );
}
