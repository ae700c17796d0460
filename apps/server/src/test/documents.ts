import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { CaseAccess, CaseTimelineEvent, DocumentCases } from '../domains/documents/index.ts';
import { eicarTestString } from '../domains/documents/index.ts';
import { newReference } from '../platform/reference.ts';

/**
 * A test-only implementation of the documents domain's `DocumentCases` port: no tables, just the
 * cases a test makes (fresh ids), who may see them, and the timeline events the service reported.
 * The real implementation is the cases service (wired in server.ts).
 */
export function createTestDocumentCases() {
  const cases = new Map<string, { access: CaseAccess; agents: Set<string> }>();
  const events: Array<{ caseId: string; event: CaseTimelineEvent }> = [];
  const port: DocumentCases = {
    accessOf: async (caseId) => cases.get(caseId)?.access ?? null,
    addTimelineEvent: async (caseId, event) => {
      events.push({ caseId, event });
    },
    // The cases rule: supervisors see every case, agents the cases they took part in.
    agentMayAccess: async (agent, caseId) => {
      const c = cases.get(caseId);
      if (!c) return false;
      return agent.role === 'supervisor' || agent.role === 'admin' || c.agents.has(agent.id);
    },
  };
  return {
    port,
    /** A case of this cardmember that these agents may see. */
    addCase(input: { cardmemberId: string; cardAccountId?: string; agents?: string[] }): CaseAccess {
      const access: CaseAccess = {
        caseId: randomUUID(),
        reference: newReference(),
        cardmemberId: input.cardmemberId,
        cardAccountId: input.cardAccountId ?? `ca_${input.cardmemberId}`,
        conversationId: null,
      };
      cases.set(access.caseId, { access, agents: new Set(input.agents ?? []) });
      return access;
    },
    timeline: (caseId: string) => events.filter((e) => e.caseId === caseId).map((e) => e.event),
  };
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** A real, decodable PNG of `size`×`size` pixels in one colour. */
export function samplePng(size = 2, rgb: [number, number, number] = [200, 30, 60]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real one-page PDF with a text line, a valid cross-reference table, and optional extra objects. */
export function samplePdf(text = 'Receipt 42', extraObjects: string[] = []): Buffer {
  const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...extraObjects,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A PDF carrying the EICAR anti-malware test string (what every scanner must flag). */
export function eicarPdf(): Buffer {
  return samplePdf('Statement', [`<< /Length 68 >>\nstream\n${eicarTestString()}\nendstream`]);
}

/** A Windows executable's first bytes (`MZ` …), as a file renamed to `.pdf` would carry them. */
export function fakeExe(): Buffer {
  const b = Buffer.alloc(256);
  b.write('MZ', 0, 'latin1');
  b.write('This program cannot be run in DOS mode.', 78, 'latin1');
  return b;
}
