import type { Kysely } from 'kysely';
import type { AuditEvent, Database } from '../schema';

export interface AuditEntry {
  actorUserId: string | null;
  unitId: string | null;
  action: string;
  subjectId: string;
  data?: Record<string, unknown>;
  /** Recorded once per key: a retried activity passes the same key and adds nothing. */
  idempotencyKey: string | null;
}

export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_user_id: entry.actorUserId,
      unit_id: entry.unitId,
      action: entry.action,
      subject_id: entry.subjectId,
      data: JSON.stringify(entry.data ?? {}),
      idempotency_key: entry.idempotencyKey,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
}

export function listAudit(db: Kysely<Database>, subjectId: string): Promise<AuditEvent[]> {
  return db.selectFrom('audit_events').selectAll().where('subject_id', '=', subjectId).orderBy('id').execute();
}

/** Steps of workflows that failed for good (no retry could fix them), newest first. */
export function listFailedSteps(db: Kysely<Database>, limit = 200): Promise<AuditEvent[]> {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', 'step.failed')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The latest changes to the given units and to what belongs to them, newest first. */
export function listUnitsAudit(db: Kysely<Database>, unitIds: readonly string[], limit = 200): Promise<AuditEvent[]> {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('unit_id', 'in', [...unitIds])
    .where('action', 'like', 'admin.%')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
