import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readServerEnv, startCascade } from '@cascade/server';
import { freePort, quietTemporalLogs, temporalCliPath } from '@cascade/test-support';

const webDist = fileURLToPath(new URL('../dist', import.meta.url));

/** The whole app as `npm start` runs it, serving this web app's build, on free ports and a fresh database. */
export async function startApp(settings: Record<string, string> = {}) {
  if (!existsSync(join(webDist, 'index.html')))
    throw new Error(`No web build in ${webDist}: run "pnpm test", which runs vite build first.`);
  quietTemporalLogs();
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-e2e-'));
  const env = readServerEnv({
    // Browser tests share two cores with other test servers: wait for the workflow's answer, not a 408.
    CASCADE_UPDATE_DEADLINE_MS: '120000',
    ...process.env,
    PORT: '0',
    CASCADE_DATA_DIR: dataDir,
    CASCADE_WEB_DIST: webDist,
    CASCADE_TEMPORAL_CLI: temporalCliPath(),
    CASCADE_TEMPORAL_PORT: String(await freePort()),
    CASCADE_TEMPORAL_UI_PORT: String(await freePort()),
    ...settings,
  });
  const cascade = await startCascade(env);
  return {
    url: cascade.url,
    async stop() {
      await cascade.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
