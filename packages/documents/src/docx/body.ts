import { AlignmentType, Paragraph, type Table } from 'docx';
import { documentTypeName } from '../documentTypes';
import type { Block, OfficialDocument } from '../officialDocument';
import { indicatorTable } from './table';
import { centred, run, shortRule } from './text';
import { textWidthTwips } from './page';

const bodySize = 14;
// Justified, first line indented 1.27 cm, 6 pt after, lines at 1.2.
const bodySpacing = { before: 0, after: 120, line: 288 };
const firstLine = 720;

const bodyParagraph = (text: string, bold = false) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine },
    spacing: bodySpacing,
    children: [run(text, { size: bodySize, bold })],
  });

/** "KẾ HOẠCH" and the trích yếu, bold and centred, with a short rule under them. */
export function documentTitle(doc: OfficialDocument): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0 },
      children: [run(documentTypeName(doc.type).toLocaleUpperCase('vi'), { size: 14, bold: true })],
    }),
    centred(doc.title, { size: 14, bold: true }),
    shortRule(textWidthTwips, Math.round(textWidthTwips / 4)),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

/** The body: sections I., II. in bold, items 1. (bold when they head what follows), paragraphs, tables. */
export function documentBody(blocks: readonly Block[]): (Paragraph | Table)[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'section':
        return [bodyParagraph(block.text, true)];
      case 'item':
        return [bodyParagraph(block.text, true)];
      case 'paragraph':
        return [bodyParagraph(block.text)];
      case 'table':
        return indicatorTable(block.table);
    }
  });
}
