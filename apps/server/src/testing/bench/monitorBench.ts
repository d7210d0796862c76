// `npm run bench:monitor`: the monitor's procedures over HTTP at national scale, beside the raw SQL they issue.
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import {
  analyzeDatabase,
  countObligationByLevel,
  countObligationsBelow,
  createDatabase,
  createUser,
  findPlan,
  findUnit,
  hashPassword,
  isUnitInScope,
  listAuditOfSubjects,
  listCascadePlans,
  listCascadeTasks,
  listRoundValues,
  listScopeRootPlans,
  migrateToLatest,
  recordReportSubmission,
} from '@cascade/db';
import { seedDemoData } from '@cascade/db/seed';
import { startPostgres } from '@cascade/test-support';
import { Client } from '@temporalio/client';
import { createHttpServer } from '../../http';
import { loginAs } from '../apiClient';
import { measure, type Timing } from './measure';
import { loadNationalCascade, readProvinces } from './nationalCascade';

const unitsFile = process.env.CASCADE_UNITS_FILE ?? '/work/shared/data/vn-admin-units-2026.json';
const targetP95Ms = 100;
const maxRatio = 2;

const postgres = await startPostgres();
const db = createDatabase({ url: postgres.url });
const stops: (() => Promise<unknown>)[] = [() => postgres.stop(), () => db.destroy()];
try {
  await migrateToLatest(db);
  await seedDemoData(db);
  const now = new Date();
  const loadStart = performance.now();
  const provinces = readProvinces(existsSync(unitsFile) ? unitsFile : undefined);
  const loaded = await loadNationalCascade(db, provinces, now);
  await analyzeDatabase(db);
  console.log(
    `Loaded ${loaded.units} units (${provinces.length} provinces from ${existsSync(unitsFile) ? unitsFile : 'a synthetic tree'}), ` +
      `${loaded.plans} plans, ${loaded.tasks} obligations, ${loaded.submissions} reports in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`,
  );

  await createUser(db, {
    id: 'bench-supervisor',
    username: 'bench.theodoi',
    display_name: 'Theo dõi toàn quốc',
    email: null,
    unit_id: 'vn',
    scope_unit_id: 'vn',
    roles: JSON.stringify(['supervisor']),
    password_hash: await hashPassword('bench-password-2026'),
  });
  const supervisorUser = await db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', 'bench-supervisor')
    .executeTakeFirstOrThrow();
  const app = await createHttpServer({
    db,
    temporal: new Client(),
    isTemporalReachable: () => false,
    webDist: '/nonexistent',
    secureCookies: false,
    trustProxy: false,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  stops.push(() => app.close());
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const api = await loginAs(url, 'bench.theodoi', 'bench-password-2026');

  const { rootPlanId, year } = loaded;
  const provincePlanId = `${rootPlanId}.bp${provinces.find((p) => p.Code === '64')?.Code ?? provinces[0]!.Code}`;
  const communePlan = (await listCascadePlans(db, provincePlanId, 'vn')).find((p) => p.unitKind === 'commune')!;
  const round = 'm03';
  const scope = supervisorUser.scope_unit_id;
  const inScope = (unitId: string) => isUnitInScope(db, unitId, scope);

  const cases: { name: string; api: () => Promise<unknown>; raw: () => Promise<unknown> }[] = [
    {
      name: 'national overview',
      api: () => api.monitor.overview.query({ year }),
      raw: async () => {
        const plans = await listScopeRootPlans(db, scope, year);
        return countObligationsBelow(
          db,
          plans.map((p) => p.id),
          now,
        );
      },
    },
    {
      name: "one province's grid",
      api: () => api.monitor.grid.query({ planId: provincePlanId }),
      raw: async () => {
        await inScope((await findPlan(db, provincePlanId))!.issuer_unit_id);
        const plans = await listCascadePlans(db, provincePlanId, scope);
        return listCascadeTasks(
          db,
          plans.map((p) => p.planId),
        );
      },
    },
    {
      name: "one round's rates, national",
      api: () => api.monitor.rates.query({ planId: rootPlanId, column: round }),
      raw: async () => {
        await inScope((await findPlan(db, rootPlanId))!.issuer_unit_id);
        return countObligationByLevel(db, rootPlanId, round, scope, now);
      },
    },
    {
      name: "one province's indicators",
      api: () => api.monitor.indicators.query({ planId: provincePlanId, roundKey: round }),
      raw: async () => {
        await inScope((await findPlan(db, provincePlanId))!.issuer_unit_id);
        const plans = await listCascadePlans(db, provincePlanId, scope);
        return listRoundValues(
          db,
          plans.map((p) => p.planId),
          round,
        );
      },
    },
    {
      name: "one commune's timeline",
      api: () => api.monitor.timeline.query({ planId: communePlan.planId }),
      raw: async () => {
        const plan = await findPlan(db, communePlan.planId);
        await inScope(plan!.issuer_unit_id);
        const [, tasks] = await Promise.all([findUnit(db, plan!.issuer_unit_id), listCascadeTasks(db, [plan!.id])]);
        return listAuditOfSubjects(db, [plan!.id, ...tasks.map((t) => t.id)]);
      },
    },
  ];

  const results: { name: string; api: Timing; raw: Timing }[] = [];
  for (const c of cases) results.push({ name: c.name, api: await measure(c.api), raw: await measure(c.raw) });

  // Freshness: a report written as the submit activity writes it, then read back through the API at once.
  const freshTask = `${communePlan.planId}:report:tk`;
  const writtenAt = performance.now();
  await recordReportSubmission(db, {
    taskId: freshTask,
    submittedAt: new Date(),
    submittedBy: 'bench',
    values: {},
    narrative: '',
    review: null,
    details: {},
    onTime: true,
  });
  const seen = await api.monitor.grid.query({ planId: provincePlanId });
  const freshnessMs = performance.now() - writtenAt;
  const isFresh = seen.cells[communePlan.planId]?.tk?.status === 'onTime';

  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.versions.node}, PostgreSQL (local)`,
  );
  console.log(
    `${'procedure'.padEnd(30)}${pad('p50', 9)}${pad('p95', 9)}${pad('raw p50', 9)}${pad('raw p95', 9)}${pad('p95÷raw', 9)}  target`,
  );
  let failures = 0;
  for (const r of results) {
    const ratio = r.api.p95 / r.raw.p95;
    const ok = r.api.p95 < targetP95Ms && ratio <= maxRatio;
    if (!ok) failures += 1;
    console.log(
      `${r.name.padEnd(30)}${pad(r.api.p50.toFixed(1), 9)}${pad(r.api.p95.toFixed(1), 9)}${pad(r.raw.p50.toFixed(1), 9)}${pad(r.raw.p95.toFixed(1), 9)}${pad(ratio.toFixed(2), 9)}  ${ok ? 'met' : 'MISSED'} (p95 < ${targetP95Ms} ms, ≤ ${maxRatio}× raw)`,
    );
  }
  console.log(
    `freshness: a submitted report showed in the grid ${freshnessMs.toFixed(1)} ms after it was written (${isFresh ? 'seen' : 'NOT seen'})`,
  );
  process.exitCode = failures || !isFresh ? 1 : 0;
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
}
