import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from './testing/apiClient';
import { startTestCascade } from './testing/startTestCascade';

let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
});
afterAll(() => app?.stop());

const nameOn = async (admin: Awaited<ReturnType<typeof loginAs>>, id: string, asOf: string) =>
  (await admin.units.tree.query({ asOf })).units.find((u) => u.id === id);

it('a national administrator creates, renames, moves, closes and re-opens a unit; the tree "as of" a date keeps history', async () => {
  const admin = await loginAs(app.url, 'quantri');
  const tree = await admin.units.tree.query({});
  expect(tree.units.find((u) => u.id === 'vn')).toMatchObject({ kind: 'nation', name: 'Bộ Nội vụ', parentId: null });
  expect(tree.units.find((u) => u.id === 'gl')).toMatchObject({ parentId: 'vn', code: '52' });

  const { id } = await admin.units.create.mutate({
    name: 'Sở Tài chính',
    kind: 'department',
    parentId: 'gl',
    code: '52-STC',
    abbreviation: 'STC',
    address: '02 Trần Hưng Đạo, Pleiku',
    phone: '0269 3824 000',
    email: 'stc@gialai.gov.vn',
    effectiveFrom: '2025-07-01',
  });
  await admin.units.update.mutate({ id, name: 'Sở Tài chính tỉnh Gia Lai', effectiveOn: '2026-01-01' });
  await admin.units.update.mutate({ id, parentId: 'gl-vp', effectiveOn: '2026-03-01' });
  expect(await nameOn(admin, id, '2025-12-31')).toMatchObject({ name: 'Sở Tài chính', parentId: 'gl' });
  expect(await nameOn(admin, id, '2026-02-01')).toMatchObject({ name: 'Sở Tài chính tỉnh Gia Lai', parentId: 'gl' });
  expect(await nameOn(admin, id, '2026-03-01')).toMatchObject({ parentId: 'gl-vp', abbreviation: 'STC' });
  expect(await nameOn(admin, id, '2025-06-30')).toBeUndefined();

  await admin.units.close.mutate({ id, effectiveOn: '2026-06-01' });
  expect(await nameOn(admin, id, '2026-06-01')).toBeUndefined();
  expect(await nameOn(admin, id, '2026-05-31')).toBeDefined();
  await admin.units.reopen.mutate({ id, effectiveOn: '2026-07-01' });
  expect(await nameOn(admin, id, '2026-08-01')).toBeDefined();

  const detail = await admin.units.get.query({ id });
  expect(detail.versions.map((v) => v.change)).toEqual(['created', 'renamed', 'moved', 'closed', 'reopened']);
  expect(detail.unit).toMatchObject({ phone: '0269 3824 000', email: 'stc@gialai.gov.vn', effectiveTo: null });
  expect(detail.audit.map((a) => a.action).sort()).toEqual(
    ['admin.unit.close', 'admin.unit.create', 'admin.unit.reopen', 'admin.unit.update', 'admin.unit.update'].sort(),
  );
  const named = (side: unknown) => (side as { name: string }).name;
  const rename = detail.audit.find(
    (a) => a.action === 'admin.unit.update' && named(a.data.before) !== named(a.data.after),
  );
  expect(rename?.data).toMatchObject({
    before: { name: 'Sở Tài chính' },
    after: { name: 'Sở Tài chính tỉnh Gia Lai' },
  });
});

it('refuses a move into the unit’s own subtree, a duplicate code and a unit without a name, changing nothing', async () => {
  const admin = await loginAs(app.url, 'quantri');
  const cycle = await admin.units.update
    .mutate({ id: 'gl', parentId: 'gl-pleiku', effectiveOn: '2026-01-01' })
    .catch((e) => e);
  expect([cycle.data?.code, cycle.message]).toEqual(['BAD_REQUEST', expect.stringContaining('cấp dưới của nó')]);
  const duplicate = await admin.units.create
    .mutate({
      name: 'Xã X',
      kind: 'commune',
      parentId: 'gl',
      code: '23575',
      abbreviation: 'UBND',
      effectiveFrom: '2026-01-01',
    })
    .catch((e) => e);
  expect([duplicate.data?.code, duplicate.message]).toEqual([
    'CONFLICT',
    'Mã 23575 đã được dùng cho Phường Pleiku: chọn mã khác.',
  ]);
  const noName = await admin.units.create
    .mutate({ name: ' ', kind: 'commune', parentId: 'gl', abbreviation: 'UBND', effectiveFrom: '2026-01-01' })
    .catch((e) => e);
  expect(noName.message).toContain('Nhập tên đơn vị');
  expect(
    (await app.db.selectFrom('units').select('parent_id').where('id', '=', 'gl').executeTakeFirst())?.parent_id,
  ).toBe('vn');
});

