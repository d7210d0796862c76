import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function findInCache(binary: string): string | undefined {
  const cache = process.env.CASCADE_CACHE_DIR ?? join(homedir(), '.cache', 'cascade');
  if (!existsSync(cache)) return undefined;
  const search = (dir: string): string | undefined => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = search(path);
        if (found) return found;
      } else if (entry.name === binary) return path;
    }
    return undefined;
  };
  return search(cache);
}

/** Paths set by `npm test` (scripts/cascade.mjs); the cache is searched when a test runs on its own. */
export function requireBinary(envName: string, binary: string): string {
  const path = process.env[envName] ?? findInCache(binary);
  if (!path || !existsSync(path))
    throw new Error(`${binary} not found: run the suite through "npm test", which installs it.`);
  return path;
}

export const temporalCliPath = () => requireBinary('CASCADE_TEMPORAL_CLI', 'temporal');
export const temporalTestServerPath = () => requireBinary('CASCADE_TEMPORAL_TEST_SERVER', 'temporal-test-server');
