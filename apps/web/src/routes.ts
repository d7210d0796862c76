import { useSyncExternalStore } from 'react';
import { shownLocationHash, subscribeToShownHash } from './leaveGuard';

export type Route =
  | { page: 'inbox' }
  | { page: 'task'; taskId: string }
  | { page: 'progress'; planId: string }
  | { page: 'plan'; planId: string }
  | { page: 'plans' }
  | { page: 'importPlan' }
  | { page: 'notifications' }
  | { page: 'sessions' }
  | { page: 'adminTemplates' }
  | { page: 'adminTemplate'; templateId: string }
  | { page: 'adminCalendar' }
  | { page: 'adminMerger' }
  | { page: 'adminOperations' }
  | { page: 'adminUnits'; unitId?: string }
  | { page: 'adminUsers' }
  | { page: 'adminImport' }
  | { page: 'adminAudit' }
  | { page: 'monitor'; year: number | null }
  | { page: 'monitorPlan'; planId: string; view: MonitorView };

/** What a monitor page shows, kept in the URL so that it can be shared and reloaded. */
export interface MonitorView {
  tab: 'grid' | 'rates' | 'indicators' | 'timeline' | 'overdue';
  status: string | null;
  search: string;
  /** The report round the indicators are read for; the latest one due when null. */
  round: string | null;
  /** The unit's plan whose timeline is open beside the grid. */
  unitPlan: string | null;
}

export const hrefTo = {
  inbox: () => '#/',
  task: (taskId: string) => `#/task/${encodeURIComponent(taskId)}`,
  progress: (planId: string) => `#/progress/${encodeURIComponent(planId)}`,
  plan: (planId: string) => `#/plan/${encodeURIComponent(planId)}`,
  plans: () => '#/plans',
  importPlan: () => '#/import',
  notifications: () => '#/notifications',
  sessions: () => '#/sessions',
  adminTemplates: () => '#/admin/templates',
  adminTemplate: (templateId: string) => `#/admin/templates/${encodeURIComponent(templateId)}`,
  adminCalendar: () => '#/admin/calendar',
  adminMerger: () => '#/admin/merger',
  adminOperations: () => '#/admin/operations',
  adminUnits: (unitId?: string) => (unitId ? `#/admin/units/${encodeURIComponent(unitId)}` : '#/admin/units'),
  adminUsers: () => '#/admin/users',
  adminImport: () => '#/admin/import',
  adminAudit: () => '#/admin/audit',
  monitor: (year: number | null = null) => `#/monitor${year ? `?year=${year}` : ''}`,
  monitorPlan: (planId: string, view: Partial<MonitorView> = {}) => {
    const query = new URLSearchParams();
    if (view.tab && view.tab !== 'grid') query.set('tab', view.tab);
    if (view.status) query.set('status', view.status);
    if (view.search) query.set('q', view.search);
    if (view.round) query.set('round', view.round);
    if (view.unitPlan) query.set('unit', view.unitPlan);
    const suffix = query.toString();
    return `#/monitor/${encodeURIComponent(planId)}${suffix ? `?${suffix}` : ''}`;
  },
};

const monitorTabs: readonly MonitorView['tab'][] = ['grid', 'rates', 'indicators', 'timeline', 'overdue'];

function parseMonitorRoute(id: string | undefined, query: URLSearchParams): Route {
  if (!id) {
    const year = Number(query.get('year'));
    return { page: 'monitor', year: Number.isInteger(year) && year > 0 ? year : null };
  }
  const tab = monitorTabs.find((t) => t === query.get('tab')) ?? 'grid';
  return {
    page: 'monitorPlan',
    planId: decodeURIComponent(id),
    view: {
      tab,
      status: query.get('status'),
      search: query.get('q') ?? '',
      round: query.get('round'),
      unitPlan: query.get('unit'),
    },
  };
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page, id] = path.split('/');
  if (page === 'monitor') return parseMonitorRoute(id, new URLSearchParams(search));
  if (page === 'admin') return parseAdminRoute(hash.replace(/^#\/?admin\/?/, '').split('/'));
  if (page === 'task' && id) return { page: 'task', taskId: decodeURIComponent(id) };
  if (page === 'progress' && id) return { page: 'progress', planId: decodeURIComponent(id) };
  if (page === 'plan' && id) return { page: 'plan', planId: decodeURIComponent(id) };
  if (page === 'plans') return { page: 'plans' };
  if (page === 'import') return { page: 'importPlan' };
  if (page === 'notifications') return { page: 'notifications' };
  if (page === 'sessions') return { page: 'sessions' };
  return { page: 'inbox' };
}

function parseAdminRoute([section, id]: string[]): Route {
  if (section === 'templates' && id) return { page: 'adminTemplate', templateId: decodeURIComponent(id) };
  if (section === 'calendar') return { page: 'adminCalendar' };
  if (section === 'merger') return { page: 'adminMerger' };
  if (section === 'operations') return { page: 'adminOperations' };
  if (section === 'units') return id ? { page: 'adminUnits', unitId: decodeURIComponent(id) } : { page: 'adminUnits' };
  if (section === 'users') return { page: 'adminUsers' };
  if (section === 'import') return { page: 'adminImport' };
  if (section === 'audit') return { page: 'adminAudit' };
  return { page: 'adminTemplates' };
}

export function navigate(href: string): void {
  window.location.hash = href;
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribeToShownHash, shownLocationHash);
  return parseRoute(hash);
}
