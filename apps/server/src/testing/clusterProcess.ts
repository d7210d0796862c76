import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const readyPrefix = '[cluster] ready ';

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/**
 * A free port outside the kernel's ephemeral range (32768+): the cluster takes minutes to reach its listen(), and
 * meanwhile its own outgoing connections may take any ephemeral port.
 */
async function stablePort(): Promise<number> {
  for (;;) {
    const port = 10_000 + Math.floor(Math.random() * 10_000);
    if (await isFree(port)) return port;
  }
}

export interface ClusterInfo {
  url: string;
  temporalAddress: string;
  databaseUrl: string;
  temporalPid: number;
  serverPid: number;
  workerPids: number[];
  startedInMs: number;
}

/**
 * `scripts/cluster.mjs` (what `npm run start:cluster` runs) in a throw-away directory: PostgreSQL, Temporal's server,
 * the HTTP server with CASCADE_WORKER=off and standalone workers. The binaries come from `npm run test:cluster`.
 */
export async function startCluster(settings: Record<string, string> = {}) {
  const env = {
    ...process.env,
    CASCADE_CLUSTER_DIR: mkdtempSync(join(tmpdir(), 'cascade-cluster-')),
    CASCADE_CLUSTER_EPHEMERAL: '1',
    PORT: String(await stablePort()),
    CASCADE_TEMPORAL_PORT: String(await stablePort()),
    ...settings,
  };
  const child = spawn(process.execPath, ['scripts/cluster.mjs'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A harness that crashes still stops its cluster (which then stops PostgreSQL, Temporal, the server, the workers).
  process.once('exit', () => child.kill('SIGINT'));
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? String(code))),
  );
  const info = await new Promise<ClusterInfo>((resolve, reject) => {
    const check = () => {
      const line = output.split('\n').find((l) => l.startsWith(readyPrefix));
      if (line) resolve(JSON.parse(line.slice(readyPrefix.length)) as ClusterInfo);
      else if (child.exitCode !== null || child.signalCode !== null)
        reject(new Error(`The cluster stopped before it was ready:\n${output}`));
      else setTimeout(check, 200);
    };
    check();
  });
  return {
    info,
    output: () => output,
    /** Ctrl-C: the cluster stops its workers, server, Temporal and PostgreSQL; resolves with how it ended. */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;
