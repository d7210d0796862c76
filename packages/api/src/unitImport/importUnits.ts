import { applyUnitImport, type Database, type Kysely, listUnits, recordAudit, type User } from '@cascade/db';
import { countUnitImport, planUnitImport, subtreeIds, type UnitImportPlan } from '@cascade/domain';
import { randomUUID } from 'node:crypto';
import { ensureNationRoot } from './nationRoot';
import { readUnitFile, type UnitFileFormat } from './readUnitFile';

export interface UnitImportRequest {
  fileName: string;
  content: Buffer;
  dryRun: boolean;
  /** The official list carries no dates: its units are in force from this day (the 2-level model by default). */
  effectiveFrom?: string;
  /** The administrator importing through the web app; the operator's command has none and may touch every unit. */
  admin?: User;
}

export interface UnitImportResult {
  format: UnitFileFormat;
  applied: boolean;
  counts: ReturnType<typeof countUnitImport>;
  errors: { line: number; message: string }[];
  plan: UnitImportPlan;
}

const officialListFrom = '2025-07-01';

/** Reads the file, works out what it would change and, unless it is a dry run or has a bad row, applies all of it. */
export async function importUnits(db: Kysely<Database>, request: UnitImportRequest): Promise<UnitImportResult> {
  const effectiveFrom = request.effectiveFrom ?? officialListFrom;
  const file = await readUnitFile(request.fileName, request.content, effectiveFrom);
  const rootId = request.admin ? request.admin.scope_unit_id : await ensureNationRoot(db, request.dryRun);
  const units = await listUnits(db);
  const scope = request.admin
    ? subtreeIds(
        units.map((u) => ({
          ...u,
          parentId: u.parent_id,
          effectiveFrom: u.effective_from,
          effectiveTo: u.effective_to,
        })),
        rootId,
      )
    : undefined;
  const inScope = scope ? units.filter((u) => scope.has(u.id)) : units;
  const foreignCodes = new Set(units.filter((u) => u.code && scope && !scope.has(u.id)).map((u) => u.code!));
  const plan = planUnitImport(
    file.rows,
    inScope.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      parentId: u.parent_id,
      effectiveTo: u.effective_to,
    })),
    {
      rootId,
      foreignCodes,
      closeMissingKinds: file.format === 'official-json' ? ['province', 'commune'] : [],
      newId: (code) => (units.some((u) => u.id === `dv-${code}`) ? randomUUID() : `dv-${code}`),
    },
  );
  const counts = countUnitImport(plan);
  const applied = !request.dryRun && plan.errors.length === 0;
  if (applied) {
    await applyUnitImport(db, plan, effectiveFrom, request.admin?.id ?? null);
    await recordAudit(db, {
      actorUserId: request.admin?.id ?? null,
      unitId: rootId,
      action: 'admin.units.import',
      subjectId: request.fileName,
      data: { before: null, after: counts },
      idempotencyKey: null,
    });
  }
  return { format: file.format, applied, counts, errors: plan.errors, plan };
}
