import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processLine } from './redact-cli.ts';

const CLI = fileURLToPath(new URL('./redact-cli.ts', import.meta.url));

function runCli(
  input: string,
  args: string[] = [],
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}

const lines = (s: string) =>
  s
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('redact CLI (spawned)', () => {
  it('writes one line per input line, in order, with spans into the original text', async () => {
    const texts = [
      'card 4012 8888 8888 1881 cvv 552',
      'nothing here, zip 60614, $1,204.50 on 08/15/2026',
      '😀 ４０１２８８８８８８８８１８８１',
      'mi contraseña es Azul&Luna44',
    ];
    const input = texts.map((text) => JSON.stringify({ text })).join('\n');
    const { stdout, code } = await runCli(`${input}\n`);
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out).toHaveLength(4);
    expect(Object.keys(out[0]!)).toEqual(['redacted', 'spans']);
    expect(out[0]).toEqual({
      redacted: 'card [card ending 1881] cvv [security code removed]',
      spans: [
        { type: 'CREDIT_CARD', start: 5, end: 24 },
        { type: 'CARD_SECURITY_CODE', start: 29, end: 32 },
      ],
    });
    expect(out[1]).toEqual({ redacted: texts[1], spans: [] });
    expect(out[2]!.spans).toEqual([{ type: 'CREDIT_CARD', start: 3, end: 19 }]);
    const es = out[3] as { redacted: string; spans: { start: number; end: number }[] };
    expect(es.redacted).toBe('mi contraseña es [contraseña eliminada]');
    expect(texts[3]!.slice(es.spans[0]!.start, es.spans[0]!.end)).toBe('Azul&Luna44');
  });

  it('answers bad lines with an error line and carries on', async () => {
    const input = ['not json', '{"text": 42}', '', '[1,2]', 'null', '{"text":"pin 9034"}', '{"nope":1}'].join(
      '\n',
    );
    const { stdout, code } = await runCli(input); // no final newline
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out).toHaveLength(7);
    for (const i of [0, 1, 2, 3, 4, 6]) expect(out[i]).toHaveProperty('error');
    expect(out[5]).toEqual({
      redacted: 'pin [PIN removed]',
      spans: [{ type: 'CARD_PIN', start: 4, end: 8 }],
    });
  });

  it('handles CRLF input, a BOM and many lines', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ text: `msg ${i} cvv 123` }));
    const { stdout } = await runCli(`\ufeff${many.join('\r\n')}\r\n`);
    const out = lines(stdout);
    expect(out).toHaveLength(3000);
    expect(out[2999]).toEqual({
      redacted: 'msg 2999 cvv [security code removed]',
      spans: [{ type: 'CARD_SECURITY_CODE', start: 13, end: 16 }],
    });
  });

  it('--agent writes {blocked, reason} per line', async () => {
    const input = [
      { text: 'Please read me the 16 digits on the front of your card' },
      { text: 'Please confirm the last four digits of your card' },
      { text: 'dame tu contraseña' },
    ]
      .map((x) => JSON.stringify(x))
      .join('\n');
    const { stdout } = await runCli(`${input}\nbroken\n`, ['--agent']);
    const out = lines(stdout);
    expect(out).toHaveLength(4);
    expect(Object.keys(out[0]!)).toEqual(['blocked', 'reason']);
    expect(out.map((o) => o.blocked)).toEqual([true, false, true, undefined]);
    expect(out[2]!.reason).toMatch(/contraseña/);
    expect(out[3]).toHaveProperty('error');
  });
});

describe('processLine', () => {
  it('honours the language field', () => {
    expect(JSON.parse(processLine('{"text":"pin 9034","language":"es"}', false))).toEqual({
      redacted: 'pin [PIN eliminado]',
      spans: [{ type: 'CARD_PIN', start: 4, end: 8 }],
    });
  });
});
