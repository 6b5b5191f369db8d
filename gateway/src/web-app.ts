import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { TOKEN_PATH } from './app-token-endpoint.js';
import { SECURITY_HEADERS } from './http-policy.js';

/**
 * Paths the gateway itself answers, never the web app (and never its index.html fallback): GraphQL,
 * the apps' token endpoint, calendar feeds, invoice documents, liveness and readiness.
 */
export const GATEWAY_PATHS: readonly string[] = ['/graphql', TOKEN_PATH, '/calendar', '/documents', '/health', '/ready'];

/**
 * The web app's Content-Security-Policy (the gateway's own answers keep `default-src 'none'`,
 * ./http-policy.ts): scripts, styles, fonts and API calls from this origin only, images also as
 * `data:` URIs (the app's empty favicon), no plugins, no framing, no `<base>` tricks. The Vite build
 * has no inline script or style element; React sets element styles through the CSSOM, which
 * `style-src` does not restrict.
 */
export const WEB_APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** `Cache-Control` of Vite's content-hashed files under `/assets/`: a new build gives them new names. */
export const IMMUTABLE_ASSET = 'public, max-age=31536000, immutable';
/** `Cache-Control` of everything else (index.html above all): revalidated on every load, so a deploy shows at once. */
export const REVALIDATE = 'no-cache';

const isGatewayPath = (pathname: string) => GATEWAY_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));

/**
 * Serves the built web app (`npm run build` → `web/dist`) from `dir` on the gateway's own origin, so
 * the app calls `/graphql` without CORS. Returns a request handler that answers `GET`/`HEAD` of a
 * file of the build (hashed `/assets/*` cached for a year as immutable, others `no-cache` with an
 * ETag) and, for any other path without a file extension, index.html (the app's client-side routes:
 * `/clients/…`, `/books`). It answers nothing under {@link GATEWAY_PATHS}, no other method, and no
 * missing file with an extension (`/assets/old.js`: 404 from the gateway): it returns false and the
 * gateway goes on. Answers carry {@link WEB_APP_CSP} in place of the API's policy; the other security
 * headers (./http-policy.ts) stay.
 * @throws Error when `dir` has no index.html (a build is missing).
 */
export function webApp(dir: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`WEB_DIST: no index.html in ${dir}; build the web app first (npm run build).`);
  const serve = sirv(root, {
    single: true,
    etag: true,
    // Only the build's files, listed once at start-up: nothing written later is served.
    dev: false,
  });
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (isGatewayPath(pathname)) return false;
    // Set before sirv answers, so that a 304 carries them too: a browser updates its stored copy's
    // headers from a 304, and the API's policy there would stop the app from running.
    res.setHeader('cache-control', pathname.startsWith('/assets/') ? IMMUTABLE_ASSET : REVALIDATE);
    res.setHeader('content-security-policy', WEB_APP_CSP);
    let served = true;
    serve(req, res, () => {
      served = false;
      res.setHeader('cache-control', SECURITY_HEADERS['cache-control']);
      res.setHeader('content-security-policy', SECURITY_HEADERS['content-security-policy']);
    });
    return served;
  };
}
