export type { ObligationRef, PlanActivities, SubPlanStart } from './activities';
export * from './messages';
export type * from './types';
export * from './searchAttributes';
