import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

// Postgres returns `date` columns as JS Dates by default; the domain works in 'YYYY-MM-DD' strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** PostgreSQL when given a URL; otherwise embedded PGlite, in a folder or in memory. */
export function createDatabase(target: DatabaseTarget): Kysely<Database> {
  if ('url' in target) {
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 10 }) }),
    });
  }
  const pglite =
    'dataDir' in target ? new PGlite(target.dataDir, { parsers: dateAsText }) : new PGlite({ parsers: dateAsText });
  return new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
}

const DATE_OID = 1082;
const dateAsText = { [DATE_OID]: (value: string) => value };
