import { APP_SCOPES, header, HttpError, isAppScope, readBody, type Logger, type RouteHandler } from '@fitflow/kit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Caller } from './caller.js';
import { IdentityRefusal, type IdentityInternal } from './identity-internal.js';

/** Where the token endpoint is served on the gateway's HTTP server. */
export const TOKEN_PATH = '/oauth/token';
/** Largest accepted token request body, in bytes (a client id, a secret and a scope fit in a few hundred). */
export const TOKEN_REQUEST_MAX_BYTES = 4_096;
/** Failed client authentications one address may make per {@link FAILED_ATTEMPTS_WINDOW_SECONDS}. */
export const FAILED_ATTEMPTS_PER_IP = 10;
/** The failed-attempts window, in seconds. */
export const FAILED_ATTEMPTS_WINDOW_SECONDS = 15 * 60;
/** The realm named in `WWW-Authenticate` (RFC 6749 §5.2, RFC 7617). */
export const TOKEN_REALM = 'fitflow';

/** RFC 6749 §5.2 error codes (and `temporarily_unavailable`, when identity cannot be reached). */
export type TokenErrorCode =
  'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_scope' | 'temporarily_unavailable';

class TokenError extends Error {
  constructor(
    readonly status: number,
    readonly code: TokenErrorCode,
    readonly description: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }
}

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers });
  res.end(JSON.stringify(body));
}

const invalidClient = () =>
  new TokenError(401, 'invalid_client', 'Client authentication failed: check the client id and secret (a rotated or revoked secret no longer works).', {
    'www-authenticate': `Basic realm="${TOKEN_REALM}"`,
  });

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = (header(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    throw new TokenError(400, 'invalid_request', 'Send the token request as application/x-www-form-urlencoded (RFC 6749 §4.4.2).');
  }
  try {
    return new URLSearchParams((await readBody(req, TOKEN_REQUEST_MAX_BYTES)).toString('utf8'));
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    // The rest of the body stays unread: the answer closes the connection.
    throw new TokenError(413, 'invalid_request', `The token request is too large (at most ${TOKEN_REQUEST_MAX_BYTES} bytes).`, { connection: 'close' });
  }
}

/** One value of a form parameter; RFC 6749 §3.2: a parameter must not be sent twice. */
function single(form: URLSearchParams, name: string): string | undefined {
  const values = form.getAll(name);
  if (values.length > 1) throw new TokenError(400, 'invalid_request', `The parameter ${name} was sent more than once.`);
  return values[0] || undefined;
}

/** `application/x-www-form-urlencoded` decoding of one Basic credential part (RFC 6749 §2.3.1). */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    throw invalidClient();
  }
}

/** The client's id and secret, from HTTP Basic or the body (never both, RFC 6749 §2.3). */
function clientCredentials(req: IncomingMessage, form: URLSearchParams): { clientId: string; clientSecret: string } {
  const authorization = header(req, 'authorization');
  const bodyId = single(form, 'client_id');
  const bodySecret = single(form, 'client_secret');
  if (authorization) {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization);
    if (!match) throw invalidClient();
    if (bodySecret)
      throw new TokenError(400, 'invalid_request', 'Authenticate the client one way only: HTTP Basic or client_id and client_secret in the body.');
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) throw invalidClient();
    const clientId = formDecode(decoded.slice(0, colon));
    if (bodyId && bodyId !== clientId) throw new TokenError(400, 'invalid_request', 'client_id in the body differs from the one in the Authorization header.');
    return { clientId, clientSecret: formDecode(decoded.slice(colon + 1)) };
  }
  if (!bodyId || !bodySecret) throw invalidClient();
  return { clientId: bodyId, clientSecret: bodySecret };
}

/** The `scope` parameter (RFC 6749 §3.3): known scopes, space-separated, or undefined for all the app's scopes. */
function requestedScope(form: URLSearchParams): string | undefined {
  const scope = single(form, 'scope');
  if (scope === undefined) return undefined;
  const scopes = scope.split(' ').filter(Boolean);
  const unknown = scopes.find((s) => !isAppScope(s));
  if (unknown !== undefined || scopes.length === 0) {
    throw new TokenError(400, 'invalid_scope', `Unknown scope "${unknown ?? scope}": the scopes are ${APP_SCOPES.join(', ')} (space-separated).`);
  }
  return [...new Set(scopes)].join(' ');
}

export interface AppTokenEndpointOptions {
  /** Who sent a request, as the gateway determines it (./caller.ts): the address failed attempts are counted by. */
  callerOf: (req: IncomingMessage) => Caller;
  identity: Pick<IdentityInternal, 'issueAppToken'>;
  log: Logger;
  /** Counts failed client authentications per address; default in memory, {@link FAILED_ATTEMPTS_PER_IP} per {@link FAILED_ATTEMPTS_WINDOW_SECONDS}. */
  failedAttempts?: RateLimiterAbstract;
}

