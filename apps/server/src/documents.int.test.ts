import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { demoPassword } from '@cascade/db/seed';
import { addDays, type ImportedIssue, vnDateOf } from '@cascade/domain';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { publishOpenRoundsTemplate } from './testing/openRoundsTemplate';
import { startTestCascade } from './testing/startTestCascade';

const year = new Date().getFullYear() + 1;
const key = () => randomUUID();
const draft = {
  title: `Thực hiện công tác dân vận chính quyền năm ${year}`,
  directives: [
    {
      number: '33/CT-TTg',
      date: '2021-11-26',
      issuer: 'Thủ tướng Chính phủ',
      title: 'tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước',
    },
  ],
  purpose: '1. Mục đích\nTiếp tục đổi mới nội dung, phương thức thực hiện công tác dân vận.',
  tasks: '1. Người đứng đầu cơ quan hành chính nhà nước nêu cao tinh thần trách nhiệm.',
  // Markup typed into a field is text: it must reach the document as those very characters, never as markup.
  organization: 'Sở Nội vụ là cơ quan đầu mối theo dõi, tổng hợp <script>alert("x")</script> & <b>báo cáo</b>.',
};

let app: Awaited<ReturnType<typeof startTestCascade>>;
let planId: string;
let openTemplateId: string;

