import { type Database, type Kysely, listPlanFiles } from '@cascade/db';
import type { FormDefinition, FormValues } from '@cascade/forms';
import { TRPCError } from '@trpc/server';
import { fileFieldsOf } from './fileFieldOfTask';

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
    ? (value as { id: string }).id
    : null;

/**
 * The values with each file reference as the server stored it (name, type found in the content, size), so the
 * browser's word is not taken for them; a reference to a file not uploaded for this plan is refused.
 */
export async function withStoredFiles(
  db: Kysely<Database>,
  planId: string,
  definition: FormDefinition | null,
  values: FormValues,
): Promise<FormValues> {
  const fields = fileFieldsOf(definition).filter((f) => idOf(values[f.key]) !== null);
  if (fields.length === 0) return values;
  const stored = await listPlanFiles(
    db,
    planId,
    fields.map((f) => idOf(values[f.key])!),
  );
  const resolved = { ...values };
  for (const field of fields) {
    const file = stored.find((s) => s.id === idOf(values[field.key]));
    if (!file)
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `${field.label}: không tìm thấy tệp đã tải lên cho kế hoạch này; hãy chọn và tải tệp lên lại.`,
      });
    resolved[field.key] = file;
  }
  return resolved;
}
