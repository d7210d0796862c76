import { createHash, randomUUID } from 'node:crypto';
import { appRouter } from '@cascade/api';
import type { Role } from '@cascade/db';
import { demoPassword } from '@cascade/db/seed';
import { addDays, vnDateOf } from '@cascade/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AccessRule, accessRules, type Relation, type Subject } from './authorization/accessRules';
import { loginAs } from './testing/apiClient';
import { postLogin } from './testing/rawLogin';
import { startTestCascade } from './testing/startTestCascade';

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: 'query' | 'mutation' } }>;

let app: Awaited<ReturnType<typeof startTestCascade>>;
const cookies = new Map<string, string>();
let province: Subject;
let subPlan: Subject;

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

beforeAll(async () => {
  app = await startTestCascade('PGlite');
  const officer = await loginAs(app.url, 'gl.chuyenvien');
  const [template] = await officer.plans.templates.query();
  const year = new Date().getFullYear() + 1;
  const created = await officer.plans.create.mutate({
    templateId: template!.id,
    title: `Kế hoạch ${year}`,
    year,
    idempotencyKey: randomUUID(),
  });
  province = { taskId: created.taskId, planId: created.planId };
  const draft = { title: `Kế hoạch ${year}`, directives: [], purpose: 'x', tasks: 'x', organization: 'x' };
  await officer.plans.saveDraft.mutate({
    taskId: province.taskId,
    idempotencyKey: randomUUID(),
    baseVersion: 0,
    draft,
  });
  const leader = await loginAs(app.url, 'gl.lanhdao');
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
  await leader.plans.issue.mutate({ taskId: province.taskId, idempotencyKey: randomUUID(), draftVersion: 1, issue });
  const pleiku = await loginAs(app.url, 'gl-pleiku.chuyenvien');
  let task;
  for (let tries = 0; !task && tries < 60; tries++) {
    task = (await pleiku.tasks.inbox.query()).find((t) => t.kind === 'plan');
    if (!task) await new Promise((r) => setTimeout(r, 500));
  }
  if (!task) throw new Error('the sub-plan task of gl-pleiku did not appear');
  subPlan = { taskId: task.id, planId: task.planId };
}, 180_000);
afterAll(() => app?.stop());

const personas: { username: string | null; roles: Role[] }[] = [
  { username: null, roles: [] },
  { username: 'gl.chuyenvien', roles: ['officer'] },
  { username: 'gl.lanhdao', roles: ['leader'] },
  { username: 'gl.truongphong', roles: ['head'] },
  { username: 'gl-snv.theodoi', roles: ['supervisor'] },
  { username: 'quantri', roles: ['admin'] },
];
const mayCall = (rule: AccessRule, roles: Role[], signedIn: boolean) =>
  rule.callers === 'anyone' ||
  (signedIn && (rule.callers === 'signedIn' || roles.some((r) => (rule.callers as Role[]).includes(r))));

it('the seeded personas hold exactly the roles the matrix assumes', async () => {
  for (const { username, roles } of personas.filter((p) => p.username)) {
    const user = await app.db.selectFrom('users').select('roles').where('username', '=', username!).executeTakeFirst();
    expect(user?.roles, username!).toEqual(roles);
  }
});

it('refuses every caller a procedure does not admit (401 signed out, 403 by role), and changes nothing', async () => {
  const before = await settledDigest();
  const refused: string[] = [];
  for (const [path, rule] of Object.entries(accessRules)) {
    for (const { username, roles } of personas) {
      if (mayCall(rule, roles, username !== null)) continue;
      const status = await call(path, username, rule.scope?.input(subPlan) ?? {});
      refused.push(`${path} ${username ?? 'anonymous'} ${status}`);
      expect(status, `${path} as ${username ?? 'anonymous'}`).toBe(username ? 403 : 401);
    }
  }
  expect(refused.length).toBeGreaterThan(50);
  expect(await digest()).toBe(before);
  // Refusals of a signed-in caller are audited with the procedure and the address (at most 10 a minute per user).
  const audited = await app.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'subject_id', 'data'])
    .where('action', '=', 'access.refused')
    .execute();
  expect(
    audited.find((a) => a.actor_user_id === 'gl.chuyenvien' && a.subject_id === 'admin.calendarDays')?.data,
  ).toMatchObject({
    path: 'admin.calendarDays',
    message: 'Bạn không có quyền thực hiện thao tác này.',
    address: '127.0.0.1',
  });
  expect(audited.filter((a) => a.actor_user_id === null)).toEqual([]);
});

/** The caller standing in each relation, and the task or plan it names. */
const relations: Record<Relation, { unit: string; subject: () => Subject }> = {
  parent: { unit: 'gl', subject: () => subPlan },
  child: { unit: 'gl-pleiku', subject: () => province },
  sibling: { unit: 'gl-bien-ho', subject: () => subPlan },
  otherProvince: { unit: 'hd', subject: () => subPlan },
};

