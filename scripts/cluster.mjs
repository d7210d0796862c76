#!/usr/bin/env node
// `npm run start:cluster`: Cascade's distributed topology on this machine. PostgreSQL, Temporal's own server on it,
// the HTTP server without its in-process worker, and standalone workers; Ctrl-C stops them all, in reverse order.
// Binaries come from scripts/cascade.mjs (CASCADE_TEMPORAL_SERVER, CASCADE_TEMPORAL_SQL, CASCADE_TEMPORAL_MODULE, …).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { startClusterPostgres } from './lib/cluster/postgres.mjs';
import { retryCommand, startProcess } from './lib/cluster/processes.mjs';
import { writeTemporalConfig } from './lib/cluster/temporalConfig.mjs';

const root = new URL('../', import.meta.url).pathname;
const env = process.env;
const required = (name) => env[name] || fail(`${name} is not set: start the cluster with "npm run start:cluster".`);
const count = (name, fallback) => {
  const n = Number(env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1) fail(`${name} must be a whole number above 0, not "${env[name]}".`);
  return n;
};

function fail(message) {
  console.error(`[cluster] ${message}`);
  process.exit(1);
}

function isFree(port) {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort(true)));
  });
}

/** A free port below 32768: Temporal keeps membership ports in a smallint column (the OS's own picks are higher). */
async function freePort() {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await isFree(port)) return port;
  }
}

const settings = {
  dir: resolve(env.CASCADE_CLUSTER_DIR ?? join(root, '.data', 'cluster')),
  // A throw-away cluster (tests, benchmarks): its directory is removed when it stops.
  ephemeral: env.CASCADE_CLUSTER_EPHEMERAL === '1',
  httpPort: count('PORT', 3000),
  temporalPort: count('CASCADE_TEMPORAL_PORT', 7233),
  workers: count('CASCADE_CLUSTER_WORKERS', 2),
  // Fixed when the cluster's databases are created: changing it later needs a new cluster.
  shards: count('CASCADE_CLUSTER_HISTORY_SHARDS', 4),
  partitions: count('CASCADE_CLUSTER_TASK_QUEUE_PARTITIONS', 4),
};
const cli = required('CASCADE_TEMPORAL_CLI');
const stops = [];
let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  console.log('[cluster] stopping…');
  for (const stop of stops.reverse()) await stop().catch((error) => console.error(`[cluster] ${error.message}`));
  try {
    if (settings.ephemeral) rmSync(settings.dir, { recursive: true, force: true });
  } catch (error) {
    console.error(`[cluster] could not remove ${settings.dir}: ${error.message}`);
  }
  console.log('[cluster] stopped.');
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopAll(0));
// Whoever read our output may be gone (a crashed harness): the cluster must still stop everything it started.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

async function createTemporalDatabases(postgres) {
  const sql = required('CASCADE_TEMPORAL_SQL');
  const schemas = join(required('CASCADE_TEMPORAL_MODULE'), 'schema', 'postgresql', 'v12');
  for (const [database, schema] of [
    ['temporal', 'temporal'],
    ['temporal_visibility', 'visibility'],
  ]) {
    const tool = ['--plugin', 'postgres12', '--ep', '127.0.0.1', '-p', String(postgres.port), '-u', 'cascade'];
    const run = (...args) => retryCommand(sql, [...tool, '--db', database, ...args], { timeoutMs: 1 });
    if (!postgres.hasDatabase(database)) {
      await run('create-database');
      await run('setup-schema', '-v', '0.0');
    }
    // Idempotent: applies only the versions the database lacks (after an upgrade of the pinned server).
    await run('update-schema', '-d', join(schemas, schema, 'versioned'));
  }
}

