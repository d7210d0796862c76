import { type Database, findPlan, type Kysely, type Plan } from '@cascade/db';

/** 0 for a top plan, 1 for its sub-plans, and so on: a plan's direct subordinates report by `dueOnByLevel[depth]`. */
export async function planDepth(db: Kysely<Database>, plan: Plan): Promise<number> {
  let depth = 0;
  for (let p = plan; p.parent_plan_id; depth += 1) p = (await findPlan(db, p.parent_plan_id))!;
  return depth;
}
