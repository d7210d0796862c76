import { randomUUID } from 'node:crypto';
import { listAudit } from '@cascade/db';
import { addDays, vnDateOf } from '@cascade/domain';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, loginAs } from './testing/apiClient';
import { type DatabaseKind, startTestCascade } from './testing/startTestCascade';

const year = new Date().getFullYear() + 1;
const draft = {
  title: `Kế hoạch thực hiện công tác dân vận chính quyền năm ${year}`,
  directives: [
    {
      number: '33/CT-TTg',
      date: '2021-11-26',
      issuer: 'Thủ tướng Chính phủ',
      title:
        'Về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan nhà nước và chính quyền các cấp trong tình hình mới',
    },
  ],
  purpose: 'Tiếp tục đổi mới nội dung, phương thức thực hiện công tác dân vận trong cơ quan nhà nước.',
  tasks: 'Người đứng đầu cơ quan hành chính nhà nước nêu cao tinh thần trách nhiệm.',
  organization: 'Sở Nội vụ là cơ quan đầu mối theo dõi, tổng hợp.',
};
const issueOf = (documentNumber: string, subPlanDueOn: string | null) => ({
  documentNumber,
  issuedOn: vnDateOf(new Date()),
  signerName: 'Nguyễn Văn A',
  signerTitle: 'Phó Chủ tịch',
  signingCapacity: 'KT.' as const,
  recipients: ['Các sở, ban, ngành', 'UBND các xã, phường'],
  subPlanDueOn,
});

function trpcCode(error: unknown) {
  return error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;
}

