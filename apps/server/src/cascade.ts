import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { logMailer, smtpMailer, startMailOutbox } from '@cascade/activities';
import { configureUpdateDeadline, createAdministrator } from '@cascade/api';
import { createDatabase, type Database, hasActiveAdmin, type Kysely, migrateToLatest } from '@cascade/db';
import { seedDemoData } from '@cascade/db/seed';
import { superviseWorker } from '@cascade/worker';
import { Client, Connection } from '@temporalio/client';
import { type EmbeddedTemporal, startEmbeddedTemporal } from './embeddedTemporal';
import type { ServerEnv } from './env';
import { withinMs } from './withinMs';
import { createHttpServer } from './http';
import { s3ContentStore } from './s3ContentStore';
import { ensureSearchAttributes } from './searchAttributes';
import { watchTemporal } from './temporalWatch';

export interface RunningCascade {
  url: string;
  db: Kysely<Database>;
  temporal: Client;
  temporalUiUrl: string | null;
  hasAdministrator: boolean;
  stop(): Promise<void>;
}

/** Database, Temporal (embedded unless TEMPORAL_ADDRESS is set), worker and HTTP server, stopped in reverse order. */
export async function startCascade(env: ServerEnv): Promise<RunningCascade> {
  const stops: (() => Promise<unknown>)[] = [];
  // Each part gets 2.5 s to stop, in order: Ctrl-C ends everything within seconds even with Temporal away (a worker
  // that cannot reach it cannot shut down gracefully; its activities are retried elsewhere).
  const stopAll = async () => {
    for (const stop of stops.reverse())
      await withinMs(2_500, stop()).catch((error: Error) => console.error(`[cascade] ${error.message}`));
  };
  configureUpdateDeadline(env.updateDeadlineMs);
  try {
    if (!env.databaseUrl) mkdirSync(env.dataDir, { recursive: true });
    const db = createDatabase(
      env.databaseUrl
        ? { url: env.databaseUrl, poolSize: env.databasePoolSize }
        : { dataDir: join(env.dataDir, 'pglite') },
    );
    stops.push(() => db.destroy());
    await migrateToLatest(db);
    if (env.seedDemo) await seedDemoData(db);
    if (env.firstAdmin) await createAdministrator(db, env.firstAdmin);
    const fileContents = env.s3 && s3ContentStore(env.s3);
    if (fileContents) {
      stops.push(async () => fileContents.destroy());
      await fileContents.check();
    }

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
    const connection = await Connection.connect({
      address: temporalEnv.address,
      tls: temporalEnv.tls,
      // Back to Temporal within a second or two of its return, not after gRPC's default backoff of up to 2 minutes.
      channelArgs: { 'grpc.initial_reconnect_backoff_ms': 250, 'grpc.max_reconnect_backoff_ms': 1_000 },
    });
    stops.push(() => connection.close());
    const temporal = new Client({ connection, namespace: temporalEnv.namespace });
    await ensureSearchAttributes(connection, temporalEnv.namespace);
    const watch = watchTemporal(
      connection,
      temporalEnv.address,
      // The embedded dev server is on this machine and only ever slow by seconds: a hung one is known sooner.
      embedded ? { isProcessRunning: () => embedded.isRunning(), silenceMs: 3_000 } : {},
    );
    stops.push(() => watch.stop());

    if (env.runWorker) {
      // Not awaited: the HTTP server answers while the worker bundles its workflows (other workers may be polling;
      // after a restart the requests meanwhile wait in Temporal rather than being refused).
      const worker = superviseWorker({
        address: temporalEnv.address,
        tls: temporalEnv.tls,
        namespace: temporalEnv.namespace,
        db,
      });
      worker.catch((error: Error) => console.error(`[cascade] the worker did not start: ${error.message}`));
      stops.push(async () => (await worker).stop());
      const outbox = startMailOutbox(db, env.smtpUrl ? smtpMailer(env.smtpUrl, env.mailFrom) : logMailer);
      stops.push(() => outbox.stop());
    }

    const temporalUiUrl = env.temporalUiUrl ?? embedded?.uiUrl ?? null;
    const app = await createHttpServer({
      db,
      temporal,
      temporalUi: temporalUiUrl ? { url: temporalUiUrl, namespace: temporalEnv.namespace } : null,
      isTemporalReachable: () => watch.isReachable(),
      webDist: env.webDist,
      secureCookies: env.secureCookies,
      trustProxy: env.trustProxy,
      soffice: env.soffice,
      fileContents,
    });
    await app.listen({ host: env.host, port: env.port });
    stops.push(() => app.close());
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : env.port;
    return {
      url: `http://${env.host}:${port}`,
      db,
      temporal,
      temporalUiUrl,
      hasAdministrator: await hasActiveAdmin(db),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
