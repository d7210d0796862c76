import { type Database, type Kysely, searchCascadeUnits, type User } from '@cascade/db';
import { foldVietnamese } from '@cascade/domain';
import { scopeOfPlan } from './scopeOfPlan';

const collator = new Intl.Collator('vi');
const maxResults = 50;

/** The units of a cascade in the user's scope whose name holds every word typed, with or without diacritics. */
export async function searchUnits(db: Kysely<Database>, user: User, planId: string, query: string) {
  const plan = await scopeOfPlan(db, user, planId);
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const found = await searchCascadeUnits(db, plan.id, user.scope_unit_id, words, maxResults);
  return found.sort((a, b) => collator.compare(a.unitName, b.unitName));
}
