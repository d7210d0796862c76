import type ExcelJS from 'exceljs';
import type { IndicatorsView } from './indicators';
import { heading, levelNames } from './sheetHeading';

/** The indicators against targets: one row per unit (summed up its subtree) and per level; values and % as numbers. */
export function addIndicatorSheet(book: ExcelJS.Workbook, view: IndicatorsView, scope: string) {
  const sheet = book.addWorksheet('Chỉ tiêu');
  heading(sheet, view, scope, `CHỈ TIÊU SO VỚI MỤC TIÊU${view.round ? ` — ${view.round.label.toUpperCase()}` : ''}`);
  const perIndicator = ['Kết quả', 'Mục tiêu', '% đạt'];
  sheet.addRow(['Đơn vị', 'Cấp', 'Đã báo cáo', ...view.indicators.flatMap((i) => [i.label, '', ''])]).font = {
    bold: true,
  };
  sheet.addRow(['', '', '', ...view.indicators.flatMap(() => perIndicator)]).font = { bold: true };
  const percentColumns = view.indicators.map((_, i) => 4 + i * 3 + 2);
  for (const row of view.rows) {
    const added = sheet.addRow([
      row.unitName,
      row.level,
      row.hasReported ? 'Có' : 'Chưa',
      ...view.indicators.flatMap((i) => {
        const f = row.figures[i.key]!;
        return [f.value, f.target, f.achieved];
      }),
    ]);
    for (const column of percentColumns) added.getCell(column).numFmt = '0.0%';
  }
  sheet.addRow([]);
  sheet.addRow(['Theo cấp', 'Cấp', 'Số đơn vị đã báo cáo']).font = { bold: true };
  for (const level of view.byLevel) {
    const added = sheet.addRow([
      levelNames[level.level] ?? `Cấp ${level.level}`,
      level.level,
      level.reporting,
      ...view.indicators.flatMap((i) => {
        const f = level.figures[i.key]!;
        return [f.value, f.target, f.achieved];
      }),
    ]);
    for (const column of percentColumns) added.getCell(column).numFmt = '0.0%';
  }
  sheet.getColumn(1).width = 36;
}
