import { createUnit, type Database, findUnit, type Kysely, listUnits } from '@cascade/db';

export const nationRootId = 'vn';

/** The national root the provinces hang from; a first import into an empty database creates it (not in a dry run). */
export async function ensureNationRoot(db: Kysely<Database>, dryRun: boolean): Promise<string> {
  const root = (await listUnits(db)).find((u) => u.kind === 'nation' && u.parent_id === null);
  if (root) return root.id;
  if (!dryRun && !(await findUnit(db, nationRootId)))
    await createUnit(
      db,
      {
        id: nationRootId,
        name: 'Bộ Nội vụ',
        kind: 'nation',
        parent_id: null,
        code: null,
        abbreviation: 'BNV',
        effective_from: '2008-08-01',
        effective_to: null,
        successor_id: null,
      },
      null,
    );
  return nationRootId;
}
