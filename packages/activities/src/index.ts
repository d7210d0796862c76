export { createPlanActivities, type ActivityDependencies } from './planActivities';
export { logNotifier, type Notification, type Notifier } from './notifier';
