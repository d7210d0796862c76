import { AlignmentType, convertMillimetersToTwip, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { OfficialDocument } from '../officialDocument';
import { noBorders } from './header';
import { centred, run } from './text';

const leftTwips = convertMillimetersToTwip(80);
const rightTwips = convertMillimetersToTwip(85);

/** "- Bộ Nội vụ (báo cáo);" … "- Lưu: VT, NC.": each line a dash, a semicolon, the last a full stop. */
export function recipientLines(recipients: readonly string[]): string[] {
  const cleaned = recipients
    .map((r) =>
      r
        .trim()
        .replace(/^[-–•]\s*/u, '')
        .replace(/[;.,]\s*$/u, ''),
    )
    .filter(Boolean);
  return cleaned.map((r, i) => `- ${r}${i === cleaned.length - 1 ? '.' : ';'}`);
}

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: noBorders, children });

/** Nơi nhận on the left, level with the signing block on the right (capacity lines, room to sign, the name). */
export function documentClosing(doc: OfficialDocument): Table {
  const recipients = [
    new Paragraph({ children: [run('Nơi nhận:', { size: 12, bold: true, italics: true })] }),
    ...recipientLines(doc.recipients).map((line) => new Paragraph({ children: [run(line, { size: 11 })] })),
  ];
  const signing = [
    ...doc.signer.lines.map((line) => centred(line, { size: 14, bold: true })),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => centred('', { size: 14 })),
    centred(doc.signer.name, { size: 14, bold: true }),
  ];
  return new Table({
    width: { size: leftTwips + rightTwips, type: WidthType.DXA },
    columnWidths: [leftTwips, rightTwips],
    borders: noBorders,
    rows: [new TableRow({ cantSplit: true, children: [cell(leftTwips, recipients), cell(rightTwips, signing)] })],
  });
}

export const spacer = () =>
  new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 0, after: 120 }, children: [] });