it('refuses a unit acting on another unit’s task or plan (parent, child, sibling, other province), and changes nothing', async () => {
  const before = await settledDigest();
  for (const [path, rule] of Object.entries(accessRules)) {
    if (!rule.scope) continue;
    const role = rule.callers === 'signedIn' || rule.callers.includes('officer') ? 'chuyenvien' : 'lanhdao';
    for (const relation of rule.scope.refused) {
      const { unit, subject } = relations[relation];
      const status = await call(path, `${unit}.${role}`, rule.scope.input(subject()));
      expect([403, 404], `${path} by ${relation} ${unit}.${role}: ${status}`).toContain(status);
    }
  }
  expect(await digest()).toBe(before);
});

/** Procedures that end the caller's own session: after one, the persona signs in again. */
const endsOwnSession = new Set(['auth.logout', 'auth.logoutEverywhere', 'auth.endOtherSessions']);
const admitted = (status: number) => status !== 401 && status !== 403 && status !== 404 && status < 500;

async function callAdmitted(path: string, username: string, input: unknown) {
  const status = await call(path, username, input);
  if (endsOwnSession.has(path)) cookies.delete(username);
  return status;
}

it('admits every role a procedure declares: the authorization check passes (no 401/403/404, never a 500)', async () => {
  const seen: string[] = [];
  for (const [path, rule] of Object.entries(accessRules)) {
    if (rule.scope) continue;
    for (const { username, roles } of personas) {
      if (!username || !mayCall(rule, roles, true)) continue;
      const status = await callAdmitted(path, username, {});
      seen.push(`${path} ${username} ${status}`);
      expect(admitted(status), `${path} as ${username}: ${status}`).toBe(true);
    }
  }
  // Every role class is admitted somewhere: admin procedures, the officer's and leader's plan actions, the head's step.
  for (const expected of ['users.list quantri 200', 'plans.templates gl.chuyenvien 200', 'auth.me gl-snv.theodoi 200'])
    expect(seen).toContain(expected);
});

/** Procedures on a subordinate's report, which only the unit receiving it (the parent plan's issuer) may act on. */
const onReceivedReport = new Set(['reports.return', 'reports.assess']);

/** The unit standing in each relation that a scoped rule does not refuse, beside the subject's own unit. */
const admittedUnits = (path: string, rule: AccessRule) =>
  onReceivedReport.has(path)
    ? [{ relation: 'receiver', unit: 'gl' }]
    : [
        { relation: 'own', unit: 'gl-pleiku' },
        ...(rule.scope!.refused.includes('parent') ? [] : [{ relation: 'parent', unit: 'gl' }]),
      ];

async function reportTaskOfSubPlan(): Promise<Subject> {
  const officer = await loginAs(app.url, 'gl-pleiku.chuyenvien');
  for (let tries = 0; tries < 60; tries++) {
    const task = (await officer.tasks.inbox.query()).find((t) => t.kind === 'report' && t.planId === subPlan.planId);
    if (task) return { taskId: task.id, planId: task.planId };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('no report task of gl-pleiku appeared');
}

it('admits each role on its own unit’s task or plan, and a parent unit and its supervisor where watching is allowed', async () => {
  const seen: string[] = [];
  const report = await reportTaskOfSubPlan();
  for (const [path, rule] of Object.entries(accessRules)) {
    if (!rule.scope) continue;
    const subject = onReceivedReport.has(path) ? report : subPlan;
    const callers = rule.callers === 'signedIn' ? (['officer', 'leader'] as Role[]) : (rule.callers as Role[]);
    const suffixes = [
      ...(callers.includes('officer') ? ['chuyenvien'] : []),
      ...(callers.includes('leader') ? ['lanhdao'] : []),
    ];
    for (const { relation, unit } of admittedUnits(path, rule))
      for (const suffix of suffixes) {
        const username = `${unit}.${suffix}`;
        const status = await callAdmitted(path, username, rule.scope.input(subject));
        seen.push(`${path} ${relation} ${username} ${status}`);
        expect(admitted(status), `${path} by ${relation} ${username}: ${status}`).toBe(true);
      }
    const watches = !rule.scope.refused.includes('parent');
    if (watches && (rule.callers === 'signedIn' || rule.callers.includes('supervisor'))) {
      const status = await callAdmitted(path, 'gl-snv.theodoi', rule.scope.input(subject));
      seen.push(`${path} supervisor gl-snv.theodoi ${status}`);
      expect(admitted(status), `${path} by the supervisor of the province: ${status}`).toBe(true);
    }
  }
  expect(seen).toContain('tasks.get own gl-pleiku.chuyenvien 200');
  expect(seen).toContain('monitor.grid supervisor gl-snv.theodoi 200');
  expect(seen.length).toBeGreaterThan(25);
});
