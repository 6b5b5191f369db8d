import { header } from '@fitflow/kit';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Caller } from './caller.js';

/** The gateway's HTTP policy settings (docs/api.md, "HTTP: CORS, CSRF and headers"). */
export interface HttpPolicyOptions {
  /** Browser origins allowed to call the gateway (`CORS_ORIGINS`), e.g. `https://app.fitflow.example`; default none. Never `*`. */
  corsOrigins?: readonly string[];
  /** The gateway's public URL (`PUBLIC_URL`): when it is https, every answer carries HSTS. */
  publicUrl?: string;
  /** The caller of a request (./caller.ts `callerOf`): its request id, and whether it came over TLS. */
  callerOf: (req: IncomingMessage) => Caller;
}

/** Headers on every answer of the gateway. The gateway serves no HTML: nothing it answers may run scripts or be framed. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  // Nothing the gateway answers is for shared caches; a route that may be cached (calendar feeds) says so itself.
  'cache-control': 'no-store',
};

export const HSTS = 'max-age=31536000; includeSubDomains';

/** What a browser may send in a cross-origin request (Apollo's CSRF prevention wants one of the last two on GET). */
const ALLOWED_REQUEST_HEADERS = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, idempotency-key';
/** How long a browser may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * The canonical form of a configured origin (`scheme://host[:port]`, no path).
 * @throws Error when `origin` is `*`, not an http(s) URL, or carries a path, query or credentials.
 */
export function parseOrigin(origin: string): string {
  const text = origin.trim();
  if (text === '*') throw new Error('"*" is not accepted: list each origin allowed to call the API.');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${text}" is not an origin such as https://app.example.com.`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new Error(`"${text}" is not an origin such as https://app.example.com (scheme, host and port only).`);
  }
  return url.origin;
}

/**
 * kit `createHttpServer`'s `intercept`: on every request, sets the security headers
 * ({@link SECURITY_HEADERS}, HSTS when the request came over TLS or `publicUrl` is https), the
 * gateway's own `X-Request-Id`, and the CORS grant for an allowed `Origin` (`Access-Control-Allow-Origin`
 * naming it, never `*`, no credentials: tokens travel in the Authorization header). Answers CORS
 * preflights (`OPTIONS`) itself: 204, with the allowed methods and headers for an allowed origin, and
 * without any grant for another (the browser then refuses the request). Runs once per request.
 */
export function httpPolicy(options: HttpPolicyOptions) {
  const origins = new Set((options.corsOrigins ?? []).map(parseOrigin));
  const alwaysHsts = options.publicUrl?.startsWith('https://') ?? false;
  const handled = new WeakSet<IncomingMessage>();

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (handled.has(req)) return false;
    handled.add(req);
    const caller = options.callerOf(req);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (alwaysHsts || caller.secure) res.setHeader('strict-transport-security', HSTS);
    res.setHeader('x-request-id', caller.requestId);
    res.setHeader('vary', 'Origin');
    const origin = header(req, 'origin');
    const allowed = origin !== undefined && origins.has(origin);
    if (allowed) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', 'retry-after, x-request-id, idempotent-replayed');
    }
    if (req.method !== 'OPTIONS') return false;
    if (allowed) {
      res.setHeader('access-control-allow-methods', 'GET, POST');
      res.setHeader('access-control-allow-headers', ALLOWED_REQUEST_HEADERS);
      res.setHeader('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
    }
    res.setHeader('allow', 'GET, POST, OPTIONS');
    res.writeHead(204);
    res.end();
    return true;
  };
}

/**
 * Runs `intercept` ({@link httpPolicy}) before every request listener of `server`, so that the routes
 * added beside kit's handler by wrapping it (calendar feeds, invoice documents) get the same headers.
 * Call it after those routes are added. Requests kit's handler serves run it too (through its
 * `intercept` option); it acts once per request.
 */
export function applyToEveryRoute(server: Server, intercept: (req: IncomingMessage, res: ServerResponse) => boolean): void {
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (intercept(req, res)) return;
    for (const listener of listeners) listener(req, res);
  });
}
