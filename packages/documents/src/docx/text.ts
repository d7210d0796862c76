import { AlignmentType, BorderStyle, Paragraph, TextRun } from 'docx';

/** Decree 30/2020: Times New Roman throughout, in black. Sizes in points. */
export const font = 'Times New Roman';

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

export const run = (text: string, { size, bold, italics, underline }: RunStyle) =>
  new TextRun({
    text,
    font,
    size: size * 2,
    color: '000000',
    ...(bold && { bold: true }),
    ...(italics && { italics: true }),
    ...(underline && { underline: {} }),
  });

/** A centred line, as the header, the title and the signing block set them. */
export const centred = (text: string, style: RunStyle, spacingAfter = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: spacingAfter },
    children: [run(text, style)],
  });

/**
 * The short rule under the issuing body's name and under the trích yếu: a bottom border on an empty paragraph whose
 * indents leave `widthTwips` in the middle of a column `columnTwips` wide.
 */
export function shortRule(columnTwips: number, widthTwips: number) {
  const side = Math.max(0, Math.round((columnTwips - widthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 6 })],
  });
}
