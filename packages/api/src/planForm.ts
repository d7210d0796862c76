import { type Database, findTemplate, type Kysely, listSubtreeUnits } from '@cascade/db';
import { subtreeIds, type UnitNode } from '@cascade/domain';
import { defaultPlanForm, entriesOf, type FormDefinition } from '@cascade/forms';

/** The form a plan is drafted in: its template's plan form. */
export async function planFormOf(db: Kysely<Database>, templateId: string): Promise<FormDefinition> {
  const template = await findTemplate(db, templateId);
  return template?.definition.planForm ?? defaultPlanForm;
}

/** The units a plan form's unit picker offers the drafting unit: itself and the units below it. */
export async function unitChoicesFor(db: Kysely<Database>, unitId: string): Promise<{ id: string; name: string }[]> {
  return listSubtreeUnits(db, unitId);
}

/** The unit ids a form's unit pickers may name; none asked of the database when the form has no unit picker. */
export async function unitIdsForForm(db: Kysely<Database>, form: FormDefinition | null, unitId: string) {
  const hasUnitPicker = entriesOf(form?.fields ?? []).some(
    ({ field }) => field.kind === 'unit' || (field.kind === 'table' && field.columns.some((c) => c.kind === 'unit')),
  );
  return hasUnitPicker ? (await listSubtreeUnits(db, unitId)).map((u) => u.id) : [];
}

export function unitChoicesIn(units: readonly UnitNode[], unitId: string): { id: string; name: string }[] {
  const subtree = subtreeIds(units, unitId);
  return units.filter((u) => subtree.has(u.id)).map((u) => ({ id: u.id, name: u.name }));
}
