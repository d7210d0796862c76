import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fail } from './fail.mjs';
import { runQuiet } from './run.mjs';

const root = new URL('../../', import.meta.url).pathname;

/** The pnpm pinned in package.json's packageManager, installed once into the user's cache; returns its entry script and bin folder. */
export function ensurePnpm() {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
  const prefix = join(process.env.CASCADE_CACHE_DIR ?? join(homedir(), '.cache', 'cascade'), `pnpm-${version}`);
  const entry = join(prefix, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  const binDir = join(prefix, 'node_modules', '.bin');
  if (existsSync(entry)) return { entry, binDir };
  const result = runQuiet('npm', [
    'install',
    '--silent',
    '--no-audit',
    '--no-fund',
    '--prefix',
    prefix,
    `pnpm@${version}`,
  ]);
  if (result.status !== 0 || !existsSync(entry)) {
    fail(
      `Could not install pnpm ${version} with npm (is the npm registry reachable?): ${(result.stderr || '').trim().split('\n').pop()}`,
    );
  }
  return { entry, binDir };
}
