import type { ImportedIssue } from '@cascade/domain';

/** What the server reads from an uploaded plan file (POST /documents/import): the importer's JSON and the draft from it. */
export interface ImportResult {
  imported: {
    documentType: string | null;
    documentNumber: string | null;
    issuer: string | null;
    place: string | null;
    issuedOn: string | null;
    focalUnit: string | null;
    subPlanDueOn: string | null;
    reportRounds: { period: string; dueOn: string | null; dayOfMonth?: number }[];
    targets: { text: string; indicator: string | null; min: number }[];
    signer: { capacity: string[]; position: string | null; name: string | null } | null;
    recipients: string[];
    tasks: { number: string; text: string }[];
    assignments: { unit: string; text: string }[];
  };
  draft: {
    title: string;
    year: number | null;
    content: {
      directives: { number: string; date: string; issuer: string; title: string }[];
      purpose: string;
      tasks: string;
      organization: string;
    };
    incompleteDirectives: { type: string; number: string; date: string | null; issuer: string | null }[];
  };
  /** The issue form's values the file gives (kept with the plan for its leader). */
  issue: ImportedIssue;
  /** What a new template takes from the file: its report rounds and the sub-plans' days from the issue. */
  template: { rounds: ImportedTemplateRound[]; subPlanDays: number | null };
  /** The chosen template's indicators the targets were matched against. */
  indicators: { key: string; label: string }[];
}

export type ImportedTemplateRound =
  | {
      key: string;
      label: string;
      period: 'quarter' | 'half' | 'nine-months' | 'year';
      dueMonthDay: string;
      index?: number;
    }
  | { key: string; label: string; period: 'month'; every: 'month'; dueDay: number };

/**
 * Sends the file as it is (with the chosen template, whose indicators the targets are matched against); the server
 * answers with the plan it read, or a Vietnamese message saying what to do.
 */
export async function uploadPlanFile(file: File, templateId: string | undefined): Promise<ImportResult> {
  const query = new URLSearchParams({ name: file.name, ...(templateId ? { templateId } : {}) });
  const response = await fetch(`/documents/import?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as Partial<ImportResult> & { error?: string };
  if (!response.ok) throw new Error(body.error ?? 'Không đọc được tệp. Vui lòng thử lại.');
  return body as ImportResult;
}