it('a province administrator manages only its own subtree: FORBIDDEN on another province, and nothing written', async () => {
  const glAdmin = await loginAs(app.url, 'gl.quantri');
  const tree = await glAdmin.units.tree.query({});
  expect(tree.units.every((u) => u.id.startsWith('gl') || !u.id.startsWith('hd'))).toBe(true);
  expect(tree.units.map((u) => u.id)).not.toContain('vn');
  // Refusals are audited as access.refused; no other event may appear.
  const auditBefore = await app.db
    .selectFrom('audit_events')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('action', '!=', 'access.refused')
    .executeTakeFirst();
  const attempts = [
    glAdmin.units.get.query({ id: 'hd-snv' }),
    glAdmin.units.update.mutate({ id: 'hd-snv', name: 'Đổi tên', effectiveOn: '2026-01-01' }),
    glAdmin.units.create.mutate({
      name: 'Sở mới',
      kind: 'department',
      parentId: 'hd',
      abbreviation: 'SM',
      effectiveFrom: '2026-01-01',
    }),
    glAdmin.units.close.mutate({ id: 'hd-nam-sach', effectiveOn: '2026-01-01' }),
    glAdmin.units.update.mutate({ id: 'gl-ttr', parentId: 'hd', effectiveOn: '2026-01-01' }),
    glAdmin.admin.mergeUnit.mutate({ unitId: 'hd-nam-hong', successorUnitId: 'gl-pleiku', effectiveOn: '2026-01-01' }),
  ];
  for (const attempt of attempts) expect((await attempt.catch((e) => e)).data?.code).toBe('FORBIDDEN');
  expect((await glAdmin.admin.units.query()).map((u) => u.id)).not.toContain('hd');
  const hd = await app.db
    .selectFrom('units')
    .selectAll()
    .where('id', 'in', ['hd-snv', 'hd-nam-sach', 'gl-ttr', 'hd-nam-hong'])
    .execute();
  expect(hd.map((u) => [u.id, u.name, u.parent_id, u.successor_id]).sort()).toEqual(
    [
      ['gl-ttr', 'Thanh tra tỉnh', 'gl', null],
      ['hd-nam-hong', 'Xã Nam Hồng', 'hd-nam-sach', null],
      ['hd-nam-sach', 'Huyện Nam Sách', 'hd', null],
      ['hd-snv', 'Sở Nội vụ tỉnh Hải Dương', 'hd', null],
    ].sort(),
  );
  const auditAfter = await app.db
    .selectFrom('audit_events')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('action', '!=', 'access.refused')
    .executeTakeFirst();
  expect(Number(auditAfter?.n)).toBe(Number(auditBefore?.n));
  const own = await glAdmin.units.update.mutate({ id: 'gl-ttr', phone: '0269 111 222', effectiveOn: '2026-01-01' });
  expect(own.phone).toBe('0269 111 222');
});

