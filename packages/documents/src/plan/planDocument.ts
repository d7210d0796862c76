import { type IssuingBody, type PlanIssue, parseDocumentNumber, signingLinesOf } from '@cascade/domain';
import { type FormDefinition, type FormField, type FormValues, isVisible, type TableField } from '@cascade/forms';
import { type UnitName, fieldText } from '../fieldText';
import type { Block, DocumentTable, OfficialDocument } from '../officialDocument';
import { preambleOf } from './directives';
import { paragraphsOf } from './paragraphs';
import { sectionHeading } from './sectionHeading';

/** What a plan's document is made from: the plan, its form, its issue (null while a draft) and its issuer. */
export interface PlanDocumentSource {
  title: string;
  year: number;
  content: FormValues;
  form: FormDefinition;
  issue: PlanIssue | null;
  issuer: IssuingBody;
  units?: readonly UnitName[];
}

// The plan form's table of the documents it implements (Căn cứ) opens the body instead of being a table in it.
const DIRECTIVES_KEY = 'directives';

function tableOf(field: TableField, value: unknown, units: readonly UnitName[]): DocumentTable | null {
  const rows = Array.isArray(value) ? (value as FormValues[]) : [];
  if (rows.length === 0) return null;
  return {
    caption: field.label,
    header: ['STT', ...field.columns.map((c) => c.label)],
    rows: rows.map((row, i) => [String(i + 1), ...field.columns.map((c) => fieldText(c, row[c.key], units))]),
    footer: [],
  };
}

function blocksOf(
  fields: readonly FormField[],
  values: FormValues,
  units: readonly UnitName[],
  counter: { n: number },
): Block[] {
  return fields.flatMap((field): Block[] => {
    if (field.visibleWhen && !isVisible([field.visibleWhen], values)) return [];
    if (field.key === DIRECTIVES_KEY) return [];
    switch (field.kind) {
      case 'group':
        return [
          { kind: 'section', text: sectionHeading(field.label, counter.n++) },
          ...blocksOf(field.fields, values, units, counter),
        ];
      case 'longText': {
        const text = typeof values[field.key] === 'string' ? (values[field.key] as string) : '';
        return [{ kind: 'section', text: sectionHeading(field.label, counter.n++) }, ...paragraphsOf(text)];
      }
      case 'table': {
        const table = tableOf(field, values[field.key], units);
        return table ? [{ kind: 'table', table }] : [];
      }
      default: {
        const text = fieldText(field, values[field.key], units);
        return text ? [{ kind: 'paragraph', text: `${field.label}: ${text}` }] : [];
      }
    }
  });
}

/** A plan as its Decree 30/2020 document: the number and abbreviation as issued, the body from its plan form. */
export function planDocument(source: PlanDocumentSource): OfficialDocument {
  const { issue, issuer } = source;
  const units = source.units ?? [];
  const issuedNumber = issue ? parseDocumentNumber(issue.documentNumber) : null;
  const preamble = preambleOf(source.content[DIRECTIVES_KEY], issuer.nameInText, 'Kế hoạch', source.title);
  const body: Block[] = [
    ...(preamble ? [{ kind: 'paragraph' as const, text: preamble }] : []),
    ...blocksOf(source.form.fields, source.content, units, { n: 0 }),
  ];
  return {
    type: 'KH',
    issuer: { ...issuer, abbreviation: issuedNumber?.issuer ?? issuer.abbreviation },
    number: issuedNumber?.number ?? null,
    issuedOn: issue?.issuedOn ?? null,
    year: source.year,
    title: source.title,
    body,
    signer: { lines: signingLinesOf(issue, issuer), name: issue?.signerName ?? '' },
    recipients: issue?.recipients ?? [],
  };
}
