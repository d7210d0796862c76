import type { UnitImportRow } from '@cascade/domain';
import { UnitFileError } from './importError';

type Column = keyof Omit<UnitImportRow, 'line'>;

const headerNames: Record<string, Column> = {
  code: 'code',
  ma: 'code',
  'ma don vi': 'code',
  name: 'name',
  ten: 'name',
  'ten don vi': 'name',
  kind: 'kind',
  loai: 'kind',
  'parent code': 'parentCode',
  parent: 'parentCode',
  'ma cap tren': 'parentCode',
  'effective from': 'effectiveFrom',
  'hieu luc tu': 'effectiveFrom',
  abbreviation: 'abbreviation',
  'viet tat': 'abbreviation',
  'chu viet tat': 'abbreviation',
};

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[_\s]+/g, ' ')
    .toLowerCase()
    .trim();

/** 'YYYY-MM-DD' as it is; Vietnamese 'DD/MM/YYYY' turned into it; anything else left for the planner to refuse. */
export function isoDateOf(value: string): string {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : value.trim();
}

/** Rows of a table (CSV or a worksheet) whose first row names the columns: code, name, kind, parent code, effective from. */
export function rowsOfTable(table: { line: number; cells: string[] }[]): UnitImportRow[] {
  const [header, ...body] = table;
  if (!header)
    throw new UnitFileError('Tệp trống: dòng đầu phải là tên cột (code, name, kind, parent code, effective from).');
  const columns = header.cells.map((cell) => headerNames[plain(cell)]);
  const missing = (['code', 'name', 'kind', 'parentCode', 'effectiveFrom'] as const).filter(
    (c) => !columns.includes(c),
  );
  if (missing.length > 0)
    throw new UnitFileError(
      `Dòng đầu thiếu cột: ${missing.join(', ')}. Cần các cột code, name, kind, parent code, effective from (và abbreviation nếu có).`,
    );
  return body
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''))
    .map((row) => {
      const value = (column: Column) => (row.cells[columns.indexOf(column)] ?? '').trim();
      return {
        line: row.line,
        code: value('code'),
        name: value('name'),
        kind: value('kind'),
        parentCode: value('parentCode'),
        effectiveFrom: isoDateOf(value('effectiveFrom')),
        abbreviation: value('abbreviation') || undefined,
      };
    });
}
