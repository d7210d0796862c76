import { strFromU8, unzipSync } from 'fflate';

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

/** The text of each w:p of a WordprocessingML part: tabs as spaces, line breaks as new lines. */
function paragraphsOfXml(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)]
      .map((m) => (m[1] !== undefined ? decodeXml(m[1]) : m[2] === 'tab' ? ' ' : '\n'))
      .join(''),
  );
}

/** A .docx as lines: its body paragraphs, then its footnotes as "[^n]: text" lines. */
export function docxLines(docx: Uint8Array): string[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(docx);
  } catch {
    throw new Error('Tệp không phải là tệp Word (.docx) hợp lệ: hãy lưu lại tệp dưới dạng .docx rồi tải lên.');
  }
  const body = files['word/document.xml'];
  if (!body) throw new Error('Tệp .docx không có nội dung văn bản (thiếu word/document.xml).');
  const lines = paragraphsOfXml(strFromU8(body)).flatMap((p) => p.split('\n'));
  const footnotesXml = files['word/footnotes.xml'] ? strFromU8(files['word/footnotes.xml']) : '';
  const footnotes = [...footnotesXml.matchAll(/<w:footnote\b[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
    .filter((m) => Number(m[1]) > 0)
    .map((m, i) => `[^${i + 1}]: ${paragraphsOfXml(m[2]!).join(' ').trim()}`);
  return [...lines, '', ...footnotes];
}

/** Markdown as plain lines: headings, emphasis and escapes dropped; <sup>n</sup> notes as "[^n]: text" lines. */
export function markdownLines(markdown: string): string[] {
  return markdown.split(/\r?\n/).map((line) =>
    line
      .replace(/^\s*<sup>(\d+)<\/sup>\s*/u, '[^$1]: ')
      .replace(/<sup>\d+<\/sup>/gu, '')
      .replace(/<sub>[^<]*<\/sub>/gu, '')
      .replace(/<[^>]+>/g, '')
      .replace(/^\s*#{1,6}\s+/u, '')
      .replace(/^\s*(?:---+|\*\*\*+|___+)\s*$/u, '')
      .replace(/\*\*|__/g, '')
      .replace(/(^|[^\p{L}\d])[*_]([^*_]+)[*_](?=$|[^\p{L}\d])/gu, '$1$2')
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
      .replace(/\s+$/u, ''),
  );
}

/** Plain text as lines. */
export const textLines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
