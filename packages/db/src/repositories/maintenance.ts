import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';

/** Refreshes the planner's statistics, after a bulk load (a benchmark's, an import's) the autovacuum has not seen yet. */
export async function analyzeDatabase(db: Kysely<Database>): Promise<void> {
  await sql`analyze`.execute(db);
}
