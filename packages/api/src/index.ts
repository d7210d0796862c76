export { createContext } from './context';
export { type AppRouter, appRouter } from './root';
export { importUnits, type UnitImportResult } from './unitImport/importUnits';
export { UnitFileError } from './unitImport/importError';
export { AdminSetupError, createAdministrator } from './users/firstAdmin';
