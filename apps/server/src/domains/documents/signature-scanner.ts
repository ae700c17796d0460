import { inflateSync } from 'node:zlib';
import type { DocumentType } from '@clearline/protocol';
import type { ScanPort, ScanResult } from './ports.ts';

/*
 * The default scan port: a small signature scanner, no external service. It flags
 *  - the EICAR anti-malware test file (anywhere in the bytes, or in a compressed PDF stream), and
 *  - PDFs that can run code when opened: the name objects `/JavaScript`, `/JS` and `/Launch`, also when
 *    written with `#xx` escapes (`/J#61vaScript`) or hidden in Flate-compressed (object) streams.
 * Deployments that need a full engine plug another ScanPort in; this one keeps the obvious out.
 */

// Assembled at run time so that this source file itself is not flagged by a virus scanner.
const EICAR = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join('');

/** PDF name objects that make a document act by itself (run script, start a program). */
const ACTIVE_PDF_NAMES = new Map([
  ['JavaScript', 'PDF-JavaScript'],
  ['JS', 'PDF-JavaScript'],
  ['Launch', 'PDF-Launch'],
]);

/** Bytes one PDF may inflate to in total; a document that needs more is not cleared (zip-bomb guard). */
const INFLATE_BUDGET = 64 * 1024 * 1024;

/** A name token: `/` then regular characters (PDF 32000-1 §7.3.5), `#xx` escapes decoded. */
const NAME = /\/([^\s/[\]()<>{}%]+)/g;

/** Every name object in the text, with `#xx` escapes decoded. */
function* namesIn(text: string): Generator<string> {
  for (const m of text.matchAll(NAME)) {
    const raw = m[1]!;
    yield raw.includes('#')
      ? raw.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
      : raw;
  }
}

function activeName(text: string): string | null {
  for (const name of namesIn(text)) {
    const finding = ACTIVE_PDF_NAMES.get(name);
    if (finding) return finding;
  }
  return null;
}

interface PdfStream {
  /** The dictionary text just before the `stream` keyword (back to the object's start). */
  dict: string;
  data: Buffer;
}

/**
 * Splits a PDF into the text outside stream data (dictionaries, names) and its streams. Names are only
 * looked for outside stream data and inside object streams: compressed images would otherwise match
 * `/JS` by chance now and then.
 */
function splitPdf(bytes: Buffer): { outside: string; streams: PdfStream[] } {
  const outside: string[] = [];
  const streams: PdfStream[] = [];
  let from = 0;
  let search = 0;
  for (;;) {
    const start = bytes.indexOf('stream', search, 'latin1');
    if (start < 0) break;
    search = start + 6;
    // `endstream` contains `stream`: only a keyword that does not follow `end` opens one.
    if (start >= 3 && bytes.toString('latin1', start - 3, start) === 'end') continue;
    let dataStart = start + 6;
    if (bytes[dataStart] === 0x0d) dataStart++;
    if (bytes[dataStart] === 0x0a) dataStart++;
    const end = bytes.indexOf('endstream', dataStart, 'latin1');
    if (end < 0) break;
    const before = bytes.toString('latin1', from, start);
    outside.push(before);
    const objStart = before.lastIndexOf(' obj');
    streams.push({
      dict: objStart >= 0 ? before.slice(objStart) : before,
      data: bytes.subarray(dataStart, end),
    });
    from = end + 9;
    search = from;
  }
  outside.push(bytes.toString('latin1', from));
  return { outside: outside.join('\n'), streams };
}

function inflate(data: Buffer, budget: number): Buffer | 'over-budget' | null {
  try {
    return inflateSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'over-budget';
    return null; // not Flate data (an image, another filter): nothing to look into
  }
}

export function scanBytes(bytes: Uint8Array, type: DocumentType): ScanResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.toString('latin1').includes(EICAR)) return { status: 'infected', finding: 'EICAR-Test-File' };
  if (type !== 'pdf') return { status: 'clean' };
  const { outside, streams } = splitPdf(buf);
  const direct = activeName(outside);
  if (direct) return { status: 'infected', finding: direct };
  let budget = INFLATE_BUDGET;
  for (const stream of streams) {
    const inner = inflate(stream.data, budget);
    if (inner === 'over-budget') return { status: 'failed', finding: 'PDF-StreamsTooLarge' };
    if (!inner) continue;
    budget -= inner.length;
    const text = inner.toString('latin1');
    if (text.includes(EICAR)) return { status: 'infected', finding: 'EICAR-Test-File' };
    // Object streams hold whole objects (PDF 1.5+): their dictionaries are where names can hide.
    if ([...namesIn(stream.dict)].includes('ObjStm')) {
      const hidden = activeName(text);
      if (hidden) return { status: 'infected', finding: hidden };
    }
  }
  return { status: 'clean' };
}

export function createSignatureScanner(): ScanPort {
  return { scan: async (bytes, type) => scanBytes(bytes, type) };
}

/** The EICAR test string, for tests and drills (never written to disk by this module). */
export function eicarTestString(): string {
  return EICAR;
}
