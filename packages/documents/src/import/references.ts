import { DATE_PATTERN, parseVietnameseDate } from './vietnameseDates';

export interface Reference {
  type: string;
  number: string;
  date: string | null;
  issuer: string | null;
  /** What it is about: the "về …" after it; null when the text does not say. */
  title: string | null;
}

const TYPES =
  'Chỉ thị|Nghị quyết|Quyết định|Kế hoạch phối hợp|Kế hoạch|Chương trình phối hợp|Chương trình|Kết luận|Quy định|Quy chế|Nghị định|Thông tư|Luật|Hướng dẫn|Văn bản|Công văn|Thông báo|Đề án|Hiến pháp';
const NUMBER = String.raw`\d+[\p{L}\d]*(?:\s*[/\-–]\s*[\p{L}\d]+)+`;
const REFERENCE = new RegExp(
  String.raw`(${TYPES})\s+(?:số\s+)?(${NUMBER})(?:\s*,)?(?:\s+ngày\s+(${DATE_PATTERN}))?(?:\s+(?:của|giữa)\s+([^;.,(]+?))?(?:\s+(?:về|ban hành|phê duyệt)\s+([^;]+?)(?=;|\.\s|\.$|$)|(?=;|\.\s|\.$|\s\(|,\s|\s+và\s+(?:${TYPES})|$))`,
  'giu',
);

const normalizeNumber = (n: string) => n.replace(/\s*[-–]\s*/gu, '-').replace(/\s*\/\s*/gu, '/');
const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
// The issuer ends where the subject ("về …") or the next clause begins.
const issuerOf = (text: string | undefined) =>
  text
    ?.split(/\s+(?:về|ban hành|phê duyệt|quy định)\s/u)[0]
    ?.replace(/[\s“”"]+$/u, '')
    .trim() || null;

/** Every document a text cites by number: "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về …". */
export function findReferences(text: string): Reference[] {
  const matches = [...text.matchAll(REFERENCE)];
  const found = matches.map((m) => ({
    type: capitalized(m[1]!.toLocaleLowerCase('vi')),
    number: normalizeNumber(m[2]!),
    date: m[3] ? parseVietnameseDate(m[3]) : null,
    issuer: issuerOf(m[4]),
    title: m[5]?.trim() || null,
    end: (m.index ?? 0) + m[0].length,
    start: m.index ?? 0,
  }));
  // "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12 tháng 12 năm 2013 của Bộ Chính trị": one date for both.
  for (let i = found.length - 2; i >= 0; i--) {
    const [ref, next] = [found[i]!, found[i + 1]!];
    if (ref.date || ref.issuer || !/^\s*(?:và|,)\s*$/u.test(text.slice(ref.end, next.start))) continue;
    Object.assign(ref, { date: next.date, issuer: next.issuer, title: next.title });
  }
  return found.map(({ end: _end, start: _start, ...ref }) => ref);
}

/** The references of many texts, each document once (the first, fullest citation kept). */
export function uniqueReferences(texts: readonly string[]): Reference[] {
  const byNumber = new Map<string, Reference>();
  const direct = texts.flatMap(findReferences);
  // A title may cite another document ("Kết luận … về tiếp tục thực hiện Chỉ thị số 05-CT/TW …").
  const nested = direct.flatMap((ref) => (ref.title ? findReferences(ref.title) : []));
  for (const ref of [...direct, ...nested]) {
    const known = byNumber.get(ref.number);
    if (!known) byNumber.set(ref.number, ref);
    else
      byNumber.set(ref.number, {
        ...known,
        date: known.date ?? ref.date,
        issuer: known.issuer ?? ref.issuer,
        title: known.title ?? ref.title,
      });
  }
  return [...byNumber.values()];
}
