import ExcelJS from 'exceljs';
import type { AuditEntryView } from './auditView';

const columns = [
  'Thời điểm',
  'Người thực hiện',
  'Tên đăng nhập',
  'Đơn vị',
  'Địa chỉ máy',
  'Thao tác',
  'Đối tượng',
  'Kết quả',
  'Chi tiết',
];
const vietnamOffsetMs = 7 * 3_600_000;
// Excel cells hold wall-clock times without a zone, and exceljs writes a Date's UTC fields: shift to Vietnam's clock.
const wallClock = (iso: string) => new Date(new Date(iso).getTime() + vietnamOffsetMs);

const cellsOf = (e: AuditEntryView) => [
  e.actorName ?? (e.actorUsername ? '' : 'Lệnh quản trị máy chủ'),
  e.actorUsername ?? '',
  e.unitName ?? '',
  e.address ?? '',
  e.actionLabel,
  e.target,
  e.outcome,
  e.detail,
];

export interface AuditExportHeading {
  scope: string;
  filter: string;
  exportedAt: Date;
  truncated: boolean;
}

/** The filtered audit log as .xlsx: a heading naming scope, filter and time of export, then one row per entry. */
export async function auditWorkbook(entries: AuditEntryView[], heading: AuditExportHeading): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Nhật ký');
  sheet.addRow(['NHẬT KÝ ĐĂNG NHẬP, TỪ CHỐI TRUY CẬP VÀ THAO TÁC QUẢN TRỊ']).font = { bold: true, size: 13 };
  sheet.addRow(['Phạm vi', heading.scope]);
  sheet.addRow(['Bộ lọc', heading.filter]);
  sheet.addRow(['Thời điểm xuất', wallClock(heading.exportedAt.toISOString())]).getCell(2).numFmt =
    'dd/mm/yyyy hh:mm:ss';
  sheet.addRow(['Số dòng', entries.length, heading.truncated ? 'Chỉ xuất các dòng mới nhất: hãy thu hẹp bộ lọc.' : '']);
  sheet.addRow([]);
  sheet.addRow(columns).font = { bold: true };
  for (const entry of entries) {
    sheet.addRow([wallClock(entry.at), ...cellsOf(entry)]).getCell(1).numFmt = 'dd/mm/yyyy hh:mm:ss';
  }
  [20, 28, 24, 32, 16, 28, 40, 14, 60].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvTime = (iso: string) => wallClock(iso).toISOString().slice(0, 19).replace('T', ' ');

/** The same rows as CSV (UTF-8 with a byte-order mark, so that Excel reads the diacritics), times in Vietnam's clock. */
export function auditCsv(entries: AuditEntryView[]): string {
  const lines = [columns, ...entries.map((e) => [csvTime(e.at), ...cellsOf(e)])];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
