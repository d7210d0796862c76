import { importPlanLines, type ImportedPlan } from './importPlan';
import { pdfLines } from './pdfText';
import { docxLines, markdownLines, textLines } from './sourceText';
import type { KnownIndicator } from './targets';

export type PlanFileKind = 'docx' | 'pdf' | 'md' | 'txt';

export function planFileKindOf(fileName: string): PlanFileKind | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'markdown') return 'md';
  return extension === 'docx' || extension === 'pdf' || extension === 'md' || extension === 'txt' ? extension : null;
}

async function linesOf(bytes: Uint8Array, kind: PlanFileKind): Promise<string[]> {
  if (kind === 'docx') return docxLines(bytes);
  if (kind === 'pdf') return pdfLines(bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  return kind === 'md' ? markdownLines(text) : textLines(text);
}

/** A plan document (.docx, text-based .pdf, .md or .txt) read into the importer's JSON shape. */
export async function importPlanFile(
  bytes: Uint8Array,
  kind: PlanFileKind,
  indicators: readonly KnownIndicator[] = [],
): Promise<ImportedPlan> {
  return importPlanLines(await linesOf(bytes, kind), indicators);
}
