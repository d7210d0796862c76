import { unitKinds, type UnitKind } from './hierarchy';
import type { IsoDate } from './time';

/** One row of an import file (the official list's JSON, a CSV or an XLSX), with the line it came from. */
export interface UnitImportRow {
  line: number;
  code: string;
  name: string;
  kind: string;
  parentCode: string;
  effectiveFrom: string;
  abbreviation?: string;
}

export interface ExistingUnit {
  id: string;
  code: string | null;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  effectiveTo: IsoDate | null;
}

export interface PlannedUnit {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string;
  abbreviation: string;
  effectiveFrom: IsoDate;
}

export interface UnitImportPlan {
  errors: { line: number; message: string }[];
  added: PlannedUnit[];
  /** Units in the database whose name or kind the file changes. */
  renamed: (PlannedUnit & { previousName: string })[];
  moved: (PlannedUnit & { previousParentId: string | null })[];
  reopened: PlannedUnit[];
  closed: ExistingUnit[];
  unchanged: PlannedUnit[];
}

export interface UnitImportOptions {
  /** Where rows without a parent code go: the national root. */
  rootId: string;
  /** The file is the whole official list: units of these kinds with a code it lacks are closed. */
  closeMissingKinds?: readonly UnitKind[];
  newId(code: string): string;
  /** Codes held by units outside the importer's scope: a row may not take or change them. */
  foreignCodes?: ReadonlySet<string>;
}

const kindAliases: Record<string, UnitKind> = {
  tinh: 'province',
  'thanh pho': 'province',
  huyen: 'district',
  xa: 'commune',
  phuong: 'commune',
  'dac khu': 'commune',
  so: 'department',
  phong: 'department',
};

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();

export function parseUnitKind(text: string): UnitKind | undefined {
  const key = plain(text);
  return (unitKinds as readonly string[]).includes(key) ? (key as UnitKind) : kindAliases[key];
}

const administrativeKinds = new Set<UnitKind>(['nation', 'province', 'district', 'commune']);
const isIsoDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

/** What importing the rows would do to the hierarchy; with any error, nothing of it may be applied. */
export function planUnitImport(
  rows: readonly UnitImportRow[],
  existing: readonly ExistingUnit[],
  options: UnitImportOptions,
): UnitImportPlan {
  const plan: UnitImportPlan = {
    errors: [],
    added: [],
    renamed: [],
    moved: [],
    reopened: [],
    closed: [],
    unchanged: [],
  };
  const fail = (line: number, message: string) => plan.errors.push({ line, message });
  const byCode = new Map<string, ExistingUnit>();
  for (const unit of existing) {
    if (!unit.code) continue;
    const seen = byCode.get(unit.code);
    if (!seen || (seen.effectiveTo !== null && unit.effectiveTo === null)) byCode.set(unit.code, unit);
  }
  const rowByCode = new Map<string, UnitImportRow>();
  for (const row of rows) {
    if (!row.code) fail(row.line, 'Thiếu mã đơn vị.');
    else if (rowByCode.has(row.code)) fail(row.line, `Mã ${row.code} trùng với dòng ${rowByCode.get(row.code)!.line}.`);
    else rowByCode.set(row.code, row);
    if (row.code && options.foreignCodes?.has(row.code))
      fail(row.line, `Mã ${row.code} thuộc một đơn vị ngoài phạm vi quản trị của bạn.`);
    if (!row.name.trim()) fail(row.line, 'Thiếu tên đơn vị.');
    const kind = parseUnitKind(row.kind);
    if (!kind || kind === 'nation')
      fail(
        row.line,
        `Loại đơn vị "${row.kind}" không hợp lệ: dùng province, district, commune, department, office hoặc organization.`,
      );
    if (!isIsoDate(row.effectiveFrom)) fail(row.line, `Ngày hiệu lực "${row.effectiveFrom}" phải có dạng YYYY-MM-DD.`);
    if (kind && !administrativeKinds.has(kind) && !row.abbreviation?.trim())
      fail(row.line, 'Thiếu chữ viết tắt (dùng trong số văn bản) cho sở, phòng, công chức chuyên môn hoặc tổ chức.');
  }
  const idOf = (code: string) => byCode.get(code)?.id ?? options.newId(code);
  const parentOf = new Map(existing.map((u) => [u.id, u.parentId]));
  const planned: [UnitImportRow, PlannedUnit][] = [];
  for (const row of rows) {
    const kind = parseUnitKind(row.kind);
    if (!row.code || !kind || rowByCode.get(row.code) !== row) continue;
    let parentId = options.rootId;
    if (row.parentCode) {
      if (row.parentCode === row.code) {
        fail(row.line, 'Đơn vị không thể là cấp trên của chính nó.');
        continue;
      }
      if (!rowByCode.has(row.parentCode) && !byCode.has(row.parentCode)) {
        fail(row.line, `Không tìm thấy đơn vị cấp trên mã ${row.parentCode}.`);
        continue;
      }
      parentId = idOf(row.parentCode);
    }
    const unit: PlannedUnit = {
      id: idOf(row.code),
      code: row.code,
      name: row.name.trim().normalize('NFC'),
      kind,
      parentId,
      abbreviation: row.abbreviation?.trim() || 'UBND',
      effectiveFrom: row.effectiveFrom,
    };
    parentOf.set(unit.id, parentId);
    planned.push([row, unit]);
  }
  for (const [row, unit] of planned) {
    if (formsCycle(parentOf, unit.id)) fail(row.line, `Mã ${row.code} tạo thành vòng lặp cấp trên – cấp dưới.`);
  }
  if (plan.errors.length > 0) {
    plan.errors.sort((a, b) => a.line - b.line);
    return plan;
  }
  for (const [, unit] of planned) {
    const current = byCode.get(unit.code);
    if (!current) plan.added.push(unit);
    else if (current.effectiveTo !== null) plan.reopened.push(unit);
    else {
      const isRenamed = current.name !== unit.name || current.kind !== unit.kind;
      const isMoved = current.parentId !== unit.parentId;
      if (isRenamed) plan.renamed.push({ ...unit, previousName: current.name });
      if (isMoved) plan.moved.push({ ...unit, previousParentId: current.parentId });
      if (!isRenamed && !isMoved) plan.unchanged.push(unit);
    }
  }
  const closing = new Set(options.closeMissingKinds ?? []);
  plan.closed = [...byCode.values()].filter(
    (u) => u.effectiveTo === null && closing.has(u.kind) && !rowByCode.has(u.code!),
  );
  return plan;
}

function formsCycle(parentOf: ReadonlyMap<string, string | null>, id: string): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = id; at; at = parentOf.get(at)) {
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

/** The plan's counts by unit kind, as `units:import --json` prints them. */
export function countUnitImport(plan: UnitImportPlan) {
  const byKind = (units: readonly { kind: UnitKind }[]) => {
    const counts: Partial<Record<UnitKind, number>> = {};
    for (const u of units) counts[u.kind] = (counts[u.kind] ?? 0) + 1;
    return counts;
  };
  return {
    added: byKind(plan.added),
    renamed: byKind(plan.renamed),
    moved: byKind(plan.moved),
    reopened: byKind(plan.reopened),
    closed: byKind(plan.closed),
    unchanged: byKind(plan.unchanged),
  };
}
