import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';

/** The kinds of entry an administrator reads: sign-ins, refusals and administrators' changes. */
export const auditKinds = {
  login: ['auth.login'],
  loginFailed: ['auth.loginFailed'],
  lockout: ['auth.lockout'],
  logout: ['auth.logout', 'auth.logoutEverywhere'],
  refused: ['access.refused'],
  admin: ['admin.%'],
} as const;

export type AuditKind = keyof typeof auditKinds;

export interface AuditLogFilter {
  /** The units whose users and entries may be read; null reads every entry (a national administrator). */
  scopeUnitIds: readonly string[] | null;
  kinds: readonly AuditKind[];
  /** Part of the actor's username or name (or, for a failed sign-in, of the username typed). */
  actor?: string | undefined;
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
}

export interface AuditLogRow {
  id: number;
  at: Date;
  action: string;
  actorId: string | null;
  actorName: string | null;
  actorUsername: string | null;
  actorUnitName: string | null;
  subjectId: string;
  subjectUserName: string | null;
  subjectUnitName: string | null;
  data: Record<string, unknown>;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filtered(db: Kysely<Database>, filter: AuditLogFilter) {
  const patterns = (filter.kinds.length ? filter.kinds : (Object.keys(auditKinds) as AuditKind[])).flatMap(
    (k) => auditKinds[k],
  );
  const scope = filter.scopeUnitIds;
  const actor = filter.actor?.trim() ? `%${escapeLike(filter.actor.trim())}%` : null;
  return db
    .selectFrom('audit_events as e')
    .leftJoin('users as actor', 'actor.id', 'e.actor_user_id')
    .where((eb) => eb.or(patterns.map((p) => eb('e.action', 'like', p))))
    .$if(scope !== null, (q) =>
      q.where((eb) =>
        scope!.length === 0
          ? eb.val(false)
          : eb.or([eb('e.unit_id', 'in', [...scope!]), eb('actor.unit_id', 'in', [...scope!])]),
      ),
    )
    .$if(actor !== null, (q) =>
      q.where((eb) =>
        eb.or([
          eb('actor.username', 'ilike', actor!),
          eb('actor.display_name', 'ilike', actor!),
          eb(sql<string>`e.data->>'username'`, 'ilike', actor!),
        ]),
      ),
    )
    .$if(filter.from !== undefined, (q) => q.where('e.at', '>=', filter.from!))
    .$if(filter.to !== undefined, (q) => q.where('e.at', '<', filter.to!));
}

/** One page of the audit log, newest first, with who did it (name, unit) and what it was done to. */
export async function listAuditLog(
  db: Kysely<Database>,
  filter: AuditLogFilter,
  page: { offset: number; limit: number },
): Promise<{ total: number; rows: AuditLogRow[] }> {
  const [count, rows] = await Promise.all([
    filtered(db, filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
    filtered(db, filter)
      .leftJoin('units as actorUnit', 'actorUnit.id', 'actor.unit_id')
      .leftJoin('users as subjectUser', 'subjectUser.id', 'e.subject_id')
      .leftJoin('units as subjectUnit', 'subjectUnit.id', 'e.subject_id')
      .select([
        'e.id',
        'e.at',
        'e.action',
        'e.actor_user_id as actorId',
        'actor.display_name as actorName',
        'actor.username as actorUsername',
        'actorUnit.name as actorUnitName',
        'e.subject_id as subjectId',
        'subjectUser.display_name as subjectUserName',
        'subjectUnit.name as subjectUnitName',
        'e.data',
      ])
      .orderBy('e.id', 'desc')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
  ]);
  return { total: Number(count.n), rows };
}
