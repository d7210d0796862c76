import { normalizeGlyphs } from './glyphs';
import { joinSplitWords } from './vietnameseText';

export interface Footnote {
  ref: string;
  text: string;
}

const PAGE_NUMBER = /^(?:[-–]\s*)?(?:trang\s+)?\d{1,3}(?:\s*[-–])?(?:\s*\/\s*\d{1,3})?$/iu;
const FOOTNOTE_START = /^(?:\[\^(\d{1,3})\]:\s*|(\d{1,2})\s+(?=\p{Lu}))(.*)$/u;
// Lines that start something of their own: a section, an item, a dash, Nơi nhận, the signing block.
export const STRUCTURE =
  /^(?:[IVX]+\s*[.\-–]\s|\d+(?:\.\d+)*\.\s|\p{Ll}\)\s|[-+•–]\s|Nơi nhận|(?:TM|KT|Q|TL|TUQ)\.\s|Trên đây là)/u;
const isUpperLine = (line: string) => /\p{Lu}/u.test(line) && line === line.toLocaleUpperCase('vi');

/** One line as its author typed it: glyphs repaired, words rejoined, spaces collapsed. */
export const cleanLine = (line: string) =>
  joinSplitWords(normalizeGlyphs(line).replace(/\t/g, ' ').trim()).replace(/ {2,}/g, ' ');

/**
 * The lines of a dirty extraction, cleaned: page numbers and running headers (a short line repeated on every page)
 * dropped, footnotes taken out of the body (a footnote runs to a blank line or to the next structure).
 */
export function cleanLines(raw: readonly string[]): { lines: string[]; footnotes: Footnote[] } {
  const cleaned = raw.map(cleanLine);
  const counts = new Map<string, number>();
  for (const line of cleaned) if (line) counts.set(line, (counts.get(line) ?? 0) + 1);
  const isRunningHeader = (line: string) =>
    (counts.get(line) ?? 0) >= 2 && line.length <= 120 && !STRUCTURE.test(line) && !/^Lưu/u.test(line);

  const lines: string[] = [];
  const footnotes: Footnote[] = [];
  let footnote: Footnote | null = null;
  let lastKept = '';
  for (const line of cleaned) {
    // A number alone on its line is a page number, unless the line before it was waiting for one ("ngày 12").
    const continuesNumber = /(?:ngày|tháng|năm|số|khoản|điều|Điều)$/u.test(lastKept);
    if ((PAGE_NUMBER.test(line) && !continuesNumber) || isRunningHeader(line)) {
      // Notes sit at a page's foot: its number (or the next page's header) ends them, and the body goes on.
      footnote = null;
      continue;
    }
    const start = FOOTNOTE_START.exec(line);
    if (start) {
      footnote = { ref: start[1] ?? start[2]!, text: start[3]!.trim() };
      footnotes.push(footnote);
      continue;
    }
    if (footnote && line && !STRUCTURE.test(line) && !isUpperLine(line)) {
      footnote.text = `${footnote.text} ${line}`.trim();
      continue;
    }
    footnote = null;
    lines.push(line);
    if (line) lastKept = line;
  }
  // Note markers glued to the word they follow ("Hồ Chí Minh2.", "217-QĐ/TW5") go, for the notes found: a ký hiệu
  // ends in letters, never in a digit.
  const refs = new Set(footnotes.map((f) => f.ref));
  const unmarked = lines.map((line) =>
    line.replace(/(\p{Ll}|\/\p{Lu}+)(\d{1,2})(?=[\s.,;:”")]|$)/gu, (whole, letter: string, ref: string) =>
      refs.has(ref) ? letter : whole,
    ),
  );
  return { lines: unmarked, footnotes };
}

const ENDS_PARAGRAPH = /[.:;!?]["”)]?$|\.\/\.$/u;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Lines joined into paragraphs: a line broken mid-sentence (no closing punctuation, the next line starting nothing
 * of its own) continues on the next, across blank lines and page breaks. A short line followed by a capital letter
 * ends its paragraph: the author pressed Enter there ("1. Sở Nội vụ" above its duties).
 */
export function paragraphsOf(lines: readonly string[]): string[] {
  const shortLine = Math.max(20, 0.6 * median(lines.filter(Boolean).map((l) => l.length)));
  const paragraphs: string[] = [];
  let lastLine = '';
  for (const line of lines) {
    if (!line) continue;
    const last = paragraphs[paragraphs.length - 1];
    const endedByEnter = lastLine.length < shortLine && /^\p{Lu}/u.test(line);
    const continues =
      last !== undefined &&
      !ENDS_PARAGRAPH.test(last) &&
      !endedByEnter &&
      !STRUCTURE.test(line) &&
      !isUpperLine(line) &&
      !isUpperLine(last);
    if (continues) paragraphs[paragraphs.length - 1] = `${last} ${line}`;
    else paragraphs.push(line);
    lastLine = line;
  }
  return paragraphs;
}
