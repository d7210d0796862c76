import { crc32 } from 'node:zlib';

const text = (s: string) => new TextEncoder().encode(s);

/** A small well-formed PDF's bytes, every byte value included so that no encoding goes unnoticed. */
export function samplePdf(extraBytes = 256): Uint8Array {
  const body = Array.from({ length: extraBytes }, (_, i) => i % 256);
  return new Uint8Array([...text('%PDF-1.7\n%\u00e2\u00e3\n'), ...body, ...text('\n%%EOF\n')]);
}

export const samplePng = () =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...text('IHDR'), 0, 0, 0, 1]);

/** A zip of stored (uncompressed) entries: the container of DOCX and XLSX. */
export function zipOf(entries: Record<string, string>): Uint8Array {
  const locals: number[] = [];
  const centrals: number[] = [];
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = [...text(name)];
    const data = [...text(content)];
    const crc = crc32(Buffer.from(data));
    const offset = locals.length;
    locals.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(crc));
    locals.push(...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0), ...nameBytes, ...data);
    centrals.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(crc));
    centrals.push(...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0), ...u16(0));
    centrals.push(...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes);
  }
  const count = Object.keys(entries).length;
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count)];
  end.push(...u32(centrals.length), ...u32(locals.length), ...u16(0));
  return new Uint8Array([...locals, ...centrals, ...end]);
}

const contentTypes = '<?xml version="1.0" encoding="UTF-8"?><Types/>';

export const sampleDocx = () => zipOf({ '[Content_Types].xml': contentTypes, 'word/document.xml': '<w:document/>' });

export const sampleXlsx = () => zipOf({ '[Content_Types].xml': contentTypes, 'xl/workbook.xml': '<workbook/>' });

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}

function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}
