/** Value generators for the corpus placeholders (card numbers in any grouping, codes, benign look-alikes). */
import type { Rng } from './corpus-gen.ts';

function luhnDigit(partial: string): string {
  for (let d = 0; d <= 9; d++) {
    const s = partial + d;
    let sum = 0;
    for (let i = s.length - 1, dbl = false; i >= 0; i--, dbl = !dbl) {
      let v = s.charCodeAt(i) - 48;
      if (dbl) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    if (sum % 10 === 0) return String(d);
  }
  return '0';
}

const BRANDS: Record<string, { prefixes: string[]; lengths: number[]; shape?: number[] }> = {
  visa: { prefixes: ['4'], lengths: [16, 16, 16, 16, 13, 19] },
  mastercard: { prefixes: ['51', '52', '53', '54', '55', '2221', '2300', '2720', '2599'], lengths: [16] },
  amex: { prefixes: ['34', '37'], lengths: [15], shape: [4, 6, 5] },
  discover: { prefixes: ['6011', '65', '644', '649'], lengths: [16] },
  diners: { prefixes: ['36', '300', '305', '38'], lengths: [14], shape: [4, 6, 4] },
  jcb: { prefixes: ['3528', '3589', '3566'], lengths: [16] },
  unionpay: { prefixes: ['62'], lengths: [16, 19] },
  maestro: { prefixes: ['6759', '6304', '5018'], lengths: [16, 12, 19] },
};

export function cardDigits(rng: Rng, brand?: string): string {
  const name =
    brand ??
    rng.pick([
      'visa',
      'visa',
      'visa',
      'mastercard',
      'mastercard',
      'amex',
      'discover',
      'diners',
      'jcb',
      'unionpay',
      'maestro',
    ]);
  const b = BRANDS[name]!;
  const prefix = rng.pick(b.prefixes);
  const len = rng.pick(b.lengths);
  const body = prefix + rng.digits(len - prefix.length - 1);
  return body + luhnDigit(body);
}

const FW = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

export function groupCard(rng: Rng, digits: string, style?: string): string {
  const brandShape = digits.length === 15 ? [4, 6, 5] : digits.length === 14 ? [4, 6, 4] : undefined;
  const fours = (): number[] => {
    const out: number[] = [];
    for (let i = 0; i < digits.length; i += 4) out.push(Math.min(4, digits.length - i));
    return out;
  };
  const shape = brandShape ?? fours();
  const split = (sizes: number[]) => {
    const parts: string[] = [];
    let i = 0;
    for (const s of sizes) {
      parts.push(digits.slice(i, i + s));
      i += s;
    }
    return parts;
  };
  const s =
    style ??
    rng.pick([
      'space',
      'space',
      'space',
      'none',
      'none',
      'dash',
      'dash',
      'dot',
      'nbsp',
      'slash',
      'mixed',
      'fullwidth',
      'spacedash',
      'odd',
      'newline',
    ]);
  switch (s) {
    case 'none':
      return digits;
    case 'space':
      return split(shape).join(' ');
    case 'dash':
      return split(shape).join('-');
    case 'dot':
      return split(shape).join('.');
    case 'slash':
      return split(shape).join('/');
    case 'nbsp':
      return split(shape).join('\u00a0');
    case 'thin':
      return split(shape).join('\u2009');
    case 'spacedash':
      return split(shape).join(' - ');
    case 'newline':
      return split(shape).join('\n');
    case 'fullwidth':
      return FW(split(shape).join(rng.pick([' ', '\u3000', '-'])));
    case 'mixed': {
      const parts = split(shape);
      return parts.reduce(
        (acc, p, i) => (i === 0 ? p : acc + rng.pick([' ', '-', '.', '\u00a0', '  ']) + p),
        '',
      );
    }
    case 'odd': {
      const sizes: number[] = [];
      let left = digits.length;
      while (left > 0) {
        const k = Math.min(left, rng.int(2, 5));
        sizes.push(k);
        left -= k;
      }
      return split(sizes).join(' ');
    }
    default:
      return split(shape).join(' ');
  }
}

const PASSWORDS = [
  'Summer2024!',
  'P@ssw0rd',
  'hunter22',
  'Tr0ub4dor&3',
  'maria1985',
  'Perro$Azul22',
  'qwerty123',
  'Gatito#7',
  'm1c4s4!',
  'correct-horse-42',
  'LaLuna_2019',
  'abc123xyz',
  'Bluebird77',
  'n3wY0rk!!',
  'S0l3d4d*',
  'iloveyou2',
  'C@rlos.88',
  'Football#10',
  'tequila2023',
  'J3sus&Maria',
  'Dragon_fly9',
  'mango.loco55',
  'Chivas!1906',
  'Xy9#kLm2',
  'sunflower88',
  'ROSITA2000',
  'pa$$word',
  'Lalo!123',
  'Monkey@Home1',
  'Z1ggy*Star',
];

function ssn(rng: Rng): [string, string, string] {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return [
    String(area).padStart(3, '0'),
    String(rng.int(1, 99)).padStart(2, '0'),
    String(rng.int(1, 9999)).padStart(4, '0'),
  ];
}

function luhnInvalidCard(rng: Rng): string {
  const d = cardDigits(rng, rng.pick(['visa', 'mastercard', 'discover']));
  const last = (Number(d.at(-1)) + rng.int(1, 9)) % 10;
  return groupCard(rng, d.slice(0, -1) + last, rng.pick(['space', 'none', 'dash']));
}

const MONTHS_EN = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Value of a placeholder: [text, gold type or benign kind, isGold]. */
export function generate(rng: Rng, name: string, args: string[]): [string, string, boolean] {
  switch (name) {
    case 'CARD': {
      const d = cardDigits(rng, args[0] && args[0] !== 'any' ? args[0] : undefined);
      return [groupCard(rng, d, args[1]), 'CREDIT_CARD', true];
    }
    case 'CVV':
      return [rng.digits(3), 'CARD_SECURITY_CODE', true];
    case 'CID':
      return [rng.digits(4), 'CARD_SECURITY_CODE', true];
    case 'SSN': {
      const [a, g, s] = ssn(rng);
      const sep =
        args[0] === 'plain'
          ? ''
          : args[0] === 'space'
            ? ' '
            : args[0] === 'dash'
              ? '-'
              : rng.pick(['-', '-', ' ', '']);
      return [[a, g, s].join(sep), 'US_SSN', true];
    }
    case 'OTP': {
      const n = args[0] && /^\d$/.test(args[0]) ? Number(args[0]) : rng.pick([6, 6, 6, 6, 4, 5, 8]);
      const d = String(rng.int(1, 9)) + rng.digits(n - 1);
      if (args[0] === 'split')
        return [`${d.slice(0, 3)}${rng.pick([' ', '-'])}${rng.digits(3)}`, 'OTP', true];
      return [d, 'OTP', true];
    }
    case 'PIN':
      return [rng.digits(args[0] ? Number(args[0]) : 4), 'CARD_PIN', true];
    case 'PW':
      return [rng.pick(PASSWORDS), 'PASSWORD', true];
    case 'LAST4':
      return [rng.digits(4), 'last4', false];
    case 'ZIP':
      return [
        rng.pick(['10001', '90210', '33101', '60614', '78701', '94105', '02139', '85004', '11201', '07302']) +
          (args[0] === 'plus4' ? `-${rng.digits(4)}` : ''),
        'zip',
        false,
      ];
    case 'AMOUNT':
      return [
        rng.pick([
          `$${rng.int(1, 9)},${rng.digits(3)}.${rng.digits(2)}`,
          `$${rng.int(10, 999)}.${rng.digits(2)}`,
          `$${rng.int(5, 950)}`,
          `${rng.int(10, 999)}.${rng.digits(2)} USD`,
          `$${rng.int(1, 99)},${rng.digits(3)}`,
          `${rng.int(100, 9999)} pesos`,
          `MXN ${rng.int(1, 9)},${rng.digits(3)}.00`,
        ]),
        'amount',
        false,
      ];
    case 'DATE': {
      const m = rng.int(1, 12);
      const d = rng.int(1, 28);
      const y = rng.pick([2024, 2025, 2026]);
      const p2 = (x: number) => String(x).padStart(2, '0');
      return [
        rng.pick([
          `${p2(m)}/${p2(d)}/${y}`,
          `${y}-${p2(m)}-${p2(d)}`,
          `${m}/${d}/${String(y).slice(2)}`,
          `${p2(d)}/${p2(m)}/${y}`,
          `${MONTHS_EN[m - 1]} ${d}, ${y}`,
          `${m}/${d}`,
        ]),
        'date',
        false,
      ];
    }
    case 'EXP':
      return [
        rng.pick([
          `${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(26, 31)}`,
          `${rng.int(1, 12)}/${rng.int(2026, 2031)}`,
          `${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(2026, 2031)}`,
        ]),
        'expiry',
        false,
      ];
    case 'PHONE':
      return [
        rng.pick([
          `(${rng.int(201, 989)}) ${rng.digits(3)}-${rng.digits(4)}`,
          `${rng.int(201, 989)}-${rng.digits(3)}-${rng.digits(4)}`,
          `${rng.int(201, 989)}.${rng.digits(3)}.${rng.digits(4)}`,
          `+1 ${rng.int(201, 989)} ${rng.digits(3)} ${rng.digits(4)}`,
          `1-800-${rng.digits(3)}-${rng.digits(4)}`,
          `+52 55 ${rng.digits(4)} ${rng.digits(4)}`,
          `${rng.int(201, 989)}${rng.digits(7)}`,
        ]),
        'phone',
        false,
      ];
    case 'ORDER':
      return [
        rng.pick([
          `#${rng.digits(7)}`,
          `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(7)}`,
          `ORD-${rng.digits(6)}`,
          `${rng.int(1, 9)}${rng.digits(9)}`,
          `W${rng.digits(9)}`,
        ]),
        'order',
        false,
      ];
    case 'CASE': {
      const a = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
      const part = () => Array.from({ length: 4 }, () => rng.pick([...a])).join('');
      return [`CL-${part()}-${part()}`, 'case', false];
    }
    case 'TRACK':
      return [
        rng.pick([
          `1Z${rng.digits(3)}AA${rng.digits(10)}`,
          `9400 ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`,
          `7${rng.digits(11)}`,
          `92${rng.digits(20)}`,
        ]),
        'tracking',
        false,
      ];
    case 'ACCT':
      return [
        rng.pick([
          `${rng.digits(10)}`,
          `00${rng.digits(9)}`,
          `1${rng.digits(11)}`,
          `${rng.digits(4)}-${rng.digits(6)}`,
        ]),
        'account',
        false,
      ];
    case 'YEAR':
      return [String(rng.int(1995, 2026)), 'year', false];
    case 'BADCARD':
      return [luhnInvalidCard(rng), 'invalid_card', false];
    case 'TIME':
      return [
        rng.pick([
          `${rng.int(1, 12)}:${String(rng.int(0, 59)).padStart(2, '0')} ${rng.pick(['am', 'pm', 'PM'])}`,
          `${rng.int(7, 22)}:${String(rng.int(0, 59)).padStart(2, '0')}`,
          `${rng.int(1, 12)}pm`,
        ]),
        'time',
        false,
      ];
    default:
      throw new Error(`unknown placeholder ${name}`);
  }
}