describe.each<DatabaseKind>(['PGlite', 'PostgreSQL'])('plans over HTTP with a real dev server and %s', (database) => {
  let app: Awaited<ReturnType<typeof startTestCascade>>;
  let planId: string;
  let taskId: string;
  const subPlanDueOn = addDays(vnDateOf(new Date()), 20);

  beforeAll(async () => {
    app = await startTestCascade(database);
  });
  afterAll(() => app?.stop());

  it('is healthy', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: true, temporal: true });
  });

  it('a province officer drafts, the leader issues, and every subordinate gets a sub-plan obligation', async () => {
    const officer = await loginAs(app.url, 'gl.chuyenvien');
    const templates = await officer.plans.templates.query();
    ({ planId, taskId } = await officer.plans.create.mutate({
      templateId: templates[0]!.id,
      title: draft.title,
      year,
      idempotencyKey: randomUUID(),
    }));
    expect(
      await officer.plans.saveDraft.mutate({ taskId, idempotencyKey: randomUUID(), baseVersion: 0, draft }),
    ).toEqual({ version: 1 });

    const leader = await loginAs(app.url, 'gl.lanhdao');
    const issueKey = randomUUID();
    const issued = await leader.plans.issue.mutate({
      taskId,
      idempotencyKey: issueKey,
      draftVersion: 1,
      issue: issueOf('44/KH-UBND', subPlanDueOn),
    });
    expect(Date.parse(issued.issuedAt)).toBeGreaterThan(0);
    // The same action retried (same key) changes nothing; a second issue is refused.
    expect(
      await leader.plans.issue.mutate({
        taskId,
        idempotencyKey: issueKey,
        draftVersion: 1,
        issue: issueOf('44/KH-UBND', subPlanDueOn),
      }),
    ).toEqual(issued);
    const again = await leader.plans.issue
      .mutate({ taskId, idempotencyKey: randomUUID(), draftVersion: 1, issue: issueOf('45/KH-UBND', subPlanDueOn) })
      .catch((e) => e);
    expect(trpcCode(again)).toBe('CONFLICT');
    expect(again.message).toBe('Kế hoạch đã được ban hành.');
    expect((await listAudit(app.db, planId)).filter((e) => e.action === 'plan.issued')).toHaveLength(1);

    const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
    await expect
      .poll(async () => (await supervisor.plans.progress.query({ planId })).nodes.length, { timeout: 20_000 })
      .toBe(12);
    const progress = await supervisor.plans.progress.query({ planId });
    const root = progress.nodes.find((n) => n.planId === planId)!;
    expect(root).toMatchObject({
      unitName: 'Tỉnh Gia Lai',
      documentNumber: '44/KH-UBND',
      status: 'onTime',
      planStatus: 'issued',
    });
    expect(
      progress.nodes
        .filter((n) => n.parentPlanId === planId)
        .map((n) => n.unitName)
        .sort(),
    ).toEqual([
      'Phường Diên Hồng',
      'Phường Hội Phú',
      'Phường Pleiku',
      'Phường Thống Nhất',
      'Sở Khoa học và Công nghệ',
      'Sở Nội vụ',
      'Thanh tra tỉnh',
      'Văn phòng UBND tỉnh',
      'Xã Biển Hồ',
      'Xã Chư Păh',
      'Xã Ia Grai',
    ]);
    expect(progress.summary).toMatchObject({ expected: 11, submitted: 0, pending: 11, completeness: 0 });

    // An operator finds a unit's plan workflows in the Temporal UI by its search attributes.
    const query = `CascadeUnit = "gl-pleiku" AND CascadeYear = ${year} AND CascadeKind = "plan"`;
    await expect
      .poll(
        async () => {
          const found = [];
          for await (const workflow of app.temporal.workflow.list({ query })) found.push(workflow.workflowId);
          return found;
        },
        { timeout: 20_000 },
      )
      .toEqual([`plan-${planId}.gl-pleiku`]);
  });

  it('a commune drafts and issues its sub-plan on time; the supervisor sees it', async () => {
    const officer = await loginAs(app.url, 'gl-pleiku.chuyenvien');
    const task = (await officer.tasks.inbox.query()).find((t) => t.parentPlanId === planId)!;
    expect(task).toMatchObject({ unitName: 'Phường Pleiku', status: 'pending', planStatus: 'drafting' });
    const { version } = await officer.plans.saveDraft.mutate({
      taskId: task.id,
      idempotencyKey: randomUUID(),
      baseVersion: 0,
      draft: { ...draft, title: `${draft.title} trên địa bàn phường Pleiku` },
    });
    const leader = await loginAs(app.url, 'gl-pleiku.lanhdao');
    await leader.plans.issue.mutate({
      taskId: task.id,
      idempotencyKey: randomUUID(),
      draftVersion: version,
      issue: issueOf('12/KH-UBND', null),
    });

    const supervisor = await loginAs(app.url, 'gl-snv.theodoi');
    const progress = await supervisor.plans.progress.query({ planId });
    expect(progress.nodes.find((n) => n.unitName === 'Phường Pleiku')).toMatchObject({
      status: 'onTime',
      documentNumber: '12/KH-UBND',
    });
    expect(progress.summary).toMatchObject({ expected: 11, submitted: 1, onTime: 1, pending: 10 });
  });

  it('another unit’s officer gets FORBIDDEN and nothing is written', async () => {
    const task = (await (await loginAs(app.url, 'gl-bien-ho.chuyenvien')).tasks.inbox.query()).find(
      (t) => t.parentPlanId === planId,
    )!;
    const intruder = await loginAs(app.url, 'gl-dien-hong.chuyenvien');
    const auditBefore = await listAudit(app.db, task.planId);
    const error = await intruder.plans.saveDraft
      .mutate({ taskId: task.id, idempotencyKey: randomUUID(), baseVersion: 0, draft })
      .catch((e) => e);
    expect(trpcCode(error)).toBe('FORBIDDEN');
    await expect(intruder.tasks.get.query({ taskId: task.id })).rejects.toThrow(
      'Bạn không có quyền với công việc của đơn vị khác.',
    );
    const officerIssuing = await (
      await loginAs(app.url, 'gl-bien-ho.chuyenvien')
    ).plans.issue
      .mutate({ taskId: task.id, idempotencyKey: randomUUID(), draftVersion: 1, issue: issueOf('3/KH-UBND', null) })
      .catch((e) => e);
    expect(trpcCode(officerIssuing)).toBe('FORBIDDEN');
    const otherProvince = await (
      await loginAs(app.url, 'hd-snv.theodoi')
    ).plans.progress
      .query({ planId })
      .catch((e) => e);
    expect(trpcCode(otherProvince)).toBe('FORBIDDEN');
    expect(
      trpcCode(
        await anonymous(app.url)
          .tasks.inbox.query()
          .catch((e) => e),
      ),
    ).toBe('UNAUTHORIZED');

    const plan = await app.db
      .selectFrom('plans')
      .select(['draft_version', 'status'])
      .where('id', '=', task.planId)
      .executeTakeFirstOrThrow();
    expect(plan).toEqual({ draft_version: 0, status: 'drafting' });
    expect(await listAudit(app.db, task.planId)).toEqual(auditBefore);
  });

  it('malformed input gets BAD_REQUEST with a clear message, and a stale draft gets CONFLICT; nothing is written', async () => {
    const leader = await loginAs(app.url, 'gl-bien-ho.lanhdao');
    const task = (await leader.tasks.inbox.query()).find((t) => t.parentPlanId === planId)!;
    const { version } = await leader.plans.saveDraft.mutate({
      taskId: task.id,
      idempotencyKey: randomUUID(),
      baseVersion: 0,
      draft,
    });
    const malformed = await leader.plans.issue
      .mutate({
        taskId: task.id,
        idempotencyKey: randomUUID(),
        draftVersion: version,
        issue: { ...issueOf('KH so 5', null), issuedOn: '2026-02-30' },
      })
      .catch((e) => e);
    expect(trpcCode(malformed)).toBe('BAD_REQUEST');
    expect(malformed.message).toBe(
      'Dữ liệu không hợp lệ — issue.documentNumber: Số, ký hiệu phải có dạng 44/KH-UBND; issue.issuedOn: Ngày không hợp lệ',
    );
    const stale = await leader.plans.saveDraft
      .mutate({ taskId: task.id, idempotencyKey: randomUUID(), baseVersion: 0, draft })
      .catch((e) => e);
    expect(trpcCode(stale)).toBe('CONFLICT');
    expect(stale.message).toBe('Dự thảo đã được người khác cập nhật; hãy tải lại trước khi lưu.');
    const plan = await app.db
      .selectFrom('plans')
      .select(['draft_version', 'status', 'issue'])
      .where('id', '=', task.planId)
      .executeTakeFirstOrThrow();
    expect(plan).toEqual({ draft_version: 1, status: 'drafting', issue: null });
  });
});
