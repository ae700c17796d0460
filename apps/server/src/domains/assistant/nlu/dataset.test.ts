import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, OUT_OF_SCOPE, parseCsv, parseCsvDataset, stratifiedSplit, toCsv } from './dataset.ts';

describe('parseCsv', () => {
  it('handles quoted fields, doubled quotes, commas, CRLF and newlines inside quotes', () => {
    const rows = parseCsv('text,category\r\n"hello, ""world""",greet\r\n"two\nlines",x\nplain,y');
    expect(rows).toEqual([
      ['text', 'category'],
      ['hello, "world"', 'greet'],
      ['two\nlines', 'x'],
      ['plain', 'y'],
    ]);
  });
});

describe('datasets', () => {
  it('reads the Banking77 (category) and CLINC150 (intent) layouts and maps oos', () => {
    expect(parseCsvDataset('text,category\nwhere is my card,card_arrival\n')).toEqual([
      { text: 'where is my card', intent: 'card_arrival' },
    ]);
    const clinc = parseCsvDataset('text,intent\nhow tall is everest,oos\nbook a flight,book_flight\n');
    expect(clinc.map((e) => e.intent)).toEqual([OUT_OF_SCOPE, 'book_flight']);
    expect(() => parseCsvDataset('a,b\n1,2\n')).toThrow(/text/);
  });

  it('reads JSONL with lang and entities, and detects the format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nlu-ds-'));
    const file = join(dir, 'data.txt');
    writeFileSync(
      file,
      '{"text":"hola","intent":"greeting","lang":"es"}\n\n{"text":"weather?","intent":"out_of_scope","entities":[]}\n',
    );
    expect(loadDataset(file)).toEqual([
      { text: 'hola', intent: 'greeting', lang: 'es' },
      { text: 'weather?', intent: OUT_OF_SCOPE, entities: [] },
    ]);
  });

  it('splits stratified and deterministically, and round-trips through CSV', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ text: `t "${i}", x`, intent: `l${i % 4}` }));
    const a = stratifiedSplit(rows, 0.2, 7);
    const b = stratifiedSplit(rows, 0.2, 7);
    expect(a).toEqual(b);
    expect(a.test.length).toBe(20);
    expect(new Set(a.test.map((r) => r.intent)).size).toBe(4);
    expect(parseCsvDataset(toCsv(rows))).toEqual(rows);
  });
});
