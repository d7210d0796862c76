import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'inbox' }
  | { page: 'task'; taskId: string }
  | { page: 'progress'; planId: string }
  | { page: 'plans' }
  | { page: 'notifications' };

export const hrefTo = {
  inbox: () => '#/',
  task: (taskId: string) => `#/task/${encodeURIComponent(taskId)}`,
  progress: (planId: string) => `#/progress/${encodeURIComponent(planId)}`,
  plans: () => '#/plans',
  notifications: () => '#/notifications',
};

export function parseRoute(hash: string): Route {
  const [page, id] = hash.replace(/^#\/?/, '').split('/');
  if (page === 'task' && id) return { page: 'task', taskId: decodeURIComponent(id) };
  if (page === 'progress' && id) return { page: 'progress', planId: decodeURIComponent(id) };
  if (page === 'plans') return { page: 'plans' };
  if (page === 'notifications') return { page: 'notifications' };
  return { page: 'inbox' };
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
