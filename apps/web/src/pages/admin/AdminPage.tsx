import type { Route } from '../../routes';
import { type CurrentUser, isAdministrator } from '../../session';
import { AdminNav } from './AdminNav';
import { CalendarDaysPage } from './CalendarDaysPage';
import { OperationsPage } from './OperationsPage';
import { TemplatePage } from './TemplatePage';
import { TemplatesPage } from './TemplatesPage';
import { UnitMergerPage } from './UnitMergerPage';
import { AuditPage } from './audit/AuditPage';
import { ImportPage } from './import/ImportPage';
import { UnitsPage } from './units/UnitsPage';
import { UsersPage } from './users/UsersPage';

type AdminRoute = Extract<
  Route,
  {
    page:
      | 'adminTemplates'
      | 'adminTemplate'
      | 'adminCalendar'
      | 'adminMerger'
      | 'adminUnits'
      | 'adminUsers'
      | 'adminImport'
      | 'adminAudit'
      | 'adminOperations';
  }
>;

/** Quản trị: units, users, imports, the audit log, templates, the calendar, mergers, operations. The server checks the role too. */
export function AdminPage({ route, user }: { route: AdminRoute; user: CurrentUser }) {
  if (!isAdministrator(user))
    return (
      <p className="notice notice-error" role="alert">
        Chỉ quản trị viên mới xem được trang này.
      </p>
    );
  return (
    <section>
      <AdminNav current={route.page} />
      {route.page === 'adminTemplates' && <TemplatesPage />}
      {route.page === 'adminTemplate' && <TemplatePage key={route.templateId} templateId={route.templateId} />}
      {route.page === 'adminCalendar' && <CalendarDaysPage />}
      {route.page === 'adminMerger' && <UnitMergerPage />}
      {route.page === 'adminOperations' && <OperationsPage />}
      {route.page === 'adminUnits' && <UnitsPage selectedId={route.unitId} />}
      {route.page === 'adminUsers' && <UsersPage />}
      {route.page === 'adminImport' && <ImportPage />}
      {route.page === 'adminAudit' && <AuditPage />}
    </section>
  );
}