async function cookieOf(username: string) {
  const response = await fetch(`${app.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

const download = async (path: string, username?: string) =>
  fetch(`${app.url}${path}`, username ? { headers: { cookie: await cookieOf(username) } } : {});

const documentXml = async (response: Response) =>
  strFromU8(unzipSync(new Uint8Array(await response.arrayBuffer()))['word/document.xml']!);

const texts = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join(''),
  );
const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

beforeAll(async () => {
  app = await startTestCascade('PGlite');
  openTemplateId = await publishOpenRoundsTemplate(app.url);
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  let taskId: string;
  ({ planId, taskId } = await officer.plans.create.mutate({
    templateId: openTemplateId,
    title: draft.title,
    year,
    idempotencyKey: key(),
  }));
  await officer.plans.saveDraft.mutate({ taskId, idempotencyKey: key(), baseVersion: 0, draft });
  expect((await download(`/documents/plans/${planId}`, 'gl.chuyenvien')).status).toBe(409);
  const leader = await loginAs(app.url, 'gl.lanhdao');
  await leader.plans.issue.mutate({
    taskId,
    idempotencyKey: key(),
    draftVersion: 1,
    issue: {
      documentNumber: '44/KH-UBND',
      issuedOn: vnDateOf(new Date()),
      signerName: 'Nguyễn Văn A',
      signerTitle: 'Phó Chủ tịch',
      signingCapacity: 'KT.',
      recipients: ['Bộ Nội vụ (báo cáo)', 'Các sở, ban, ngành tỉnh', 'Lưu: VT, NC'],
      subPlanDueOn: addDays(vnDateOf(new Date()), 20),
    },
  });
}, 120_000);
afterAll(() => app?.stop());

it('an issued plan downloads as its Decree 30/2020 .docx: number, signing block and Nơi nhận as issued', async () => {
  const response = await download(`/documents/plans/${planId}`, 'gl-pleiku.chuyenvien');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  expect(response.headers.get('content-disposition')).toContain('filename="Ke-hoach-44-KH-UBND.docx"');
  const xml = await documentXml(response);
  expect(xml).not.toContain('<script>');
  expect(xml).toContain('&lt;script&gt;');
  expect(xml).toContain('&lt;b&gt;báo cáo&lt;/b&gt;');
  const lines = texts(xml);
  expect(lines).toContain(draft.organization);
  expect(lines).toEqual(
    expect.arrayContaining([
      'ỦY BAN NHÂN DÂN TỈNH GIA LAI',
      'Số: 44/KH-UBND',
      'KẾ HOẠCH',
      draft.title,
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Bộ Nội vụ (báo cáo);',
      '- Lưu: VT, NC.',
      'Nguyễn Văn A',
    ]),
  );
  const signing = lines.indexOf('TM. ỦY BAN NHÂN DÂN');
  expect(lines.slice(signing, signing + 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  expect(lines.find((l) => l.startsWith('Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021'))).toBeDefined();

  // Where LibreOffice is installed (npm test installs it), the same document comes as PDF too.
  const pdf = await download(`/documents/plans/${planId}?format=pdf`, 'gl-pleiku.chuyenvien');
  expect(pdf.status).toBe(200);
  expect(pdf.headers.get('content-type')).toBe('application/pdf');
  expect(pdf.headers.get('content-disposition')).toContain('filename="Ke-hoach-44-KH-UBND.pdf"');
  expect(
    Buffer.from(await pdf.arrayBuffer())
      .subarray(0, 4)
      .toString('latin1'),
  ).toBe('%PDF');
});

it('refuses a download without a session, outside the reader’s units, and of a plan that does not exist', async () => {
  const anonymous = await download(`/documents/plans/${planId}`);
  expect(anonymous.status).toBe(401);
  expect(await anonymous.json()).toEqual({ error: 'Phiên đăng nhập đã hết hạn: hãy đăng nhập lại rồi tải văn bản.' });
  const otherProvince = await download(`/documents/plans/${planId}`, 'hd.chuyenvien');
  expect(otherProvince.status).toBe(403);
  expect(await otherProvince.json()).toEqual({ error: 'Bạn không có quyền xem văn bản này.' });
  const [refusal] = await app.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'data'])
    .where('action', '=', 'access.refused')
    .where('subject_id', '=', `GET /documents/plans/${planId}`)
    .execute();
  expect(refusal).toMatchObject({ actor_user_id: 'hd.chuyenvien', data: { reason: 'document', address: '127.0.0.1' } });
  expect((await download('/documents/plans/no-such-plan', 'gl.chuyenvien')).status).toBe(404);
});

it('a sent report downloads as its BÁO CÁO; the province’s consolidated one embeds the subordinates’ indicators', async () => {
  const pleiku = await loginAs(app.url, 'gl-pleiku.chuyenvien');
  await expect
    .poll(async () => (await pleiku.tasks.inbox.query()).some((t) => t.roundKey === 'H1'), { timeout: 20_000 })
    .toBe(true);
  const task = (await pleiku.tasks.inbox.query()).find((t) => t.roundKey === 'H1')!;
  expect((await download(`/documents/reports/${task.id}`, 'gl-pleiku.chuyenvien')).status).toBe(409);
  await pleiku.reports.submit.mutate({
    taskId: task.id,
    idempotencyKey: key(),
    values: { skilledModels: 2, citizenReceptions: 12 },
    narrative: 'Phường đã xây dựng 02 mô hình "Dân vận khéo".',
    review: { results: 'Đạt 02/02 mô hình', limitations: '', proposals: 'Tập huấn', selfScore: 90, commendations: [] },
  });
  const own = await download(`/documents/reports/${task.id}`, 'gl.chuyenvien');
  expect(own.status).toBe(200);
  const ownLines = texts(await documentXml(own));
  expect(ownLines).toEqual(
    expect.arrayContaining([
      'BÁO CÁO',
      'ỦY BAN NHÂN DÂN PHƯỜNG PLEIKU',
      'II. ĐÁNH GIÁ SƠ KẾT',
      '4. Tự chấm điểm: 90 điểm',
    ]),
  );
  expect(ownLines.find((l) => l.startsWith('Thực hiện Kế hoạch số 44/KH-UBND'))).toBeDefined();

  const province = await loginAs(app.url, 'gl.chuyenvien');
  const provinceTask = (await province.tasks.inbox.query()).find((t) => t.roundKey === 'H1')!;
  await province.reports.submit.mutate({
    taskId: provinceTask.id,
    idempotencyKey: key(),
    values: { skilledModels: 2, citizenReceptions: 12 },
    narrative: 'Tỉnh tổng hợp báo cáo của các đơn vị.',
    review: { results: 'Đạt', limitations: '', proposals: '', selfScore: 85, commendations: [] },
  });
  const consolidated = await documentXml(await download(`/documents/reports/${provinceTask.id}`, 'gl-snv.theodoi'));
  // A report goes up: the wards below the province do not read the province's report.
  expect((await download(`/documents/reports/${provinceTask.id}`, 'gl-pleiku.chuyenvien')).status).toBe(403);
  const lines = texts(consolidated);
  expect(lines).toContain('Tổng hợp kết quả các chỉ tiêu của các đơn vị');
  const table = [...consolidated.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
    .map((m) => m[0])
    .find((t) => t.includes('Chưa báo cáo'))!;
  const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => texts(r[0]));
  expect(rows[0]!.slice(0, 2)).toEqual(['Đơn vị', 'Mô hình "Dân vận khéo"']);
  expect(rows.find((r) => r[0] === 'Phường Pleiku')!.slice(0, 2)).toEqual(['Phường Pleiku', '2']);
  expect(rows.find((r) => r[0] === 'Xã Biển Hồ')![1]).toBe('Chưa báo cáo');
  expect(rows.find((r) => r[0] === 'Tổng hợp')!.slice(0, 3)).toEqual(['Tổng hợp', '2', '12']);
  expect(rows.find((r) => r[0] === 'Chỉ tiêu giao')![1]).toBe('2');
});

it('reads an uploaded plan file into a draft to review, refusing other kinds of file', async () => {
  const seed = readFileSync(new URL('../../../../shared/seeds/gia-lai-province-2024.txt', import.meta.url));
  const upload = async (name: string, body: Uint8Array, username?: string) =>
    fetch(`${app.url}/documents/import?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        origin: app.url,
        ...(username && { cookie: await cookieOf(username) }),
      },
      body,
    });
  const response = await upload('gia-lai-2024.txt', seed, 'gl.chuyenvien');
  expect(response.status).toBe(200);
  const { imported, draft } = (await response.json()) as {
    imported: { title: string; focalUnit: string; reportRounds: unknown[] };
    draft: {
      title: string;
      year: number;
      content: { directives: { number: string }[]; purpose: string; tasks: string };
    };
  };
  expect(imported).toMatchObject({ title: 'Thực hiện công tác dân vận chính quyền năm 2024', focalUnit: 'Sở Nội vụ' });
  expect(imported.reportRounds).toEqual([
    { period: 'half', dueOn: '2024-05-10' },
    { period: 'year', dueOn: '2024-10-30' },
  ]);
  expect(draft.year).toBe(2024);
  expect(draft.content.directives[0]!.number).toBe('03-CTr/BDVTU-BCSĐ');
  expect(draft.content.purpose).toMatch(/^1\. Tiếp tục đổi mới nội dung, phương thức/);
  expect(draft.content.tasks.split('\n').filter((line) => /^\d+\. /.test(line))).toHaveLength(8);

  const pdf = await upload('ke-hoach.odt', seed, 'gl.chuyenvien');
  expect(pdf.status).toBe(400);
  expect(await pdf.json()).toEqual({
    error: 'Chỉ nhận tệp .docx, .pdf (có chữ), .txt hoặc .md: hãy lưu kế hoạch dưới một trong các dạng này.',
  });
  const brokenDocx = await upload('ke-hoach.docx', new TextEncoder().encode('không phải zip'), 'gl.chuyenvien');
  expect(brokenDocx.status).toBe(400);
  expect(((await brokenDocx.json()) as { error: string }).error).toMatch(
    /^Tệp không phải là tệp Word \(\.docx\) hợp lệ/,
  );
  expect((await upload('gia-lai-2024.txt', seed)).status).toBe(401);
});