/** The `default` namespace, created on the first start (a second start finds it). */
async function ensureNamespace(address) {
  const started = Date.now();
  const ns = ['--namespace', 'default', ...address];
  while (spawnSync(cli, ['operator', 'namespace', 'describe', ...ns]).status !== 0) {
    if (Date.now() - started > 60_000) throw new Error('Temporal did not create the namespace "default" in 60 s.');
    spawnSync(cli, ['operator', 'namespace', 'create', '--retention', '30d', ...ns]);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

async function main() {
  mkdirSync(settings.dir, { recursive: true });
  // PostgreSQL runs as its own user (as root): it must be able to reach its folder inside this one.
  chmodSync(settings.dir, 0o755);
  const started = Date.now();
  const postgres = startClusterPostgres({
    bin: required('CASCADE_POSTGRES_BIN'),
    dir: join(settings.dir, 'postgres'),
    port: await freePort(),
  });
  stops.push(async () => {
    console.log('[cluster] stopping PostgreSQL…');
    postgres.stop();
  });
  await createTemporalDatabases(postgres);

  const ports = { frontend: settings.temporalPort };
  for (const name of ['frontendHttp', 'history', 'matching', 'worker', 'pprof', 'metrics'])
    ports[name] = await freePort();
  for (const name of ['frontendMembership', 'historyMembership', 'matchingMembership', 'workerMembership'])
    ports[name] = await freePort();
  const temporalDir = join(settings.dir, 'temporal');
  const { configDir, envName } = writeTemporalConfig({
    moduleDir: required('CASCADE_TEMPORAL_MODULE'),
    dir: temporalDir,
    postgresPort: postgres.port,
    ports,
    shards: settings.shards,
    partitions: settings.partitions,
  });
  const temporalAddress = `127.0.0.1:${ports.frontend}`;
  const temporal = startProcess(
    'temporal',
    required('CASCADE_TEMPORAL_SERVER'),
    [
      '--root',
      temporalDir,
      '--config',
      configDir.slice(temporalDir.length + 1),
      '--env',
      envName,
      '--allow-no-auth',
      'start',
    ],
    { cwd: temporalDir, env: { PATH: env.PATH, HOME: env.HOME }, logFile: join(temporalDir, 'server.log') },
  );
  stops.push(() => {
    console.log('[cluster] stopping the Temporal server…');
    return temporal.stop(15_000);
  });
  const address = ['--address', temporalAddress];
  await retryCommand(cli, ['operator', 'cluster', 'health', ...address], { timeoutMs: 180_000 }).catch((error) => {
    throw new Error(`${error.message}\nTemporal's log: ${join(temporalDir, 'server.log')}`);
  });
  await ensureNamespace(address);
  // A new namespace reaches every service when their namespace caches refresh (~10 s).
  await retryCommand(cli, ['workflow', 'count', '--namespace', 'default', ...address], { timeoutMs: 60_000 });
  console.log(`[cluster] Temporal server on ${temporalAddress}, PostgreSQL at ${postgres.url}`);

  const appEnv = Object.fromEntries(Object.entries(env).filter(([key]) => !/^(npm_|pnpm_|TURBO_)/i.test(key)));
  const shared = {
    ...appEnv,
    DATABASE_URL: postgres.url,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
  };
  const server = startProcess('server', process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(root, 'apps', 'server'),
    env: { ...shared, PORT: String(settings.httpPort), CASCADE_WORKER: 'off' },
    readyLine: 'Cascade is running at',
  });
  stops.push(() => server.stop());
  await server.ready;
  const workers = Array.from({ length: settings.workers }, (_, i) =>
    startProcess(`worker-${i + 1}`, process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: join(root, 'apps', 'worker'),
      env: shared,
      readyLine: '[worker] polling task queue',
    }),
  );
  for (const worker of workers) stops.push(() => worker.stop());
  await Promise.all(workers.map((w) => w.ready));
  for (const proc of [temporal, server, ...workers])
    void proc.exited.then((how) => !stopping && console.log(`[cluster] ${proc.name} (pid ${proc.pid}) ended: ${how}`));
  const ready = {
    url: `http://127.0.0.1:${settings.httpPort}`,
    temporalAddress,
    databaseUrl: postgres.url,
    temporalPid: temporal.pid,
    serverPid: server.pid,
    workerPids: workers.map((w) => w.pid),
    startedInMs: Date.now() - started,
  };
  console.log(`[cluster] ready ${JSON.stringify(ready)}`);
  console.log(`
Cascade (cluster topology) is running at ${ready.url}
  Temporal server ${temporalAddress} (logs: ${join(temporalDir, 'server.log')}), ${settings.shards} history shards
  PostgreSQL ${postgres.url} (Cascade; Temporal in temporal and temporal_visibility)
  HTTP server pid ${server.pid} (CASCADE_WORKER=off), workers ${ready.workerPids.join(', ')}
Press Ctrl-C to stop everything.`);
}

main().catch((error) => {
  console.error(`[cluster] could not start: ${error.message}`);
  void stopAll(1);
});
