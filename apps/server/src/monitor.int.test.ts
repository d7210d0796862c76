import { randomUUID } from 'node:crypto';
import { addDays, taskStatusLabels, vnDateOf } from '@cascade/domain';
import { TRPCClientError } from '@trpc/client';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { startTestCascade } from './testing/startTestCascade';

const year = new Date().getFullYear() + 1;
const draft = {
  title: `Kế hoạch công tác dân vận chính quyền năm ${year}`,
  directives: [],
  purpose: 'Đổi mới phương thức công tác dân vận.',
  tasks: 'Các đơn vị xây dựng kế hoạch của mình.',
  organization: 'Sở Nội vụ theo dõi, tổng hợp.',
};

const codeOf = (error: unknown) =>
  error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;

describe('the monitor over HTTP', () => {
  let app: Awaited<ReturnType<typeof startTestCascade>>;
  let planId: string;

  beforeAll(async () => {
    app = await startTestCascade('PGlite');
    const officer = await loginAs(app.url, 'gl.chuyenvien');
    const templates = await officer.plans.templates.query();
    const created = await officer.plans.create.mutate({
      templateId: templates[0]!.id,
      title: draft.title,
      year,
      idempotencyKey: randomUUID(),
    });
    planId = created.planId;
    await officer.plans.saveDraft.mutate({
      taskId: created.taskId,
      idempotencyKey: randomUUID(),
      baseVersion: 0,
      draft,
    });
    const leader = await loginAs(app.url, 'gl.lanhdao');
    await leader.plans.issue.mutate({
      taskId: created.taskId,
      idempotencyKey: randomUUID(),
      draftVersion: 1,
      issue: {
        documentNumber: '44/KH-UBND',
        issuedOn: vnDateOf(new Date()),
        signerName: 'Nguyễn Văn A',
        signerTitle: 'Phó Chủ tịch',
        signingCapacity: 'KT.',
        recipients: ['Các sở, ban, ngành'],
        subPlanDueOn: addDays(vnDateOf(new Date()), 20),
      },
    });
  });
  afterAll(() => app?.stop());

  it('a province supervisor sees the plan, its subordinates in Vietnamese order and every obligation in four categories', async () => {
    const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
    // The cascade's workflows are still opening report tasks: read both until they have settled on the same counts.
    await expect
      .poll(
        async () => {
          const [overview, view] = await Promise.all([
            supervisor.monitor.overview.query({ year }),
            supervisor.monitor.grid.query({ planId }),
          ]);
          return (
            JSON.stringify(overview.find((p) => p.id === planId)?.summary) ===
            JSON.stringify(view.subtreeCounts[planId])
          );
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    const grid = await supervisor.monitor.grid.query({ planId });
    const subordinates = grid.rows.filter((r) => r.level === 1);
    expect(subordinates.length).toBeGreaterThan(2);
    const names = subordinates.map((r) => r.unitName);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(grid.columns.map((c) => c.key)).toContain('plan');
    for (const row of subordinates) expect(grid.cells[row.planId]!.plan!.status).toBe('pending');
    expect(grid.rates.plan![1]).toMatchObject({ expected: subordinates.length, pending: subordinates.length });
    expect(grid.rows.every((r) => r.workflowId === null)).toBe(true);
  });

  it('đôn đốc reaches the overdue units once within the hour, and is recorded', async () => {
    const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
    const grid = await supervisor.monitor.grid.query({ planId });
    const late = grid.rows.filter((r) => r.level === 1).slice(0, 2);
    const lateTaskIds = late.map((r) => grid.taskIds[`${r.planId}|plan`]!);
    // Three days pass beyond these two units' deadline (the read model as the deadline activity leaves it).
    await app.db
      .updateTable('tasks')
      .set({ due_at: new Date(Date.now() - 3 * 86_400_000 - 3_600_000) })
      .where('id', 'in', lateTaskIds)
      .execute();

    const overdue = await supervisor.monitor.overdue.query({ planId, column: 'plan' });
    expect(overdue.map((o) => o.unitName).sort()).toEqual(late.map((r) => r.unitName).sort());
    expect(overdue.every((o) => o.daysOverdue === 3 && o.contacts.some((c) => c.isLeader))).toBe(true);

    expect(await supervisor.monitor.remind.mutate({ planId, taskIds: lateTaskIds })).toEqual({
      sent: 2,
      skipped: 0,
      refused: 0,
    });
    expect(await supervisor.monitor.remind.mutate({ planId, taskIds: lateTaskIds })).toMatchObject({
      sent: 0,
      skipped: 2,
    });
    const unitLeader = await loginAs(app.url, `${late[0]!.unitId}.lanhdao`);
    const inbox = await unitLeader.notifications.inbox.query();
    expect(inbox.filter((n) => n.subject.startsWith('Đôn đốc')).length).toBe(1);
    const audit = await app.db.selectFrom('audit_events').selectAll().where('action', '=', 'monitor.remind').execute();
    expect(audit.map((a) => a.subject_id).sort()).toEqual([...lateTaskIds].sort());
  });

  it('a supervisor of another province sees nothing of this plan and can remind nobody', async () => {
    const other = await loginAs(app.url, 'hd-snv.theodoi');
    expect((await other.monitor.overview.query({ year })).some((p) => p.id === planId)).toBe(false);
    await expect(other.monitor.grid.query({ planId })).rejects.toSatisfy((e) => codeOf(e) === 'FORBIDDEN');
    const before = await app.db.selectFrom('notifications').select('id').execute();
    const someTask = `${planId}:plan`;
    await expect(other.monitor.remind.mutate({ planId, taskIds: [someTask] })).rejects.toSatisfy(
      (e) => codeOf(e) === 'FORBIDDEN',
    );
    await expect(other.monitor.exportXlsx.query({ planId })).rejects.toSatisfy((e) => codeOf(e) === 'FORBIDDEN');
    expect((await app.db.selectFrom('notifications').select('id').execute()).length).toBe(before.length);
  });

  it('the Excel export holds the grid as the screen shows it, with the rates as numbers', async () => {
    const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
    const grid = await supervisor.monitor.grid.query({ planId });
    const file = await supervisor.monitor.exportXlsx.query({ planId });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Tình trạng')!;
    expect(sheet.getCell('B2').value).toBe(grid.plan.title);
    const byUnit = new Map<string, unknown>();
    sheet.eachRow((row, n) => n > 6 && byUnit.set(String(row.getCell(1).value), row.getCell(3).value));
    for (const row of grid.rows.filter((r) => r.level === 1)) {
      expect(byUnit.get(row.unitName)).toBe(taskStatusLabels[grid.cells[row.planId]!.plan!.status]);
    }
    const rates = book.getWorksheet('Tỷ lệ')!;
    const planRate = rates.getRow(7);
    expect(planRate.getCell(1).value).toBe('Kế hoạch');
    expect(planRate.getCell(3).value).toBe(grid.rows.filter((r) => r.level === 1).length);
    expect(typeof planRate.getCell(8).value).toBe('number');
  });
});
