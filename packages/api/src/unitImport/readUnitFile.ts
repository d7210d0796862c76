import type { UnitImportRow } from '@cascade/domain';
import { UnitFileError } from './importError';
import { readOfficialList } from './officialList';
import { readTableFile } from '../tableImport/readTableFile';
import { rowsOfTable } from './tableRows';

export type UnitFileFormat = 'official-json' | 'csv' | 'xlsx';

export interface UnitFile {
  format: UnitFileFormat;
  rows: UnitImportRow[];
}

/** Reads the official list's JSON, a CSV or an XLSX file (told apart by its name) into rows with their line numbers. */
export async function readUnitFile(fileName: string, content: Buffer, effectiveFrom: string): Promise<UnitFile> {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'json')
    return { format: 'official-json', rows: readOfficialList(content.toString('utf8'), effectiveFrom) };
  if (extension === 'csv' || extension === 'xlsx')
    return { format: extension, rows: rowsOfTable(await readTableFile(fileName, content)) };
  throw new UnitFileError(
    `Không đọc được tệp "${fileName}": chỉ nhận tệp .json (danh mục chính thức), .csv hoặc .xlsx.`,
  );
}
