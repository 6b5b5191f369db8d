import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app. In development (`npm start`, or `npx vite` in web/) /graphql is proxied to the gateway
 * at GATEWAY_URL (an origin, default http://localhost:4000); `npm run build` writes static files to
 * web/dist that the gateway host or any static server can serve beside /graphql.
 */
export default defineConfig(() => ({
  root: import.meta.dirname,
  plugins: [react()],
  server: {
    proxy: { '/graphql': { target: process.env.GATEWAY_URL ?? 'http://localhost:4000', changeOrigin: true } },
  },
  // Pre-bundle up front, so the first page load does not discover dependencies and reload.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom/client',
      'react-router',
      '@apollo/client',
      '@apollo/client/react',
      'graphql',
      'rxjs',
      'recharts',
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true },
}));
