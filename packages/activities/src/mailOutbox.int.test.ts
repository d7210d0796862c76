import { createDatabase, listMailOutbox, migrateToLatest, retryDeadMail, setNotificationEmail } from '@cascade/db';
import { seedDemoData } from '@cascade/db/seed';
import { freePort } from '@cascade/test-support';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { drainMailOutbox, mailOutboxPolicy, retryDelayMs } from './mailOutbox';
import { smtpMailer } from './notifier';
import { notifyUsers } from './notify';

const db = createDatabase({ memory: true });
const received: { to: string[]; subject: string }[] = [];
/** Mailboxes the server refuses for good (550), and ones it refuses for now (451). */
const refused = new Set(['gl-snv.theodoi@cascade.invalid']);
const busy = new Set(['gl-pleiku.chuyenvien@cascade.invalid']);
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  await migrateToLatest(db);
  await seedDemoData(db);
  port = await freePort();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo({ address }, _session, callback) {
      const refusal = refused.has(address) ? 550 : busy.has(address) ? 451 : 0;
      if (!refusal) return callback();
      callback(Object.assign(new Error(`Mailbox ${address} refused`), { responseCode: refusal }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '' });
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
}, 120_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.destroy();
});

const user = (id: string) => ({ id, username: id, email: `${id}@cascade.invalid` });

it('an SMTP refusal never holds up the step: notices are written at once, mailed later, retried or dead-lettered', async () => {
  const subject = 'Quá hạn: Phường Pleiku — Báo cáo sơ kết 6 tháng';
  const event = { key: 'overdue:kh-gl.gl-pleiku:report:H1', kind: 'overdue' as const, subject, body: 'Hạn đã qua.' };
  const recipients = [user('gl-pleiku.lanhdao'), user('gl-snv.theodoi'), user('gl-pleiku.chuyenvien')];
  // What an escalation does: it finishes whatever the mail server will say.
  await notifyUsers(db, recipients, { ...event, taskId: null });
  await notifyUsers(db, recipients, { ...event, taskId: null });
  expect(received).toEqual([]);

  const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'Cascade <no-reply@cascade.invalid>');
  const now = new Date();
  expect(await drainMailOutbox(db, mailer, now)).toEqual({ sent: 1, failed: 1, dead: 1 });
  expect(received).toEqual([{ to: ['gl-pleiku.lanhdao@cascade.invalid'], subject }]);

  // Nothing is due again before the busy mailbox's backoff ends; then it goes out once the server takes it.
  expect(await drainMailOutbox(db, mailer, new Date(now.getTime() + 1_000))).toEqual({ sent: 0, failed: 0, dead: 0 });
  busy.clear();
  const later = new Date(now.getTime() + retryDelayMs(1) + 1_000);
  expect(await drainMailOutbox(db, mailer, later)).toEqual({ sent: 1, failed: 0, dead: 0 });
  expect(received.map((r) => r.to[0])).toEqual([
    'gl-pleiku.lanhdao@cascade.invalid',
    'gl-pleiku.chuyenvien@cascade.invalid',
  ]);

  // The administrator sees the dead letter with the server's answer, and sends it again once the mailbox is fixed.
  const outbox = await listMailOutbox(db);
  expect(outbox.pending).toBe(0);
  expect(outbox.dead).toMatchObject([
    { email: 'gl-snv.theodoi@cascade.invalid', subject, mail_attempts: 1, mail_error: expect.stringContaining('550') },
  ]);
  refused.clear();
  expect(await retryDeadMail(db, [outbox.dead[0]!.id])).toBe(1);
  expect(await drainMailOutbox(db, mailer, later)).toEqual({ sent: 1, failed: 0, dead: 0 });
  expect(received).toHaveLength(3);
  expect((await listMailOutbox(db)).dead).toEqual([]);
});

it('a mailbox that keeps failing for now becomes a dead letter after the last attempt', async () => {
  busy.add('gl-pleiku.chuyenvien@cascade.invalid');
  await notifyUsers(db, [user('gl-pleiku.chuyenvien')], {
    key: 'reminder:x',
    kind: 'reminder',
    subject: 'Nhắc việc',
    body: 'Hạn hoàn thành: 10/05/2027.',
    taskId: null,
  });
  const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'Cascade <no-reply@cascade.invalid>');
  let at = Date.now();
  const outcomes = [];
  for (let attempt = 1; attempt <= mailOutboxPolicy.maxAttempts; attempt++) {
    outcomes.push(await drainMailOutbox(db, mailer, new Date(at)));
    at += retryDelayMs(attempt) + 1_000;
  }
  expect(outcomes.at(-2)).toEqual({ sent: 0, failed: 1, dead: 0 });
  expect(outcomes.at(-1)).toEqual({ sent: 0, failed: 0, dead: 1 });
  expect((await listMailOutbox(db)).dead.map((d) => d.mail_attempts)).toEqual([mailOutboxPolicy.maxAttempts]);
});

it('mails a daily digest to those who chose it, the next day, once; nothing to those who chose none', async () => {
  await setNotificationEmail(db, 'gl-ia-grai.chuyenvien', 'digest');
  await setNotificationEmail(db, 'gl-ia-grai.lanhdao', 'none');
  const recipients = [user('gl-ia-grai.chuyenvien'), user('gl-ia-grai.lanhdao')];
  for (const n of [1, 2])
    await notifyUsers(db, recipients, {
      key: `assigned:d${n}`,
      kind: 'assigned',
      subject: `Việc mới ${n}`,
      body: '',
      taskId: null,
    });
  const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'Cascade <no-reply@cascade.invalid>');
  const before = received.length;
  expect(await drainMailOutbox(db, mailer, new Date())).toEqual({ sent: 0, failed: 0, dead: 0 });
  const tomorrow = new Date(Date.now() + 24 * 60 * 60_000);
  expect(await drainMailOutbox(db, mailer, tomorrow)).toEqual({ sent: 1, failed: 0, dead: 0 });
  expect(received.slice(before)).toEqual([
    { to: ['gl-ia-grai.chuyenvien@cascade.invalid'], subject: 'Cascade — tổng hợp thông báo: 2 thông báo' },
  ]);
  expect(await drainMailOutbox(db, mailer, tomorrow)).toEqual({ sent: 0, failed: 0, dead: 0 });
});
