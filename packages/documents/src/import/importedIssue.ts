import type { ImportedPlan } from './importPlan';

export type SigningCapacityCode = 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';

/** The issue form's values as the file gives them; null or empty where it does not say (the leader completes them). */
export interface ImportedIssue {
  documentNumber: string | null;
  issuedOn: string | null;
  signingCapacity: SigningCapacityCode | null;
  signerName: string | null;
  signerTitle: string | null;
  recipients: string[];
  subPlanDueOn: string | null;
  /** The focal unit as the file names it: the form takes it only where it names one of its units exactly. */
  focalUnit: string | null;
  /** Targets that measure one of the template's indicators, by its key. */
  targets: Record<string, number>;
  /** Targets no indicator of the template matches: listed for the officer, never assigned. */
  unmappedTargets: string[];
}

const lowerWords = new Set(['chủ tịch', 'giám đốc', 'trưởng phòng', 'trưởng ban', 'chánh văn phòng']);

/** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch": the position as a sentence writes it. */
function positionText(position: string): string {
  const lower = position.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  const titled = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  return [...lowerWords].reduce(
    (text, words) => text.replace(` ${words}`, ` ${words.charAt(0).toLocaleUpperCase('vi')}${words.slice(1)}`),
    titled,
  );
}

/** The signing capacity the block's last TM./KT./Q./TL./TUQ. line gives ("KT. CHỦ TỊCH" → "KT."). */
function capacityOf(lines: readonly string[]): SigningCapacityCode | null {
  const code = /^(TM|KT|Q|TL|TUQ)\./u.exec(lines[lines.length - 1] ?? '')?.[1];
  return code ? (`${code}.` as SigningCapacityCode) : null;
}

export function importedIssueOf(plan: ImportedPlan): ImportedIssue {
  const targets: Record<string, number> = {};
  const unmappedTargets: string[] = [];
  for (const target of plan.targets) {
    if (target.indicator && targets[target.indicator] === undefined) targets[target.indicator] = target.min;
    else unmappedTargets.push(target.text);
  }
  return {
    documentNumber: plan.documentNumber,
    issuedOn: plan.issuedOn,
    signingCapacity: plan.signer ? capacityOf(plan.signer.capacity) : null,
    signerName: plan.signer?.name ?? null,
    signerTitle: plan.signer?.position ? positionText(plan.signer.position) : null,
    recipients: plan.recipients,
    subPlanDueOn: plan.subPlanDueOn,
    focalUnit: plan.focalUnit,
    targets,
    unmappedTargets,
  };
}
