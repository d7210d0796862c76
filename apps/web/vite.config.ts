import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

// src/earlyGrid.ts is an entry of its own, named first in the page and `async`: it runs as soon as it arrives (not after
// the stylesheet), before the browser has read the app's code. As a script in index.html it would be merged into the
// app's entry and wait for all of it.
const earlyGridEntry = 'src/earlyGrid.ts';
const earlyGridFirst: Plugin = {
  name: 'cascade-early-grid-first',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, { bundle }) => {
      const chunk = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.name === 'earlyGrid');
      return chunk
        ? [
            {
              tag: 'script',
              attrs: { type: 'module', async: true, src: `/${chunk.fileName}` },
              injectTo: 'head-prepend',
            },
          ]
        : [];
    },
  },
};

export default defineConfig({
  plugins: [react(), earlyGridFirst],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: { index: 'index.html', earlyGrid: earlyGridEntry },
      output: {
        manualChunks: (id) => Object.entries(vendorChunks).find(([, pattern]) => pattern.test(id))?.[0],
      },
    },
  },
  server: { proxy: { '/trpc': apiServer, '/files': apiServer, '/healthz': apiServer, '/documents': apiServer } },
});
