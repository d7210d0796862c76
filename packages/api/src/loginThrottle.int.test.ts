import { createDatabase, type Database, type Kysely, migrateToLatest } from '@cascade/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLoginThrottle } from './loginThrottle';

const policy = { freeFailures: 3, firstLockMs: 1_000, maxLockMs: 5_000, forgetAfterMs: 60_000 };
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

let db: Kysely<Database>;
beforeAll(async () => {
  db = createDatabase({ memory: true });
  await migrateToLatest(db);
}, 60_000);
afterAll(() => db?.destroy());

it('locks after the free failures, doubling each time up to the maximum, and forgets after a while', async () => {
  const throttle = createLoginThrottle(policy, { ...policy, freeFailures: 100 });
  const fail = (ms: number) => throttle.recordFailure(db, 'A', '10.0.0.1', at(ms));
  expect([await fail(0), await fail(0)]).toEqual([null, null]);
  expect(await throttle.lockedUntil(db, 'a', '10.0.0.9', at(0))).toBeNull();
  expect(await fail(0)).toEqual(at(1_000));
  expect(await throttle.lockedUntil(db, 'a', '10.0.0.9', at(999))).toEqual(at(1_000));
  expect(await throttle.lockedUntil(db, 'a', '10.0.0.9', at(1_000))).toBeNull();
  expect(await fail(1_000)).toEqual(at(3_000));
  expect(await fail(3_000)).toEqual(at(7_000));
  expect(await fail(7_000)).toEqual(at(12_000));
  expect(await throttle.lockedUntil(db, 'b', '10.0.0.9', at(7_000))).toBeNull();
  expect(await fail(12_000 + 60_001)).toBeNull();
});

it('a success clears the username’s count; concurrent failures each count once', async () => {
  const throttle = createLoginThrottle(policy, { ...policy, freeFailures: 100 });
  await throttle.recordFailure(db, 'c', '10.0.0.2', at(0));
  await throttle.recordFailure(db, 'c', '10.0.0.2', at(0));
  await throttle.recordSuccess(db, 'c', at(0));
  expect(await throttle.recordFailure(db, 'c', '10.0.0.2', at(0))).toBeNull();
  const ends = await Promise.all([1, 2, 3].map(() => throttle.recordFailure(db, 'd', '10.0.0.3', at(0))));
  expect(ends.filter((e) => e !== null)).toEqual([at(1_000)]);
});
