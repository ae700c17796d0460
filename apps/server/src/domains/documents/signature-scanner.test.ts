import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { eicarPdf, samplePdf, samplePng } from '../../test/documents.ts';
import { eicarTestString, scanBytes } from './signature-scanner.ts';

/** An object stream (PDF 1.5+) holding `inner`, Flate-compressed. */
function objectStream(inner: string): string {
  const data = deflateSync(Buffer.from(inner, 'latin1')).toString('latin1');
  return `<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n${data}\nendstream`;
}

describe('the built-in signature scanner', () => {
  it('passes ordinary PDFs and images', () => {
    expect(scanBytes(samplePdf(), 'pdf')).toEqual({ status: 'clean' });
    expect(scanBytes(samplePng(), 'png')).toEqual({ status: 'clean' });
  });

  it('flags the EICAR test file, in a PDF, in an image, or compressed inside a PDF stream', () => {
    expect(scanBytes(eicarPdf(), 'pdf')).toEqual({ status: 'infected', finding: 'EICAR-Test-File' });
    const png = Buffer.concat([samplePng(), Buffer.from(eicarTestString(), 'latin1')]);
    expect(scanBytes(png, 'png')).toEqual({ status: 'infected', finding: 'EICAR-Test-File' });
    const packed = deflateSync(Buffer.from(eicarTestString(), 'latin1')).toString('latin1');
    const pdf = samplePdf('x', [
      `<< /Filter /FlateDecode /Length ${packed.length} >>\nstream\n${packed}\nendstream`,
    ]);
    expect(scanBytes(pdf, 'pdf')).toEqual({ status: 'infected', finding: 'EICAR-Test-File' });
  });

  it.each([
    [
      'an OpenAction with JavaScript',
      '<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>',
      'PDF-JavaScript',
    ],
    ['a /JS entry pointing at a stream', '<< /S /JavaScript /JS 9 0 R >>', 'PDF-JavaScript'],
    ['a Launch action', '<< /Type /Action /S /Launch /F (cmd.exe) >>', 'PDF-Launch'],
    ['a name written with #xx escapes', '<< /S /J#61va#53cript /J#53 (x) >>', 'PDF-JavaScript'],
    ['an escaped Launch', '<< /S /#4c#61unch >>', 'PDF-Launch'],
  ])('flags a PDF with %s', (_, object, finding) => {
    expect(scanBytes(samplePdf('x', [object]), 'pdf')).toEqual({ status: 'infected', finding });
  });

  it('flags script hidden in a compressed object stream, also when /ObjStm is escaped', () => {
    const hidden = '10 0 << /S /JavaScript /JS (app.alert(1)) >>';
    expect(scanBytes(samplePdf('x', [objectStream(hidden)]), 'pdf').status).toBe('infected');
    const escaped = objectStream(hidden).replace('/ObjStm', '/Obj#53tm');
    expect(scanBytes(samplePdf('x', [escaped]), 'pdf')).toEqual({
      status: 'infected',
      finding: 'PDF-JavaScript',
    });
  });

  it('does not flag names that only start like an active one, nor bytes inside image data', () => {
    expect(scanBytes(samplePdf('x', ['<< /JSON 1 /JavaScripts 2 /Launcher 3 >>']), 'pdf').status).toBe(
      'clean',
    );
    // text in the page content is not a name object
    expect(scanBytes(samplePdf('see JavaScript and Launch'), 'pdf').status).toBe('clean');
    // compressed image data that happens to contain `/JS ` is not looked into for names
    const image = deflateSync(Buffer.from('\x00\x01/JS \x02/Launch\x03', 'latin1')).toString('latin1');
    const pdf = samplePdf('x', [
      `<< /Type /XObject /Subtype /Image /Filter /FlateDecode /Length ${image.length} >>\nstream\n${image}\nendstream`,
    ]);
    expect(scanBytes(pdf, 'pdf').status).toBe('clean');
    // images are not PDFs: their bytes are only checked for EICAR
    expect(scanBytes(Buffer.concat([samplePng(), Buffer.from('/JavaScript', 'latin1')]), 'png').status).toBe(
      'clean',
    );
  });

  it('does not clear a PDF whose streams inflate beyond the budget (a compression bomb)', () => {
    const bomb = deflateSync(Buffer.alloc(70 * 1024 * 1024)).toString('latin1');
    const pdf = samplePdf('x', [
      `<< /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n${bomb}\nendstream`,
    ]);
    expect(scanBytes(pdf, 'pdf')).toEqual({ status: 'failed', finding: 'PDF-StreamsTooLarge' });
  });
});
