export { createContext } from './context';
export { type AppRouter, appRouter } from './root';
export { planDocumentSource, reportDocumentSource } from './documentSources';
