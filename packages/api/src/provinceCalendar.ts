import { type Database, type Kysely, listCalendarDaysOf, listUnitNodes } from '@cascade/db';

/** The province a unit lies in (itself when it is one); null for the national root and units above any province. */
export async function provinceOf(db: Kysely<Database>, unitId: string): Promise<string | null> {
  const byId = new Map((await listUnitNodes(db)).map((n) => [n.id, n]));
  for (let node = byId.get(unitId); node; node = node.parentId ? byId.get(node.parentId) : undefined)
    if (node.kind === 'province') return node.id;
  return null;
}

/** The days off and make-up working days that a unit's deadlines follow: the nation's, and its province's own. */
export async function calendarDaysForUnit(db: Kysely<Database>, unitId: string) {
  return listCalendarDaysOf(db, await provinceOf(db, unitId));
}
