export type { ObligationRef, PlanActivities, SubPlanStart, SubPlanStartsOf } from './activities';
export * from './messages';
export type * from './types';
export * from './searchAttributes';
