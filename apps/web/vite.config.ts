import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiServer = 'http://127.0.0.1:3000';

// Libraries that change rarely get chunks of their own: the browser keeps them cached across releases.
const vendorChunks: Record<string, RegExp> = {
  react: /node_modules\/\.pnpm\/(react|react-dom|scheduler)@/,
  query: /node_modules\/\.pnpm\/(@tanstack|@trpc)\+/,
  charts: /node_modules\/\.pnpm\/(recharts|d3-|victory-vendor|@reduxjs|immer|reselect|redux|es-toolkit)/,
  // Used by antd as well as by the charts: in a chunk of their own, or the charts chunk takes them and every page
  // (antd's first) would load the whole chart library.
  shared: /node_modules\/\.pnpm\/(clsx|react-is)@/,
};

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks: (id) => Object.entries(vendorChunks).find(([, pattern]) => pattern.test(id))?.[0],
      },
    },
  },
  server: { proxy: { '/trpc': apiServer, '/files': apiServer, '/healthz': apiServer, '/documents': apiServer } },
});
