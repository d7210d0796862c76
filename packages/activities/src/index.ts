import type { PlanActivities } from '@cascade/workflows';
import type { ActivityDependencies } from './dependencies';
import { createObligationActivities } from './obligationActivities';
import { endingForGood } from './permanentFailures';
import { createPlanLifecycleActivities } from './planActivities';
import { startSubPlanWorkflows } from './subPlanStarts';

export type { ActivityDependencies } from './dependencies';
export { startMailOutbox } from './mailOutbox';
export { logMailer, smtpMailer } from './notifier';

export function createActivities(deps: ActivityDependencies): PlanActivities {
  return endingForGood(deps.db, {
    ...createPlanLifecycleActivities(deps),
    ...createObligationActivities(deps),
    startSubPlanWorkflows,
  });
}
