// Ways real extractions from PDFs and old Word files spoil a plan's text, to build the importer's test fixtures.
import { markdownLines } from './sourceText';

/** Lines wrapped at `width` characters, as a PDF's text layer breaks them, with blank lines between. */
export function hardWrap(lines: readonly string[], width = 72): string[] {
  return lines.flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + word.length + 1 > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current, '');
    return out;
  });
}

/** A page number and a running header every `every` lines. */
export function addPageFurniture(lines: readonly string[], every = 30): string[] {
  return lines.flatMap((line, i) =>
    i > 0 && i % every === 0 ? [String(i / every + 1), 'UBND TỈNH - KẾ HOẠCH CÔNG TÁC DÂN VẬN', '', line] : [line],
  );
}

/** Latin letters swapped for the Cyrillic and Greek ones that look the same. */
export const withLookalikes = (text: string) =>
  text.replace(/[aeocpxyATOHKMB]/g, (c, i: number) =>
    i % 3 === 0
      ? (
          {
            a: 'а',
            e: 'е',
            o: 'о',
            c: 'с',
            p: 'р',
            x: 'х',
            y: 'у',
            A: 'А',
            T: 'Т',
            O: 'О',
            H: 'Н',
            K: 'К',
            M: 'М',
            B: 'В',
          } as Record<string, string>
        )[c]!
      : c,
  );

/** Every letter decomposed, and every fifth tone mark typed before its letter or cut off by a space. */
export function withBrokenMarks(text: string): string {
  let n = 0;
  return text
    .normalize('NFD')
    .replace(/(\p{L})([\u0300\u0301\u0303\u0309\u0323])/gu, (whole, letter: string, tone: string) => {
      n++;
      if (n % 10 === 0) return `${letter} ${tone}`;
      if (n % 10 === 5) return `${letter}${tone}`.normalize('NFD');
      return whole;
    });
}

/** Spaces inside words, as a PDF with letter spacing gives them: "K Ế  H O Ạ C H" (words two spaces apart), "hoạ ch". */
export const withSplitWords = (text: string) =>
  text
    .replace(/^(\s*)KẾ HOẠCH(\s*)$/mu, '$1K Ế  H O Ạ C H$2')
    .replace(/hoạch/gu, 'hoạ ch')
    .replace(/những/gu, 'nhữ ng');

const NOTE_LINE = /^\s*<sup>(\d+)<\/sup>\s*(.*)$/u;

/**
 * A Markdown plan as a PDF's text layer gives it: the body wrapped at `width`, `perPage` lines a page, its note
 * markers glued to the word before them ("Chính phủ1;", "217-QĐ/TW5"), and at the foot of each page, between the
 * body and the page number, the notes its markers call ("1 Kết luận số …", wrapped too). A sentence the page cuts
 * goes on after the notes.
 */
export function withFootnotesAtPageFoot(markdown: string, perPage = 24, width = 72): string[] {
  const notes = new Map<string, string>();
  const bodyMarkdown = markdown
    .split(/\r?\n/)
    .filter((line) => {
      const note = NOTE_LINE.exec(line);
      if (note) notes.set(note[1]!, note[2]!.trim());
      return !note;
    })
    .join('\n')
    .replace(/<sup>(\d+)<\/sup>/gu, '$1');
  const body = hardWrap(
    markdownLines(bodyMarkdown).filter((line) => line.trim()),
    width,
  );
  const out: string[] = [];
  for (let start = 0, page = 1; start < body.length; start += perPage, page++) {
    const lines = body.slice(start, start + perPage);
    const called = [...lines.join('\n').matchAll(/\p{L}(\d{1,2})(?=[\s.,;:”")]|$)/gmu)].map((m) => m[1]!);
    const footer = called.filter((ref) => notes.has(ref));
    out.push(...lines, '');
    for (const ref of footer) {
      out.push(...hardWrap([`${ref} ${notes.get(ref)}`], width).filter(Boolean));
      notes.delete(ref);
    }
    out.push(String(page));
  }
  return out;
}
