import { lazy } from 'react';
import { preloadablePage } from './preloadablePage';

// Each page is its own chunk: the login page and the header load without the forms and the administration.
export const TaskPage = lazy(() => import('./pages/TaskPage').then((m) => ({ default: m.TaskPage })));
export const ProgressPage = lazy(() => import('./pages/ProgressPage').then((m) => ({ default: m.ProgressPage })));
export const PlanReadPage = lazy(() => import('./pages/PlanReadPage').then((m) => ({ default: m.PlanReadPage })));
export const PlansPage = lazy(() => import('./pages/PlansPage').then((m) => ({ default: m.PlansPage })));
export const NotificationsPage = lazy(() =>
  import('./pages/NotificationsPage').then((m) => ({ default: m.NotificationsPage })),
);
export const InboxPage = lazy(() => import('./pages/InboxPage').then((m) => ({ default: m.InboxPage })));
export const MonitorPage = lazy(() => import('./pages/monitor/MonitorPage').then((m) => ({ default: m.MonitorPage })));
export const MonitorPlanPage = preloadablePage(() =>
  import('./pages/monitor/MonitorPlanPage').then((m) => m.MonitorPlanPage),
);
export const ChangePasswordPage = lazy(() =>
  import('./pages/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);
export const AdminPage = lazy(() => import('./pages/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
export const ImportPlanPage = lazy(() =>
  import('./pages/importPlan/ImportPlanPage').then((m) => ({ default: m.ImportPlanPage })),
);
export const SessionsPage = lazy(() => import('./pages/SessionsPage').then((m) => ({ default: m.SessionsPage })));
