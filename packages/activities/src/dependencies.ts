import type { Database, Kysely } from '@cascade/db';

export interface ActivityDependencies {
  db: Kysely<Database>;
}
