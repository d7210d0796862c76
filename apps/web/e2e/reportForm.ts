import type { Locator } from 'playwright-core';

/** Phường Pleiku's sơ kết 6 tháng, as its officer would type it. */
export async function fillHalfYearReport(report: Locator): Promise<void> {
  await report.getByLabel('Mô hình "Dân vận khéo"').fill('1');
  await report.getByLabel('Số buổi tiếp công dân').fill('12');
  await report.getByLabel('Tỷ lệ kiến nghị được giải quyết (%)').fill('92,5');
  await report
    .getByLabel('Thuyết minh kết quả')
    .fill('Đã xây dựng 01 mô hình "Dân vận khéo" về vệ sinh môi trường khu dân cư.');
  await report
    .getByLabel('Kết quả so với chỉ tiêu')
    .fill('Đạt 01/02 mô hình theo chỉ tiêu; tiếp công dân định kỳ đúng quy định.');
  await report.getByLabel('Hạn chế', { exact: true }).fill('Chưa tổ chức đối thoại với Nhân dân trong kỳ.');
  await report.getByLabel('Đề xuất', { exact: true }).fill('Tập huấn kỹ năng dân vận cho cán bộ tổ dân phố.');
  await report.getByLabel('Điểm tự chấm (0–100)').fill('85');
  await report
    .getByLabel('Đề nghị khen thưởng')
    .fill('Tổ dân phố 3, phường Pleiku\nÔng Nguyễn Văn Hùng, Tổ trưởng tổ dân phố 3');
}
