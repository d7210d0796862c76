import type { IssuingBody } from '@cascade/domain';
import type { DocumentTypeCode } from './documentTypes';

/**
 * A văn bản hành chính as Decree 30/2020/NĐ-CP lays it out: what the renderer needs and nothing it works out itself,
 * so a plan, a report and an imported plan all become the same kind of document.
 */
export interface OfficialDocument {
  type: DocumentTypeCode;
  issuer: Pick<IssuingBody, 'name' | 'parentName' | 'abbreviation' | 'place'>;
  /** The number alone ("44"); null leaves it blank for the văn thư to fill in ("Số:      /KH-UBND"). */
  number: string | null;
  /** yyyy-mm-dd; null leaves day and month blank for the date of signing. */
  issuedOn: string | null;
  /** The year an undated document is dated in. */
  year: number;
  /** The trích yếu: what the document is about. */
  title: string;
  body: Block[];
  signer: Signer;
  /** Nơi nhận, without the leading "- " and the closing ";" (the renderer adds them). */
  recipients: string[];
}

export interface Signer {
  /** The upper-case lines above the signature: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  lines: string[];
  name: string;
}

/** Section "I. MỤC ĐÍCH, YÊU CẦU"; item "1. Mục đích" (bold when it heads what follows); a paragraph; a table. */
export type Block =
  | { kind: 'section'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: DocumentTable };

export interface DocumentTable {
  caption: string;
  header: string[];
  rows: string[][];
  /** Rows set in bold under the others: totals and targets. */
  footer: string[][];
}
