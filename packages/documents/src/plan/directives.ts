import { formatVnDate } from '@cascade/domain';
import { citedTypeName } from '../citedTypes';

export interface Directive {
  number: string;
  date: string;
  issuer: string;
  title: string;
}

const isDirective = (row: unknown): row is Directive =>
  typeof row === 'object' && row !== null && typeof (row as Directive).number === 'string';

function cite(d: Directive): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? ` ngày ${formatVnDate(d.date)}` : '';
  const issuer = d.issuer?.trim() ? ` của ${d.issuer.trim()}` : '';
  const title = d.title?.trim() ? ` ${/^về\s/iu.test(d.title.trim()) ? '' : 'về '}${d.title.trim()}` : '';
  return `${citedTypeName(d.number)} số ${d.number.trim()}${date}${issuer}${title}`;
}

/** The opening paragraph: "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về …; …". */
export function preambleOf(rows: unknown, issuerInText: string, typeName: string, title: string): string | null {
  const directives = Array.isArray(rows) ? rows.filter(isDirective) : [];
  if (directives.length === 0) return null;
  return `Thực hiện ${directives.map(cite).join('; ')}; ${issuerInText} ban hành ${typeName} ${title.trim()}, cụ thể như sau:`;
}
