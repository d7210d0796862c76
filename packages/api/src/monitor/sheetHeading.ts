import type ExcelJS from 'exceljs';
import type { CascadeView } from './cascadeView';

export const levelNames = ['Đơn vị ban hành', 'Cấp dưới trực tiếp', 'Cấp thứ hai', 'Cấp thứ ba'];

/** Every sheet opens naming the plan, the scope and the time of export. */
export function heading(
  sheet: ExcelJS.Worksheet,
  view: Pick<CascadeView, 'plan' | 'generatedAt'>,
  scope: string,
  title: string,
) {
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow(['Kế hoạch', view.plan.title]);
  sheet.addRow(['Phạm vi', scope]);
  sheet.addRow(['Thời điểm xuất', new Date(view.generatedAt)]).getCell(2).numFmt = 'dd/mm/yyyy hh:mm';
  sheet.addRow([]);
}
