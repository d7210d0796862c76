import { UnitFileError } from '../unitImport/importError';
import type { TableLine } from './readTableFile';

/** How a table's first row names its columns: header texts (without diacritics, lower case) and the columns required. */
export interface TableHeading<Column extends string> {
  names: Record<string, Column>;
  required: readonly Column[];
  missingMessage(missing: Column[]): string;
  /** Said of a file with no row at all; without it, such a file is missing every required column. */
  emptyMessage?: string;
}

export interface HeadedRow<Column extends string> {
  line: number;
  /** The trimmed cell of that column, or '' where the row or the file has none. */
  value(column: Column): string;
}

/** A header text as the heading's names spell it: no diacritics, đ as d, spaces and underscores as one space. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[_\s]+/g, ' ')
    .toLowerCase()
    .trim();

/** The non-blank rows under a table's header row (CSV or a worksheet), read by column name. */
export function headedRows<Column extends string>(
  table: TableLine[],
  heading: TableHeading<Column>,
): HeadedRow<Column>[] {
  const [header, ...body] = table;
  if (!header && heading.emptyMessage) throw new UnitFileError(heading.emptyMessage);
  const columns = (header?.cells ?? []).map((cell) => heading.names[plain(cell)]);
  const missing = heading.required.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new UnitFileError(heading.missingMessage(missing));
  return body
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''))
    .map((row) => ({ line: row.line, value: (column) => (row.cells[columns.indexOf(column)] ?? '').trim() }));
}
