// A standalone worker for production: PostgreSQL and an external Temporal, scaled beside the server.
import { logMailer, smtpMailer } from '@cascade/activities';
import { createDatabase, migrateToLatest } from '@cascade/db';
import { taskQueue } from '@cascade/workflows';
import { NativeConnection } from '@temporalio/worker';
import { readWorkerEnv } from './env';
import { createCascadeWorker } from './worker';

const env = (() => {
  try {
    return readWorkerEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();
const temporal = env.temporal;
const db = createDatabase({ url: env.databaseUrl });
await migrateToLatest(db);
const connection = await NativeConnection.connect({ address: temporal.address, tls: temporal.tls });
const worker = await createCascadeWorker({
  connection,
  namespace: temporal.namespace,
  db,
  mailer: env.smtpUrl ? smtpMailer(env.smtpUrl, env.mailFrom) : logMailer,
});
console.log(`[worker] polling task queue ${taskQueue} on ${temporal.address}`);
await worker.run();
await connection.close();
await db.destroy();
