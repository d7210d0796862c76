import type { Kysely } from 'kysely';
import type { Database, TemplateDefinition } from '../schema';

export async function findTemplate(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('templates').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...row, definition: row.definition as unknown as TemplateDefinition };
}

export function listTemplates(db: Kysely<Database>) {
  return db.selectFrom('templates').select(['id', 'name', 'version']).where('published_at', 'is not', null).execute();
}

export async function createTemplateVersion(
  db: Kysely<Database>,
  template: { id: string; name: string; version: number; definition: TemplateDefinition },
) {
  await db
    .insertInto('templates')
    .values({
      id: template.id,
      name: template.name,
      version: template.version,
      definition: JSON.stringify(template.definition),
      published_at: null,
    })
    .execute();
}

/** A published version never changes: only an unpublished one can be published, once. */
export async function publishTemplate(db: Kysely<Database>, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('templates')
    .set({ published_at: at })
    .where('id', '=', id)
    .where('published_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function listAllTemplates(db: Kysely<Database>) {
  return db
    .selectFrom('templates')
    .select(['id', 'name', 'version', 'published_at as publishedAt'])
    .orderBy('name')
    .orderBy('version')
    .execute();
}

/** The highest version saved of a template (0 when there is none). */
export async function latestTemplateVersion(db: Kysely<Database>, slug: string): Promise<number> {
  const latest = await db
    .selectFrom('templates')
    .select(({ fn }) => fn.max('version').as('version'))
    .where('id', 'like', `${slug}-v%`)
    .executeTakeFirst();
  return latest?.version ?? 0;
}
