import { DOCUMENT_LIMITS, type DocumentType } from '@clearline/protocol';

/*
 * File types are recognised by their first bytes only: the name and the declared content type are the
 * sender's word. Anything that is not a PDF, JPEG or PNG by its signature is refused.
 */

const SIGNATURES: ReadonlyArray<{ type: DocumentType; bytes: readonly number[] }> = [
  // `%PDF-`
  { type: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // PNG: \x89 P N G \r \n \x1a \n
  { type: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // JPEG: SOI marker followed by the start of another marker (JFIF, Exif, raw …)
  { type: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The type the bytes say they are, or null when they are none of the accepted ones. */
export function detectDocumentType(bytes: Uint8Array): DocumentType | null {
  for (const { type, bytes: sig } of SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return type;
  }
  return null;
}

export const EXTENSIONS: Record<DocumentType, readonly string[]> = {
  pdf: ['pdf'],
  jpeg: ['jpg', 'jpeg'],
  png: ['png'],
};

/**
 * A name that is safe to store and to show: the last path segment only, no control or reserved
 * characters, no leading dots, at most 120 characters (the extension kept), and ending with an
 * extension of the detected type (`scan.pdf` holding PNG bytes becomes `scan.pdf.png`).
 */
export function cleanFileName(raw: string, type: DocumentType): string {
  let name = raw.normalize('NFC');
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  name = name
    .replace(/[\t\n\r\v\f]/g, ' ')
    // control characters (C0, DEL, C1), bidirectional overrides and reserved characters
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  let stem = dot > 0 ? name.slice(0, dot) : name;
  let suffix = EXTENSIONS[type].includes(ext)
    ? name.slice(dot)
    : `${dot > 0 ? name.slice(dot) : ''}.${EXTENSIONS[type][0]}`;
  if (suffix.length > 16) suffix = `.${EXTENSIONS[type][0]}`;
  const room = DOCUMENT_LIMITS.fileNameChars - suffix.length;
  stem = [...stem].slice(0, room).join('').trim();
  if (stem.length === 0) stem = 'document';
  return `${stem}${suffix}`;
}

/** `attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
