// A standalone worker for production: PostgreSQL and an external Temporal, scaled beside the server.
import { logMailer, smtpMailer, startMailOutbox } from '@cascade/activities';
import { createDatabase, migrateToLatest } from '@cascade/db';
import { taskQueue } from '@cascade/workflows';
import { NativeConnection } from '@temporalio/worker';
import { readTemporalEnv } from './env';
import { createCascadeWorker } from './worker';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || !process.env.TEMPORAL_ADDRESS) {
  console.error(
    'The standalone worker needs DATABASE_URL and TEMPORAL_ADDRESS; "npm start" runs an embedded worker instead.',
  );
  process.exit(1);
}
const temporal = readTemporalEnv(process.env, '');
const db = createDatabase({ url: databaseUrl });
await migrateToLatest(db);
const connection = await NativeConnection.connect({ address: temporal.address, tls: temporal.tls });
const worker = await createCascadeWorker({ connection, namespace: temporal.namespace, db });
const outbox = startMailOutbox(
  db,
  process.env.SMTP_URL
    ? smtpMailer(process.env.SMTP_URL, process.env.MAIL_FROM ?? 'Cascade <no-reply@localhost>')
    : logMailer,
);
console.log(`[worker] polling task queue ${taskQueue} on ${temporal.address}`);
await worker.run();
await outbox.stop();
await connection.close();
await db.destroy();
