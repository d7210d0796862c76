import { BorderStyle, convertMillimetersToTwip, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { documentNumberLine } from '../documentTypes';
import type { OfficialDocument } from '../officialDocument';
import { placeAndDate } from '../vietnameseDate';
import { centred, run, shortRule } from './text';
import { AlignmentType } from 'docx';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

const leftTwips = convertMillimetersToTwip(65);
const rightTwips = convertMillimetersToTwip(100);

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: noBorders, children });

/**
 * The two-column header without borders: issuing body (its parent above) and Số on the left; Quốc hiệu, Tiêu ngữ and
 * place and date on the right.
 */
export function documentHeader(doc: OfficialDocument): Table {
  const { issuer } = doc;
  const left = [
    ...(issuer.parentName ? [centred(issuer.parentName, { size: 13 })] : []),
    centred(issuer.name, { size: 13, bold: true }),
    shortRule(leftTwips, Math.round(leftTwips / 3)),
  ];
  const right = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, underline: true }),
  ];
  const numberLine = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120 },
    children: [run(documentNumberLine(doc.number, doc.type, issuer.abbreviation), { size: 13 })],
  });
  const dateLine = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120 },
    children: [run(placeAndDate(issuer.place, doc.issuedOn, doc.year), { size: 14, italics: true })],
  });
  return new Table({
    width: { size: leftTwips + rightTwips, type: WidthType.DXA },
    columnWidths: [leftTwips, rightTwips],
    borders: noBorders,
    rows: [
      new TableRow({ children: [cell(leftTwips, left), cell(rightTwips, right)] }),
      new TableRow({ children: [cell(leftTwips, [numberLine]), cell(rightTwips, [dateLine])] }),
    ],
  });
}
