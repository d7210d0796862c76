import { extractTextItems } from 'unpdf';

/**
 * A text-based PDF as lines: pdf.js's text items, a new line where an item ends one, where the baseline moves, or
 * where a wide gap separates two columns on one baseline (the header's two sides). A scanned PDF has no text.
 */
export async function pdfLines(pdf: Uint8Array): Promise<string[]> {
  let pages: Awaited<ReturnType<typeof extractTextItems>>['items'];
  try {
    ({ items: pages } = await extractTextItems(new Uint8Array(pdf)));
  } catch {
    throw new Error(
      'Tệp không phải là tệp PDF đọc được: hãy lưu kế hoạch dưới dạng .docx hoặc .pdf có chữ rồi tải lên.',
    );
  }
  const lines: string[] = [];
  for (const items of pages) {
    let line = '';
    let last: (typeof items)[number] | undefined;
    for (const item of items) {
      // A space item between two columns would hide the gap between them.
      if (!item.str.trim() && !item.hasEOL) {
        line += item.str;
        continue;
      }
      const newBaseline = last && Math.abs(item.y - last.y) > Math.max(2, last.fontSize * 0.5);
      const columnGap = last && !newBaseline && item.x - (last.x + last.width) > 4 * Math.max(item.fontSize, 6);
      if ((newBaseline || columnGap) && line.trim()) {
        lines.push(line);
        line = '';
      }
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
      last = item;
    }
    if (line) lines.push(line);
    lines.push('');
  }
  if (lines.every((l) => !l.trim()))
    throw new Error('Tệp PDF không có lớp chữ (bản quét): hãy tải lên bản .docx hoặc nhận dạng chữ (OCR) trước.');
  return lines;
}
