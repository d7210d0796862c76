import { startPostgres, type PostgresServer } from '@cascade/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Kysely, type Database } from './index';
import { emptyPlanContent } from '@cascade/domain';
import { defaultPlanForm } from '@cascade/forms';
import * as planFormMigration from './migrations/2026-11-23T1400-plan-form';
import { findTemplate } from './repositories/templates';
import { massMobilisationTemplate } from './seed/templates';
import { listAudit, recordAudit } from './repositories/audit';
import { createPlan, listPlanTree, openPlanTask, markPlanIssued, subPlanId } from './repositories/plans';
import { latestSubmissions, openReportTasks, recordReportSubmission, reportTaskId } from './repositories/reports';
import { verifyPassword } from './credentials';
import { migrateToLatest } from './migrate';
import { demoPassword, massMobilisationTemplateId, seedDemoData } from './seed/index';

const targets: [string, () => Promise<{ db: Kysely<Database>; stop: () => Promise<void> }>][] = [
  [
    'PGlite',
    async () => {
      const db = createDatabase({ memory: true });
      return { db, stop: () => db.destroy() };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const server: PostgresServer = await startPostgres();
      const db = createDatabase({ url: server.url });
      return {
        db,
        stop: async () => {
          await db.destroy();
          await server.stop();
        },
      };
    },
  ],
];

