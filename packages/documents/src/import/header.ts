import { documentTypeCodeOf, type DocumentTypeCode } from '../documentTypes';
import { parseVietnameseDate } from './vietnameseDates';

export interface ImportedHeader {
  issuer: string | null;
  documentNumber: string | null;
  place: string | null;
  issuedOn: string | null;
  year: number | null;
}

const isUpperLine = (line: string) => /\p{Lu}/u.test(line) && line === line.toLocaleUpperCase('vi');
const NATIONAL = /^(CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP)/u;
const BODY_START = /^(SỞ|PHÒNG|BAN|VĂN PHÒNG|THANH TRA|CỤC|CHI CỤC|TRUNG TÂM)\s/u;
const LEVEL = /(tỉnh|huyện|xã|phường|thành phố|thị xã|thị trấn|quận)\s+(.+)$/u;

/** "UỶ BAN NHÂN DÂN XÃ TÂN VIỆT" → "Ủy ban nhân dân xã Tân Việt": sentence case, the place's words capitalised. */
export function sentenceCaseName(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi').replace(/uỷ/g, 'ủy').replace(/\s+/g, ' ').trim();
  const capitalizedFirst = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  return capitalizedFirst.replace(
    LEVEL,
    (_, level: string, place: string) =>
      `${level} ${place.replace(/(^|\s)(\p{Ll})/gu, (__, space: string, c: string) => space + c.toLocaleUpperCase('vi'))}`,
  );
}

/** The type line ("KẾ HOẠCH") of a document: its index and code, from Appendix III's names. */
export function findTypeLine(lines: readonly string[]): { index: number; type: DocumentTypeCode } | null {
  for (const [index, line] of lines.entries()) {
    if (!isUpperLine(line)) continue;
    const type = documentTypeCodeOf(line);
    if (type) return { index, type };
  }
  return null;
}

/** The lines above the type line: the issuing body, Số, ký hiệu, place and date. */
export function parseHeader(lines: readonly string[]): ImportedHeader {
  const numberLine = lines
    .map((l) => /^Số\s*:\s*(\d*)\s*\/\s*([\p{L}]+)\s*[-–]\s*([\p{L}\d-]+)/u.exec(l))
    .find(Boolean);
  const documentNumber = numberLine?.[1] ? `${Number(numberLine[1])}/${numberLine[2]}-${numberLine[3]}` : null;
  const dateLine = lines
    .map((l) => /^(.+?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u.exec(l))
    .find(Boolean);
  const year = dateLine ? Number(dateLine[4]) : null;
  const issuedOn =
    dateLine?.[2] && dateLine[3] ? parseVietnameseDate(`${dateLine[2]}/${dateLine[3]}/${dateLine[4]}`) : null;
  const bodyLines = lines.filter((l) => isUpperLine(l) && !NATIONAL.test(l) && !/^Số\s*:/u.test(l));
  const bodyStart = bodyLines.findIndex((l) => BODY_START.test(l));
  const own = bodyStart > 0 ? bodyLines.slice(bodyStart) : bodyLines;
  return {
    issuer: own.length ? sentenceCaseName(own.join(' ')) : null,
    documentNumber,
    place: dateLine?.[1]?.trim() ?? null,
    issuedOn,
    year,
  };
}
