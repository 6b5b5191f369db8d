import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const WEB = import.meta.dirname;
const ROOT = resolve(WEB, '..');

/**
 * Files the dev server never serves, whatever the allow list says: Vite's own defaults (it replaces
 * them when the list is given) plus FitFlow's development secrets and data. The embedded PostgreSQL's
 * files, its superuser password, identity's signing key and the master keys live under `.data/`
 * (docs/security.md, "The web dev server").
 */
const DEV_SERVER_DENY = [
  // Vite's defaults
  '.env',
  '.env.*',
  '*.{crt,pem,key,p12,pfx,cer,der}',
  '.npmrc',
  '.yarnrc.yml',
  '**/.git/**',
  // FitFlow's development secrets and data
  '**/.data/**',
  '*.superuser',
  '*signing-key*.json',
  'master-keys*.json',
  // the server-side workspaces (symlinked into node_modules): the web app imports none of them
  '**/node_modules/@fitflow/**',
];

/**
 * The web app. In development (`npm start`, or `npx vite` in web/) /graphql is proxied to the gateway
 * at GATEWAY_URL (an origin, default http://localhost:4000); `npm run build` writes static files to
 * web/dist that the gateway host or any static server can serve beside /graphql.
 *
 * The dev server serves only web/ and the installed dependencies (`server.fs.allow`), never the rest of
 * the repository: its `/@fs/` route would otherwise hand out any file under the repository root.
 */
export default defineConfig(() => ({
  root: WEB,
  plugins: [react()],
  server: {
    proxy: { '/graphql': { target: process.env.GATEWAY_URL ?? 'http://localhost:4000', changeOrigin: true } },
    fs: {
      strict: true,
      allow: [WEB, resolve(ROOT, 'node_modules')],
      deny: DEV_SERVER_DENY,
    },
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
      'luxon',
      'rrule',
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true },
}));
