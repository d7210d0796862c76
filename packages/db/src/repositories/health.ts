import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Whether the database answers a trivial query. */
export function isDatabaseReachable(db: Kysely<Database>): Promise<boolean> {
  return db
    .selectFrom('units')
    .select('id')
    .limit(1)
    .execute()
    .then(
      () => true,
      () => false,
    );
}