it('templates: a province keeps its own; another province gets FORBIDDEN on them, and on national templates, writing nothing', async () => {
  const glAdmin = await loginAs(app.url, 'gl.quantri');
  const hdAdmin = await loginAs(app.url, 'hd.quantri');
  const definition = (await glAdmin.admin.template.query({ id: 'dan-van-chinh-quyen-v1' })).definition;
  const { id } = await glAdmin.admin.saveTemplate.mutate({
    slug: 'gl-rieng',
    name: 'Mẫu riêng của Gia Lai',
    definition,
  });
  expect((await hdAdmin.admin.templates.query()).map((t) => t.id)).not.toContain(id);
  const countBefore = (await app.db.selectFrom('templates').select('id').execute()).length;
  const attempts = [
    hdAdmin.admin.template.query({ id }),
    hdAdmin.admin.saveTemplate.mutate({ slug: 'gl-rieng', name: 'Chiếm mẫu', definition }),
    hdAdmin.admin.publishTemplate.mutate({ id }),
    hdAdmin.admin.saveTemplate.mutate({ slug: 'dan-van-chinh-quyen', name: 'Sửa mẫu quốc gia', definition }),
  ];
  for (const attempt of attempts) expect((await attempt.catch((e) => e)).data?.code).toBe('FORBIDDEN');
  expect((await app.db.selectFrom('templates').select('id').execute()).length).toBe(countBefore);
  expect(
    (await app.db.selectFrom('templates').select('published_at').where('id', '=', id).executeTakeFirst())?.published_at,
  ).toBeNull();
  await glAdmin.admin.publishTemplate.mutate({ id });
  expect((await glAdmin.admin.templates.query()).find((t) => t.id === id)).toMatchObject({ ownerUnitId: 'gl' });
});

it('a province administrator keeps its own days off beside the national calendar, and its units’ deadlines follow them', async () => {
  const national = await loginAs(app.url, 'quantri');
  const glAdmin = await loginAs(app.url, 'gl.quantri');
  const hdAdmin = await loginAs(app.url, 'hd.quantri');
  const year = new Date().getFullYear() + 1;
  const seeded = (await national.admin.template.query({ id: 'dan-van-chinh-quyen-v1' })).definition;
  // Due dates that fall on a day off move to the working day before.
  const { id } = await national.admin.saveTemplate.mutate({
    slug: 'lich-nghi-tinh',
    name: 'Mẫu thử lịch nghỉ của tỉnh',
    definition: { ...seeded, workingDayAdjust: 'previous' },
  });
  await national.admin.publishTemplate.mutate({ id });
  const dueOf = (rounds: { key: string; dueOnByLevel: string[] }[]) =>
    rounds.find((r) => r.key === 'H1')!.dueOnByLevel[0]!;
  const nationalDue = dueOf(await national.admin.previewSchedule.query({ id, year }));

  const days = await glAdmin.admin.setCalendarDay.mutate({
    date: nationalDue,
    kind: 'dayOff',
    note: 'Ngày nghỉ riêng của tỉnh',
  });
  expect(days.find((d) => d.date === nationalDue)).toMatchObject({ provinceId: 'gl', kind: 'dayOff', editable: true });
  expect((await national.admin.calendarDays.query()).some((d) => d.date === nationalDue)).toBe(false);
  expect((await hdAdmin.admin.calendarDays.query()).some((d) => d.date === nationalDue)).toBe(false);
  const glDue = dueOf(await glAdmin.admin.previewSchedule.query({ id, year }));
  expect(glDue < nationalDue).toBe(true);

  // A plan created in Gia Lai follows Gia Lai's calendar; one created in Hải Dương does not.
  const scheduleOf = async (username: string) => {
    const officer = await loginAs(app.url, username);
    const { planId } = await officer.plans.create.mutate({
      templateId: id,
      title: 'Kế hoạch thử lịch',
      year,
      idempotencyKey: `lich-${username}`,
    });
    const plan = await app.db.selectFrom('plans').select('schedule').where('id', '=', planId).executeTakeFirstOrThrow();
    return dueOf(plan.schedule.rounds);
  };
  expect(await scheduleOf('gl-pleiku.chuyenvien')).toBe(glDue);
  expect(await scheduleOf('hd-tan-viet.chuyenvien')).toBe(nationalDue);

  const audit = await glAdmin.units.audit.query();
  expect(audit.find((a) => a.action === 'admin.calendar.set' && a.subjectId === nationalDue)).toMatchObject({
    actorUserId: 'gl.quantri',
    data: { after: { provinceId: 'gl', kind: 'dayOff' } },
  });
  const left = await glAdmin.admin.removeCalendarDay.mutate({ date: nationalDue });
  expect(left.some((d) => d.date === nationalDue)).toBe(false);
});
