// A standalone worker for production: PostgreSQL and an external Temporal, scaled beside the server.
import { logMailer, smtpMailer, startMailOutbox } from '@cascade/activities';
import { createDatabase, migrateToLatest } from '@cascade/db';
import { stepsTaskQueue, taskQueue } from '@cascade/workflows';
import { Runtime } from '@temporalio/worker';
import { readWorkerEnv } from './env';
import { superviseWorker } from './supervisedWorker';

const env = (() => {
  try {
    return readWorkerEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();
// The worker is stopped here, in order, on SIGINT/SIGTERM (the SDK's own handling would look like a crash to the supervisor).
Runtime.install({ shutdownSignals: [] });
const temporal = env.temporal;
const db = createDatabase({ url: env.databaseUrl, poolSize: env.databasePoolSize });
await migrateToLatest(db);
const worker = await superviseWorker({ ...temporal, db });
const outbox = startMailOutbox(db, env.smtpUrl ? smtpMailer(env.smtpUrl, env.mailFrom) : logMailer);
console.log(`[worker] polling task queues ${taskQueue} and ${stepsTaskQueue} on ${temporal.address}`);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void worker
      .stop()
      .then(() => outbox.stop())
      .then(() => db.destroy())
      .then(() => process.exit(0));
  });
