import type { PlanActivities } from '@cascade/workflows';
import type { ActivityDependencies } from './dependencies';
import { createObligationActivities } from './obligationActivities';
import { createPlanLifecycleActivities } from './planActivities';

export type { ActivityDependencies } from './dependencies';
export { logMailer, type Mailer, smtpMailer } from './notifier';

export function createActivities(deps: ActivityDependencies): PlanActivities {
  return { ...createPlanLifecycleActivities(deps), ...createObligationActivities(deps) };
}
