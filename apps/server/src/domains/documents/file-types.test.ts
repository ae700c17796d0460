import { describe, expect, it } from 'vitest';
import { fakeExe, samplePdf, samplePng } from '../../test/documents.ts';
import { cleanFileName, contentDisposition, detectDocumentType } from './file-types.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('file type by magic bytes', () => {
  it.each([
    ['a PDF', samplePdf(), 'pdf'],
    ['a PDF 2.0 header', text('%PDF-2.0\n%âãÏÓ\n'), 'pdf'],
    ['a PNG', samplePng(), 'png'],
    ['a JPEG (JFIF)', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46), 'jpeg'],
    ['a JPEG (Exif)', bytes(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, 0x45, 0x78, 0x69, 0x66), 'jpeg'],
    ['a Windows executable', fakeExe(), null],
    ['a ZIP (or .docx)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), null],
    ['a GIF', text('GIF89a\x01\x00\x01\x00'), null],
    ['HTML', text('<!doctype html><script>alert(1)</script>'), null],
    ['an SVG', text('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ['an ELF binary', bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01), null],
    ['“%PDF” without the dash', text('%PDF1.4'), null],
    ['a PDF header after leading bytes', text(' %PDF-1.4'), null],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a), null],
    ['a lone JPEG start-of-image', bytes(0xff, 0xd8), null],
    ['nothing', bytes(), null],
  ])('%s → %s', (_, input, expected) => {
    expect(detectDocumentType(input)).toBe(expected);
  });
});

describe('stored file names', () => {
  it.each([
    ['receipt.pdf', 'pdf', 'receipt.pdf'],
    ['Photo.JPG', 'jpeg', 'Photo.JPG'],
    ['photo.jpeg', 'jpeg', 'photo.jpeg'],
    // the name does not decide the type: the bytes do, and the name says so
    ['scan.pdf', 'png', 'scan.pdf.png'],
    ['invoice', 'pdf', 'invoice.pdf'],
    ['../../etc/passwd.pdf', 'pdf', 'passwd.pdf'],
    ['C:\\Users\\ana\\Desktop\\recibo.pdf', 'pdf', 'recibo.pdf'],
    ['..', 'pdf', 'document.pdf'],
    ['', 'png', 'document.png'],
    ['.hidden.png', 'png', 'hidden.png'],
    ['a\u0000b\u001bc\u202etxt.pdf', 'pdf', 'abctxt.pdf'],
    ['my   statement\t\nMay.pdf', 'pdf', 'my statement May.pdf'],
    ['a<b>c:"d|e?f*.png', 'png', 'abcdef.png'],
    ['recibo de compra – café.pdf', 'pdf', 'recibo de compra – café.pdf'],
  ] as const)('%j as %s → %j', (raw, type, expected) => {
    expect(cleanFileName(raw, type)).toBe(expected);
  });

  it('keeps at most 120 characters, the extension included', () => {
    const name = cleanFileName(`${'x'.repeat(500)}.pdf`, 'pdf');
    expect(name).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
    expect([...cleanFileName(`${'é'.repeat(300)}.png`, 'png')]).toHaveLength(120);
  });

  it('names the file in Content-Disposition as an attachment, with an ASCII fallback', () => {
    expect(contentDisposition('recibo café "1".pdf')).toBe(
      `attachment; filename="recibo caf_ _1_.pdf"; filename*=UTF-8''recibo%20caf%C3%A9%20%221%22.pdf`,
    );
  });
});
