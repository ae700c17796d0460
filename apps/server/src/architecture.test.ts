import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, ERROR_TABLE } from '@clearline/protocol';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(SRC, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)].map((m) => resolve(dirname(file), m[1]!));
}

describe('dependency direction (protocol ← platform ← domains ← server.ts)', () => {
  it('a domain imports another domain only through its index.ts', () => {
    const offenders: string[] = [];
    for (const file of files(join(SRC, 'domains'))) {
      const own = relative(join(SRC, 'domains'), file).split(sep)[0];
      for (const target of relativeImports(file)) {
        const rel = relative(join(SRC, 'domains'), target);
        if (rel.startsWith('..')) continue;
        const [domain, ...rest] = rel.split(sep);
        if (domain !== own && rest.join('/') !== 'index.ts')
          offenders.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('platform code never imports a domain or the server', () => {
    const offenders = files(join(SRC, 'platform')).flatMap((file) =>
      relativeImports(file)
        .filter((t) => relative(join(SRC, 'platform'), t).startsWith('..'))
        .map((t) => `${relative(SRC, file)} → ${relative(SRC, t)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('domain code never calls Socket.IO except the realtime domain', () => {
    const offenders = files(join(SRC, 'domains'))
      .filter((f) => !f.includes(`${sep}realtime${sep}`) && !f.endsWith('.test.ts'))
      .filter((f) => /from 'socket\.io'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('only config.ts and command-line entry points (*-cli.ts) read process.env in server code', () => {
    const offenders = files(SRC)
      .filter((f) => !f.endsWith('.test.ts') && !f.includes(`${sep}test${sep}`) && !f.endsWith('config.ts'))
      .filter((f) => !f.endsWith('-cli.ts'))
      .filter((f) => /process\.env/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});

describe('docs/errors.md', () => {
  it('lists every error code with its HTTP status, and no others', () => {
    const doc = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8');
    const rows = [...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(\d{3})\s*\|/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(rows.map(([code]) => code).sort()).toEqual([...ERROR_CODES].sort());
    for (const [code, status] of rows)
      expect(status).toBe(ERROR_TABLE[code as keyof typeof ERROR_TABLE].status);
  });
});

describe('docs/protocol.md', () => {
  it('documents every socket event of both namespaces', async () => {
    const { AGENT_EVENT_SCHEMAS, CUSTOMER_EVENT_SCHEMAS, ZServerEventSchemas } = await import(
      '@clearline/protocol'
    );
    const doc = readFileSync(join(ROOT, 'docs/protocol.md'), 'utf8');
    const events = [
      ...Object.keys(CUSTOMER_EVENT_SCHEMAS),
      ...Object.keys(AGENT_EVENT_SCHEMAS),
      ...Object.keys(ZServerEventSchemas),
    ];
    const missing = [...new Set(events)].filter((e) => !doc.includes(`\`${e}\``));
    expect(missing).toEqual([]);
  });
});
