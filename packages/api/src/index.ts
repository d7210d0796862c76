export { createContext } from './context';
export { type AppRouter, appRouter } from './root';
export { databaseReconnecting, temporalRestarting } from './unavailable';
