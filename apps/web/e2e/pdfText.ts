import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** In PDF points (1/72 inch): A4 landscape is 842 × 595. */
  width: number;
  height: number;
  /** The page's text, its runs joined by single spaces. */
  text: string;
}

/** What a PDF says, page by page, read back with PDF.js. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const document = await getDocument({ data: bytes }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= document.numPages; n += 1) {
      const page = await document.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const runs = content.items.map((item) => ('str' in item ? item.str : ''));
      pages.push({ width, height, text: runs.join(' ').replace(/\s+/g, ' ') });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
