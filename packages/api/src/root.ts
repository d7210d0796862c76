import { adminRouter } from './router/admin';
import { auditRouter } from './router/audit';
import { authRouter } from './router/auth';
import { draftsRouter } from './router/drafts';
import { monitorRouter } from './router/monitor';
import { notificationsRouter } from './router/notifications';
import { plansRouter } from './router/plans';
import { reportsRouter } from './router/reports';
import { signOffsRouter } from './router/signOffs';
import { tasksRouter } from './router/tasks';
import { unitsRouter } from './router/units';
import { usersRouter } from './router/users';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  admin: adminRouter,
  audit: auditRouter,
  auth: authRouter,
  drafts: draftsRouter,
  monitor: monitorRouter,
  notifications: notificationsRouter,
  plans: plansRouter,
  reports: reportsRouter,
  signOffs: signOffsRouter,
  tasks: tasksRouter,
  units: unitsRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
