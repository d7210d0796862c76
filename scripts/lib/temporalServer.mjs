// Temporal's own server and its SQL schema tool, built once from Temporal's Go module at a pinned release tag.
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fail } from './fail.mjs';
import { hasCommand, runQuiet } from './run.mjs';

const serverModule = 'go.temporal.io/server';
const serverVersion = 'v1.29.1';
const cacheDir = process.env.CASCADE_CACHE_DIR ?? join(homedir(), '.cache', 'cascade');

function goBinary() {
  if (hasCommand('go')) return 'go';
  if (existsSync('/usr/local/go/bin/go')) return '/usr/local/go/bin/go';
  fail('Go is needed to build Temporal’s server (go install): install Go 1.24 or newer, then run again.');
}

/** The `server` and `sql` binaries and the module's directory (schemas, base configuration); built on first use. */
export function ensureTemporalServer() {
  const go = goBinary();
  const binDir = join(cacheDir, `temporal-server-${serverVersion.slice(1)}`, 'bin');
  const server = join(binDir, 'server');
  const sql = join(binDir, 'sql');
  if (!existsSync(server) || !existsSync(sql)) {
    mkdirSync(binDir, { recursive: true });
    console.error(`[cascade] building Temporal server ${serverVersion} with go install (minutes, once)…`);
    const started = Date.now();
    const built = runQuiet(
      go,
      ['install', `${serverModule}/cmd/server@${serverVersion}`, `${serverModule}/cmd/tools/sql@${serverVersion}`],
      { env: { ...process.env, GOBIN: binDir, GOFLAGS: '-buildvcs=false' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    if (built.status !== 0 || !existsSync(server) || !existsSync(sql))
      fail(`go install of Temporal server ${serverVersion} failed: ${(built.stderr || '').trim().split('\n').pop()}`);
    console.error(`[cascade] Temporal server built in ${Math.round((Date.now() - started) / 1000)} s.`);
  }
  const modCache = runQuiet(go, ['env', 'GOMODCACHE']).stdout.trim();
  const moduleDir = join(modCache, `${serverModule}@${serverVersion}`);
  if (!existsSync(join(moduleDir, 'schema'))) {
    const downloaded = runQuiet(go, ['mod', 'download', `${serverModule}@${serverVersion}`]);
    if (downloaded.status !== 0 || !existsSync(join(moduleDir, 'schema')))
      fail(`Temporal's module ${serverVersion} (schemas, base configuration) is missing from ${modCache}.`);
  }
  return { server, sql, moduleDir };
}
