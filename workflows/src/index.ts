export type { ObligationRef, PlanActivities } from './activities';
export * from './messages';
export type * from './types';
export * from './searchAttributes';
