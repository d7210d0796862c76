import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { UnitFileError } from '../unitImport/importError';

export interface TableLine {
  line: number;
  cells: string[];
}

/** The rows of a CSV file or of an XLSX file's first sheet, each with its line number. */
export async function readTableFile(fileName: string, content: Buffer): Promise<TableLine[]> {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'csv') return csvTable(content.toString('utf8'));
  if (extension === 'xlsx') return xlsxTable(content);
  throw new UnitFileError(`Không đọc được tệp "${fileName}": chỉ nhận tệp .csv hoặc .xlsx.`);
}

function csvTable(text: string): TableLine[] {
  try {
    const records = parse(text, {
      bom: true,
      info: true,
      delimiter: [',', ';'],
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ line: r.info.lines, cells: r.record }));
  } catch (error) {
    throw new UnitFileError(`Tệp CSV không hợp lệ: ${(error as Error).message}`);
  }
}

async function xlsxTable(content: Buffer): Promise<TableLine[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnitFileError(`Tệp XLSX không hợp lệ: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnitFileError('Tệp XLSX không có trang tính nào.');
  const table: TableLine[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    table.push({ line, cells });
  });
  return table;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}
