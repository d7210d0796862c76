import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'inbox' }
  | { page: 'task'; taskId: string }
  | { page: 'progress'; planId: string }
  | { page: 'plans' }
  | { page: 'importPlan' }
  | { page: 'notifications' }
  | { page: 'adminTemplates' }
  | { page: 'adminTemplate'; templateId: string }
  | { page: 'adminCalendar' }
  | { page: 'adminMerger' };

export const hrefTo = {
  inbox: () => '#/',
  task: (taskId: string) => `#/task/${encodeURIComponent(taskId)}`,
  progress: (planId: string) => `#/progress/${encodeURIComponent(planId)}`,
  plans: () => '#/plans',
  importPlan: () => '#/import',
  notifications: () => '#/notifications',
  adminTemplates: () => '#/admin/templates',
  adminTemplate: (templateId: string) => `#/admin/templates/${encodeURIComponent(templateId)}`,
  adminCalendar: () => '#/admin/calendar',
  adminMerger: () => '#/admin/merger',
};

export function parseRoute(hash: string): Route {
  const [page, id] = hash.replace(/^#\/?/, '').split('/');
  if (page === 'admin') return parseAdminRoute(hash.replace(/^#\/?admin\/?/, '').split('/'));
  if (page === 'task' && id) return { page: 'task', taskId: decodeURIComponent(id) };
  if (page === 'progress' && id) return { page: 'progress', planId: decodeURIComponent(id) };
  if (page === 'plans') return { page: 'plans' };
  if (page === 'import') return { page: 'importPlan' };
  if (page === 'notifications') return { page: 'notifications' };
  return { page: 'inbox' };
}

function parseAdminRoute([section, id]: string[]): Route {
  if (section === 'templates' && id) return { page: 'adminTemplate', templateId: decodeURIComponent(id) };
  if (section === 'calendar') return { page: 'adminCalendar' };
  if (section === 'merger') return { page: 'adminMerger' };
  return { page: 'adminTemplates' };
}

export function navigate(href: string): void {
  window.location.hash = href;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
