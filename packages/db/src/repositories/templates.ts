import type { Kysely } from 'kysely';
import type { Database, TemplateDefinition } from '../schema';

export async function findTemplate(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('templates').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...row, definition: row.definition as unknown as TemplateDefinition };
}

export function listTemplates(db: Kysely<Database>) {
  return db.selectFrom('templates').select(['id', 'name', 'version']).where('published_at', 'is not', null).execute();
}
