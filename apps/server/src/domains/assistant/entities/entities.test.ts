import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Entity, type EntityLang, type EntityType, extractEntities } from './index.ts';
import { DEMO_MERCHANTS } from './merchant-gazetteer.ts';
import { parseMoneyNumber } from './money.ts';
import {
  DEFAULT_ENTITIES_FILE,
  DEFAULT_REFERENCE_DATE,
  readGold,
  referenceDate,
  scoreEntities,
} from './score.ts';

/** Wednesday 17 September 2025, noon local time. */
const NOW = referenceDate('2025-09-17');

type Expected = [type: EntityType, mention: string, value: number | string];

function extract(text: string, lang?: EntityLang): Entity[] {
  return extractEntities(text, { lang, now: NOW });
}

function summary(text: string, lang?: EntityLang): Expected[] {
  return extract(text, lang).map((e) => [e.type, e.text, e.value]);
}

describe('extractEntities: English', () => {
  const cases: Array<[string, Expected[]]> = [
    [
      'I was charged twice at Starbucks on Aug 9, $5.75 each time',
      [
        ['merchant', 'Starbucks', 'Starbucks'],
        ['date', 'Aug 9', '2025-08-09'],
        ['amount', '$5.75', 5.75],
      ],
    ],
    [
      'dispute the 127.43 dollars charge from Best Buy on 08/15',
      [
        ['amount', '127.43 dollars', 127.43],
        ['merchant', 'Best Buy', 'Best Buy'],
        ['date', '08/15', '2025-08-15'],
      ],
    ],
    [
      'my card ending in 1005 was declined at Costco yesterday',
      [
        ['last4', '1005', '1005'],
        ['merchant', 'Costco', 'Costco'],
        ['date', 'yesterday', '2025-09-16'],
      ],
    ],
    [
      'the Netflix charge from last Tuesday',
      [
        ['merchant', 'Netflix', 'Netflix'],
        ['date', 'last Tuesday', '2025-09-16'],
      ],
    ],
    [
      'I paid $1,203.88 last Friday',
      [
        ['amount', '$1,203.88', 1203.88],
        ['date', 'last Friday', '2025-09-12'],
      ],
    ],
    ['raise my limit to $5k', [['amount', '$5k', 5000]]],
    [
      'pay 1200 dollars tomorrow, I owe 40 bucks',
      [
        ['amount', '1200 dollars', 1200],
        ['date', 'tomorrow', '2025-09-18'],
        ['amount', '40 bucks', 40],
      ],
    ],
    ['a charge from 3 days ago', [['date', '3 days ago', '2025-09-14']]],
    ['paid on Monday', [['date', 'on Monday', '2025-09-15']]],
    [
      'schedule $100 for Friday',
      [
        ['amount', '$100', 100],
        ['date', 'Friday', '2025-09-19'],
      ],
    ],
    ['I paid on the 14th', [['date', 'the 14th', '2025-09-14']]],
    [
      'on 2024-11-05 and 12/24/2024',
      [
        ['date', '2024-11-05', '2024-11-05'],
        ['date', '12/24/2024', '2024-12-24'],
      ],
    ],
    [
      "there's a $17.38 charge from 'TST* LUNA KITCHEN' I don't know",
      [
        ['amount', '$17.38', 17.38],
        ['merchant', 'TST* LUNA KITCHEN', 'TST* LUNA KITCHEN'],
      ],
    ],
    ['who is "AMZN Mktp US*2K4"?', [['merchant', 'AMZN Mktp US*2K4', 'AMZN Mktp US*2K4']]],
    ['Acme Widgets charged me twice', [['merchant', 'Acme Widgets', 'Acme Widgets']]],
    [
      'a charge from Sunset Cafe for $12',
      [
        ['merchant', 'Sunset Cafe', 'Sunset Cafe'],
        ['amount', '$12', 12],
      ],
    ],
    ['charged 3 times at target!!!', [['merchant', 'target', 'target']]],
    ['the card that ends with 9902', [['last4', '9902', '9902']]],
    ['last four 3321 please', [['last4', '3321', '3321']]],
    ['lock card 4471', [['last4', '4471', '4471']]],
    [
      'my card ****8812 and x4410',
      [
        ['last4', '8812', '8812'],
        ['last4', '4410', '4410'],
      ],
    ],
    [
      'charged €50 and £20 and MXN 850',
      [
        ['amount', '€50', 50],
        ['amount', '£20', 20],
        ['amount', 'MXN 850', 850],
      ],
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text, 'en')).toEqual(expected);
  });
});

