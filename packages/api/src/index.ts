export { createContext } from './context';
export { type AppRouter, appRouter } from './root';
