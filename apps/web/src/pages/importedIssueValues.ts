import type { ImportedIssue } from '@cascade/domain';
import type { IssueFormValues } from './issueFormValues';

const sameName = (a: string, b: string) =>
  a.normalize('NFC').trim().toLocaleLowerCase('vi') === b.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * The issue form's values with what the file says filled in; the rest stays as it was. The focal unit is taken only
 * when the file names one of the candidates exactly, and a target only on an indicator of the plan.
 */
export function withImportedIssue(
  blank: IssueFormValues,
  imported: ImportedIssue | null | undefined,
  focalCandidates: readonly { id: string; name: string }[],
): IssueFormValues {
  if (!imported) return blank;
  const focal = imported.focalUnit ? focalCandidates.find((c) => sameName(c.name, imported.focalUnit!)) : undefined;
  const targets = { ...blank.targets };
  for (const [key, value] of Object.entries(imported.targets))
    if (key in targets) targets[key] = String(value).replace('.', ',');
  return {
    ...blank,
    documentNumber: imported.documentNumber ?? blank.documentNumber,
    issuedOn: imported.issuedOn ?? blank.issuedOn,
    signingCapacity: imported.signingCapacity ?? blank.signingCapacity,
    signerName: imported.signerName ?? blank.signerName,
    signerTitle: imported.signerTitle ?? blank.signerTitle,
    recipients: imported.recipients.length > 0 ? imported.recipients.join('\n') : blank.recipients,
    subPlanDueOn: imported.subPlanDueOn ?? blank.subPlanDueOn,
    focalUnitId: focal?.id ?? blank.focalUnitId,
    targets,
  };
}