describe.each(targets)('database on %s', (_name, open) => {
  let db: Kysely<Database>;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, stop } = await open());
    await migrateToLatest(db);
    await seedDemoData(db);
  });
  afterAll(() => stop());

  it('migrates and seeds once: a second run finds the same data', async () => {
    await migrateToLatest(db);
    await seedDemoData(db);
    const units = await db.selectFrom('units').select(['id', 'effective_from']).execute();
    expect(units.filter((u) => u.id === 'gl')).toEqual([{ id: 'gl', effective_from: '2025-07-01' }]);
    const communes = await db
      .selectFrom('units')
      .select('name')
      .where('parent_id', '=', 'gl')
      .where('kind', '=', 'commune')
      .execute();
    expect(communes.length).toBeGreaterThanOrEqual(6);
  });

  it('stores demo passwords hashed, never in clear', async () => {
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'gl.lanhdao')
      .executeTakeFirstOrThrow();
    expect(user.password_hash).not.toContain(demoPassword);
    expect(await verifyPassword(demoPassword, user.password_hash)).toBe(true);
    expect(await verifyPassword('wrong', user.password_hash)).toBe(false);
    expect(user.roles).toEqual(['leader']);
  });

  it('lists a plan tree with each unit’s obligation', async () => {
    const base = {
      templateId: massMobilisationTemplateId,
      year: 2026,
      title: 'Kế hoạch thực hiện công tác dân vận chính quyền năm 2026',
      content: emptyPlanContent,
    };
    await createPlan(db, { ...base, id: 'kh-gl', issuerUnitId: 'gl', parentPlanId: null });
    await openPlanTask(db, 'kh-gl', null);
    await createPlan(db, {
      ...base,
      id: subPlanId('kh-gl', 'gl-pleiku'),
      issuerUnitId: 'gl-pleiku',
      parentPlanId: 'kh-gl',
    });
    await createPlan(db, {
      ...base,
      id: subPlanId('kh-gl', 'gl-pleiku'),
      issuerUnitId: 'gl-pleiku',
      parentPlanId: 'kh-gl',
    });
    // Opening twice (a retried activity) keeps the first deadline.
    await openPlanTask(db, subPlanId('kh-gl', 'gl-pleiku'), new Date('2026-02-28T16:59:59.999Z'));
    await openPlanTask(db, subPlanId('kh-gl', 'gl-pleiku'), null);
    const issuedAt = new Date('2026-01-31T03:00:00Z');
    const issue = {
      documentNumber: '44/KH-UBND',
      issuedOn: '2026-01-31',
      signerName: 'Nguyễn Văn A',
      signerTitle: 'Phó Chủ tịch',
      signingCapacity: 'KT.' as const,
      recipients: [],
      subPlanDueOn: '2026-02-28',
    };
    await markPlanIssued(db, 'kh-gl', issue, issuedAt);
    const tree = await listPlanTree(db, 'kh-gl');
    expect(tree).toHaveLength(2);
    const root = tree.find((n) => n.planId === 'kh-gl')!;
    expect(root).toMatchObject({ status: 'issued', unitName: 'Tỉnh Gia Lai', completedAt: issuedAt });
    expect(root.issue).toMatchObject({ documentNumber: '44/KH-UBND' });
    const child = tree.find((n) => n.planId === 'kh-gl.gl-pleiku')!;
    expect(child).toMatchObject({
      parentPlanId: 'kh-gl',
      status: 'drafting',
      dueAt: new Date('2026-02-28T16:59:59.999Z'),
      completedAt: null,
    });
  });

  /** A plan of Pleiku with its 6-month report task open (due 10/05/2026); the task's id. */
  async function planWithHalfYearReport(id: string, title: string) {
    await createPlan(db, {
      id,
      templateId: massMobilisationTemplateId,
      year: 2026,
      title,
      content: emptyPlanContent,
      issuerUnitId: 'gl-pleiku',
      parentPlanId: null,
    });
    await openReportTasks(db, { planId: id, unitId: 'gl-pleiku', workflowId: `plan-${id}`, planTitle: title }, [
      { key: 'H1', label: 'Báo cáo 6 tháng', dueAt: new Date('2026-05-10T16:59:59.999Z') },
    ]);
    return reportTaskId(id, 'H1');
  }

  it('keeps a report’s answers to its round’s form; a report sent before reports had answers reads as none', async () => {
    const taskId = await planWithHalfYearReport('kh-bc', 'Kế hoạch có báo cáo');
    await db
      .insertInto('report_submissions')
      .values({
        task_id: taskId,
        submitted_at: new Date('2026-05-01T03:00:00Z'),
        submitted_by: 'u1',
        values: '{}',
        narrative: 'Lần 1',
        review: 'null',
        on_time: true,
      })
      .execute();
    expect((await latestSubmissions(db, [taskId]))[0]?.details).toEqual({});
    const details = { difficulties: 'Thiếu kinh phí', models: [{ name: 'Chợ văn minh' }] };
    await recordReportSubmission(db, {
      taskId,
      submittedAt: new Date('2026-05-02T03:00:00Z'),
      submittedBy: 'u1',
      values: { skilledModels: 1 },
      narrative: 'Lần 2',
      review: null,
      details,
      onTime: true,
    });
    expect((await latestSubmissions(db, [taskId]))[0]).toMatchObject({ narrative: 'Lần 2', details });
  });

  it('stores a report once per Update id: the write repeated with a later time answers with the first', async () => {
    const taskId = await planWithHalfYearReport('kh-mot-lan', 'Kế hoạch gửi một lần');
    const report = {
      taskId,
      submittedBy: 'u1',
      values: { skilledModels: 2 },
      narrative: 'Gửi',
      review: null,
      details: {},
    };
    const first = new Date('2026-05-10T16:59:59.000Z');
    const again = new Date('2026-05-10T17:00:01.000Z');

    const stored = await recordReportSubmission(db, { ...report, submittedAt: first, onTime: true, updateId: 'k-1' });
    const repeated = await recordReportSubmission(db, {
      ...report,
      submittedAt: again,
      onTime: false,
      updateId: 'k-1',
    });

    expect(stored).toEqual({ submittedAt: first, onTime: true });
    expect(repeated).toEqual({ submittedAt: first, onTime: true });
    const rows = await db.selectFrom('report_submissions').selectAll().where('task_id', '=', taskId).execute();
    expect(rows.map((r) => [r.submitted_at, r.on_time, r.update_id])).toEqual([[first, true, 'k-1']]);
    const task = await db.selectFrom('tasks').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow();
    expect(task).toMatchObject({ state: 'done', completed_at: first, updated_at: first });

    // Sent again under another Update (after a return): a second report.
    await recordReportSubmission(db, { ...report, submittedAt: again, onTime: false, updateId: 'k-2' });
    expect(
      await db
        .selectFrom('report_submissions')
        .select('update_id')
        .where('task_id', '=', taskId)
        .orderBy('submitted_at')
        .execute(),
    ).toEqual([{ update_id: 'k-1' }, { update_id: 'k-2' }]);
  });

  it('gives a template saved before templates carried a plan form the form its plans were drafted in', async () => {
    const { planForm: _, ...olderDefinition } = massMobilisationTemplate.definition;
    await db
      .insertInto('templates')
      .values({
        id: 'mau-cu-v1',
        name: 'Mẫu cũ',
        version: 1,
        definition: JSON.stringify(olderDefinition),
        published_at: new Date(),
      })
      .execute();
    await planFormMigration.up(db);
    expect((await findTemplate(db, 'mau-cu-v1'))?.definition).toEqual({
      ...olderDefinition,
      planForm: defaultPlanForm,
    });
    expect((await findTemplate(db, massMobilisationTemplateId))?.definition.planForm).toEqual(defaultPlanForm);
  });

  it('records an audit event once per idempotency key, and every event without one', async () => {
    const event = {
      actorUserId: 'gl.lanhdao',
      unitId: 'gl',
      action: 'report.returned',
      subjectId: 'audit-check',
      data: { reason: 'Thiếu số liệu' },
    };
    await recordAudit(db, { ...event, idempotencyKey: 'plan-kh-gl/run-1/3' });
    await recordAudit(db, { ...event, idempotencyKey: 'plan-kh-gl/run-1/3' });
    await recordAudit(db, { ...event, idempotencyKey: null });
    await recordAudit(db, { ...event, idempotencyKey: null });
    expect((await listAudit(db, 'audit-check')).map((a) => a.idempotency_key)).toEqual([
      'plan-kh-gl/run-1/3',
      null,
      null,
    ]);
  });
});
