import { randomUUID } from 'node:crypto';
import { recordReportSubmission } from '@cascade/db';
import { addDays, decodeMonitorGrid, foldVietnamese, matchesSearch, taskStatusLabels, vnDateOf } from '@cascade/domain';
import { TRPCClientError } from '@trpc/client';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
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

/** The rule applied by hand: the brute force the monitor's roll-up is checked against. */
function bruteAggregate(rule: string, values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (rule === 'count') return present.length;
  if (rule === 'sum') return present.reduce((t, v) => t + v, 0);
  if (!present.length) return null;
  if (rule === 'average') return present.reduce((t, v) => t + v, 0) / present.length;
  return rule === 'min' ? Math.min(...present) : Math.max(...present);
}

const codeOf = (error: unknown) =>
  error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;

describe('the monitor over HTTP', () => {
  let app: Awaited<ReturnType<typeof startTestCascade>>;
  let planId: string;

  beforeAll(async () => {
    app = await startTestCascade('PGlite', { CASCADE_DEMO: '1' });
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
            supervisor.monitor.grid.query({ planId }).then(decodeMonitorGrid),
          ]);
          return (
            JSON.stringify(overview.find((p) => p.id === planId)?.summary) ===
            JSON.stringify(view.subtreeCounts[planId])
          );
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    const grid = decodeMonitorGrid(await supervisor.monitor.grid.query({ planId }));
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
    const grid = decodeMonitorGrid(await supervisor.monitor.grid.query({ planId }));
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
    const grid = decodeMonitorGrid(await supervisor.monitor.grid.query({ planId }));
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

  it('sums each indicator up the tree by its rule against the targets, as a brute force does over random reports', async () => {
    const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
    const grid = decodeMonitorGrid(await supervisor.monitor.grid.query({ planId }));
    const round = grid.columns.find((c) => c.key !== 'plan')!.key;
    const reporting = grid.rows.filter((r) => r.level === 1 && grid.taskIds[`${r.planId}|${round}`]);
    expect(reporting.length).toBeGreaterThan(2);
    const { indicators } = await supervisor.monitor.indicators.query({ planId, roundKey: round });
    expect(indicators.map((i) => i.aggregate)).toEqual(expect.arrayContaining(['sum', 'average']));
    const reportArbitrary = fc.option(
      fc.tuple(...indicators.map(() => fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }))),
      { nil: null },
    );
    let at = Date.now();
    await fc.assert(
      fc.asyncProperty(
        fc.array(reportArbitrary, { minLength: reporting.length, maxLength: reporting.length }),
        async (reports) => {
          const taskIds = reporting.map((r) => grid.taskIds[`${r.planId}|${round}`]!);
          await app.db.deleteFrom('report_submissions').where('task_id', 'in', taskIds).execute();
          for (const [i, report] of reports.entries()) {
            if (!report) continue;
            at += 1_000;
            await recordReportSubmission(app.db, {
              taskId: taskIds[i]!,
              submittedAt: new Date(at),
              submittedBy: 'test',
              values: Object.fromEntries(indicators.map((indicator, k) => [indicator.key, report[k]!])),
              narrative: '',
              review: null,
              details: {},
              onTime: true,
            });
          }
          const view = await supervisor.monitor.indicators.query({ planId, roundKey: round });
          const root = view.rows.find((r) => r.level === 0)!;
          for (const [k, indicator] of indicators.entries()) {
            const values = reports.map((r) => r?.[k] ?? null);
            const expected = bruteAggregate(indicator.aggregate, values);
            expect(root.figures[indicator.key]!.value).toBeCloseTo(expected ?? NaN, 9);
            if (expected === null) expect(root.figures[indicator.key]!.value).toBeNull();
            expect(root.figures[indicator.key]!.target).toBe(indicator.target);
            if (expected !== null && indicator.target)
              expect(root.figures[indicator.key]!.achieved).toBeCloseTo(expected / indicator.target, 9);
            const level1 = view.byLevel.find((l) => l.level === 1)!;
            expect(level1.reporting).toBe(reports.filter(Boolean).length);
            if (expected === null) expect(level1.figures[indicator.key]!.value).toBeNull();
            else expect(level1.figures[indicator.key]!.value).toBeCloseTo(expected, 9);
            for (const [i, row] of reporting.entries()) {
              const figure = view.rows.find((r) => r.planId === row.planId)!.figures[indicator.key]!;
              expect(figure.reported).toBe(values[i] ?? null);
            }
          }
        },
      ),
      { numRuns: 6 },
    );
    const file = await supervisor.monitor.exportXlsx.query({ planId, roundKey: round });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Chỉ tiêu')!;
    const view = await supervisor.monitor.indicators.query({ planId, roundKey: round });
    const root = view.rows.find((r) => r.level === 0)!;
    const rootRow = sheet.getRow(8);
    expect(rootRow.getCell(1).value).toBe(root.unitName);
    expect(rootRow.getCell(4).value).toBe(root.figures[indicators[0]!.key]!.value);
  });

  it('shows workflow ids and the link to the Temporal UI to administrators only', async () => {
    const admin = await loginAs(app.url, 'gl.quantri');
    const me = await admin.auth.me.query();
    expect(me!.temporalWorkflowUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/namespaces\/default\/workflows\/$/);
    const grid = decodeMonitorGrid(await admin.monitor.grid.query({ planId }));
    expect(grid.rows.every((r) => r.workflowId?.startsWith('plan-'))).toBe(true);
    const page = await fetch(`${me!.temporalWorkflowUrl}${encodeURIComponent(grid.rows[0]!.workflowId!)}`);
    expect(page.status).toBe(200);
    for (const username of ['gl-snv.theodoi', 'gl.lanhdao', 'gl.chuyenvien']) {
      const other = await loginAs(app.url, username);
      expect((await other.auth.me.query())!.temporalWorkflowUrl).toBeNull();
      const seen = decodeMonitorGrid(await other.monitor.grid.query({ planId }));
      expect(seen.rows.length).toBe(grid.rows.length);
      expect(seen.rows.every((r) => r.workflowId === null)).toBe(true);
    }
  });

  it('gives a unit its timeline: when each obligation opened, was due and was done, and what happened', async () => {
    const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
    const grid = decodeMonitorGrid(await supervisor.monitor.grid.query({ planId }));
    const unit = grid.rows.find((r) => r.level === 1)!;
    const timeline = await supervisor.monitor.timeline.query({ planId: unit.planId });
    expect(timeline.unitName).toBe(unit.unitName);
    const plan = timeline.obligations.find((o) => o.column === 'plan')!;
    expect(plan.dueAt).toBe(grid.taskDates[grid.taskIds[`${unit.planId}|plan`]!]!.dueAt);
    expect(timeline.obligations.every((o) => o.openedAt <= new Date().toISOString())).toBe(true);
    // The first two units were reminded in the test above: the reminder is in this unit's history.
    expect(timeline.events.some((e) => e.action === 'monitor.remind')).toBe(true);
    const other = await loginAs(app.url, 'hd-snv.theodoi');
    await expect(other.monitor.timeline.query({ planId: unit.planId })).rejects.toSatisfy(
      (e) => codeOf(e) === 'FORBIDDEN',
    );
    await expect(other.monitor.indicators.query({ planId, roundKey: null })).rejects.toSatisfy(
      (e) => codeOf(e) === 'FORBIDDEN',
    );
    await expect(other.monitor.rates.query({ planId, column: 'plan' })).rejects.toSatisfy(
      (e) => codeOf(e) === 'FORBIDDEN',
    );
  });

  it('finds a unit by its name typed without diacritics, only inside the cascade and the scope', async () => {
    const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
    const grid = decodeMonitorGrid(await supervisor.monitor.grid.query({ planId }));
    const unit = grid.rows.find((r) => r.level === 1 && foldVietnamese(r.unitName) !== r.unitName.toLowerCase())!;
    const typed = foldVietnamese(unit.unitName).toUpperCase();
    const found = await supervisor.monitor.searchUnits.query({ planId, query: typed });
    expect(found.map((f) => f.planId)).toContain(unit.planId);
    for (const query of [typed, 'so', 'xa', 'ủy ban', 'phuong 1']) {
      const names = (await supervisor.monitor.searchUnits.query({ planId, query })).map((f) => f.planId).sort();
      const brute = grid.rows.filter((r) => matchesSearch(r.unitName, query)).map((r) => r.planId);
      expect(names).toEqual(brute.sort());
    }
    // A renamed unit is found by its new name at once (the folded name is kept by the database, not a nightly job).
    await app.db.updateTable('units').set({ name: 'Sở Đổi Tên Thử' }).where('id', '=', unit.unitId).execute();
    const renamed = await supervisor.monitor.searchUnits.query({ planId, query: 'so doi ten' });
    expect(renamed.map((f) => [f.planId, f.unitName])).toEqual([[unit.planId, 'Sở Đổi Tên Thử']]);
    await app.db.updateTable('units').set({ name: unit.unitName }).where('id', '=', unit.unitId).execute();
    const other = await loginAs(app.url, 'hd-snv.theodoi');
    await expect(other.monitor.searchUnits.query({ planId, query: typed })).rejects.toSatisfy(
      (e) => codeOf(e) === 'FORBIDDEN',
    );
  });

  it('counts one obligation per level in SQL exactly as the grid counts it', async () => {
    const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
    const grid = decodeMonitorGrid(await supervisor.monitor.grid.query({ planId }));
    for (const column of grid.columns) {
      const rates = await supervisor.monitor.rates.query({ planId, column: column.key });
      for (const level of rates.levels) expect(level).toMatchObject(grid.rates[column.key]![level.level]!);
    }
  });
});
