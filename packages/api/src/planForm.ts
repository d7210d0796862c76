import { type Database, findTemplate, type Kysely, listSubtreeUnits } from '@cascade/db';
import { subtreeIds, type UnitNode } from '@cascade/domain';
import { defaultPlanForm, type FormDefinition } from '@cascade/forms';

/** The form a plan is drafted in: its template's plan form. */
export async function planFormOf(db: Kysely<Database>, templateId: string): Promise<FormDefinition> {
  const template = await findTemplate(db, templateId);
  return template?.definition.planForm ?? defaultPlanForm;
}

/** The units a plan form's unit picker offers the drafting unit: itself and the units below it. */
export async function unitChoicesFor(db: Kysely<Database>, unitId: string): Promise<{ id: string; name: string }[]> {
  return listSubtreeUnits(db, unitId);
}

export function unitChoicesIn(units: readonly UnitNode[], unitId: string): { id: string; name: string }[] {
  const subtree = subtreeIds(units, unitId);
  return units.filter((u) => subtree.has(u.id)).map((u) => ({ id: u.id, name: u.name }));
}
