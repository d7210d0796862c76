import { docxLines, markdownLines, textLines } from './sourceText';
import { importPlanLines, type ImportedPlan } from './importPlan';
import type { KnownIndicator } from './targets';

export type PlanFileKind = 'docx' | 'md' | 'txt';

export function planFileKindOf(fileName: string): PlanFileKind | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'docx' || extension === 'md' || extension === 'txt'
    ? extension
    : extension === 'markdown'
      ? 'md'
      : null;
}

/** A plan document (.docx, .md or .txt) read into the importer's JSON shape. */
export function importPlanFile(
  bytes: Uint8Array,
  kind: PlanFileKind,
  indicators: readonly KnownIndicator[] = [],
): ImportedPlan {
  if (kind === 'docx') return importPlanLines(docxLines(bytes), indicators);
  const text = new TextDecoder('utf-8').decode(bytes);
  return importPlanLines(kind === 'md' ? markdownLines(text) : textLines(text), indicators);
}
