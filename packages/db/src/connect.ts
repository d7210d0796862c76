import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { poolWithLine } from './connectionLine';
import type { Database } from './schema';

export type DatabaseTarget = { url: string; poolSize?: number } | { dataDir: string } | { memory: true };

// Postgres returns `date` columns as JS Dates by default; the domain works in 'YYYY-MM-DD' strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** PostgreSQL when given a URL; otherwise embedded PGlite, in a folder or in memory. */
export function createDatabase(target: DatabaseTarget): Kysely<Database> {
  if ('url' in target) {
    // A connect that hangs (a failover with no answer) fails after 5 s rather than holding the request. Ten
    // connections shared by the HTTP server and its in-process worker ran out under a burst: twenty by default.
    const size = target.poolSize ?? 20;
    const pool = new pg.Pool({ connectionString: target.url, max: size, connectionTimeoutMillis: 5_000 });
    // A connection lost to a restart or failover emits 'error': on an idle one through the pool, on one in use (its
    // query fails anyway) on the client itself. Unlistened, Node treats either as uncaught and the process dies.
    // The pool drops the broken connection and opens a new one for the next query.
    pool.on('error', (error) => console.warn(`[database] idle connection lost: ${error.message}`));
    pool.on('connect', (client) => client.on('error', () => {}));
    // The line: 25 waiting per connection is about what 20 connections serve in a second or two on a busy machine;
    // no request waits longer than the HTTP server's 10 s update deadline for a connection.
    const line = poolWithLine(pool, { size, maxWaiting: size * 25, maxWaitMs: 10_000 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool: line }) });
  }
  const pglite =
    'dataDir' in target ? new PGlite(target.dataDir, { parsers: dateAsText }) : new PGlite({ parsers: dateAsText });
  return new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
}

const DATE_OID = 1082;
const dateAsText = { [DATE_OID]: (value: string) => value };
