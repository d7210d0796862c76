import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

/**
 * Files that older versions kept inline (base64) in plan contents, draft versions and report answers move to
 * the file tables; the values keep a reference. Frozen here: it knows the inline shape, not the forms package.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const stored = new Map<string, string>();
  const storeOnce = async (planId: string, userId: string | null, file: InlineFile) => {
    const bytes = Buffer.from(file.dataBase64, 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = `${planId}\n${sha256}\n${file.name}\n${file.contentType}`;
    const known = stored.get(key);
    if (known) return known;
    const id = randomUUID();
    await db
      .insertInto('file_blobs')
      .values({ sha256, size: bytes.length, content: bytes })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
    await db
      .insertInto('files')
      .values({
        id,
        sha256,
        name: file.name,
        content_type: file.contentType,
        size: bytes.length,
        plan_id: planId,
        uploaded_by: userId,
      })
      .execute();
    stored.set(key, id);
    return id;
  };
  const referenced = async (planId: string, userId: string | null, values: Record<string, unknown>) => {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values ?? {})) {
      if (!isInlineFile(value)) {
        out[key] = value;
        continue;
      }
      const id = await storeOnce(planId, userId, value);
      out[key] = { id, name: value.name, contentType: value.contentType, size: value.size };
      changed = true;
    }
    return changed ? JSON.stringify(out) : null;
  };

  for (const plan of await db.selectFrom('plans').select(['id', 'content']).execute()) {
    const content = await referenced(plan.id, null, plan.content);
    if (content) await db.updateTable('plans').set({ content }).where('id', '=', plan.id).execute();
  }
  for (const draft of await db
    .selectFrom('plan_drafts')
    .select(['plan_id', 'version', 'content', 'saved_by'])
    .execute()) {
    const content = await referenced(draft.plan_id, draft.saved_by, draft.content);
    if (content)
      await db
        .updateTable('plan_drafts')
        .set({ content })
        .where('plan_id', '=', draft.plan_id)
        .where('version', '=', draft.version)
        .execute();
  }
  const submissions = await db
    .selectFrom('report_submissions')
    .innerJoin('tasks', 'tasks.id', 'report_submissions.task_id')
    .select(['task_id', 'submitted_at', 'submitted_by', 'details', 'tasks.plan_id'])
    .execute();
  for (const s of submissions) {
    const details = await referenced(s.plan_id, s.submitted_by, s.details);
    if (details)
      await db
        .updateTable('report_submissions')
        .set({ details })
        .where('task_id', '=', s.task_id)
        .where('submitted_at', '=', s.submitted_at)
        .execute();
  }
}

export async function down(): Promise<void> {}

interface InlineFile {
  name: string;
  contentType: string;
  size: number;
  dataBase64: string;
}

function isInlineFile(value: unknown): value is InlineFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const file = value as Record<string, unknown>;
  return (
    typeof file.dataBase64 === 'string' &&
    typeof file.name === 'string' &&
    typeof file.contentType === 'string' &&
    typeof file.size === 'number' &&
    Object.keys(file).every((k) => ['name', 'contentType', 'size', 'dataBase64'].includes(k))
  );
}
