export { directiveSchema, documentNumberPattern, planDraftSchema, planIssueSchema, type PlanDraft, type PlanIssueInput } from './planForm';
