import { readFile } from 'node:fs/promises';
import { importUnits } from '@cascade/api';
import {
  createSession,
  createTemplateVersion,
  createUnit,
  createUser,
  type Database,
  findTemplate,
  hashPassword,
  type Kysely,
  listUnits,
  publishTemplate,
} from '@cascade/db';
import { demoPassword, massMobilisationTemplateId } from '@cascade/db/seed';
import type { UnitKind } from '@cascade/domain';
import { inBatches } from './stats';
import { withOpenRounds } from '../openRoundsTemplate';

export const nationalTemplateId = 'bench-quoc-gia-v1';

/**
 * The official tree (nation → provinces → communes) imported as an operator does, ~20 departments under each
 * province, a template that cascades nation → provinces → departments and communes, and the people who act.
 */
export async function buildNationalTree(
  db: Kysely<Database>,
  unitsFile: string,
  { provinces: provinceCount = Infinity, departmentsPerProvince = 20 } = {},
) {
  // A smaller run (for iterating) takes the file's first provinces, as an operator would import a part of it.
  const all = JSON.parse(await readFile(unitsFile, 'utf8')) as unknown[];
  const content = Buffer.from(JSON.stringify(all.slice(0, provinceCount)));
  const imported = await importUnits(db, { fileName: 'units.json', content, dryRun: false });
  if (imported.errors.length) throw new Error(`units import: ${JSON.stringify(imported.errors.slice(0, 3))}`);
  const official = (await listUnits(db)).filter((u) => u.effective_to === null && u.code !== null);
  const provinces = official.filter((u) => u.kind === 'province');
  for (const province of provinces)
    for (let i = 1; i <= departmentsPerProvince; i++)
      await createUnit(
        db,
        {
          id: `${province.id}-so-${i}`,
          name: `Sở số ${i} – ${province.name}`,
          kind: 'department',
          parent_id: province.id,
          code: null,
          abbreviation: `S${i}`,
          effective_from: '2025-07-01',
          effective_to: null,
          successor_id: null,
        },
        null,
      );
  const units = (await listUnits(db)).filter((u) => u.effective_to === null);
  const provinceIds = new Set(provinces.map((p) => p.id));
  const leaves = units.filter((u) => u.parent_id && provinceIds.has(u.parent_id) && u.kind !== 'province');

  const base = await findTemplate(db, massMobilisationTemplateId);
  if (!base) throw new Error('The demo template is missing: start the cluster with CASCADE_DEMO=1.');
  const cascade: Partial<Record<UnitKind, UnitKind[]>> = { nation: ['province'], province: ['department', 'commune'] };
  // Its rounds open now: the bench sends next year's reports today, and no form opens before its period.
  const definition = withOpenRounds({ ...base.definition, cascade });
  await createTemplateVersion(db, {
    id: nationalTemplateId,
    name: 'Kế hoạch quốc gia (đo tải)',
    version: 1,
    definition,
  });
  await publishTemplate(db, nationalTemplateId, new Date());

  // One password hash for everyone: the bench measures submissions, not 4,000 password hashings.
  const passwordHash = await hashPassword(demoPassword);
  const people = [
    ...['vn', ...provinces.map((p) => p.id)].flatMap((unitId) => [
      { id: `${unitId}.lanhdao`, unitId, scope: unitId, roles: ['leader'] },
      { id: `${unitId}.chuyenvien`, unitId, scope: unitId, roles: ['officer'] },
    ]),
    ...leaves.map((u) => ({ id: `${u.id}.chuyenvien`, unitId: u.id, scope: u.id, roles: ['officer'] })),
    { id: 'vn.giamsat', unitId: 'vn', scope: 'vn', roles: ['supervisor'] },
  ];
  const existing = new Set((await db.selectFrom('users').select('id').execute()).map((u) => u.id));
  const fresh = people.filter((p) => !existing.has(p.id));
  await inBatches(fresh.length, 16, (i) => {
    const p = fresh[i]!;
    return createUser(db, {
      id: p.id,
      username: p.id,
      display_name: p.id,
      email: null,
      unit_id: p.unitId,
      scope_unit_id: p.scope,
      roles: JSON.stringify(p.roles),
      password_hash: passwordHash,
    });
  });
  // Sessions as the login procedure writes them (the login itself is measured elsewhere).
  const cookies = new Map<string, string>();
  await inBatches(people.length, 16, async (i) => {
    const id = await createSession(db, people[i]!.id, { address: '127.0.0.1', userAgent: 'national-bench' });
    cookies.set(people[i]!.id, `cascade_session=${id}`);
  });
  return {
    provinces: provinces.map((p) => p.id),
    leaves: leaves.map((u) => ({ id: u.id, province: u.parent_id! })),
    cookies,
  };
}
