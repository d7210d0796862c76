import { formatVnDate } from '@cascade/domain';
import { type FormField, type FormValues, isVisible } from '@cascade/forms';
import { type UnitName, fieldText } from '../fieldText';
import type { Block, DocumentTable, OfficialDocument } from '../officialDocument';
import { paragraphsOf } from '../plan/paragraphs';
import type { Consolidation, ReportDocumentSource, ReportIndicator, ReportReview } from './reportSource';

const figure = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

// "Báo cáo sơ kết 6 tháng" → "sơ kết 6 tháng": the round's label without the kind of document it already names.
const roundSubject = (label: string) => label.replace(/^báo cáo\s+/iu, '').replace(/^\p{Lu}/u, (c) => c.toLowerCase());

function indicatorTable(indicators: readonly ReportIndicator[], values: Record<string, number | null>): DocumentTable {
  return {
    caption: 'Kết quả thực hiện các chỉ tiêu',
    header: ['Chỉ tiêu', 'Kết quả', 'Chỉ tiêu giao'],
    rows: indicators.map((i) => [i.label, figure(values[i.key]), figure(i.target)]),
    footer: [],
  };
}

/** Subordinates × indicators, then the totals by each indicator's rule and the targets. */
export function consolidationTable(
  indicators: readonly ReportIndicator[],
  consolidation: Consolidation,
): DocumentTable {
  return {
    caption: 'Tổng hợp kết quả các chỉ tiêu của các đơn vị',
    header: ['Đơn vị', ...indicators.map((i) => i.label)],
    rows: consolidation.rows.map((row) => [
      row.unitName,
      ...indicators.map((i) => (row.values ? figure(row.values[i.key]) : 'Chưa báo cáo')),
    ]),
    footer: [
      ['Tổng hợp', ...indicators.map((i) => figure(consolidation.totals[i.key]))],
      ['Chỉ tiêu giao', ...indicators.map((i) => figure(i.target))],
    ],
  };
}

function detailBlocks(fields: readonly FormField[], values: FormValues, units: readonly UnitName[]): Block[] {
  return fields.flatMap((field): Block[] => {
    if (field.visibleWhen && !isVisible([field.visibleWhen], values)) return [];
    if (field.kind === 'group')
      return [{ kind: 'item', text: field.label }, ...detailBlocks(field.fields, values, units)];
    if (field.kind === 'longText') {
      const text = typeof values[field.key] === 'string' ? (values[field.key] as string) : '';
      return text ? [{ kind: 'item', text: field.label }, ...paragraphsOf(text)] : [];
    }
    if (field.kind === 'table') {
      const rows = Array.isArray(values[field.key]) ? (values[field.key] as FormValues[]) : [];
      if (rows.length === 0) return [];
      const table = {
        caption: field.label,
        header: field.columns.map((c) => c.label),
        rows: rows.map((row) => field.columns.map((c) => fieldText(c, row[c.key], units))),
        footer: [],
      };
      return [{ kind: 'table', table }];
    }
    const text = fieldText(field, values[field.key], units);
    return text ? [{ kind: 'paragraph', text: `${field.label}: ${text}` }] : [];
  });
}

function reviewBlocks(review: ReportReview): Block[] {
  return [
    { kind: 'item', text: '1. Kết quả so với chỉ tiêu' },
    ...paragraphsOf(review.results),
    { kind: 'item', text: '2. Hạn chế' },
    ...(review.limitations ? paragraphsOf(review.limitations) : [{ kind: 'paragraph' as const, text: 'Không.' }]),
    { kind: 'item', text: '3. Đề xuất, kiến nghị' },
    ...(review.proposals ? paragraphsOf(review.proposals) : [{ kind: 'paragraph' as const, text: 'Không.' }]),
    { kind: 'item', text: `4. Tự chấm điểm: ${figure(review.selfScore)} điểm` },
    ...(review.commendations.length
      ? [
          { kind: 'item' as const, text: '5. Đề nghị khen thưởng' },
          ...review.commendations.map((c) => ({ kind: 'paragraph' as const, text: `- ${c}` })),
        ]
      : []),
  ];
}

const upperFirst = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
const lowerFirst = (text: string) => text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());

/** "Sơ kết 6 tháng thực hiện công tác dân vận chính quyền năm 2024": the round, then what the plan carries out. */
function reportTitle(roundLabel: string, planTitle: string): string {
  const plan = lowerFirst(planTitle.trim());
  return `${upperFirst(roundSubject(roundLabel))} ${/^(thực hiện|triển khai)\s/iu.test(plan) ? plan : `thực hiện ${plan}`}`;
}

function preamble(source: ReportDocumentSource): string {
  const { plan, issuer, round } = source;
  const number = plan.documentNumber ? ` số ${plan.documentNumber}` : '';
  const date = plan.issuedOn ? ` ngày ${formatVnDate(plan.issuedOn)}` : '';
  return `Thực hiện Kế hoạch${number}${date} của ${plan.issuerInText} về ${plan.title}, ${issuer.nameInText} báo cáo ${roundSubject(round.label)} như sau:`;
}

/** A sent report (a unit's own, or a consolidated one with its subordinates' table) as its BÁO CÁO document. */
export function reportDocument(source: ReportDocumentSource): OfficialDocument {
  const units = source.units ?? [];
  const indicators = source.indicators;
  const results: Block[] = [
    { kind: 'section', text: 'I. KẾT QUẢ THỰC HIỆN' },
    ...paragraphsOf(source.narrative),
    ...(source.detailsForm ? detailBlocks(source.detailsForm.fields, source.details, units) : []),
    ...(indicators.length ? [{ kind: 'table' as const, table: indicatorTable(indicators, source.values) }] : []),
    ...(source.consolidation && indicators.length
      ? [{ kind: 'table' as const, table: consolidationTable(indicators, source.consolidation) }]
      : []),
  ];
  const review: Block[] = source.review
    ? [
        { kind: 'section', text: `II. ĐÁNH GIÁ ${source.round.review === 'annual' ? 'TỔNG KẾT' : 'SƠ KẾT'}` },
        ...reviewBlocks(source.review),
      ]
    : [];
  return {
    type: 'BC',
    issuer: source.issuer,
    number: null,
    issuedOn: source.submittedOn,
    year: source.year,
    title: reportTitle(source.round.label, source.plan.title),
    body: [{ kind: 'paragraph', text: preamble(source) }, ...results, ...review],
    signer: source.signer,
    recipients: source.recipients,
  };
}
