import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx an official's checks read: the body, the page headers, the settings. */
export function docxParts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

/** The text of each paragraph (w:p) of a part, in order. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join(''),
  );
}

/** The XML of the paragraph whose text is exactly `text`. */
export function paragraphXml(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find(
    (p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join('') === text,
  );
  if (!found) throw new Error(`No paragraph reads "${text}"`);
  return found[0];
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
