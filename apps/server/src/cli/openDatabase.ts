import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, migrateToLatest } from '@cascade/db';
import type { ServerEnv } from '../env';

/** The database the server uses (PostgreSQL with DATABASE_URL, else the embedded PGlite), migrated. */
export async function openDatabase(env: ServerEnv) {
  if (!env.databaseUrl) mkdirSync(env.dataDir, { recursive: true });
  const db = createDatabase(
    env.databaseUrl
      ? { url: env.databaseUrl, poolSize: env.databasePoolSize }
      : { dataDir: join(env.dataDir, 'pglite') },
  );
  await migrateToLatest(db);
  return db;
}
