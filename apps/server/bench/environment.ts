import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@cascade/db';
import { freePort, startPostgres } from '@cascade/test-support';
import { Client, Connection } from '@temporalio/client';
import { startServerProcess } from '../src/testing/serverProcess';
import { readCpuSeconds } from './processCpu';

/** PostgreSQL, and the server as `npm start` runs it (its own process: embedded dev server, in-process worker). */
export async function startBenchEnvironment(cpuProfileDir: string | null = null) {
  const postgres = await startPostgres();
  const dataDir = mkdtempSync(join(tmpdir(), 'cascade-bench-'));
  const temporalPort = await freePort();
  const server = startServerProcess(
    {
      PORT: String(await freePort()),
      DATABASE_URL: postgres.url,
      // The template and the national root come from the demo data; the bench adds its own province.
      CASCADE_DEMO: '1',
      CASCADE_DATA_DIR: dataDir,
      CASCADE_TEMPORAL_PORT: String(temporalPort),
      CASCADE_TEMPORAL_UI_PORT: String(await freePort()),
    },
    // The profile is written when the server exits (it exits on SIGINT); its last seconds are the burst's.
    cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [],
  );
  await server.ready;
  const temporalAddress = `127.0.0.1:${temporalPort}`;
  const connection = await Connection.connect({ address: temporalAddress });
  const db = createDatabase({ url: postgres.url });
  return {
    url: server.url,
    db,
    temporal: new Client({ connection }),
    temporalAddress,
    /** The server process's peak resident set (VmHWM), in MB: the HTTP server and its in-process worker. */
    serverPeakRssMb: () => peakRssMb(server.pid),
    /** CPU seconds so far of the server, its embedded Temporal, this run's PostgreSQL and the bench. */
    cpuSeconds: () => readCpuSeconds(server.pid, Number(new URL(postgres.url).port)),
    async stop() {
      await connection.close();
      await db.destroy();
      server.signal('SIGINT');
      await Promise.race([server.exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      server.signal('SIGKILL');
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type BenchEnvironment = Awaited<ReturnType<typeof startBenchEnvironment>>;

function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return Number(line?.match(/\d+/)?.[0] ?? Number.NaN) / 1024;
}
