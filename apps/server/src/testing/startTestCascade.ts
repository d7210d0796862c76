import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, quietTemporalLogs, startPostgres, temporalCliPath } from '@cascade/test-support';
import { startCascade } from '../cascade';
import { readServerEnv } from '../env';

export type DatabaseKind = 'PGlite' | 'PostgreSQL';

/** The whole app as `npm start` runs it (embedded Temporal dev server, worker, HTTP), on free ports and a fresh database. */
export async function startTestCascade(
  database: DatabaseKind,
  settings: Record<string, string> = { CASCADE_DEMO: '1' },
) {
  quietTemporalLogs();
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-test-'));
  const postgres = database === 'PostgreSQL' ? await startPostgres() : undefined;
  const env = readServerEnv({
    PORT: '0',
    CASCADE_DATA_DIR: dataDir,
    CASCADE_TEMPORAL_CLI: temporalCliPath(),
    CASCADE_TEMPORAL_PORT: String(await freePort()),
    CASCADE_TEMPORAL_UI_PORT: String(await freePort()),
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    ...(process.env.CASCADE_SOFFICE ? { CASCADE_SOFFICE: process.env.CASCADE_SOFFICE } : {}),
    // Many test servers share two cores: a test waits for the workflow's answer rather than a 408.
    CASCADE_UPDATE_DEADLINE_MS: process.env.CASCADE_UPDATE_DEADLINE_MS ?? '120000',
    ...settings,
  });
  const cascade = await startCascade(env);
  return {
    url: cascade.url,
    db: cascade.db,
    temporal: cascade.temporal,
    databaseUrl: postgres?.url,
    temporalAddress: `127.0.0.1:${env.embeddedTemporalPort}`,
    postgres,
    async stop() {
      await cascade.stop();
      await postgres?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
