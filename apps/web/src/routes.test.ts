import { describe, expect, it } from 'vitest';
import { hrefTo, parseRoute } from './routes';

describe('routes', () => {
  it('round-trips ids that hold separators', () => {
    const taskId = 'kh2027-gl-0a1b2c3d4e.gl-pleiku:plan';
    expect(parseRoute(hrefTo.task(taskId))).toEqual({ page: 'task', taskId });
    expect(parseRoute(hrefTo.progress('kh2027/x'))).toEqual({ page: 'progress', planId: 'kh2027/x' });
    expect(parseRoute(hrefTo.plan('kh2027-gl-ab.gl-pleiku'))).toEqual({
      page: 'plan',
      planId: 'kh2027-gl-ab.gl-pleiku',
    });
    expect(parseRoute(hrefTo.adminTemplate('mau/v2'))).toEqual({ page: 'adminTemplate', templateId: 'mau/v2' });
  });

  it('falls back to the inbox', () => {
    expect(parseRoute('')).toEqual({ page: 'inbox' });
    expect(parseRoute('#/unknown')).toEqual({ page: 'inbox' });
    expect(parseRoute(hrefTo.plans())).toEqual({ page: 'plans' });
    expect(parseRoute(hrefTo.importPlan())).toEqual({ page: 'importPlan' });
    expect(parseRoute(hrefTo.notifications())).toEqual({ page: 'notifications' });
  });

  it('opens the administration pages, the template list by default', () => {
    expect(parseRoute(hrefTo.adminTemplates())).toEqual({ page: 'adminTemplates' });
    expect(parseRoute('#/admin')).toEqual({ page: 'adminTemplates' });
    expect(parseRoute(hrefTo.adminCalendar())).toEqual({ page: 'adminCalendar' });
    expect(parseRoute(hrefTo.adminMerger())).toEqual({ page: 'adminMerger' });
  });

  it('keeps the monitor view in the URL, so a shared link opens the same view', () => {
    const view = {
      tab: 'indicators',
      status: 'overdue',
      search: 'đak đoa',
      round: 'm03',
      unitPlan: 'kh2027.gl.pleiku',
    } as const;
    expect(parseRoute(hrefTo.monitorPlan('kh2027.gl', view))).toEqual({
      page: 'monitorPlan',
      planId: 'kh2027.gl',
      view,
    });
    expect(parseRoute(hrefTo.monitorPlan('kh2027.gl'))).toEqual({
      page: 'monitorPlan',
      planId: 'kh2027.gl',
      view: { tab: 'grid', status: null, search: '', round: null, unitPlan: null },
    });
    expect(parseRoute(hrefTo.monitor(2027))).toEqual({ page: 'monitor', year: 2027 });
    expect(parseRoute('#/monitor?year=abc')).toEqual({ page: 'monitor', year: null });
  });
});
