import { createHash, randomUUID } from 'node:crypto';
import { appRouter } from '@cascade/api';
import { createUser, hashPassword, type Role } from '@cascade/db';
import { demoPassword } from '@cascade/db/seed';
import { addDays, vnDateOf } from '@cascade/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type AccessRule,
  accessRules,
  approvalSteps,
  expectedOutcome,
  type Relation,
  relations,
  type Scope,
  type Subject,
} from './authorization/accessRules';
import { loginAs } from './testing/apiClient';
import { postLogin } from './testing/rawLogin';
import { startTestCascade } from './testing/startTestCascade';

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: 'query' | 'mutation' } }>;
const roles: Role[] = ['officer', 'leader', 'head', 'supervisor', 'admin'];
const scopes: Scope[] = ['inScope', 'outOfScope'];

let app: Awaited<ReturnType<typeof startTestCascade>>;
const cookies = new Map<string, string>();
let province: Subject;
let subPlan: Subject;

/** The caller's unit in each relation, and the task or plan it names: Pleiku's sub-plan, or for a child the province's. */
const callerUnits: Record<Relation, string> = {
  own: 'gl-pleiku',
  parent: 'gl',
  child: 'gl-pleiku',
  sibling: 'gl-bien-ho',
  otherProvince: 'hd',
};
const subjectOf = (relation: Relation) => (relation === 'child' ? province : subPlan);
/** One user of each role in each caller unit, its scope that unit: the fixture tree of the matrix. */
const usernameOf = (role: Role, relation: Relation) => `matrix.${callerUnits[relation]}.${role}`;

async function cookieOf(username: string) {
  if (!cookies.has(username)) {
    const { cookie } = await postLogin(app.url, username, demoPassword);
    if (!cookie) throw new Error(`cannot sign in as ${username}`);
    cookies.set(username, cookie);
  }
  return cookies.get(username)!;
}

