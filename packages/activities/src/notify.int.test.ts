import { createDatabase, createNotifications, migrateToLatest } from '@cascade/db';
import { seedDemoData } from '@cascade/db/seed';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Mail } from './notifier';
import { notifyUsers } from './notify';

const db = createDatabase({ memory: true });
const sent: Mail[] = [];
const mailer = { send: async (mail: Mail) => void sent.push(mail) };

beforeAll(async () => {
  await migrateToLatest(db);
  await seedDemoData(db);
}, 120_000);
afterAll(() => db.destroy());

it('mails a notice that a worker wrote and died before mailing, once, on the activity’s retry', async () => {
  const subject = 'Quá hạn: Phường Pleiku — Báo cáo sơ kết 6 tháng';
  const body = 'Hạn 10/05/2027 đã qua mà đơn vị chưa hoàn thành.';
  const recipients = [
    { id: 'gl-pleiku.lanhdao', username: 'gl-pleiku.lanhdao', email: 'gl-pleiku.lanhdao@cascade.invalid' },
    { id: 'gl-snv.theodoi', username: 'gl-snv.theodoi', email: null },
  ];
  const event = { key: 'overdue:kh-gl.gl-pleiku:report:H1', kind: 'overdue' as const, subject, body, taskId: null };
  await createNotifications(db, [
    { id: `${event.key}:gl-pleiku.lanhdao`, userId: 'gl-pleiku.lanhdao', kind: 'overdue', subject, body, taskId: null },
  ]);

  await notifyUsers(db, mailer, recipients, event);
  await notifyUsers(db, mailer, recipients, event);

  expect(sent).toEqual([{ to: 'gl-pleiku.lanhdao@cascade.invalid', subject, body }]);
  const rows = await db
    .selectFrom('notifications')
    .select(['user_id', 'mailed_at'])
    .where('id', 'like', `${event.key}:%`)
    .orderBy('user_id')
    .execute();
  expect(rows).toEqual([
    { user_id: 'gl-pleiku.lanhdao', mailed_at: expect.any(Date) },
    { user_id: 'gl-snv.theodoi', mailed_at: null },
  ]);
});
