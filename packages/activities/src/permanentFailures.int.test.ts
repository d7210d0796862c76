import { createDatabase, listFailedSteps, migrateToLatest } from '@cascade/db';
import { seedDemoData } from '@cascade/db/seed';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from './index';
import { permanentFailureOf } from './permanentFailures';

const db = createDatabase({ memory: true });
beforeAll(async () => {
  await migrateToLatest(db);
  await seedDemoData(db);
}, 120_000);
afterAll(() => db.destroy());

const refusalOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => error,
  );

it('a step for a plan the database lacks fails at once, for good, in Vietnamese, and is listed as a failed step', async () => {
  const activities = createActivities({ db });
  const env = new MockActivityEnvironment({ activityId: 'escalate-1' });
  const error = await refusalOf(
    env.run(activities.escalateOverdue, {
      planId: 'kh-missing',
      unitId: 'gl-pleiku',
      roundKey: null,
      dueOn: '2027-01-31',
      at: '2027-02-01T00:00:00Z',
    }),
  );
  expect(error).toBeInstanceOf(ApplicationFailure);
  expect(error).toMatchObject({ nonRetryable: true, type: 'PlanNotFound' });
  expect((error as Error).message).toBe(
    'Không tìm thấy kế hoạch kh-missing trong cơ sở dữ liệu; hãy báo quản trị hệ thống.',
  );
  expect((await listFailedSteps(db)).map((e) => [e.subject_id, e.data.activity])).toEqual([
    ['kh-missing', 'escalateOverdue'],
  ]);
});

it('data PostgreSQL refuses is a permanent failure; a lost connection is not', async () => {
  const duplicate = await refusalOf(
    db
      .insertInto('units')
      .values({
        id: 'gl',
        name: 'Trùng mã',
        kind: 'province',
        parent_id: null,
        code: null,
        abbreviation: 'TM',
        effective_from: '2025-07-01',
      })
      .execute(),
  );
  expect(permanentFailureOf(duplicate)).toMatchObject({ nonRetryable: true, type: 'InvalidData' });
  expect(
    permanentFailureOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
  ).toBeUndefined();
  expect(permanentFailureOf(ApplicationFailure.retryable('busy'))).toBeUndefined();
});
