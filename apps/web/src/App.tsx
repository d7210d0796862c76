import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from './components/ErrorNotice';
import { AdminPage } from './pages/admin/AdminPage';
import { Header } from './components/Header';
import { InboxPage } from './pages/InboxPage';
import { LoginPage } from './pages/LoginPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { PlansPage } from './pages/PlansPage';
import { ProgressPage } from './pages/ProgressPage';
import { TaskPage } from './pages/TaskPage';
import { type Route, useRoute } from './routes';
import type { CurrentUser } from './session';
import { trpc } from './trpc';

export function App() {
  const me = useQuery(trpc.auth.me.queryOptions());
  if (me.isPending) return <p className="loading">Đang tải…</p>;
  if (me.isError) return <ErrorNotice error={me.error} />;
  if (!me.data) return <LoginPage />;
  return (
    <>
      <Header user={me.data} />
      <main className="page">
        <CurrentPage user={me.data} />
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
    case 'plans':
      return <PlansPage />;
    case 'notifications':
      return <NotificationsPage />;
    case 'inbox':
      return <InboxPage user={user} />;
    case 'adminTemplates':
    case 'adminTemplate':
    case 'adminCalendar':
    case 'adminMerger':
      return <AdminPage route={route} user={user} />;
  }
}
