import type { AggregateRule } from '@cascade/domain';

/** The form language: a form is data, read by the validator, the React renderer and the indicator aggregation. */
export interface FormDefinition {
  /** The version of the form language the document is written in. */
  schemaVersion: 1;
  fields: FormField[];
}

/** Shows a field only while another field of the same scope holds one of the given values. */
export type VisibleWhen =
  { field: string; equals: string | number | boolean } | { field: string; in: (string | number)[] };

export interface Indicator {
  aggregate: AggregateRule;
  target: number | null;
}

interface FieldBase {
  key: string;
  /** Vietnamese, as the user reads it. */
  label: string;
  required?: boolean;
  help?: string;
  visibleWhen?: VisibleWhen;
}

export interface ShortTextField extends FieldBase {
  kind: 'shortText';
  maxLength?: number;
  pattern?: { regex: string; message: string };
}

export interface LongTextField extends FieldBase {
  kind: 'longText';
  maxLength?: number;
}

export interface NumberField extends FieldBase {
  kind: 'number' | 'integer';
  min?: number;
  max?: number;
  /** Unit of measure shown beside the value: "triệu đồng", "%", "mô hình". */
  unit?: string;
  indicator?: Indicator;
}

export interface DateField extends FieldBase {
  kind: 'date';
}

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface ChoiceField extends FieldBase {
  kind: 'singleChoice' | 'multipleChoice';
  options: ChoiceOption[];
}

/** Values are unit ids, checked against the units the caller allows. */
export interface UnitPickerField extends FieldBase {
  kind: 'unit';
  multiple?: boolean;
}

export type ComputedOp = 'sum' | 'difference' | 'product' | 'ratio' | 'percent';

/** Worked out from numeric fields of the same scope; whatever the browser sends for it is ignored. */
export interface ComputedField extends Omit<FieldBase, 'required'> {
  kind: 'computed';
  op: ComputedOp;
  of: string[];
  decimals?: number;
  unit?: string;
  indicator?: Indicator;
}

export type ColumnField =
  ShortTextField | LongTextField | NumberField | DateField | ChoiceField | UnitPickerField | ComputedField;

export interface TableField extends Omit<FieldBase, 'required'> {
  kind: 'table';
  /** What one row is called: "Căn cứ" gives "Căn cứ 1", "Thêm căn cứ". Defaults to the label. */
  rowLabel?: string;
  columns: ColumnField[];
  minRows?: number;
  maxRows?: number;
}

/** A file kept inline with the values, so nothing submitted is lost. */
export interface FileField extends FieldBase {
  kind: 'file';
  maxBytes: number;
  /** Allowed content types, e.g. "application/pdf". */
  accept: string[];
}

/** A section: a heading over nested fields; its fields' values sit beside the others, not under it. */
export interface GroupField extends Omit<FieldBase, 'required'> {
  kind: 'group';
  fields: FormField[];
}

export type FormField = ColumnField | TableField | FileField | GroupField;
export type FieldKind = FormField['kind'];

export interface FileValue {
  name: string;
  contentType: string;
  size: number;
  dataBase64: string;
}

/** What a form's values may hold, by field key. */
export type FormValues = Record<string, unknown>;

/** What the caller allows a form to refer to: the unit picker's choices. */
export interface FormContext {
  unitIds: readonly string[];
}
