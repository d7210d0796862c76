import type { AuditLogRow } from '@cascade/db';
import { actionLabel, outcomeOf } from './auditLabels';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const compact = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));

/** What the entry says beyond its columns: the refused request, the lockout's end, the values changed. */
function detailOf(row: AuditLogRow): string {
  const { data } = row;
  if (row.action === 'access.refused') return `${text(data.path)}: ${text(data.message)}`;
  if (row.action === 'auth.lockout') return `Khóa đến ${text(data.until)}`;
  if (row.action.startsWith('admin.')) return `Trước: ${compact(data.before)} · Sau: ${compact(data.after)}`;
  return text(data.userAgent) ? `Trình duyệt: ${text(data.userAgent)}` : '';
}

/** One audit entry as the administrator's page and export show it. */
export function auditEntryView(row: AuditLogRow) {
  const target = row.subjectUserName ?? row.subjectUnitName;
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    action: row.action,
    actionLabel: actionLabel(row.action),
    actorId: row.actorId,
    actorName: row.actorName,
    // A failed sign-in under an unknown name has no user: the name typed is what there is.
    actorUsername: row.actorUsername ?? (text(row.data.username) || null),
    unitName: row.actorUnitName,
    address: text(row.data.address) || null,
    target: target ? `${target} (${row.subjectId})` : row.subjectId,
    outcome: outcomeOf(row.action),
    detail: detailOf(row).slice(0, 1_000),
  };
}

export type AuditEntryView = ReturnType<typeof auditEntryView>;
