import type { PostgresPool } from 'kysely';
import type pg from 'pg';

/** A request refused a database connection because too many wait already: the server is busy, the database is up. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
}

export interface LineLimits {
  /** Connections handed out at once (the pool's size). */
  size: number;
  /** Requests that may wait for a connection at once; one more is refused at once. */
  maxWaiting: number;
  /** How long a request may wait in line before it is refused. */
  maxWaitMs: number;
}

/**
 * pg's pool behind a bounded line. pg's own queue waits `connectionTimeoutMillis` for a connection and then fails as
 * if the database were down: under a burst the server answered "đang kết nối lại" after 5 s of waiting in line.
 * Here pg is asked only for connections it has, so its timeout keeps meaning "the database did not answer", and a
 * request the line cannot serve in time is refused at once (or after `maxWaitMs`) with a DatabaseBusyError.
 */
export function poolWithLine(pool: pg.Pool, limits: LineLimits): PostgresPool {
  let inUse = 0;
  const waiting: { grant: () => void; timer: NodeJS.Timeout }[] = [];
  const refusal = () =>
    new DatabaseBusyError(`${inUse} database connections in use and ${waiting.length} requests waiting for one`);

  // A freed place goes straight to the longest-waiting request.
  const handOn = () => {
    const next = waiting.shift();
    if (!next) inUse--;
    else {
      clearTimeout(next.timer);
      next.grant();
    }
  };
  const takePlace = () => {
    if (inUse < limits.size) {
      inUse++;
      return Promise.resolve();
    }
    if (waiting.length >= limits.maxWaiting) return Promise.reject(refusal());
    return new Promise<void>((resolve, reject) => {
      const entry = {
        grant: resolve,
        timer: setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(refusal());
        }, limits.maxWaitMs),
      };
      waiting.push(entry);
    });
  };

  return {
    options: pool.options,
    end: () => pool.end(),
    async connect() {
      await takePlace();
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        handOn();
        throw error;
      }
      // pg gives each checkout its own release; this one also hands the place on, once.
      const release = client.release;
      let released = false;
      client.release = (destroy?: boolean | Error) => {
        release(destroy);
        if (!released) {
          released = true;
          handOn();
        }
      };
      return client;
    },
  };
}
