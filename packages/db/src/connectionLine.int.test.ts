import { startPostgres, type PostgresServer } from '@cascade/test-support';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseBusyError, poolWithLine } from './connectionLine';

describe('the line for database connections (PostgreSQL)', () => {
  let server: PostgresServer;
  let pool: pg.Pool;
  let db: Kysely<unknown>;
  beforeAll(async () => {
    server = await startPostgres();
    pool = new pg.Pool({ connectionString: server.url, max: 2, connectionTimeoutMillis: 5_000 });
    db = new Kysely({
      dialect: new PostgresDialect({ pool: poolWithLine(pool, { size: 2, maxWaiting: 3, maxWaitMs: 1_500 }) }),
    });
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await server?.stop();
  });

  /** Holds one connection until the returned release is called. */
  async function holdConnection() {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let taken = () => {};
    const isTaken = new Promise<void>((resolve) => (taken = resolve));
    const done = db.connection().execute(async (connection) => {
      await sql`select 1`.execute(connection);
      taken();
      await held;
    });
    await isTaken;
    return async () => {
      release();
      await done;
    };
  }
  const answer = () => sql<{ n: number }>`select 1 as n`.execute(db).then((r) => r.rows[0]?.n);

  it('a request waits for a free connection, then is served in turn', async () => {
    const releases = [await holdConnection(), await holdConnection()];
    const waiting = [answer(), answer(), answer()];
    await new Promise((r) => setTimeout(r, 200));
    await releases[0]!();
    expect(await Promise.all(waiting)).toEqual([1, 1, 1]);
    await releases[1]!();
  });

  it('a full line refuses the next request at once as busy, and serves the others once connections free up', async () => {
    const releases = [await holdConnection(), await holdConnection()];
    const waiting = [answer(), answer(), answer()];
    const sent = performance.now();
    await expect(answer()).rejects.toBeInstanceOf(DatabaseBusyError);
    expect(performance.now() - sent).toBeLessThan(200);
    for (const release of releases) await release();
    expect(await Promise.all(waiting)).toEqual([1, 1, 1]);
    expect(await answer()).toBe(1);
  });

  it('a request that waited its limit is refused as busy; pg never queued it (its connections stay usable)', async () => {
    const releases = [await holdConnection(), await holdConnection()];
    const sent = performance.now();
    const refused = await answer().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DatabaseBusyError);
    expect(performance.now() - sent).toBeGreaterThanOrEqual(1_400);
    expect(pool.waitingCount).toBe(0);
    for (const release of releases) await release();
    expect(await Promise.all([answer(), answer(), answer(), answer()])).toEqual([1, 1, 1, 1]);
  });
});