describe('extractEntities: Spanish and Spanglish', () => {
  const cases: Array<[string, Expected[]]> = [
    [
      'me cobraron dos veces en Starbucks el 9 de agosto',
      [
        ['merchant', 'Starbucks', 'Starbucks'],
        ['date', '9 de agosto', '2025-08-09'],
      ],
    ],
    [
      'mi tarjeta terminada en 1005 fue rechazada en Costco ayer',
      [
        ['last4', '1005', '1005'],
        ['merchant', 'Costco', 'Costco'],
        ['date', 'ayer', '2025-09-16'],
      ],
    ],
    [
      'pagué $1,203.88 el viernes pasado',
      [
        ['amount', '$1,203.88', 1203.88],
        ['date', 'el viernes pasado', '2025-09-12'],
      ],
    ],
    [
      'me cobraron 1.203,88 € el 15 de agosto',
      [
        ['amount', '1.203,88 €', 1203.88],
        ['date', '15 de agosto', '2025-08-15'],
      ],
    ],
    ['el cargo de hace 3 días', [['date', 'hace 3 días', '2025-09-14']]],
    ['hace dos semanas', [['date', 'hace dos semanas', '2025-09-03']]],
    [
      'anteayer y antier',
      [
        ['date', 'anteayer', '2025-09-15'],
        ['date', 'antier', '2025-09-15'],
      ],
    ],
    ['pagué esta mañana', [['date', 'esta mañana', '2025-09-17']]],
    ['pagar mañana', [['date', 'mañana', '2025-09-18']]],
    ['anoche', [['date', 'anoche', '2025-09-16']]],
    ['programa un pago para el viernes', [['date', 'el viernes', '2025-09-19']]],
    ['el martes pasado', [['date', 'el martes pasado', '2025-09-16']]],
    ['el próximo lunes', [['date', 'el próximo lunes', '2025-09-22']]],
    ['pagué el 14', [['date', 'el 14', '2025-09-14']]],
    ['del 10/09', [['date', '10/09', '2025-09-10']]],
    ['el 5 de sept', [['date', '5 de sept', '2025-09-05']]],
    ['septiembre 5 de 2024', [['date', 'septiembre 5 de 2024', '2024-09-05']]],
    [
      'me cobraron 500 pesos en Oxxo',
      [
        ['amount', '500 pesos', 500],
        ['merchant', 'Oxxo', 'Oxxo'],
      ],
    ],
    [
      '250 dólares y 5 mil dólares',
      [
        ['amount', '250 dólares', 250],
        ['amount', '5 mil dólares', 5000],
      ],
    ],
    ['que termina en 9902', [['last4', '9902', '9902']]],
    ['tarjeta con terminación 8812', [['last4', '8812', '8812']]],
    [
      'un cargo de Farmacia Lupita por $300',
      [
        ['merchant', 'Farmacia Lupita', 'Farmacia Lupita'],
        ['amount', '$300', 300],
      ],
    ],
    [
      'my card got declined en Home Depot por $540',
      [
        ['merchant', 'Home Depot', 'Home Depot'],
        ['amount', '$540', 540],
      ],
    ],
    ['la tarjeta ending in 5521', [['last4', '5521', '5521']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(summary(text, 'es')).toEqual(expected);
  });

  it('reads numeric dates day-first in Spanish text when no language is given', () => {
    expect(summary('mi pago del 10/09 no aparece')).toEqual([['date', '10/09', '2025-09-10']]);
    expect(summary('my payment from 10/09 is missing')).toEqual([['date', '10/09', '2025-10-09']]);
  });

  it('runs both languages when no language is given', () => {
    expect(summary('me cobraron $20 ayer y yesterday')).toEqual([
      ['amount', '$20', 20],
      ['date', 'ayer', '2025-09-16'],
      ['date', 'yesterday', '2025-09-16'],
    ]);
  });
});

describe('extractEntities: what is not an entity', () => {
  const none: Array<[string, EntityLang]> = [
    ['I have 60,000 points and 4% cash back', 'en'],
    ['my APR is 29.99%', 'en'],
    ['3 charges in 2024, case 55120, claim #7781, ticket CL-88213, ref 882-113', 'en'],
    ['call me at 555-201-8890', 'en'],
    ['my SSN ends in 4432 and my phone ends in 9921', 'en'],
    ['pay from my checking account ending 6621', 'en'],
    ['support is 24/7, add 3/4 cup, 50/50', 'en'],
    ['last week, next month, in June, this year, a weekend', 'en'],
    ['for 30 days, within 60 days, 5 to 7 business days', 'en'],
    ['at 5pm, right now', 'en'],
    ['move my due date to the 15th of every month', 'en'],
    ['I get paid on the 10th', 'en'],
    ['i sat on my card', 'en'],
    ['I redeemed 10k points', 'en'],
    ['la semana pasada, el mes que viene, en junio, este año', 'es'],
    ['quiero cambiar mi fecha de pago al 15, me pagan el 10', 'es'],
    ['el 5 de cada mes', 'es'],
    ['tengo 40,000 puntos y 29.99% de tasa', 'es'],
    ['por favor agreguen a María López', 'es'],
    ['add my card to Apple Pay or Google Wallet', 'en'],
    ['my Chase card and my Citi card', 'en'],
    ['I have a Samsung Pay and a Venmo account', 'en'],
    ['how many Hilton Honors points and Marriott Bonvoy points do I have', 'en'],
    ['cuántas millas tengo en Aeroméxico', 'es'],
    ['I booked a trip to Paris and Miami', 'en'],
    ['my statement closed a few days ago', 'en'],
    ['i moved out two years ago, the last alert was 20 minutes ago', 'en'],
    ['buenas noches, hasta mañana', 'es'],
    ['me dijeron que la nueva llegaba en 7 dias habiles', 'es'],
    ['QUITENME LA COMISION POR PAGO TARDE', 'es'],
    ['USE MY POINTS TO PAY', 'en'],
    ['We charged everything on this card. Is the trip covered?', 'en'],
    ['my Apple Card from Goldman got declined', 'en'],
    ['the money lands on the 30th and my due date is on the 8th', 'en'],
  ];
  it.each(none)('%s', (text, lang) => {
    expect(summary(text, lang)).toEqual([]);
  });
});

describe('extractEntities: offsets', () => {
  it('point into the original string, also with emoji and accents before the mention', () => {
    const text = '😡😡 ¿por qué? me cobraron $45.99 en Netflix el 3 de julio, tarjeta terminada en 1005';
    const entities = extract(text, 'es');
    expect(entities.map((e) => e.type)).toEqual(['amount', 'merchant', 'date', 'last4']);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('never overlap and come in text order', () => {
    const text = 'card 4471 charged $1,005 on 10/05 at Costco, ending in 1005';
    const entities = extract(text, 'en');
    for (let i = 1; i < entities.length; i++)
      expect(entities[i]!.start).toBeGreaterThanOrEqual(entities[i - 1]!.end);
    expect(summary(text, 'en')).toEqual([
      ['last4', '4471', '4471'],
      ['amount', '$1,005', 1005],
      ['date', '10/05', '2025-10-05'],
      ['merchant', 'Costco', 'Costco'],
      ['last4', '1005', '1005'],
    ]);
  });

  it('resolves relative dates against now (default: the current date)', () => {
    const [entity] = extractEntities('yesterday');
    const expected = new Date();
    expected.setDate(expected.getDate() - 1);
    const iso = `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`;
    expect(entity?.value).toBe(iso);
  });
});

describe('parseMoneyNumber', () => {
  it.each([
    ['127.43', 'en', 127.43],
    ['1,203.88', 'en', 1203.88],
    ['1.203,88', 'es', 1203.88],
    ['1.250', 'es', 1250],
    ['1,250', 'es', 1250],
    ['12,50', 'es', 12.5],
    ['1,000,000', 'en', 1_000_000],
  ] as const)('%s (%s) → %d', (raw, lang, value) => {
    expect(parseMoneyNumber(raw, lang)).toBe(value);
  });
});

describe('merchant gazetteer', () => {
  it('knows every merchant of the demo core', () => {
    const read = (file: string) => readFileSync(new URL(`../../accounts/${file}`, import.meta.url), 'utf8');
    const catalogue = [...read('demo-merchants.ts').matchAll(/\[\s*(['"])(.+?)\1\s*,\s*[\d_]+\s*,/g)].map(
      (m) => m[2]!,
    );
    const local = [...read('demo-profiles.ts').matchAll(/local\(\s*(['"])(.+?)\1/g)].map((m) => m[2]!);
    expect(catalogue.length).toBeGreaterThan(50);
    const missing = [...catalogue, ...local].filter((name) => !DEMO_MERCHANTS.includes(name));
    expect(missing).toEqual([]);
  });

  it('finds each demo merchant by name in a sentence', () => {
    const missed = DEMO_MERCHANTS.filter((name) => {
      const text = `there is a charge from ${name} for $20`;
      return !extract(text, 'en').some((e) => e.type === 'merchant' && e.text.includes(name.split(' ')[0]!));
    });
    expect(missed).toEqual([]);
  });
});

describe('extractEntities: hold-out weaknesses', () => {
  const cases: Array<[string, EntityLang, Expected[]]> = [
    ['I mailed a check about ten days ago', 'en', [['date', 'ten days ago', '2025-09-07']]],
    ['devolvi un producto hace un mes', 'es', [['date', 'hace un mes', '2025-08-17']]],
    ['i get paid friday, will that be before the due date', 'en', [['date', 'friday,', '2025-09-19']]],
    ['me pagan el viernes, alcanzo a pagar?', 'es', [['date', 'el viernes', '2025-09-19']]],
    ['tengo hasta mañana para pagar', 'es', [['date', 'mañana', '2025-09-18']]],
    ['they charged me a hundred and twenty dollars', 'en', [['amount', 'a hundred and twenty dollars', 120]]],
    ['me cobraron quinientos pesos', 'es', [['amount', 'quinientos pesos', 500]]],
    ['charged on 9-14, call 555-201-8890 within 3-4 days', 'en', [['date', '9-14', '2025-09-14']]],
    ['my check comes on the 28th', 'en', []],
    [
      'I cancelled in July and Crunch Fitness is still charging me',
      'en',
      [['merchant', 'Crunch Fitness', 'Crunch Fitness']],
    ],
    [
      "there's a $58 charge from a place called Golden Fork",
      'en',
      [
        ['amount', '$58', 58],
        ['merchant', 'Golden Fork', 'Golden Fork'],
      ],
    ],
  ];
  it.each(cases)('%s', (text, lang, expected) => {
    expect(summary(text, lang)).toEqual(expected);
  });
});

describe('entity F1 on entities.jsonl', () => {
  it('stays at or above 0.95 per type (overlap matching, reference date of the file)', () => {
    const report = scoreEntities(readGold(DEFAULT_ENTITIES_FILE), referenceDate(DEFAULT_REFERENCE_DATE));
    for (const [type, score] of Object.entries(report.byType)) {
      expect(score.f1, `${type}: ${report.errors.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
