import { taskStatusLabels } from '@cascade/domain';
import ExcelJS from 'exceljs';
import type { CascadeView } from './cascadeView';
import type { IndicatorsView } from './indicators';
import { addIndicatorSheet } from './indicatorSheet';
import { heading, levelNames } from './sheetHeading';

/** The grid, the rates and the indicators as an .xlsx: statuses as text, days and rates as numbers, deadlines as dates. */
export async function monitorWorkbook(view: CascadeView, indicators: IndicatorsView, scope: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const grid = book.addWorksheet('Tình trạng');
  heading(grid, view, scope, 'TÌNH TRẠNG THỰC HIỆN');
  const header = grid.addRow(['Đơn vị', 'Cấp', ...view.columns.flatMap((c) => [c.label, 'Số ngày trễ', 'Hạn'])]);
  header.font = { bold: true };
  for (const row of view.rows) {
    const values: (string | number | Date | null)[] = [row.unitName, row.level];
    for (const column of view.columns) {
      const cell = view.cells[row.planId]?.[column.key];
      const taskId = view.taskIds[`${row.planId}|${column.key}`];
      const dueAt = taskId ? view.taskDates[taskId]?.dueAt : null;
      values.push(cell ? taskStatusLabels[cell.status] : null, cell?.daysLate ?? null, dueAt ? new Date(dueAt) : null);
    }
    const added = grid.addRow(values);
    view.columns.forEach((_, i) => (added.getCell(3 + i * 3 + 2).numFmt = 'dd/mm/yyyy'));
  }
  grid.getColumn(1).width = 36;

  const rates = book.addWorksheet('Tỷ lệ');
  heading(rates, view, scope, 'TỶ LỆ BÁO CÁO');
  rates.addRow([
    'Nghĩa vụ',
    'Cấp',
    'Phải nộp',
    'Đã nộp',
    'Đúng hạn',
    'Quá hạn',
    'Chưa nộp',
    'Đầy đủ',
    'Kịp thời',
  ]).font = {
    bold: true,
  };
  for (const column of view.columns) {
    for (const [level, s] of Object.entries(view.rates[column.key] ?? {})) {
      if (Number(level) === 0) continue;
      const row = rates.addRow([
        column.label,
        levelNames[Number(level)] ?? `Cấp ${level}`,
        s.expected,
        s.submitted,
        s.onTime,
        s.late,
        s.expected - s.submitted,
        s.completeness,
        s.timeliness,
      ]);
      row.getCell(8).numFmt = '0.0%';
      row.getCell(9).numFmt = '0.0%';
    }
  }
  rates.getColumn(1).width = 36;
  addIndicatorSheet(book, indicators, scope);
  return Buffer.from(await book.xlsx.writeBuffer());
}
