import { AlignmentType, convertMillimetersToTwip, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { font } from './text';

/** A4 portrait, margins inside Decree 30/2020's ranges: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const page = {
  widthTwips: convertMillimetersToTwip(210),
  heightTwips: convertMillimetersToTwip(297),
  margin: { top: 20, bottom: 20, left: 30, right: 15 },
};

export const textWidthTwips = convertMillimetersToTwip(210 - page.margin.left - page.margin.right);

export const pageProperties = {
  size: { width: page.widthTwips, height: page.heightTwips },
  margin: {
    top: convertMillimetersToTwip(page.margin.top),
    bottom: convertMillimetersToTwip(page.margin.bottom),
    left: convertMillimetersToTwip(page.margin.left),
    right: convertMillimetersToTwip(page.margin.right),
    header: convertMillimetersToTwip(10),
    footer: convertMillimetersToTwip(10),
  },
};

/** Page numbers from page 2, centred in the top margin, 14 pt; the first page has an empty header (titlePage). */
export const pageHeaders = () => ({
  first: new Header({ children: [new Paragraph({ children: [] })] }),
  default: new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font, size: 28, color: '000000' })],
      }),
    ],
  }),
});
