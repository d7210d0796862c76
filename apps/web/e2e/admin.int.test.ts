import { addDays, formatVnDate, vnDateOf } from '@cascade/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueProvincePlan } from './apiClient';
import { confirmDialog, fillDate, logIn, logOut, reloadUntilVisible, saveScreenshot } from './browser';
import { type BrowserSession, useBrowserSession } from './browserSession';

const today = vnDateOf(new Date());
const nextYear = Number(today.slice(0, 4)) + 1;
const dayOff = `${nextYear}-02-22`;
const dayOffNote = 'Nghỉ bù Tết Nguyên đán (theo thông báo của tỉnh)';
const templateName = 'Kế hoạch thực hiện công tác dân vận chính quyền';
const planTitle = `Kế hoạch dân vận chính quyền năm ${nextYear} (báo cáo đột xuất)`;
const adhocLabel = 'Báo cáo đột xuất kết quả tiếp công dân';
const adhocDueOn = addDays(today, 10);
const adhocQuestion = 'Kết quả tiếp công dân trong đợt cao điểm';
const adhocYesNo = 'Có vụ việc phức tạp, kéo dài';
const adhocAnswer = 'Tiếp 12 lượt công dân, giải quyết dứt điểm 10 vụ việc.';

const adminTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name });

describe('administration and the supervisor’s ad hoc request in the browser', () => {
  const session = useBrowserSession('admin-');
  let app: BrowserSession['app'];
  let page: Page;
  const { pageErrors } = session;

  beforeAll(async () => {
    ({ app, page } = session);
  });

  it('shows Quản trị to the administrator only', async () => {
    await logIn(page, app.url, 'gl.lanhdao');
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).count()).resolves.toBe(0);
    await logOut(page);

    await logIn(page, app.url, 'quantri');
    await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click();
    await page.getByRole('heading', { name: 'Mẫu kế hoạch' }).waitFor();
    const seeded = page.getByRole('row').filter({ has: page.getByRole('link', { name: templateName }) });
    await expect(seeded.getByRole('cell').allTextContents()).resolves.toEqual([
      `${templateName}dan-van-chinh-quyen-v1`,
      '1',
      `Đã công bố ${formatVnDate(today)}`,
    ]);
  });

  it('lets the administrator add a day off, see it listed, and remove it', async () => {
    await adminTab(page, 'Ngày nghỉ, ngày làm bù').click();
    await page.getByText('Chưa có ngày nghỉ hay ngày làm bù nào.').waitFor();
    const form = page.getByRole('form', { name: 'Thêm ngày nghỉ, ngày làm bù' });
    await fillDate(form.getByLabel('Ngày', { exact: true }), dayOff);
    await form.getByRole('button', { name: 'Thêm ngày' }).click();
    await form.getByText('Nhập ghi chú (ví dụ: nghỉ bù Tết)').waitFor();
    await form.getByLabel('Loại ngày').selectOption('Ngày nghỉ');
    await form.getByLabel('Ghi chú').fill(dayOffNote);
    await form.getByRole('button', { name: 'Thêm ngày' }).click();

    const list = page.getByRole('table', { name: 'Danh sách ngày nghỉ, ngày làm bù' });
    const row = list.getByRole('row').filter({ hasText: dayOffNote });
    await row.waitFor();
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual([
      formatVnDate(dayOff),
      'Ngày nghỉ',
      'Toàn quốc',
      dayOffNote,
      `Xóa ngày ${formatVnDate(dayOff)}`,
    ]);
    await expect(form.getByLabel('Ghi chú').inputValue()).resolves.toBe('');
    await saveScreenshot(page, 'admin-01-day-off');

    await row.getByRole('button', { name: `Xóa ngày ${formatVnDate(dayOff)}` }).click();
    await page.getByText('Chưa có ngày nghỉ hay ngày làm bù nào.').waitFor();
    await page.reload();
    await page.getByText('Chưa có ngày nghỉ hay ngày làm bù nào.').waitFor();
  });

  it('lets the administrator make a new template version with a monthly round, refusing a bad due date, then publish it', async () => {
    await adminTab(page, 'Mẫu kế hoạch').click();
    await page.getByRole('link', { name: templateName }).click();
    await page.getByRole('table', { name: 'Kỳ báo cáo của mẫu' }).getByText('Báo cáo sơ kết 6 tháng').waitFor();
    const preview = page.getByRole('region', { name: 'Hạn nộp theo cấp' });
    await expect(preview.getByRole('row', { name: /Báo cáo sơ kết 6 tháng/ }).textContent()).resolves.toContain(
      `10/05/${today.slice(0, 4)}`,
    );
    await expect(page.getByRole('button', { name: 'Công bố' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Tạo phiên bản mới' }).click();

    const editor = page.getByRole('form', { name: 'Phiên bản mới của mẫu' });
    await expect(editor.getByLabel('Tên mẫu').inputValue()).resolves.toBe(templateName);
    const halfYear = editor.getByRole('group', { name: 'Kỳ báo cáo 1' });
    await expect(halfYear.getByLabel('Hạn nộp (MM-DD)').inputValue()).resolves.toBe('05-10');
    await editor.getByRole('button', { name: 'Thêm kỳ báo cáo' }).click();
    const monthly = editor.getByRole('group', { name: 'Kỳ báo cáo 3' });
    await monthly.getByLabel('Mã kỳ').fill('M');
    await monthly.getByLabel('Tên kỳ').fill('Báo cáo tháng');
    await expect(monthly.getByLabel('Tần suất').inputValue()).resolves.toBe('monthly');
    await monthly.getByLabel('Ngày hạn nộp hằng tháng').fill('15');

    await halfYear.getByLabel('Hạn nộp (MM-DD)').fill('10/5');
    await editor.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await halfYear.getByText('Hạn nộp phải có dạng MM-DD, ví dụ 05-10').waitFor();

    await halfYear.getByLabel('Hạn nộp (MM-DD)').fill('02-30');
    await editor.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await expect(editor.getByRole('alert').textContent()).resolves.toMatch(
      /^Lịch báo cáo không hợp lệ: Kỳ báo cáo H1: hạn nộp \d{4}-02-30 không phải là ngày có thật/,
    );
    await saveScreenshot(page, 'admin-02-template-refused');

    await halfYear.getByLabel('Hạn nộp (MM-DD)').fill('05-10');
    await editor.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    await page.getByText('Mã dan-van-chinh-quyen-v2 · Phiên bản 2').waitFor();
    await page.getByText('Bản nháp', { exact: true }).waitFor();
    const rounds = page.getByRole('table', { name: 'Kỳ báo cáo của mẫu' });
    await expect(
      rounds.getByRole('row').filter({ hasText: 'Báo cáo tháng' }).getByRole('cell').allTextContents(),
    ).resolves.toEqual(['M', 'Báo cáo tháng', 'Tháng', 'Hằng tháng, hạn ngày 15', '—']);
    await expect(
      rounds.getByRole('row').filter({ hasText: 'Báo cáo sơ kết 6 tháng' }).textContent(),
    ).resolves.toContain('Ngày 10/05 hằng năm');
    await preview.getByRole('row', { name: /Báo cáo tháng 12/ }).waitFor();

    await page.getByRole('button', { name: 'Công bố' }).click();
    await confirmDialog(page, 'Công bố phiên bản');
    await page.getByText(`Đã công bố ${formatVnDate(today)}`).waitFor();
    await expect(page.getByRole('button', { name: 'Công bố' }).count()).resolves.toBe(0);
    await page.getByText('Phiên bản đã công bố không thể sửa').waitFor();
    await saveScreenshot(page, 'admin-03-template-published');

    await adminTab(page, 'Mẫu kế hoạch').click();
    const versions = page.getByRole('table', { name: 'Các phiên bản mẫu kế hoạch' });
    // The list was loaded before version 2 existed: wait for its refetch before reading it.
    await versions.getByRole('row').filter({ hasText: 'dan-van-chinh-quyen-v2' }).waitFor();
    await expect(versions.getByRole('row').allTextContents()).resolves.toEqual([
      'Tên mẫuPhiên bảnTình trạng',
      `${templateName}dan-van-chinh-quyen-v11Đã công bố ${formatVnDate(today)}`,
      `${templateName}dan-van-chinh-quyen-v22Đã công bố ${formatVnDate(today)}`,
    ]);
  });

  it('refuses a merger of a unit into itself with the server’s message', async () => {
    await adminTab(page, 'Sáp nhập đơn vị').click();
    const form = page.getByRole('form', { name: 'Ghi nhận sáp nhập đơn vị' });
    await form.getByLabel('Đơn vị bị sáp nhập').selectOption('Xã Biển Hồ — Tỉnh Gia Lai');
    await form.getByLabel('Đơn vị kế thừa').selectOption('Xã Biển Hồ — Tỉnh Gia Lai');
    await fillDate(form.getByLabel('Ngày hiệu lực'), today);
    await form.getByRole('button', { name: 'Sáp nhập…' }).click();
    await form.getByRole('button', { name: 'Xác nhận sáp nhập' }).click();
    await form.getByRole('alert').getByText('Đơn vị kế thừa phải khác đơn vị bị sáp nhập.').waitFor();
    await form.getByRole('button', { name: 'Quay lại' }).click();
    await page.getByText('Chưa ghi nhận việc sáp nhập nào.').waitFor();
    await logOut(page);
  });

  it('lets the supervisor ask an issued plan’s units for an ad hoc report with its own questions, shown at once on the progress page', async () => {
    await issueProvincePlan(app.url, planTitle, nextYear, today, addDays(today, 20));
    await logIn(page, app.url, 'gl-snv.theodoi');
    await page.getByRole('navigation').getByRole('link', { name: 'Theo dõi' }).click();
    await page.getByRole('link', { name: planTitle }).click();
    await page.getByRole('heading', { name: 'Tiến độ triển khai' }).waitFor();
    await page.getByRole('button', { name: 'Yêu cầu báo cáo đột xuất' }).click();
    const form = page.getByRole('form', { name: 'Yêu cầu báo cáo đột xuất' });
    await fillDate(form.getByLabel('Hạn nộp'), addDays(today, -1));
    await form.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await form.getByText('Nhập tên báo cáo đột xuất').waitFor();
    await form.getByText('Hạn nộp không được trước hôm nay').waitFor();

    await form.getByLabel('Tên báo cáo').fill(adhocLabel);
    await fillDate(form.getByLabel('Hạn nộp'), adhocDueOn);
    await form.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    const first = form.getByRole('group', { name: 'Câu hỏi 1', exact: true });
    await first.getByLabel('Nội dung câu hỏi').fill(adhocQuestion);
    await first.getByLabel('Bắt buộc trả lời').check();
    await form.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    const second = form.getByRole('group', { name: 'Câu hỏi 2', exact: true });
    await second.getByLabel('Nội dung câu hỏi').fill(adhocYesNo);
    await second.getByLabel('Loại câu trả lời').selectOption({ label: 'Có / Không' });
    await form.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await form.getByText('Đã gửi yêu cầu báo cáo đột xuất tới các đơn vị.').waitFor();
    const rounds = page.getByRole('region', { name: 'Kỳ báo cáo' });
    const adhoc = rounds.getByRole('row').filter({ hasText: adhocLabel });
    await adhoc.waitFor();
    await expect(adhoc.getByRole('cell').allTextContents()).resolves.toEqual([
      `${adhocLabel} · đột xuất`,
      formatVnDate(adhocDueOn),
    ]);
    await saveScreenshot(page, 'admin-04-adhoc-requested');
    await logOut(page);
  });

  it('puts the ad hoc report in the ward officer’s inbox; its questions are asked, the required one insisted on, the answers shown once sent', async () => {
    await logIn(page, app.url, 'gl-pleiku.chuyenvien');
    const reportLink = page.getByRole('link', { name: `${adhocLabel} — ${planTitle}`, exact: true });
    await reloadUntilVisible(page, reportLink);
    const row = page.getByRole('listitem').filter({ has: reportLink });
    await expect(row.textContent()).resolves.toContain(formatVnDate(adhocDueOn));
    await expect(row.textContent()).resolves.toContain('Đang thực hiện trong hạn');
    await reportLink.click();
    await page.getByRole('heading', { name: adhocLabel }).waitFor();
    const report = page.getByRole('form', { name: 'Nhập báo cáo' });
    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await report.getByText(`${adhocQuestion} không được để trống`).waitFor();
    await report.getByLabel(adhocQuestion).fill(adhocAnswer);
    await report.getByLabel(adhocYesNo).selectOption({ label: 'Không' });
    await saveScreenshot(page, 'admin-05-ward-adhoc-task');
    await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await confirmDialog(page, 'Gửi báo cáo');
    const sent = page.getByRole('region', { name: 'Báo cáo đã gửi' });
    await sent.getByText('Đã gửi báo cáo (đúng hạn)').waitFor();
    await sent.getByRole('region', { name: adhocQuestion }).getByText(adhocAnswer).waitFor();
    await expect(sent.getByRole('definition').allTextContents()).resolves.toContain('Không');
    await logOut(page);

    await logIn(page, app.url, 'gl-snv.theodoi');
    await page.getByRole('navigation').getByRole('link', { name: 'Theo dõi' }).click();
    await page.getByRole('link', { name: planTitle }).click();
    const answers = page.getByRole('article', { name: 'Nội dung báo cáo của Phường Pleiku' });
    await answers.getByText(adhocAnswer).waitFor();
    await saveScreenshot(page, 'admin-05-adhoc-answers-consolidated');
    await logOut(page);
  });

  it('lets the administrator merge a ward into another and tells how many running plans were handed over', async () => {
    await logIn(page, app.url, 'quantri');
    await page.getByRole('navigation').getByRole('link', { name: 'Quản trị' }).click();
    await adminTab(page, 'Sáp nhập đơn vị').click();
    const form = page.getByRole('form', { name: 'Ghi nhận sáp nhập đơn vị' });
    await form.getByLabel('Đơn vị bị sáp nhập').selectOption('Xã Biển Hồ — Tỉnh Gia Lai');
    await form.getByLabel('Đơn vị kế thừa').selectOption('Phường Pleiku — Tỉnh Gia Lai');
    await fillDate(form.getByLabel('Ngày hiệu lực'), today);
    await form.getByRole('button', { name: 'Sáp nhập…' }).click();
    await form.getByRole('group', { name: 'Xác nhận sáp nhập' }).getByText('Xã Biển Hồ — Tỉnh Gia Lai').waitFor();
    await form.getByRole('button', { name: 'Xác nhận sáp nhập' }).click();
    await form.getByText('Đã ghi nhận sáp nhập; 1 kế hoạch đang thực hiện đã được chuyển giao.').waitFor();
    const merged = page.getByRole('table', { name: 'Đơn vị đã sáp nhập' });
    await expect(
      merged.getByRole('row').filter({ hasText: 'Xã Biển Hồ' }).getByRole('cell').allTextContents(),
    ).resolves.toEqual(['Xã Biển Hồ', 'Phường Pleiku', formatVnDate(today)]);
    await expect(
      form.getByLabel('Đơn vị bị sáp nhập').getByRole('option', { name: 'Xã Biển Hồ — Tỉnh Gia Lai' }).count(),
    ).resolves.toBe(0);
    await saveScreenshot(page, 'admin-06-merger');
    expect(pageErrors).toEqual([]);
  });
});