/** Calls a procedure over HTTP as the browser would; returns the HTTP status. */
async function call(path: string, username: string | null, input: unknown) {
  const cookie: Record<string, string> = username ? { cookie: await cookieOf(username) } : {};
  const isQuery = procedures[path]?._def.type === 'query';
  const url = `${app.url}/trpc/${path}${isQuery ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ''}`;
  const response = await fetch(url, {
    method: isQuery ? 'GET' : 'POST',
    headers: { ...cookie, origin: app.url, 'content-type': 'application/json' },
    ...(isQuery ? {} : { body: JSON.stringify(input) }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Every row of every table but the sign-in records (sessions) and the audit log, as one hash. */
async function digest() {
  const tables = (await app.db.introspection.getTables())
    .map((t) => t.name)
    .filter((name) => !['sessions', 'audit_events'].includes(name) && !name.startsWith('kysely_'))
    .sort();
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = await app.db
      .selectFrom(table as 'units')
      .selectAll()
      .execute();
    hash.update(table).update(JSON.stringify(rows.map((r) => JSON.stringify(r)).sort()));
  }
  return hash.digest('hex');
}

async function settledDigest() {
  let previous = await digest();
  for (;;) {
    await new Promise((r) => setTimeout(r, 1_500));
    const next = await digest();
    if (next === previous) return next;
    previous = next;
  }
}

async function firstTaskOf(username: string, kind: 'plan' | 'report', planId?: string) {
  const client = await loginAs(app.url, username);
  for (let tries = 0; tries < 60; tries++) {
    const task = (await client.tasks.inbox.query()).find((t) => t.kind === kind && (!planId || t.planId === planId));
    if (task) return task;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no ${kind} task of ${username} appeared`);
}

async function createFixtureUsers() {
  const passwordHash = await hashPassword(demoPassword);
  for (const unitId of new Set(Object.values(callerUnits)))
    for (const role of roles) {
      const username = `matrix.${unitId}.${role}`;
      await createUser(app.db, {
        id: username,
        username,
        display_name: username,
        email: null,
        unit_id: unitId,
        scope_unit_id: unitId,
        roles: JSON.stringify([role]),
        password_hash: passwordHash,
        must_change_password: false,
      });
    }
}

beforeAll(async () => {
  app = await startTestCascade('PGlite');
  await createFixtureUsers();
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const [seeded] = await officer.plans.templates.query();
  const administrator = await loginAs(app.url, 'quantri');
  const { definition } = await administrator.admin.template.query({ id: seeded!.id });
  const template = await administrator.admin.saveTemplate.mutate({
    slug: 'ma-tran-quyen',
    name: 'Kế hoạch có hai bước duyệt',
    definition: { ...definition, approvalSteps },
  });
  await administrator.admin.publishTemplate.mutate({ id: template.id });
  const year = new Date().getFullYear() + 1;
  const created = await officer.plans.create.mutate({
    templateId: template.id,
    title: `Kế hoạch ${year}`,
    year,
    idempotencyKey: randomUUID(),
  });
  const draft = { title: `Kế hoạch ${year}`, directives: [], purpose: 'x', tasks: 'x', organization: 'x' };
  await officer.plans.saveDraft.mutate({ taskId: created.taskId, idempotencyKey: randomUUID(), baseVersion: 0, draft });
  const leader = await loginAs(app.url, 'gl.lanhdao');
  const head = await loginAs(app.url, 'gl.truongphong');
  await head.plans.approve.mutate({
    taskId: created.taskId,
    idempotencyKey: randomUUID(),
    draftVersion: 1,
    stepKey: 'review',
  });
  await leader.plans.approve.mutate({
    taskId: created.taskId,
    idempotencyKey: randomUUID(),
    draftVersion: 1,
    stepKey: 'sign',
  });
  const today = vnDateOf(new Date());
  const issue = {
    documentNumber: '45/KH-UBND',
    issuedOn: today,
    signerName: 'Nguyễn Văn A',
    signerTitle: 'Chủ tịch',
    signingCapacity: 'TM.' as const,
    recipients: [],
    subPlanDueOn: addDays(today, 30),
  };
  await leader.plans.issue.mutate({ taskId: created.taskId, idempotencyKey: randomUUID(), draftVersion: 1, issue });
  const subPlanTask = await firstTaskOf('gl-pleiku.chuyenvien', 'plan');
  subPlan = {
    planTaskId: subPlanTask.id,
    planId: subPlanTask.planId,
    reportTaskId: (await firstTaskOf('gl-pleiku.chuyenvien', 'report', subPlanTask.planId)).id,
  };
  province = {
    planTaskId: created.taskId,
    planId: created.planId,
    reportTaskId: (await firstTaskOf('gl.chuyenvien', 'report', created.planId)).id,
  };
  for (const relation of relations) for (const role of roles) await cookieOf(usernameOf(role, relation));
}, 180_000);
afterAll(() => app?.stop());

interface MatrixCell {
  path: string;
  role: Role | null;
  relation: Relation;
  scope: Scope;
  username: string | null;
  input: unknown;
  expected: 'allowed' | number[];
}

/** Every procedure × signed out and every role × every relation × in and out of scope, with its declared outcome. */
function matrixCells(path: string, rule: AccessRule): MatrixCell[] {
  return [null, ...roles].flatMap((role) =>
    relations.flatMap((relation) =>
      scopes.map((scope) => {
        const subject = subjectOf(relation);
        const input = rule.scope ? (scope === 'inScope' ? rule.scope.input : rule.scope.outOfScope)(subject, role) : {};
        const outcome = expectedOutcome(rule, role, relation, scope);
        const byRole =
          rule.callers === 'anyone' || (role && (rule.callers === 'signedIn' || rule.callers.includes(role)));
        const refusal = role === null ? [401] : byRole ? [400, 403, 404] : [403];
        return {
          path,
          role,
          relation,
          scope,
          username: role && usernameOf(role, relation),
          input,
          expected: outcome === 'allowed' ? 'allowed' : refusal,
        };
      }),
    ),
  );
}

const cellName = (c: MatrixCell) => `${c.path} ${c.role ?? 'signed out'} ${c.relation} ${c.scope}`;

it('declares a rule for every procedure of the router', () => {
  expect(Object.keys(procedures).filter((path) => !accessRules[path])).toEqual([]);
});

it('refuses every cell the matrix declares refused (401 signed out, 403 by role, 400/403/404 by scope), each procedure leaving the database unchanged', async () => {
  let before = await settledDigest();
  let refused = 0;
  const mismatches: string[] = [];
  const seen = new Set<string>();
  for (const path of Object.keys(procedures)) {
    for (const cell of matrixCells(path, accessRules[path]!)) {
      if (cell.expected === 'allowed') continue;
      const status = await call(path, cell.username, cell.input);
      if (!cell.expected.includes(status)) mismatches.push(`${cellName(cell)}: ${status}`);
      if (cell.relation === 'own' && cell.role) seen.add(`${cellName(cell)} ${status}`);
      refused++;
    }
    const after = await digest();
    if (after !== before) mismatches.push(`${path}: the database changed on a refusal`);
    before = after;
  }
  expect(mismatches).toEqual([]);
  expect(refused).toBeGreaterThan(2_500);
  // The checks that make these cells refusals: a plan action on a report task, a step the caller's role does not hold.
  for (const expected of [
    'plans.saveDraft officer own outOfScope 400',
    'plans.returnDraft head own outOfScope 400',
    'plans.approve head own outOfScope 403',
    'plans.approve leader own outOfScope 403',
    'reports.submit officer own outOfScope 400',
  ])
    expect([...seen]).toContain(expected);
  // Refusals of a signed-in caller are audited with the procedure and the address (at most 10 a minute per user).
  const audited = await app.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'subject_id', 'data'])
    .where('action', '=', 'access.refused')
    .execute();
  expect(
    audited.find((a) => a.actor_user_id === 'matrix.gl.officer' && a.subject_id === 'admin.calendarDays')?.data,
  ).toMatchObject({
    path: 'admin.calendarDays',
    message: 'Bạn không có quyền thực hiện thao tác này.',
    address: '127.0.0.1',
  });
  expect(audited.filter((a) => a.actor_user_id === null)).toEqual([]);
}, 900_000);

/** Procedures that end the caller's own session: after one, the user signs in again. */
const endsOwnSession = new Set(['auth.logout', 'auth.logoutEverywhere', 'auth.endOtherSessions']);
const admitted = (status: number) => status !== 401 && status !== 403 && status !== 404 && status < 500;

it('admits every cell the matrix declares allowed: the authorization check passes (no 401/403/404, never a 500)', async () => {
  const seen: string[] = [];
  for (const path of Object.keys(procedures))
    for (const cell of matrixCells(path, accessRules[path]!)) {
      if (cell.expected !== 'allowed') continue;
      const status = await call(path, cell.username, cell.input);
      if (cell.username && endsOwnSession.has(path)) cookies.delete(cell.username);
      seen.push(`${cellName(cell)} ${status}`);
    }
  expect(seen.filter((s) => !admitted(Number(s.split(' ').pop())))).toEqual([]);
  for (const expected of [
    'users.list admin own inScope 200',
    'tasks.get officer own inScope 200',
    'monitor.grid supervisor parent inScope 200',
    'plans.read officer child inScope 200',
    'auth.me signed out sibling outOfScope 200',
  ])
    expect(seen).toContain(expected);
}, 900_000);
