import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { ErrorNotice } from './components/ErrorNotice';
import { Header } from './components/Header';
import { LoginPage } from './pages/LoginPage';
import { type Route, useRoute } from './routes';
import type { CurrentUser } from './session';
import { trpc } from './trpc';
import {
  AdminPage,
  ChangePasswordPage,
  ImportPlanPage,
  InboxPage,
  MonitorPage,
  MonitorPlanPage,
  NotificationsPage,
  PlanReadPage,
  PlansPage,
  ProgressPage,
  SessionsPage,
  TaskPage,
} from './lazyPages';

export function App() {
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending) return <p className="loading">Đang tải…</p>;
  if (me.isError) return <ErrorNotice error={me.error} />;
  if (!me.data) return <LoginPage />;
  if (me.data.mustChangePassword)
    return (
      <Suspense fallback={<p className="loading">Đang tải…</p>}>
        <ChangePasswordPage user={me.data} />
      </Suspense>
    );
  return (
    <>
      <Header user={me.data} />
      <main className="page">
        <Suspense fallback={<p className="loading">Đang tải…</p>}>
          <CurrentPage user={me.data} />
        </Suspense>
      </main>
    </>
  );
}

function CurrentPage({ user }: { user: CurrentUser }) {
  const route: Route = useRoute();
  switch (route.page) {
    case 'task':
      return <TaskPage key={route.taskId} taskId={route.taskId} user={user} />;
    case 'progress':
      return <ProgressPage key={route.planId} planId={route.planId} user={user} />;
    case 'plan':
      return <PlanReadPage key={route.planId} planId={route.planId} />;
    case 'plans':
      return <PlansPage />;
    case 'monitor':
      return <MonitorPage year={route.year} />;
    case 'monitorPlan':
      return <MonitorPlanPage key={route.planId} planId={route.planId} view={route.view} />;
    case 'notifications':
      return <NotificationsPage />;
    case 'sessions':
      return <SessionsPage />;
    case 'importPlan':
      return <ImportPlanPage user={user} />;
    case 'inbox':
      return <InboxPage user={user} />;
    case 'adminTemplates':
    case 'adminTemplate':
    case 'adminCalendar':
    case 'adminMerger':
    case 'adminOperations':
    case 'adminUnits':
    case 'adminUsers':
    case 'adminImport':
    case 'adminAudit':
      return <AdminPage route={route} user={user} />;
  }
}
