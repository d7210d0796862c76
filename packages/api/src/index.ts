export { createContext } from './context';
export { type AppRouter, appRouter } from './root';
export { downloadFile, maxUploadBytes, uploadFile } from './files';
export { configureUpdateDeadline, stillProcessingMessage } from './updateDeadline';
export { createLoginDefences } from './loginDefences';
export { importUnits, type UnitImportResult } from './unitImport/importUnits';
export { UnitFileError } from './unitImport/importError';
export { AdminSetupError, createAdministrator } from './users/firstAdmin';
export { planDocumentSource, reportDocumentSource } from './documentSources';
