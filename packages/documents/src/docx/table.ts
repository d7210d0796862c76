import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { DocumentTable } from '../officialDocument';
import { textWidthTwips } from './page';
import { run } from './text';

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

const cell = (
  text: string,
  width: number,
  bold: boolean,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [new Paragraph({ alignment, children: [run(text, { size: 12, bold })] })],
  });

/** A bordered table under a bold caption: the first column names the row, the others hold figures (12 pt). */
export function indicatorTable(table: DocumentTable): (Paragraph | Table)[] {
  const columns = table.header.length;
  const first = Math.round(textWidthTwips * (columns > 3 ? 0.3 : 0.45));
  const other = Math.floor((textWidthTwips - first) / Math.max(1, columns - 1));
  const widths = [first, ...Array.from({ length: columns - 1 }, () => other)];
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      children: cells.map((text, i) =>
        cell(text, widths[i]!, bold, i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER),
      ),
    });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 60 },
      children: [run(table.caption, { size: 13, bold: true })],
    }),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      borders,
      rows: [
        new TableRow({
          tableHeader: true,
          children: table.header.map((h, i) => cell(h, widths[i]!, true, AlignmentType.CENTER)),
        }),
        ...table.rows.map((r) => row(r, false)),
        ...table.footer.map((r) => row(r, true)),
      ],
    }),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}