it('an imported plan’s targets meet the chosen template’s indicators, and its issue facts reach the leader’s issue form', async () => {
  const seed = readFileSync(new URL('../../../../shared/seeds/gia-lai-province-2024.txt', import.meta.url));
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const template = (await officer.plans.templates.query()).find((t) => t.id !== openTemplateId);
  const read = async (templateId?: string) => {
    const query = new URLSearchParams({ name: 'gia-lai-2024.txt', ...(templateId ? { templateId } : {}) });
    const response = await fetch(`${app.url}/documents/import?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', origin: app.url, cookie: await cookieOf('gl.chuyenvien') },
      body: seed,
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        imported: { targets: { text: string; indicator: string | null; min: number }[] };
        issue: ImportedIssue;
        template: { rounds: unknown[] };
      },
    };
  };

  // Without a template no indicator is known: the target is listed, not assigned.
  const alone = await read();
  expect(alone.body.imported.targets).toEqual([
    { text: 'ít nhất 02 mô hình “Dân vận khéo” hoạt động hiệu quả', indicator: null, min: 2 },
  ]);
  expect(alone.body.issue.unmappedTargets).toEqual(['ít nhất 02 mô hình “Dân vận khéo” hoạt động hiệu quả']);

  const { status, body } = await read(template!.id);
  expect(status).toBe(200);
  expect(body.imported.targets[0]!.indicator).toBe('skilledModels');
  expect(body.issue).toMatchObject({
    signingCapacity: 'TM.',
    signerName: 'Trương Hải Long',
    signerTitle: 'Chủ tịch',
    focalUnit: 'Sở Nội vụ',
    targets: { skilledModels: 2 },
    unmappedTargets: [],
  });
  expect(body.issue.recipients[0]).toBe('Bộ Nội vụ (báo cáo)');
  expect(body.template.rounds).toEqual([
    { key: 'H1', label: 'Báo cáo 6 tháng', period: 'half', dueMonthDay: '05-10' },
    { key: 'Y', label: 'Báo cáo năm', period: 'year', dueMonthDay: '10-30' },
  ]);
  expect((await read('khong-co-mau')).status).toBe(400);

  // Bad issue facts are refused and create nothing; good ones come back with the plan for its leader.
  const plan = { templateId: template!.id, title: 'Kế hoạch nhập từ tệp', year: year + 1 };
  await expect(
    officer.plans.create.mutate({
      ...plan,
      idempotencyKey: randomUUID(),
      importedIssue: { ...body.issue, signingCapacity: 'KÝ THAY' as 'KT.' },
    }),
  ).rejects.toThrow();
  const { taskId } = await officer.plans.create.mutate({
    ...plan,
    idempotencyKey: randomUUID(),
    importedIssue: body.issue,
  });
  const leader = await loginAs(app.url, 'gl.lanhdao');
  expect((await leader.tasks.get.query({ taskId })).plan?.importedIssue).toEqual(body.issue);
});
