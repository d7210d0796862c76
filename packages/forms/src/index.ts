export type * from './definition';
export { computeValue } from './computed';
export { defaultPlanForm } from './defaultPlanForm';
export { emptyRowOf, emptyValuesFor } from './emptyValues';
export { formatBytes, isFileValue, isInlineFileValue } from './fieldValues';
export { formDefinitionSchema } from './formDefinition';
export { maxFileBytes } from './fieldSchemas';
export { indicatorsOf, type FormIndicator } from './indicators';
export {
  documentNumberPattern,
  planDraftSchemaFor,
  planFormSchema,
  planIssueSchema,
  planTitleSchema,
  type PlanDraft,
  type PlanIssueInput,
} from './planForm';
export { noReportQuestions, reportFormSchema } from './reportForm';
export { entriesOf, isVisible, nameOf, type ScopeEntry } from './scope';
export { valuesSchemaFor } from './values';
