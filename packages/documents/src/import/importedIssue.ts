import type { ImportedIssue, SigningCapacity } from '@cascade/domain';
import type { ImportedPlan } from './importPlan';

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
function capacityOf(lines: readonly string[]): SigningCapacity | null {
  const code = /^(TM|KT|Q|TL|TUQ)\./u.exec(lines[lines.length - 1] ?? '')?.[1];
  return code ? (`${code}.` as SigningCapacity) : null;
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
