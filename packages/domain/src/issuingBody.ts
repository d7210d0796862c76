import type { UnitKind } from './hierarchy';
import type { SigningCapacity } from './planDocument';
import { headTitleOf, signingBlockLines } from './signingBlock';

/** The issuer as the document's header names it: its parent body above it (none for a UBND) and its abbreviation. */
export interface IssuingBody {
  /** "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "SỞ NỘI VỤ". */
  name: string;
  /** The name as a sentence says it: "Ủy ban nhân dân tỉnh Gia Lai", "Sở Nội vụ". */
  nameInText: string;
  /** "UBND TỈNH GIA LAI" above a Sở; null for a UBND, which has none. */
  parentName: string | null;
  /** The issuer part of the ký hiệu: "UBND" in 44/KH-UBND, "SNV" in 12/BC-SNV. */
  abbreviation: string;
  /** A body run collectively signs "TM. ỦY BAN NHÂN DÂN"; null for one led by a single head. */
  collectiveName: string | null;
  /** The head of the body, whom a deputy signs for: "Chủ tịch", "Giám đốc". */
  headTitle: string;
  /** The place a document is dated at: "Gia Lai", "Tân Việt". */
  place: string;
}

export interface IssuingUnit {
  name: string;
  kind: UnitKind;
  abbreviation?: string | null;
}

const localGovernmentKinds: ReadonlySet<UnitKind> = new Set(['province', 'district', 'commune']);
const upper = (text: string) => text.normalize('NFC').trim().toLocaleUpperCase('vi');
// "Tỉnh Gia Lai" → "Gia Lai"; the level word starts the name of every local government in the seeds.
const placeOf = (name: string) =>
  name.replace(/^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+/iu, '').trim();

function headOfDepartment(name: string): string {
  if (/^sở(?=\s|$)/iu.test(name)) return 'Giám đốc';
  if (/^phòng(?=\s|$)/iu.test(name)) return 'Trưởng phòng';
  if (/^thanh tra(?=\s|$)/iu.test(name)) return 'Chánh Thanh tra';
  if (/^văn phòng(?=\s|$)/iu.test(name)) return 'Chánh Văn phòng';
  if (/^ban(?=\s|$)/iu.test(name)) return 'Trưởng ban';
  return 'Thủ trưởng';
}

/** The UBND of a local government, the body that issues in its name. */
const governmentOf = (unit: IssuingUnit) => `Ủy ban nhân dân ${unit.name.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`;

/**
 * The issuer's header from the unit hierarchy: a tỉnh/huyện/xã issues as its Ủy ban nhân dân; a department under it
 * carries the parent's "UBND …" above its own name. The abbreviation is the unit's own, "UBND" when it has none.
 */
export function issuingBodyOf(unit: IssuingUnit, parent: IssuingUnit | null): IssuingBody {
  const place = parent && !localGovernmentKinds.has(unit.kind) ? placeOf(parent.name) : placeOf(unit.name);
  if (localGovernmentKinds.has(unit.kind)) {
    return {
      name: upper(governmentOf(unit)),
      nameInText: governmentOf(unit),
      parentName: null,
      abbreviation: unit.abbreviation?.trim() || 'UBND',
      collectiveName: 'ỦY BAN NHÂN DÂN',
      headTitle: 'Chủ tịch',
      place,
    };
  }
  const parentName = parent
    ? localGovernmentKinds.has(parent.kind)
      ? `UBND ${upper(parent.name)}`
      : upper(parent.name)
    : null;
  return {
    name: upper(unit.name),
    nameInText: unit.name.trim(),
    parentName,
    abbreviation: unit.abbreviation?.trim() || 'UBND',
    collectiveName: null,
    headTitle: headOfDepartment(unit.name),
    place,
  };
}

/**
 * The signing lines of an issued document: a deputy ("Phó Giám đốc") signing KT. signs for the head of their own
 * title; otherwise for the body's head. A draft, not yet signed, shows the head's own block.
 */
export function signingLinesOf(
  issue: { signingCapacity: SigningCapacity; signerTitle: string } | null,
  issuer: Pick<IssuingBody, 'collectiveName' | 'headTitle'>,
): string[] {
  if (!issue)
    return signingBlockLines({
      capacity: 'TM.',
      collectiveName: issuer.collectiveName,
      headTitle: issuer.headTitle,
      signerTitle: issuer.headTitle,
    });
  const isDeputy = /^phó\s/iu.test(issue.signerTitle.trim());
  return signingBlockLines({
    capacity: issue.signingCapacity,
    collectiveName: issuer.collectiveName,
    headTitle: issue.signingCapacity === 'KT.' && isDeputy ? headTitleOf(issue.signerTitle) : issuer.headTitle,
    signerTitle: issue.signerTitle,
  });
}
