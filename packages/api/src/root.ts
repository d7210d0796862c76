import { authRouter } from './router/auth';
import { plansRouter } from './router/plans';
import { tasksRouter } from './router/tasks';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  auth: authRouter,
  plans: plansRouter,
  tasks: tasksRouter,
});

export type AppRouter = typeof appRouter;
