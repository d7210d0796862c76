#!/usr/bin/env node
// One entry point for `npm start`, `npm test` and the other commands (README lists them): installs what the project needs, then runs it.
import { resolve } from 'node:path';
import { runChecks } from './lib/checks.mjs';
import { SetupError } from './lib/fail.mjs';
import { ensurePnpm } from './lib/pnpm.mjs';
import { runInherited } from './lib/run.mjs';
import { ensureChromium, ensureLibreOffice, ensurePostgres } from './lib/system.mjs';
import { ensureSeaweedfs } from './lib/seaweedfs.mjs';
import { ensureTemporalCli, ensureTemporalTestServer } from './lib/temporal.mjs';
import { ensureTemporalServer } from './lib/temporalServer.mjs';

const root = new URL('../', import.meta.url).pathname;
const [givenCommand = 'start', ...givenArgs] = process.argv.slice(2);
// `npm run bench -- --national` is the national run on the cluster topology.
const isNational = givenCommand === 'bench' && givenArgs.includes('--national');
const command = isNational ? 'bench:national' : givenCommand;
const rest = isNational ? givenArgs.filter((arg) => arg !== '--national') : givenArgs;

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new SetupError(
      `Cascade needs Node.js 20.19 or newer (this is ${process.versions.node}): install a current Node.js LTS.`,
    );
  }
}

async function pnpm(pnpmEntry, args, env, stdio = 'inherit') {
  return runInherited(process.execPath, [pnpmEntry, ...args], { cwd: root, env, stdio });
}

