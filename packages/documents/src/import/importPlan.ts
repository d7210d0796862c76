import type { DocumentTypeCode } from '../documentTypes';
import { cleanLines, type Footnote, paragraphsOf } from './cleanLines';
import { findTypeLine, parseHeader } from './header';
import { findReportRounds, type ImportedRound } from './reportRounds';
import { type Reference, uniqueReferences } from './references';
import { assignmentsOf, type ImportedSection, numberedItems, splitSections } from './sections';
import { type ImportedSigner, parseRecipients, parseSigner } from './signingPart';
import { findTargets, type ImportedTarget, type KnownIndicator } from './targets';
import { parseVietnameseDate } from './vietnameseDates';

/** A plan read from an existing document: what it says, null or empty where it does not say (never guessed). */
export interface ImportedPlan {
  documentType: DocumentTypeCode | null;
  documentNumber: string | null;
  title: string | null;
  year: number | null;
  issuer: string | null;
  place: string | null;
  issuedOn: string | null;
  /** The opening paragraphs before section I (Căn cứ, Thực hiện …). */
  preamble: string;
  references: Reference[];
  sections: ImportedSection[];
  tasks: { number: string; text: string }[];
  assignments: { unit: string; text: string }[];
  focalUnit: string | null;
  subPlanDueOn: string | null;
  reportRounds: ImportedRound[];
  targets: ImportedTarget[];
  signer: ImportedSigner | null;
  recipients: string[];
  footnotes: Footnote[];
}

const TASKS_HEADING = /NỘI DUNG|NHIỆM VỤ/u;
const ORGANIZATION_HEADING = /TỔ CHỨC THỰC HIỆN/u;

function focalUnitOf(assignments: readonly { unit: string; text: string }[], text: string): string | null {
  const focal = assignments.find((a) => /đầu mối/iu.test(a.text) || /đầu mối/iu.test(a.unit));
  if (focal) return focal.unit.replace(/^Giao\s+/u, '');
  const via =
    /\(qua\s+([^)]+)\)/u.exec(text) ??
    /gửi\s+(?:về\s+)?((?:Sở|Phòng|Văn phòng)\s[^,;.]+?)\s+để\s+(?:theo dõi,\s*)?tổng hợp/u.exec(text);
  return via?.[1]?.trim() ?? null;
}

function subPlanDueOnOf(text: string, year: number | null): string | null {
  const within =
    /(?:xây dựng|ban hành)[^.;]{0,120}?kế hoạch[^.;]{0,80}?(?:hoàn thành\s+)?trong\s+tháng\s+(\d{1,2})\s*\/\s*(\d{4})/iu.exec(
      text,
    );
  if (within) {
    const last = new Date(Date.UTC(Number(within[2]), Number(within[1]), 0));
    return last.toISOString().slice(0, 10);
  }
  const before =
    /(?:xây dựng|ban hành)[^.;]{0,120}?kế hoạch[^.;]{0,80}?(?:trước|chậm nhất)\s+ngày\s+([\d/\s]+(?:tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)?)/iu.exec(
      text,
    );
  return before ? parseVietnameseDate(before[1]!, year) : null;
}

/** Reads a plan from its text lines (from a .docx, .txt or .md) into the importer's JSON shape. */
export function importPlanLines(rawLines: readonly string[], indicators: readonly KnownIndicator[] = []): ImportedPlan {
  const { lines, footnotes } = cleanLines(rawLines);
  const typeLine = findTypeLine(lines);
  const header = parseHeader(typeLine ? lines.slice(0, typeLine.index) : []);
  // The title: the lines right under the type line, up to the first blank one.
  let cursor = typeLine ? typeLine.index + 1 : 0;
  while (cursor < lines.length && !lines[cursor]) cursor++;
  const titleLines: string[] = [];
  if (typeLine) for (; cursor < lines.length && lines[cursor]; cursor++) titleLines.push(lines[cursor]!);
  const title = titleLines.join(' ').trim() || null;

  const recipientsAt = lines.findIndex((l, i) => i >= cursor && /^Nơi nhận\s*:?/u.test(l));
  const bodyLines = lines.slice(cursor, recipientsAt >= 0 ? recipientsAt : undefined);
  const tail = recipientsAt >= 0 ? lines.slice(recipientsAt + 1) : [];
  const { recipients, end } = parseRecipients(tail);
  const signer = parseSigner(recipientsAt >= 0 ? tail.slice(end) : bodyLines.slice(-12));

  const year = header.year ?? (title ? Number(/năm\s+(\d{4})/u.exec(title)?.[1]) || null : null);
  const paragraphs = paragraphsOf(signer && recipientsAt < 0 ? bodyLines.slice(0, -12) : bodyLines);
  const { preamble, sections } = splitSections(paragraphs);
  const tasksSection = sections.find((s) => TASKS_HEADING.test(s.heading));
  const organization = sections.find((s) => ORGANIZATION_HEADING.test(s.heading));
  const assignments = organization ? assignmentsOf(organization.paragraphs) : [];
  const bodyText = paragraphs.join('\n');
  return {
    documentType: typeLine?.type ?? null,
    documentNumber: header.documentNumber,
    title,
    year,
    issuer: header.issuer,
    place: header.place,
    issuedOn: header.issuedOn,
    preamble: preamble.join('\n'),
    references: uniqueReferences([...preamble, ...paragraphs, ...footnotes.map((f) => f.text)]),
    sections: sections.map(({ number, heading, text }) => ({ number, heading, text })),
    tasks: tasksSection ? numberedItems(tasksSection.paragraphs).map(({ number, text }) => ({ number, text })) : [],
    assignments,
    focalUnit: focalUnitOf(assignments, organization?.text ?? bodyText),
    subPlanDueOn: subPlanDueOnOf(bodyText, year),
    reportRounds: findReportRounds(bodyText, year),
    targets: findTargets(bodyText, indicators),
    signer,
    recipients,
    footnotes,
  };
}
