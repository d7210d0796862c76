import { randomUUID } from 'node:crypto';
import { createUser, hashPassword } from '@cascade/db';
import { demoPassword, massMobilisationTemplateId } from '@cascade/db/seed';
import { addDays, vnDateOf } from '@cascade/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { startTestCascade } from './testing/startTestCascade';

const year = new Date().getFullYear() + 1;
const today = vnDateOf(new Date());
const draft = (title: string) => ({
  title,
  directives: [],
  purpose: 'Mục đích',
  tasks: 'Nhiệm vụ',
  organization: 'Tổ chức',
});
const issue = (documentNumber: string, subPlanDueOn: string) => ({
  documentNumber,
  issuedOn: today,
  signerName: 'Nguyễn Văn A',
  signerTitle: 'Bộ trưởng',
  signingCapacity: 'KT.' as const,
  recipients: [],
  subPlanDueOn,
});

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
  // Bộ Nội vụ's own staff, who issue the national plan (the demo seed gives the national root an administrator only).
  const passwordHash = await hashPassword(demoPassword);
  for (const [suffix, roles] of [
    ['chuyenvien', ['officer']],
    ['lanhdao', ['leader']],
  ] as const)
    await createUser(app.db, {
      id: `vn.${suffix}`,
      username: `vn.${suffix}`,
      display_name: `Bộ Nội vụ ${suffix}`,
      email: null,
      unit_id: 'vn',
      scope_unit_id: 'vn',
      roles: JSON.stringify(roles),
      password_hash: passwordHash,
      must_change_password: false,
    });
});
afterAll(() => app?.stop());

async function planTaskOf(username: string, parentPlanId: string) {
  const client = await loginAs(app.url, username);
  let task;
  await expect
    .poll(
      async () => {
        task = (await client.tasks.inbox.query()).find((t) => t.kind === 'plan' && t.parentPlanId === parentPlanId);
        return task !== undefined;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return { client, task: task! };
}

it('a national plan cascades nation → provinces → communes through the workflows and the database', async () => {
  const admin = await loginAs(app.url, 'quantri');
  // A second province, added by the national administrator, with two communes: the tree is data.
  const province = await admin.units.create.mutate({
    name: 'Tỉnh Thử Nghiệm',
    kind: 'province',
    parentId: 'vn',
    code: '99',
    abbreviation: 'UBND',
    effectiveFrom: '2025-07-01',
  });
  const communes: string[] = [];
  for (const name of ['Xã Một', 'Xã Hai'])
    communes.push(
      (
        await admin.units.create.mutate({
          name,
          kind: 'commune',
          parentId: province.id,
          abbreviation: 'UBND',
          effectiveFrom: '2025-07-01',
        })
      ).id,
    );
  const { definition } = await admin.admin.template.query({ id: massMobilisationTemplateId });
  const saved = await admin.admin.saveTemplate.mutate({
    slug: 'ke-hoach-toan-quoc',
    name: 'Kế hoạch toàn quốc về công tác dân vận',
    definition: { ...definition, cascade: { nation: ['province'], province: ['commune'] } },
  });
  await admin.admin.publishTemplate.mutate({ id: saved.id });

  const officer = await loginAs(app.url, 'vn.chuyenvien');
  const national = await officer.plans.create.mutate({
    templateId: saved.id,
    title: `Kế hoạch toàn quốc năm ${year}`,
    year,
    idempotencyKey: randomUUID(),
  });
  await officer.plans.saveDraft.mutate({
    taskId: national.taskId,
    idempotencyKey: randomUUID(),
    baseVersion: 0,
    draft: draft(`Kế hoạch toàn quốc năm ${year}`),
  });
  const minister = await loginAs(app.url, 'vn.lanhdao');
  const provinceDue = addDays(today, 30);
  await minister.plans.issue.mutate({
    taskId: national.taskId,
    idempotencyKey: randomUUID(),
    draftVersion: 1,
    issue: issue('12/KH-BNV', provinceDue),
  });

  // Each province in force gets its sub-plan (Hải Dương closed on 01/07/2025 and gets none).
  const giaLai = await planTaskOf('gl.chuyenvien', national.planId);
  const provincePlans = await app.db
    .selectFrom('plans')
    .select(['issuer_unit_id'])
    .where('parent_plan_id', '=', national.planId)
    .orderBy('issuer_unit_id')
    .execute();
  expect(provincePlans.map((p) => p.issuer_unit_id)).toEqual(['gl', province.id].sort());
  expect(vnDateOf(new Date(giaLai.task.dueAt!))).toBe(provinceDue);

  // Gia Lai issues its own plan: every commune of Gia Lai in force gets a sub-plan one level further down.
  await giaLai.client.plans.saveDraft.mutate({
    taskId: giaLai.task.id,
    idempotencyKey: randomUUID(),
    baseVersion: 0,
    draft: draft(`Kế hoạch của tỉnh Gia Lai năm ${year}`),
  });
  const communeDue = addDays(today, 45);
  const chairman = await loginAs(app.url, 'gl.lanhdao');
  await chairman.plans.issue.mutate({
    taskId: giaLai.task.id,
    idempotencyKey: randomUUID(),
    draftVersion: 1,
    issue: issue('3/KH-UBND', communeDue),
  });
  const pleiku = await planTaskOf('gl-pleiku.chuyenvien', giaLai.task.planId);
  expect(vnDateOf(new Date(pleiku.task.dueAt!))).toBe(communeDue);
  const glCommunes = await app.db
    .selectFrom('units')
    .select('id')
    .where('parent_id', '=', 'gl')
    .where('kind', '=', 'commune')
    .where('effective_to', 'is', null)
    .execute();
  await expect
    .poll(
      async () =>
        (
          await app.db
            .selectFrom('tasks')
            .innerJoin('plans', 'plans.id', 'tasks.plan_id')
            .select('tasks.unit_id')
            .where('plans.parent_plan_id', '=', giaLai.task.planId)
            .where('tasks.kind', '=', 'plan')
            .execute()
        )
          .map((t) => t.unit_id)
          .sort(),
      { timeout: 30_000 },
    )
    .toEqual(glCommunes.map((u) => u.id).sort());

  // The national plan's progress sees the whole tree: the nation, both provinces and Gia Lai's communes.
  const progress = await minister.plans.progress.query({ planId: national.planId });
  const units = new Set(progress.nodes.map((n) => n.unitId));
  for (const unit of ['vn', 'gl', province.id, ...glCommunes.map((u) => u.id)]) expect(units, unit).toContain(unit);
  expect([...units].filter((u) => communes.includes(u))).toEqual([]); // Tỉnh Thử Nghiệm has not issued yet
});
