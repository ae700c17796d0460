/**
 * Redaction CLI (a contract other tools rely on).
 *
 *   npm run --silent redact            < in.jsonl   # {"text": "...", "language"?: "en"|"es"} per line
 *     → {"redacted": "...", "spans": [{"type", "start", "end"}]} per line
 *   npm run --silent redact -- --agent < in.jsonl   # agent messages
 *     → {"blocked": true|false, "reason": "..."} per line
 *
 * One output line per input line, in order; a line that is not a JSON object with a string "text" gives
 * {"error": "..."} and the CLI carries on. Offsets are JavaScript string (UTF-16) offsets into "text".
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { checkAgentMessage } from './agent-guard.ts';
import { redact } from './redact.ts';
import type { Language } from './types.ts';

export function processLine(line: string, agent: boolean): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'invalid JSON' });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return JSON.stringify({ error: 'expected a JSON object with a "text" string' });
  }
  const record = input as Record<string, unknown>;
  if (typeof record.text !== 'string') return JSON.stringify({ error: 'missing "text" string' });
  const lang = record.language ?? record.lang;
  const language: Language | undefined = lang === 'es' || lang === 'en' ? lang : undefined;
  try {
    if (agent) {
      const r = checkAgentMessage(record.text, language);
      return JSON.stringify({ blocked: r.blocked, reason: r.reason });
    }
    const r = redact(record.text, language ? { language } : {});
    return JSON.stringify({
      redacted: r.redacted,
      spans: r.spans.map((s) => ({ type: s.type, start: s.start, end: s.end })),
    });
  } catch (err) {
    return JSON.stringify({ error: `internal error: ${err instanceof Error ? err.message : String(err)}` });
  }
}

async function main(): Promise<void> {
  const agent = process.argv.slice(2).includes('--agent');
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let buffer = '';
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer;
    buffer = '';
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  };
  for await (const raw of rl) {
    const line = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    buffer += `${line.trim().length === 0 ? JSON.stringify({ error: 'empty line' }) : processLine(line, agent)}\n`;
    if (buffer.length > 64 * 1024) await flush();
  }
  await flush();
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('redact-cli.ts')) {
  main().catch((err) => {
    process.stderr.write(`redact-cli: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
