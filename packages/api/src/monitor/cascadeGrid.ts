import type { Database, Kysely, User } from '@cascade/db';
import { encodeGridCells } from '@cascade/domain';
import { readCascade } from './cascadeView';

/** The monitor's grid on the wire: its obligations in their compact form (`decodeMonitorGrid` reads them back). */
export async function cascadeGrid(db: Kysely<Database>, user: User, planId: string, now = new Date()) {
  const { plan, columns, rows, obligations, grid } = await readCascade(db, user, planId, now);
  const keys = columns.map((c) => c.key);
  return {
    plan,
    columns,
    rows,
    ...encodeGridCells(rows, keys, obligations, grid),
    rates: grid.rates,
    generatedAt: now.toISOString(),
  };
}
