// SeaweedFS (Apache-2.0), whose S3 gateway the S3 file-store test runs against, built from its pinned Go module.
// Its go.mod carries `replace` directives, so `go install module@version` refuses it: the module is downloaded
// (checked against its pinned go.sum hash) and built in place, once, into the cache beside the Temporal binaries.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fail } from './fail.mjs';
import { hasCommand, runQuiet } from './run.mjs';

const module = 'github.com/seaweedfs/seaweedfs';
const version = 'v0.0.0-20261109003541-7506e5f91cd6';
const moduleSum = 'h1:LOYZFToHq9F7pSR6lkPGfkM8RmHlVFrzndKdhmNZjrU=';

const cacheDir = process.env.CASCADE_CACHE_DIR ?? join(homedir(), '.cache', 'cascade');

function findGo() {
  if (process.env.CASCADE_GO) return process.env.CASCADE_GO;
  if (existsSync('/usr/local/go/bin/go')) return '/usr/local/go/bin/go';
  if (hasCommand('go')) return 'go';
  fail('Go (1.26 or newer) is needed once to build SeaweedFS for the S3 test: install it, or set CASCADE_GO.');
}

export function ensureSeaweedfs() {
  const binary = join(cacheDir, `seaweedfs-${version}`, 'weed');
  if (existsSync(binary)) return binary;
  const go = findGo();
  const env = { ...process.env, GOFLAGS: '-buildvcs=false', GOTOOLCHAIN: 'local' };
  const download = runQuiet(go, ['mod', 'download', '-json', `${module}@${version}`], { env });
  const info = JSON.parse(download.stdout || '{}');
  if (download.status !== 0 || !info.Dir)
    fail(`Could not download ${module}@${version}: ${info.Error ?? download.stderr}`);
  if (info.Sum !== moduleSum)
    fail(`${module}@${version} does not match its pinned hash ${moduleSum} (got ${info.Sum}).`);
  console.error(`Building SeaweedFS ${version} once into ${binary} (several minutes)…`);
  mkdirSync(join(cacheDir, `seaweedfs-${version}`), { recursive: true });
  const partial = `${binary}.partial`;
  const build = runQuiet(go, ['build', '-trimpath', '-ldflags=-s -w', '-o', partial, './weed'], {
    cwd: info.Dir,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) fail(`Building SeaweedFS failed (see above); the S3 test needs it.`);
  renameSync(partial, binary);
  return binary;
}
