import type { IssuingBody } from '@cascade/domain';
import type { FormDefinition, FormValues } from '@cascade/forms';
import type { UnitName } from '../fieldText';
import type { Signer } from '../officialDocument';

export interface ReportIndicator {
  key: string;
  label: string;
  target: number | null;
}

export interface ReportReview {
  results: string;
  limitations: string;
  proposals: string;
  selfScore: number;
  commendations: string[];
}

/** The subordinates' reports a consolidated report sums: one row per unit (null values: not yet reported). */
export interface Consolidation {
  rows: { unitName: string; values: Record<string, number | null> | null }[];
  totals: Record<string, number | null>;
}

/** What a report's document is made from: the submission, its round, the plan it reports on, who sends it where. */
export interface ReportDocumentSource {
  issuer: IssuingBody;
  year: number;
  /** yyyy-mm-dd: the day it was sent. */
  submittedOn: string;
  round: { label: string; review?: 'midYear' | 'annual' | undefined };
  /** The plan reported on, cited in the opening sentence. */
  plan: { title: string; documentNumber: string | null; issuedOn: string | null; issuerInText: string };
  indicators: ReportIndicator[];
  values: Record<string, number | null>;
  narrative: string;
  details: FormValues;
  detailsForm: FormDefinition | null;
  units?: readonly UnitName[];
  review: ReportReview | null;
  consolidation: Consolidation | null;
  signer: Signer;
  recipients: string[];
}
