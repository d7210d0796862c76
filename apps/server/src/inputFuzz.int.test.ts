import { createHash } from 'node:crypto';
import { appRouter } from '@cascade/api';
import { demoPassword } from '@cascade/db/seed';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accessRules } from './authorization/accessRules';
import { postLogin } from './testing/rawLogin';
import { startTestCascade } from './testing/startTestCascade';

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: 'query' | 'mutation' } }>;
let app: Awaited<ReturnType<typeof startTestCascade>>;
beforeAll(async () => {
  app = await startTestCascade('PGlite');
});
afterAll(() => app?.stop());

/** Text that has broken parsers and displays: zero-width, right-to-left, combining marks, look-alikes, NUL, markup. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '\u200b\u200c\u200d\ufeff',
    '\u202eabc\u202c',
    'a\u0300\u0301\u0302\u0303\u0309\u0323'.repeat(50),
    'раураl.gov.vn', // Cyrillic look-alikes
    '\u0000\u0001\u001f',
    '<script>alert(1)</script>',
    "'; DROP TABLE users; --",
    '{{constructor.constructor("x")()}}',
    '__proto__',
    '\ud800',
  ),
);
const hugeNumber = fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, 2 ** 53, 1e-320, 123456789012345);
const deepObject = fc.integer({ min: 50, max: 400 }).map((depth) => {
  let value: unknown = 'đáy';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});
/** A well-formed input of the procedure with one field replaced by something hostile. */
const reshaped = (valid: Record<string, unknown>) =>
  fc
    .tuple(fc.constantFrom(...Object.keys(valid)), fc.oneof(hostileText, hugeNumber, deepObject, fc.anything()))
    .map(([field, value]) => ({ ...valid, [field]: value }));
const subject = { planTaskId: 'fuzz-task', planId: 'fuzz-plan', reportTaskId: 'fuzz-report' };

function inputsFor(path: string, isQuery: boolean) {
  const valid = accessRules[path]?.scope?.input(subject, 'leader') as Record<string, unknown> | undefined;
  const text = isQuery ? fc.string({ maxLength: 500 }) : fc.string({ minLength: 100_000, maxLength: 100_000 });
  return fc.oneof(
    fc.anything({ maxDepth: 3 }),
    hostileText,
    hugeNumber,
    deepObject,
    text.map((s) => ({ title: s, name: s, reason: s, username: s })),
    ...(valid ? [reshaped(valid)] : []),
  );
}

/** Every row of every table but sessions and the audit log. */
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

const callerOf = (path: string) => {
  const callers = accessRules[path]!.callers;
  if (callers === 'anyone' || callers === 'signedIn') return 'gl.lanhdao';
  if (callers.includes('admin')) return 'quantri';
  return callers.includes('leader') ? 'gl.lanhdao' : `gl.${callers.includes('officer') ? 'chuyenvien' : 'truongphong'}`;
};
const vietnamese = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

it('answers hostile input to every procedure with a 4xx in Vietnamese, never a 500, and writes nothing', async () => {
  const before = await digest();
  const statuses = new Map<number, number>();
  for (const path of Object.keys(accessRules).filter((p) => p !== 'auth.login')) {
    const isQuery = procedures[path]?._def.type === 'query';
    const { cookie } = await postLogin(app.url, callerOf(path), demoPassword);
    await fc.assert(
      fc.asyncProperty(inputsFor(path, isQuery), async (input) => {
        const json = JSON.stringify(input) ?? 'null';
        const url = `${app.url}/trpc/${path}${isQuery ? `?input=${encodeURIComponent(json)}` : ''}`;
        const response = await fetch(url, {
          method: isQuery ? 'GET' : 'POST',
          headers: { cookie: cookie!, origin: app.url, 'content-type': 'application/json' },
          ...(isQuery ? {} : { body: json }),
        });
        const body = (await response.json().catch(() => null)) as { error?: { message: string } } | null;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, `${path} ${json.slice(0, 200)}`).toBeLessThan(500);
        if (response.status >= 400)
          expect(body?.error?.message ?? '', `${path} ${json.slice(0, 200)}`).toMatch(vietnamese);
      }),
      { numRuns: 12, seed: 20261130 },
    );
  }
  console.log('statuses of the fuzzed calls:', Object.fromEntries(statuses));
  expect(await digest()).toBe(before);
}, 900_000);