async function main() {
  checkNode();
  const { entry: pnpmEntry, binDir } = ensurePnpm();
  const env = {
    ...process.env,
    PATH: `${binDir}:${process.env.PATH ?? ''}`,
    TURBO_TELEMETRY_DISABLED: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
    npm_config_update_notifier: 'false',
  };
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  // The simulator's stdout is its JSON result alone: set-up chatter goes to stderr.
  const isCommandLineTool = ['simulate', 'units:import', 'admin:create', 'import-plan', 'plan-docx'].includes(command);
  const setupStdio = isCommandLineTool ? ['inherit', 2, 2] : 'inherit';
  const installed = await pnpm(pnpmEntry, ['install', '--reporter=append-only', ...frozen], env, setupStdio);
  if (installed !== 0) throw new SetupError('pnpm install failed: see the lines above.');

  if (command === 'import-plan' || command === 'plan-docx') {
    // Paths are the caller's, relative to where npm was run; the package's script runs in its own folder.
    const files = rest.map((arg) => (arg.startsWith('--') ? arg : resolve(process.env.INIT_CWD ?? process.cwd(), arg)));
    return pnpm(pnpmEntry, ['--silent', '--filter', '@cascade/documents', command, ...files], env);
  }
  const needsTemporal = !['units:import', 'admin:create', 'bench:monitor'].includes(command);
  if (needsTemporal && (!process.env.TEMPORAL_ADDRESS || command !== 'start'))
    env.CASCADE_TEMPORAL_CLI = ensureTemporalCli();
  switch (command) {
    case 'start': {
      const built = await pnpm(pnpmEntry, ['--filter', '@cascade/web', 'build'], env);
      if (built !== 0) throw new SetupError('Building the web app failed: see the lines above.');
      // Node runs the server directly (no pnpm or tsx wrapper process) so Ctrl-C reaches it once and it stops in order.
      return runInherited(process.execPath, ['--import', 'tsx', 'src/main.ts', ...rest], {
        cwd: `${root}apps/server`,
        env,
      });
    }
    case 'start:cluster':
    case 'test:cluster':
    case 'bench:national': {
      // Temporal's own server (built once with Go), its schema tool and PostgreSQL: the distributed topology.
      const temporalServer = ensureTemporalServer();
      env.CASCADE_TEMPORAL_SERVER = temporalServer.server;
      env.CASCADE_TEMPORAL_SQL = temporalServer.sql;
      env.CASCADE_TEMPORAL_MODULE = temporalServer.moduleDir;
      env.CASCADE_POSTGRES_BIN = ensurePostgres();
      if (command !== 'start:cluster') return pnpm(pnpmEntry, ['--filter', '@cascade/server', command, ...rest], env);
      const built = await pnpm(pnpmEntry, ['--filter', '@cascade/web', 'build'], env);
      if (built !== 0) throw new SetupError('Building the web app failed: see the lines above.');
      return runInherited(process.execPath, [`${root}scripts/cluster.mjs`, ...rest], { cwd: root, env });
    }
    case 'test': {
      const failed = await runChecks((args, extra) => pnpm(pnpmEntry, args, { ...env, ...extra }));
      if (failed) throw new SetupError(`${failed} Tests did not run.`);
      env.CASCADE_TEMPORAL_TEST_SERVER = ensureTemporalTestServer();
      env.CASCADE_POSTGRES_BIN = ensurePostgres();
      env.CASCADE_CHROMIUM = ensureChromium();
      ({ soffice: env.CASCADE_SOFFICE, pdftoppm: env.CASCADE_PDFTOPPM } = ensureLibreOffice());
      return pnpm(
        pnpmEntry,
        ['exec', 'turbo', 'run', 'test', '--concurrency=1', '--continue', '--log-order=stream', ...rest],
        env,
      );
    }
    case 'test:faults':
      env.CASCADE_POSTGRES_BIN = ensurePostgres();
      return pnpm(pnpmEntry, ['--filter', '@cascade/server', 'test:faults', ...rest], env);
    case 'bench':
      // A benchmark, not a test: PostgreSQL and the embedded dev server, figures beside Temporal's raw limits.
      env.CASCADE_POSTGRES_BIN = ensurePostgres();
      return pnpm(pnpmEntry, ['--silent', '--filter', '@cascade/server', 'bench', ...rest], env);
    case 'test:s3':
      env.CASCADE_SEAWEEDFS = ensureSeaweedfs();
      return pnpm(pnpmEntry, ['--filter', '@cascade/server', 'test:s3', ...rest], env);
    case 'bench:monitor':
      env.CASCADE_POSTGRES_BIN = ensurePostgres();
      return pnpm(pnpmEntry, ['--filter', '@cascade/server', 'bench:monitor', ...rest], env);
    case 'simulate':
      env.CASCADE_TEMPORAL_TEST_SERVER = ensureTemporalTestServer();
      return pnpm(pnpmEntry, ['--silent', '--filter', '@cascade/simulator', 'simulate', ...rest], env);
    case 'record-histories':
      // Replay fixtures: `npm run record-histories -- <label>` writes workflows/histories/<label>/ (default: today).
      env.CASCADE_TEMPORAL_TEST_SERVER = ensureTemporalTestServer();
      if (rest[0]) env.CASCADE_RECORD_HISTORIES = rest[0];
      return pnpm(pnpmEntry, ['--filter', '@cascade/workflows', 'record-histories'], env);
    case 'units:import':
    case 'admin:create': {
      const script = command === 'units:import' ? 'importUnitsCommand.ts' : 'createAdminCommand.ts';
      return runInherited(process.execPath, ['--import', 'tsx', `src/cli/${script}`, ...rest], {
        cwd: `${root}apps/server`,
        env,
      });
    }
    case 'typecheck':
      return pnpm(pnpmEntry, ['exec', 'turbo', 'run', 'typecheck', ...rest], env);
    case 'check': {
      const failed = await runChecks((args, extra) => pnpm(pnpmEntry, args, { ...env, ...extra }));
      if (failed) throw new SetupError(failed);
      return 0;
    }
    case 'lint':
      return pnpm(
        pnpmEntry,
        ['exec', 'eslint', '.', '--cache', '--cache-location', 'node_modules/.cache/eslint/', ...rest],
        { ...env, NODE_OPTIONS: '--max-old-space-size=8192' },
      );
    case 'format':
      return pnpm(pnpmEntry, ['exec', 'prettier', '--write', '--log-level=warn', '.', ...rest], env);
    default:
      throw new SetupError(
        `Unknown command "${command}": use start, start:cluster, test, test:faults, test:s3, test:cluster, bench, bench:monitor, bench:national, simulate, check, typecheck, lint, format, record-histories, units:import, admin:create, import-plan or plan-docx.`,
      );
  }
}

main().then(
  (code) => process.exit(code ?? 0),
  (error) => {
    if (error instanceof SetupError) {
      console.error(`[cascade] ${error.message}`);
      process.exit(1);
    }
    throw error;
  },
);
