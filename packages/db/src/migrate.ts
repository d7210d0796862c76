import type { Kysely } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import * as initial from './migrations/2026-11-23T0900-initial';
import * as reports from './migrations/2026-11-23T1000-reports';
import * as userEmail from './migrations/2026-11-23T1100-user-email';
import * as assessment from './migrations/2026-11-23T1200-assessment';
import * as calendar from './migrations/2026-11-23T1300-calendar';
import * as focalUnit from './migrations/2026-11-23T1400-focal-unit';
import * as planForm from './migrations/2026-11-23T1400-plan-form';
import * as idempotentWrites from './migrations/2026-11-23T1430-idempotent-writes';
import * as draftApprovals from './migrations/2026-11-23T1500-draft-approvals';
import * as reportDetails from './migrations/2026-11-23T1600-report-details';
import * as mailOutbox from './migrations/2026-11-30T1100-mail-outbox';
import * as files from './migrations/2026-11-30T1200-files';
import * as inlineFilesOut from './migrations/2026-11-30T1210-inline-files-out';
import * as hashedSessions from './migrations/2026-11-30T1700-hashed-sessions';
import * as unitHistory from './migrations/2026-11-30T1000-unit-history';
import * as userAdmin from './migrations/2026-11-30T1100-user-admin';
import * as templateOwner from './migrations/2026-11-30T1200-template-owner';
import * as notificationEmail from './migrations/2026-12-01T0300-notification-email';
import * as autosavedDrafts from './migrations/2026-12-01T0400-autosaved-drafts';
import * as provinceCalendar from './migrations/2026-12-01T0700-province-calendar';
import * as externalFileContents from './migrations/2026-12-01T0500-external-file-contents';
import * as planImportedIssue from './migrations/2026-12-01T0500-plan-imported-issue';
import * as monitorIndexes from './migrations/2026-12-01T0600-monitor-indexes';
import * as reportSignOffs from './migrations/2026-12-02T0200-report-sign-offs';
import * as loginAttempts from './migrations/2026-12-02T0300-login-attempts';
import * as unitSearchNames from './migrations/2026-12-02T0500-unit-search-names';
import * as reportUpdateIds from './migrations/2026-12-03T1207-report-update-ids';
import * as planIssueUpdateIds from './migrations/2026-12-04T0800-plan-issue-update-ids';
import type { Database } from './schema';

const migrations: Record<string, Migration> = {
  '2026-11-23T0900-initial': initial,
  '2026-11-23T1000-reports': reports,
  '2026-11-23T1100-user-email': userEmail,
  '2026-11-23T1200-assessment': assessment,
  '2026-11-23T1300-calendar': calendar,
  '2026-11-23T1400-focal-unit': focalUnit,
  '2026-11-23T1400-plan-form': planForm,
  '2026-11-23T1430-idempotent-writes': idempotentWrites,
  '2026-11-23T1500-draft-approvals': draftApprovals,
  '2026-11-23T1600-report-details': reportDetails,
  '2026-11-30T1100-mail-outbox': mailOutbox,
  '2026-11-30T1200-files': files,
  '2026-11-30T1210-inline-files-out': inlineFilesOut,
  '2026-11-30T1700-hashed-sessions': hashedSessions,
  '2026-11-30T1000-unit-history': unitHistory,
  '2026-11-30T1100-user-admin': userAdmin,
  '2026-11-30T1200-template-owner': templateOwner,
  '2026-12-01T0300-notification-email': notificationEmail,
  '2026-12-01T0400-autosaved-drafts': autosavedDrafts,
  '2026-12-01T0700-province-calendar': provinceCalendar,
  '2026-12-01T0500-external-file-contents': externalFileContents,
  '2026-12-01T0500-plan-imported-issue': planImportedIssue,
  '2026-12-01T0600-monitor-indexes': monitorIndexes,
  '2026-12-02T0200-report-sign-offs': reportSignOffs,
  '2026-12-02T0300-login-attempts': loginAttempts,
  '2026-12-02T0500-unit-search-names': unitSearchNames,
  '2026-12-03T1207-report-update-ids': reportUpdateIds,
  '2026-12-04T0800-plan-issue-update-ids': planIssueUpdateIds,
};

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
