import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { logMailer, smtpMailer } from '@cascade/activities';
import { createDatabase, type Database, type Kysely, migrateToLatest } from '@cascade/db';
import { seedDemoData } from '@cascade/db/seed';
import { createCascadeWorker } from '@cascade/worker';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { type EmbeddedTemporal, startEmbeddedTemporal } from './embeddedTemporal';
import type { ServerEnv } from './env';
import { createHttpServer } from './http';
import { ensureSearchAttributes } from './searchAttributes';

export interface RunningCascade {
  url: string;
  db: Kysely<Database>;
  temporal: Client;
  temporalUiUrl: string | null;
  stop(): Promise<void>;
}

/** Database, Temporal (embedded unless TEMPORAL_ADDRESS is set), worker and HTTP server, stopped in reverse order. */
export async function startCascade(env: ServerEnv): Promise<RunningCascade> {
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
  };
  try {
    if (!env.databaseUrl) mkdirSync(env.dataDir, { recursive: true });
    const db = createDatabase(env.databaseUrl ? { url: env.databaseUrl } : { dataDir: join(env.dataDir, 'pglite') });
    stops.push(() => db.destroy());
    await migrateToLatest(db);
    await seedDemoData(db);

    let embedded: EmbeddedTemporal | undefined;
    if (!env.temporalAddress) {
      if (!env.temporalCli)
        throw new Error('No TEMPORAL_ADDRESS and no Temporal CLI: start Cascade with "npm start", which installs it.');
      embedded = await startEmbeddedTemporal(
        env.temporalCli,
        env.dataDir,
        env.embeddedTemporalPort,
        env.embeddedTemporalUiPort,
      );
      stops.push(() => embedded!.stop());
    }
    const temporalEnv = { ...env.temporal, address: env.temporal.address || embedded?.address || '' };
    const connection = await Connection.connect({ address: temporalEnv.address, tls: temporalEnv.tls });
    stops.push(() => connection.close());
    const temporal = new Client({ connection, namespace: temporalEnv.namespace });
    await ensureSearchAttributes(connection, temporalEnv.namespace);

    if (env.runWorker) {
      const workerConnection = await NativeConnection.connect({ address: temporalEnv.address, tls: temporalEnv.tls });
      stops.push(() => workerConnection.close());
      const worker = await createCascadeWorker({
        connection: workerConnection,
        namespace: temporalEnv.namespace,
        db,
        mailer: env.smtpUrl ? smtpMailer(env.smtpUrl, env.mailFrom) : logMailer,
      });
      const running = worker.run();
      stops.push(async () => {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await running;
      });
    }

    const app = await createHttpServer({
      db,
      temporal,
      webDist: env.webDist,
      secureCookies: env.secureCookies,
      soffice: env.soffice,
    });
    await app.listen({ host: env.host, port: env.port });
    stops.push(() => app.close());
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : env.port;
    return { url: `http://${env.host}:${port}`, db, temporal, temporalUiUrl: embedded?.uiUrl ?? null, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
