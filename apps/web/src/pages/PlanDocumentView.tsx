import type { PlanIssue } from '@cascade/domain';
import type { FormDefinition, FormValues } from '@cascade/forms';
import { FormValuesView, type UnitOption } from '@cascade/forms/react';
import { SigningBlock } from './SigningBlock';

export interface DocumentIssuer {
  name: string;
  parentName: string | null;
  place: string;
}

interface ViewedPlan {
  title: string;
  content: FormValues;
  form: FormDefinition;
  units: UnitOption[];
  issuer?: DocumentIssuer | null;
  issue?: PlanIssue | null;
  signingLines?: string[] | null;
}

/** "Gia Lai, ngày 30 tháng 01 năm 2024": days below 10 and months 1–2 with a leading zero. */
function placeAndDate(place: string, isoDate: string) {
  const [year, month, day] = isoDate.split('-') as [string, string, string];
  return `${place}, ngày ${day} tháng ${Number(month) <= 2 ? month : Number(month)} năm ${year}`;
}

/**
 * The plan as issued (or as a reader without drafting rights sees it): read-only, laid out by its plan form. An issued
 * plan carries its header and signing block, so printing the page prints the document.
 */
export function PlanDocumentView({ plan }: { plan: ViewedPlan }) {
  const { title, content, form, units, issuer, issue, signingLines } = plan;
  const official = issuer && issue && signingLines;
  return (
    <article className={`card document${official ? ' official-document' : ''}`}>
      {official && (
        <div className="document-header" aria-label="Thể thức văn bản">
          <div>
            {issuer.parentName && <p>{issuer.parentName}</p>}
            <p className="document-issuer">{issuer.name}</p>
            <p className="document-number">Số: {issue.documentNumber}</p>
          </div>
          <div>
            <p className="document-nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="document-motto">Độc lập - Tự do - Hạnh phúc</p>
            <p className="document-date">{placeAndDate(issuer.place, issue.issuedOn)}</p>
          </div>
        </div>
      )}
      {official && <p className="document-type">KẾ HOẠCH</p>}
      <h2>{title}</h2>
      <FormValuesView definition={form} values={content} units={units} />
      {official && <SigningBlock recipients={issue.recipients} lines={signingLines} signerName={issue.signerName} />}
    </article>
  );
}
