export type * from './definition';
export { defaultPlanForm } from './defaultPlanForm';
export { emptyValuesFor } from './emptyValues';
export { formDefinitionSchema } from './formDefinition';
export { planDraftSchemaFor, planFormSchema, planIssueSchema, type PlanDraft, type PlanIssueInput } from './planForm';
export { noReportQuestions, reportFormSchema } from './reportForm';
export { valuesSchemaFor } from './values';
export { isVisible } from './scope';