/**
 * `POST /oauth/token`: the OAuth 2.0 client credentials grant (RFC 6749 §4.4) for apps.
 *
 * Request: `application/x-www-form-urlencoded`, at most {@link TOKEN_REQUEST_MAX_BYTES} bytes, with
 * `grant_type=client_credentials` and an optional `scope` (space-separated, narrowing the app's
 * scopes); the client authenticates with HTTP Basic (`client_id:client_secret`, each form-encoded,
 * §2.3.1) or with `client_id` and `client_secret` in the body. identity's internal `issueAppToken`
 * checks the credentials and signs the token (the gateway's credential vouches for the call).
 *
 * Answers `{ access_token, token_type: "Bearer", expires_in (seconds), scope }`, and errors as
 * `{ error, error_description }` (§5.2): `invalid_request` 400, `invalid_client` 401 with
 * `WWW-Authenticate: Basic realm="fitflow"` (unknown id, wrong, rotated or revoked secret: one answer
 * for all), `unauthorized_client` 400 (suspended or not yet approved; the description says what to do),
 * `unsupported_grant_type` 400, `invalid_scope` 400; 429 with `Retry-After` after
 * {@link FAILED_ATTEMPTS_PER_IP} failed authentications from one address; 503 when identity cannot be
 * reached. Every answer has `Cache-Control: no-store` and `Pragma: no-cache`. Secrets are never logged.
 */
export function appTokenEndpoint(options: AppTokenEndpointOptions): RouteHandler {
  const { log } = options;
  const failures = options.failedAttempts ?? new RateLimiterMemory({ points: FAILED_ATTEMPTS_PER_IP, duration: FAILED_ATTEMPTS_WINDOW_SECONDS });

  async function refuseWhileLimited(source: string) {
    const state = await failures.get(source);
    if (state && state.consumedPoints >= FAILED_ATTEMPTS_PER_IP) {
      const wait = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
      throw new TokenError(429, 'invalid_request', `Too many failed client authentications from your address: try again in ${wait} seconds.`, {
        'retry-after': String(wait),
      });
    }
  }

  async function countFailure(source: string) {
    await failures.consume(source).catch((result: unknown) => {
      if (!(result instanceof RateLimiterRes)) throw result;
    });
  }

  return async (req, res) => {
    const caller = options.callerOf(req);
    const source = caller.ip ?? 'unknown';
    let clientId: string | undefined;
    try {
      if (req.method !== 'POST') throw new TokenError(405, 'invalid_request', 'Request a token with POST.', { allow: 'POST' });
      await refuseWhileLimited(source);
      const form = await readForm(req);
      const grantType = single(form, 'grant_type');
      if (!grantType) throw new TokenError(400, 'invalid_request', 'grant_type is missing: send grant_type=client_credentials.');
      if (grantType !== 'client_credentials') {
        throw new TokenError(400, 'unsupported_grant_type', 'Only the client credentials grant is supported: send grant_type=client_credentials.');
      }
      const credentials = clientCredentials(req, form);
      clientId = credentials.clientId;
      const scope = requestedScope(form);
      const issued = await options.identity.issueAppToken({ ...credentials, ...(scope ? { scope } : {}) }, caller);
      send(res, 200, { access_token: issued.accessToken, token_type: 'Bearer', expires_in: issued.expiresIn, scope: issued.scope });
    } catch (error) {
      const refusal = tokenErrorOf(error);
      if (!refusal) {
        log.error({ err: error, requestId: caller.requestId }, 'token endpoint: identity could not issue an app token');
        return send(
          res,
          503,
          { error: 'temporarily_unavailable', error_description: 'Tokens cannot be issued just now. Try again in a minute.' },
          { 'retry-after': '60' },
        );
      }
      if (refusal.code === 'invalid_client') await countFailure(source);
      // Client ids are not secret, but only a well-formed one is logged (never what was typed in its place).
      log.info(
        { requestId: caller.requestId, error: refusal.code, ...(clientId && /^ffa_[0-9a-f]{32}$/.test(clientId) ? { clientId } : {}) },
        'token endpoint refused a request',
      );
      send(res, refusal.status, { error: refusal.code, error_description: refusal.description }, refusal.headers);
    }
  };
}

/** identity's message without its `invalid_scope: ` style prefix, as an `error_description`. */
const description = (message: string) => {
  const text = message.replace(/^[a-z_]+: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The RFC 6749 answer for `error`, or null for a fault (identity unreachable, failing, or refusing the gateway itself). */
function tokenErrorOf(error: unknown): TokenError | null {
  if (error instanceof TokenError) return error;
  if (!(error instanceof IdentityRefusal)) return null;
  switch (error.oauthError) {
    case 'invalid_client':
      return invalidClient();
    case 'unauthorized_client':
      return new TokenError(400, 'unauthorized_client', description(error.message));
    case 'invalid_scope':
      return new TokenError(400, 'invalid_scope', description(error.message));
    default:
      return null;
  }
}
