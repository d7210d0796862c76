import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().trim().max(max);

/** What the importer read of a plan's issue, kept with the plan as the issue form's defaults (checked again on issue). */
export const importedIssueSchema = z.object({
  documentNumber: text(60).nullable(),
  issuedOn: isoDate.nullable(),
  signingCapacity: z.enum(['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.']).nullable(),
  signerName: text(200).nullable(),
  signerTitle: text(200).nullable(),
  recipients: z.array(text(500)).max(100),
  subPlanDueOn: isoDate.nullable(),
  focalUnit: text(300).nullable(),
  targets: z.record(z.string().max(60), z.number().min(0)),
  unmappedTargets: z.array(text(1000)).max(100),
});
