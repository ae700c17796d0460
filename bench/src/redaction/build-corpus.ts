/**
 * Writes corpus.jsonl from the templates (deterministic: fixed seed).
 *   node --import tsx bench/src/redaction/build-corpus.ts
 * Each line: {"id","text","spans":[{"type","start","end"}],"lang","benign":[{"kind","start","end"}]}.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CorpusRecord, expand, Rng } from './corpus-gen.ts';
import { BENIGN_TEMPLATES } from './corpus-templates-benign.ts';
import { type Lang, SENSITIVE_TEMPLATES } from './corpus-templates-sensitive.ts';

/** corpus-freeform.txt: one hand-written message per line, `lang|template`, a literal `\n` for a newline. */
function freeform(): [Lang, string][] {
  const path = fileURLToPath(new URL('./corpus-freeform.txt', import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const bar = l.indexOf('|');
      return [l.slice(0, bar) as Lang, l.slice(bar + 1).replace(/\\n/g, '\n')];
    });
}

export function buildCorpus(seed = 20260815): CorpusRecord[] {
  const rng = new Rng(seed);
  const out: CorpusRecord[] = [];
  SENSITIVE_TEMPLATES.forEach(([lang, t], i) => {
    for (let v = 0; v < 2; v++) out.push(expand(rng, `s${i}.${v}`, lang, t));
  });
  BENIGN_TEMPLATES.forEach(([lang, t], i) => {
    const variants = t.includes('{') ? 2 : 1;
    for (let v = 0; v < variants; v++) out.push(expand(rng, `b${i}.${v}`, lang, t));
  });
  freeform().forEach(([lang, t], i) => {
    out.push(expand(rng, `f${i}`, lang, t));
  });
  // identical texts (templates without placeholders expanded twice) would only repeat the same case
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(r.text) && seen.add(r.text));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const corpus = buildCorpus();
  const path = fileURLToPath(new URL('./corpus.jsonl', import.meta.url));
  writeFileSync(path, `${corpus.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const benign = corpus.filter((r) => r.spans.length === 0).length;
  const spans = corpus.reduce((n, r) => n + r.spans.length, 0);
  console.log(`${corpus.length} messages (${benign} with no span), ${spans} gold spans → ${path}`);
}
