import { parseDocumentNumber } from '@cascade/domain';
import type { Block, OfficialDocument } from '../officialDocument';
import { paragraphsOf } from '../plan/paragraphs';
import type { ImportedPlan } from './importPlan';

/** An imported plan laid out again as a Decree 30/2020 document, so a plan brought in from a file can be re-issued. */
export function importedPlanDocument(plan: ImportedPlan): OfficialDocument {
  const number = plan.documentNumber ? parseDocumentNumber(plan.documentNumber) : null;
  const body: Block[] = [
    ...paragraphsOf(plan.preamble ?? ''),
    ...plan.sections.flatMap((s): Block[] => [
      { kind: 'section', text: `${s.number}. ${s.heading}` },
      ...paragraphsOf(s.text ?? ''),
    ]),
  ];
  return {
    type: plan.documentType ?? 'KH',
    issuer: {
      name: (plan.issuer ?? '').toLocaleUpperCase('vi'),
      parentName: null,
      abbreviation: number?.issuer ?? 'UBND',
      place: plan.place ?? '',
    },
    number: number?.number ?? null,
    issuedOn: plan.issuedOn,
    year: plan.year ?? (Number((plan.issuedOn ?? '').slice(0, 4)) || new Date().getFullYear()),
    title: plan.title ?? '',
    body,
    signer: {
      lines: [...(plan.signer?.capacity ?? []), ...(plan.signer?.position ? [plan.signer.position] : [])],
      name: plan.signer?.name ?? '',
    },
    recipients: plan.recipients,
  };
}

/** What a plan.json must hold to be rendered: the importer's shape; a message saying what is missing otherwise. */
export function checkImportedPlan(value: unknown): ImportedPlan {
  const plan = value as Partial<ImportedPlan> | null;
  const problems = [
    typeof plan?.title !== 'string' && '"title" (tên kế hoạch) phải là chuỗi',
    !Array.isArray(plan?.sections) && '"sections" phải là danh sách các mục I., II., III.',
    !Array.isArray(plan?.recipients) && '"recipients" (nơi nhận) phải là danh sách',
  ].filter(Boolean);
  if (problems.length)
    throw new Error(`Tệp kế hoạch JSON chưa đúng dạng của lệnh import-plan: ${problems.join('; ')}.`);
  const defaults: ImportedPlan = {
    documentType: null,
    documentNumber: null,
    year: null,
    issuer: null,
    place: null,
    issuedOn: null,
    preamble: '',
    references: [],
    tasks: [],
    assignments: [],
    focalUnit: null,
    subPlanDueOn: null,
    reportRounds: [],
    targets: [],
    signer: null,
    footnotes: [],
    title: null,
    sections: [],
    recipients: [],
  };
  return { ...defaults, ...(plan as ImportedPlan) };
}
