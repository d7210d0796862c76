import type { Kysely } from 'kysely';
import { hashPassword } from '../credentials';
import type { Database } from '../schema';
import { massMobilisationTemplate } from './templates';
import { seedUnits } from './units';
import { demoPassword, seedUsers } from './users';

export { demoPassword, seedUsers } from './users';
export { massMobilisationTemplateId } from './templates';

/** Loads the demo hierarchy, users and template once; a second run finds them and changes nothing. */
export async function seedDemoData(db: Kysely<Database>): Promise<void> {
  const existing = await db.selectFrom('units').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  const hashes = await Promise.all(seedUsers.map(() => hashPassword(demoPassword)));
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('units').values(seedUnits).execute();
    await trx
      .insertInto('users')
      .values(
        seedUsers.map((u, i) => ({
          id: u.username,
          username: u.username,
          display_name: u.displayName,
          email: `${u.username}@cascade.invalid`,
          unit_id: u.unitId,
          scope_unit_id: u.scopeUnitId,
          roles: JSON.stringify(u.roles),
          password_hash: hashes[i]!,
        })),
      )
      .execute();
    const t = massMobilisationTemplate;
    await trx
      .insertInto('templates')
      .values({
        id: t.id,
        name: t.name,
        version: t.version,
        definition: JSON.stringify(t.definition),
        published_at: new Date(),
      })
      .execute();
  });
}
