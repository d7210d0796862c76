// A standalone worker for production: PostgreSQL and an external Temporal, scaled beside the server.
import { logMailer, smtpMailer } from '@cascade/activities';
import { createDatabase, migrateToLatest } from '@cascade/db';
import { taskQueue } from '@cascade/workflows';
import { Runtime } from '@temporalio/worker';
import { readTemporalEnv } from './env';
import { superviseWorker } from './supervisedWorker';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || !process.env.TEMPORAL_ADDRESS) {
  console.error(
    'The standalone worker needs DATABASE_URL and TEMPORAL_ADDRESS; "npm start" runs an embedded worker instead.',
  );
  process.exit(1);
}
// The worker is stopped here, in order, on SIGINT/SIGTERM (the SDK's own handling would look like a crash to the supervisor).
Runtime.install({ shutdownSignals: [] });
const temporal = readTemporalEnv(process.env, '');
const db = createDatabase({ url: databaseUrl });
await migrateToLatest(db);
const worker = await superviseWorker({
  ...temporal,
  db,
  mailer: process.env.SMTP_URL
    ? smtpMailer(process.env.SMTP_URL, process.env.MAIL_FROM ?? 'Cascade <no-reply@localhost>')
    : logMailer,
});
console.log(`[worker] polling task queue ${taskQueue} on ${temporal.address}`);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void worker
      .stop()
      .then(() => db.destroy())
      .then(() => process.exit(0));
  });
