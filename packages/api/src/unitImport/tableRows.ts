import type { UnitImportRow } from '@cascade/domain';
import { headedRows } from '../tableImport/headedRows';
import type { TableLine } from '../tableImport/readTableFile';

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

/** 'YYYY-MM-DD' as it is; Vietnamese 'DD/MM/YYYY' turned into it; anything else left for the planner to refuse. */
export function isoDateOf(value: string): string {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : value.trim();
}

/** Rows of a table (CSV or a worksheet) whose first row names the columns: code, name, kind, parent code, effective from. */
export function rowsOfTable(table: TableLine[]): UnitImportRow[] {
  return headedRows(table, {
    names: headerNames,
    required: ['code', 'name', 'kind', 'parentCode', 'effectiveFrom'],
    emptyMessage: 'Tệp trống: dòng đầu phải là tên cột (code, name, kind, parent code, effective from).',
    missingMessage: (missing) =>
      `Dòng đầu thiếu cột: ${missing.join(', ')}. Cần các cột code, name, kind, parent code, effective from (và abbreviation nếu có).`,
  }).map(({ line, value }) => ({
    line,
    code: value('code'),
    name: value('name'),
    kind: value('kind'),
    parentCode: value('parentCode'),
    effectiveFrom: isoDateOf(value('effectiveFrom')),
    abbreviation: value('abbreviation') || undefined,
  }));
}
