import { freePort } from '@cascade/test-support';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { smtpMailer } from './notifier';

const received: string[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  port = await freePort();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push(data);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('sends a notification over SMTP with its Vietnamese subject intact', async () => {
  const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'Cascade <no-reply@cascade.invalid>');
  await mailer.send({
    to: 'gl-pleiku.chuyenvien@cascade.invalid',
    subject: 'Nhắc việc: Báo cáo sơ kết 6 tháng',
    body: 'Hạn hoàn thành: 10/05/2027.',
  });
  expect(received).toHaveLength(1);
  expect(received[0]).toContain('To: gl-pleiku.chuyenvien@cascade.invalid');
  const mail = await simpleParser(received[0]!);
  expect(mail.subject).toBe('Nhắc việc: Báo cáo sơ kết 6 tháng');
  expect(mail.text?.trim()).toBe('Hạn hoàn thành: 10/05/2027.');
  expect(mail.from?.value).toEqual([{ name: 'Cascade', address: 'no-reply@cascade.invalid' }]);
});
