import { readFileSync } from 'node:fs';
import type { Database, Kysely, NewUnit, StoredSchedule } from '@cascade/db';
import { massMobilisationTemplateId } from '@cascade/db/seed';

interface ProvinceJson {
  Code: string;
  FullName: string;
  Wards: { Code: string; FullName: string }[];
}

export const departmentsPerProvince = 20;
const roundKeys = Array.from({ length: 12 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);

/** A deterministic random stream, so two runs load the same cascade. */
function seededRandom(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The provinces and their communes: the official list when given, else a synthetic tree of the same shape. */
export function readProvinces(file: string | undefined): ProvinceJson[] {
  if (file) return JSON.parse(readFileSync(file, 'utf8')) as ProvinceJson[];
  return Array.from({ length: 34 }, (_, p) => ({
    Code: String(p + 1).padStart(2, '0'),
    FullName: `Tỉnh Thử ${p + 1}`,
    Wards: Array.from({ length: 98 }, (_, c) => ({ Code: `${p}-${c}`, FullName: `Xã Thử ${p + 1}.${c + 1}` })),
  }));
}

const schedule = (year: number): StoredSchedule => ({
  rounds: [
    ...roundKeys.map((key, i) => ({
      key,
      label: `Báo cáo tháng ${i + 1}`,
      period: 'month' as const,
      cutoff: {
        from: `${year}-${String(i + 1).padStart(2, '0')}-01`,
        to: `${year}-${String(i + 1).padStart(2, '0')}-28`,
      },
      dueOnByLevel: [14, 12, 10].map((d) => `${year}-${String(i + 1).padStart(2, '0')}-${d}`),
    })),
    {
      key: 'tk',
      label: 'Tổng kết năm',
      period: 'year' as const,
      cutoff: { from: `${year}-01-01`, to: `${year}-12-14` },
      dueOnByLevel: [`${year}-12-15`, `${year}-12-10`, `${year}-12-05`],
    },
  ],
  remindDaysBefore: [3],
  indicators: [
    { key: 'skilledModels', label: 'Mô hình "Dân vận khéo"', aggregate: 'sum', target: 2 },
    { key: 'citizenReceptions', label: 'Số buổi tiếp công dân', aggregate: 'sum', target: 12 },
    { key: 'petitionsResolvedRate', label: 'Tỷ lệ kiến nghị được giải quyết (%)', aggregate: 'average', target: 90 },
    { key: 'longestBacklogDays', label: 'Kiến nghị tồn lâu nhất (ngày)', aggregate: 'max', target: null },
  ],
});

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1_000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * A national cascade in the read model as the workflows' activities leave it: the nation's plan, a sub-plan per
 * province, per department and per commune, each with 14 obligations (sub-plan, 12 monthly rounds, tổng kết) in
 * random states as of `now`, and the reports of the rounds done.
 */
export async function loadNationalCascade(db: Kysely<Database>, provinces: ProvinceJson[], now: Date) {
  const year = now.getUTCFullYear();
  const random = seededRandom(2026);
  const units: NewUnit[] = [];
  const plans: { id: string; unit: string; parent: string }[] = [];
  const rootPlanId = `bench-${year}`;
  for (const p of provinces) {
    const provinceId = `bp${p.Code}`;
    units.push(unitRow(provinceId, p.FullName, 'province', 'vn'));
    plans.push({ id: `${rootPlanId}.${provinceId}`, unit: provinceId, parent: rootPlanId });
    const below = [
      ...Array.from({ length: departmentsPerProvince }, (_, d) =>
        unitRow(`${provinceId}-s${d + 1}`, `Sở thứ ${d + 1} – ${p.FullName}`, 'department', provinceId),
      ),
      ...p.Wards.map((w) => unitRow(`bc${w.Code}`, w.FullName, 'commune', provinceId)),
    ];
    units.push(...below);
    for (const u of below)
      plans.push({ id: `${rootPlanId}.${provinceId}.${u.id}`, unit: u.id, parent: `${rootPlanId}.${provinceId}` });
  }
  await insertChunked(units, (chunk) => db.insertInto('units').values(chunk).execute());

  const planRow = (id: string, unit: string, parent: string | null) => ({
    id,
    template_id: massMobilisationTemplateId,
    issuer_unit_id: unit,
    parent_plan_id: parent,
    year,
    title: `Kế hoạch công tác dân vận năm ${year}`,
    status: 'issued' as const,
    content: JSON.stringify({}),
    issue: JSON.stringify(null),
    workflow_id: `plan-${id}`,
    schedule: JSON.stringify(schedule(year)),
    targets: JSON.stringify(parent === null ? { skilledModels: 8_000 } : {}),
  });
  await insertChunked(
    [planRow(rootPlanId, 'vn', null), ...plans.map((p) => planRow(p.id, p.unit, p.parent))],
    (chunk) => db.insertInto('plans').values(chunk).execute(),
  );

  const tasks: Record<string, unknown>[] = [];
  const submissions: Record<string, unknown>[] = [];
  const day = 86_400_000;
  for (const p of plans) {
    const obligations = [
      { key: null, due: new Date(Date.UTC(year, 1, 28)) },
      ...roundKeys.map((key, i) => ({ key, due: new Date(Date.UTC(year, i, 14, 16, 59)) })),
      { key: 'tk', due: new Date(Date.UTC(year, 11, 15, 16, 59)) },
    ];
    for (const o of obligations) {
      const isDue = o.due.getTime() < now.getTime();
      const r = random();
      const completedAt = isDue
        ? r < 0.6
          ? new Date(o.due.getTime() - Math.floor(random() * 5) * day)
          : r < 0.8
            ? new Date(o.due.getTime() + (1 + Math.floor(random() * 10)) * day)
            : null
        : r < 0.05
          ? new Date(now.getTime() - day)
          : null;
      const id = o.key ? `${p.id}:report:${o.key}` : `${p.id}:plan`;
      tasks.push({
        id,
        kind: o.key ? 'report' : 'plan',
        plan_id: p.id,
        unit_id: p.unit,
        title: o.key ? `Báo cáo ${o.key}` : 'Xây dựng kế hoạch',
        due_at: o.due,
        state: completedAt ? 'done' : isDue ? 'overdue' : 'open',
        completed_at: completedAt,
        workflow_id: `plan-${p.id}`,
        round_key: o.key,
        returned_reason: null,
        assessment: JSON.stringify(null),
        created_at: new Date(o.due.getTime() - 30 * day),
        updated_at: completedAt ?? o.due,
      });
      if (o.key && completedAt)
        submissions.push({
          task_id: id,
          submitted_at: completedAt,
          submitted_by: 'bench',
          values: JSON.stringify({
            skilledModels: Math.floor(random() * 4),
            citizenReceptions: Math.floor(random() * 20),
            petitionsResolvedRate: 60 + Math.floor(random() * 41),
            longestBacklogDays: Math.floor(random() * 90),
          }),
          narrative: '',
          review: JSON.stringify(null),
          details: JSON.stringify({}),
          on_time: completedAt.getTime() <= o.due.getTime(),
        });
    }
  }
  await insertChunked(tasks, (chunk) =>
    db
      .insertInto('tasks')
      .values(chunk as never)
      .execute(),
  );
  await insertChunked(submissions, (chunk) =>
    db
      .insertInto('report_submissions')
      .values(chunk as never)
      .execute(),
  );
  return {
    rootPlanId,
    year,
    units: units.length,
    plans: plans.length + 1,
    tasks: tasks.length,
    submissions: submissions.length,
  };
}

function unitRow(id: string, name: string, kind: NewUnit['kind'], parent: string): NewUnit {
  return {
    id,
    name,
    kind,
    parent_id: parent,
    code: null,
    abbreviation: 'UBND',
    effective_from: '2025-07-01',
    effective_to: null,
    successor_id: null,
  };
}
