export * from './officialDocument';
export * from './documentTypes';
export { renderDocx } from './renderDocx';
export { docxToPdf } from './libreOffice';
export { planDocument } from './plan/planDocument';
export { reportDocument } from './report/reportDocument';
export type * from './report/reportSource';
export { importPlanFile, planFileKindOf } from './import/readPlanFile';
export { planDraftOf } from './import/planDraft';
